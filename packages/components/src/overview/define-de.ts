// The element with its German words only: the page's loader (embed/autoload.ts) imports this and
// loads the words of the page's language beside it. define.ts adds English for every other entry.
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
