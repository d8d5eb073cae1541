/**
 * Which language and direction an element speaks: its own `lang`/`dir`, else the nearest ancestor's
 * (crossing shadow roots), else the document's, else German. One shared observer of the document
 * element re-renders every connected element when a page switches language.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onTranslationsChanged } from './i18n.js';

function closestAttribute(start: Element, name: string): string | undefined {
  let node: Element | null = start;
  while (node) {
    const value = node.getAttribute(name);
    if (value) return value;
    if (node.parentElement) node = node.parentElement;
    else {
      const root = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    }
  }
  return undefined;
}

export function resolveLang(el: Element): string {
  return closestAttribute(el, 'lang') || 'de';
}

export function resolveDir(el: Element): 'ltr' | 'rtl' {
  return closestAttribute(el, 'dir') === 'rtl' ? 'rtl' : 'ltr';
}

const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;
let stopListening: (() => void) | undefined;

/** Re-renders the host when the document's `lang` or `dir` changes, or a language is registered. */
export class LocaleController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }
  hostConnected(): void {
    hosts.add(this.host);
    if (!observer && typeof MutationObserver !== 'undefined') {
      observer = new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'] });
    }
    // A languages file loaded after the elements (dist/konzept-kit-i18n.js) brings their text.
    stopListening ??= onTranslationsChanged(() => hosts.forEach((h) => h.requestUpdate()));
  }
  hostDisconnected(): void {
    hosts.delete(this.host);
    // Nothing left to update: let the observer go so removed elements leak nothing.
    if (hosts.size === 0 && observer) {
      observer.disconnect();
      observer = undefined;
    }
    if (hosts.size === 0) {
      stopListening?.();
      stopListening = undefined;
    }
  }
}

/** Number of hosts the shared observer tracks (for leak tests). */
export function observedLocaleHosts(): number {
  return hosts.size;
}
