import { defineElement, prefixedTag } from '../shared/define.js';
import { KonzeptProvider } from './konzept-provider.js';

export function defineKonzeptProvider(prefix?: string): string {
  // The provider is always prefixed: `konzept-provider` by default.
  return defineElement(prefixedTag('provider', prefix ?? 'konzept'), KonzeptProvider);
}

declare global {
  interface HTMLElementTagNameMap {
    'konzept-provider': KonzeptProvider;
  }
}
