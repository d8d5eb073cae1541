// The element with its German words only: the page's loader (embed/autoload.ts) imports this and
// loads the words of the page's language beside it. define.ts adds English for every other entry.
import { defineElement, prefixedTag } from '../shared/define.js';
import { VersionDiff } from './version-diff.js';

/** Registers `<version-diff>` (or `<prefix-version-diff>`); returns the tag name in use. */
export function defineVersionDiff(prefix?: string): string {
  return defineElement(prefixedTag('version-diff', prefix), VersionDiff);
}

declare global {
  interface HTMLElementTagNameMap {
    'version-diff': VersionDiff;
  }
}
