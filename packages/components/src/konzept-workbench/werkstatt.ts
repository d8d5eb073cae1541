/**
 * The entry of dist/konzept-werkstatt.js, the workbench page's script (werkstatt.html; its row in
 * registry.ts's TOOLS). Built as a classic script (an IIFE), not a module: Chromium refuses ES
 * modules on pages opened from a folder (file://), and editors open the page with a double-click.
 * It carries every element of the registry for the preview, every interface language, the
 * spreadsheet reader and the release's colour themes (`KONZEPT_THEMES`, put in by the build from
 * packages/components/themes/*.css).
 */
import { registerAll } from '../register-all.js';
import '../i18n/all.js';
import { defineKonzeptWorkbench } from './define.js';
import { KonzeptWorkbench, type WorkbenchTheme } from './konzept-workbench.js';

declare const KONZEPT_THEMES: readonly WorkbenchTheme[] | undefined;

KonzeptWorkbench.themes = typeof KONZEPT_THEMES === 'undefined' ? [] : KONZEPT_THEMES;
registerAll();
defineKonzeptWorkbench();
