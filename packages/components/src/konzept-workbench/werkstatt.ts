/**
 * The entry of dist/konzept-werkstatt.js, the workbench page's script (werkstatt.html). Built as a
 * classic script (an IIFE), not a module: Chromium refuses ES modules on pages opened from a folder
 * (file://), and editors open the page with a double-click. It carries the three elements for the
 * preview, every interface language, the spreadsheet reader and the release's colour themes
 * (`KONZEPT_THEMES`, put in by the build from packages/components/themes/*.css).
 */
import { defineAmpelChart } from '../ampel-chart/define.js';
import { defineMeasureAccordion } from '../measure-accordion/define.js';
import { defineKonzeptProvider } from '../provider/define.js';
import { defineVersionDiff } from '../version-diff/define.js';
import '../i18n/all.js';
import { defineKonzeptWorkbench } from './define.js';
import { KonzeptWorkbench, type WorkbenchTheme } from './konzept-workbench.js';

declare const KONZEPT_THEMES: readonly WorkbenchTheme[] | undefined;

KonzeptWorkbench.themes = typeof KONZEPT_THEMES === 'undefined' ? [] : KONZEPT_THEMES;
for (const define of [defineKonzeptProvider, defineAmpelChart, defineMeasureAccordion, defineVersionDiff, defineKonzeptWorkbench]) define();
