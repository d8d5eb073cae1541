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
