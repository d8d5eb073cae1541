import { defineElement, prefixedTag } from '../shared/define.js';
import { KonzeptOverview } from './konzept-overview.js';

/** Registers `<konzept-overview>` (or `<prefix-konzept-overview>`); returns the tag name in use. */
export function defineKonzeptOverview(prefix?: string): string {
  return defineElement(prefixedTag('konzept-overview', prefix), KonzeptOverview);
}

declare global {
  interface HTMLElementTagNameMap {
    'konzept-overview': KonzeptOverview;
  }
}
