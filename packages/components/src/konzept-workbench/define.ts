import { defineElement, prefixedTag } from '../shared/define.js';
import { KonzeptWorkbench } from './konzept-workbench.js';

/**
 * Registers `<konzept-workbench>` (or `<prefix-workbench>`) and returns the tag name in use. The
 * workbench is not part of konzept-kit.js (it carries the spreadsheet reader): the werkstatt page
 * loads it with the three elements it previews (werkstatt.ts).
 */
export function defineKonzeptWorkbench(prefix?: string): string {
  return defineElement(prefixedTag('konzept-workbench', prefix), KonzeptWorkbench);
}

declare global {
  interface HTMLElementTagNameMap {
    'konzept-workbench': KonzeptWorkbench;
  }
}
