/**
 * The entry of dist/konzept-kit.js: the same one script tag, but a page loads only the code of the
 * elements it shows (as Shoelace's autoloader does). It looks for our tags (the registry's tags, with
 * the `?prefix=` of the script's address) and for the link forms (`class="konzept-TAG"` on a
 * link or its paragraph, `…json#konzept-TAG`), loads each element's module when the first one
 * appears, then turns the links into elements. Content added later is watched the same way.
 *
 * The rows come from the registry (registry.ts): rollup.config.js generates the entry that calls
 * `autoload` with one row per element and its `import()`. dist/konzept-kit-all.js registers every
 * element at once, in one file, for sites that want exactly one file.
 *
 * The code that turns links into elements (upgrade-links.ts) loads only when the page has a link form.
 *
 * Words by language: an element's code carries its German words. Its English words load beside its
 * code (at the same time, before it is defined: no German flash) when the element or the page is in
 * a language that reads English (English, and every language but German as a fallback); otherwise
 * they load when an element first speaks such a language (shared/i18n.ts `requestLanguage`).
 *
 * Not found: elements inside another component's shadow root. Register those with the element's own
 * entry (dist/TAG.js …) or `registerAll()`.
 */
import type { RegisteredTags } from '../register-all.js';
import { prefixedTag } from '../shared/define.js';
import { scriptOptions } from './script-options.js';
import { addTranslationSource, languagesBehind, loadTranslation } from '../shared/i18n.js';

export interface LazyElement {
  /** As in the registry. */
  readonly key: string;
  readonly tag: string;
  readonly link?: { readonly className: string };
  /** The element's `define` function, loaded on first use. */
  readonly load: () => Promise<(prefix?: string) => string>;
  /** The element's words beyond German, by language (`en`): each registers itself when loaded. */
  readonly words?: Readonly<Record<string, () => Promise<unknown>>>;
}

/** The languages of the page's places for this element (the nearest `lang` of each, else German). */
function languagesAt(nodes: Iterable<Element>): Set<string> {
  const found = new Set<string>();
  for (const node of nodes) for (const lang of languagesBehind(node.closest('[lang]')?.getAttribute('lang') || 'de')) found.add(lang);
  return found;
}

/**
 * The tag an element's `define(prefix)` registers: the prefix goes before the tag (`lk-` + the tag),
 * and replaces our own prefix where the tag has it (the provider's `konzept-` becomes `lk-`).
 */
function tagFor(tag: string, prefix: string | undefined): string {
  return prefix && tag.startsWith('konzept-') ? prefixedTag(tag.slice('konzept-'.length), prefix) : prefixedTag(tag, prefix);
}

/** Where an element of this row is on the page. */
function elementSelector(tag: string): string {
  return `${tag}:not(:defined)`;
}

/** Where a link form of this row is (a link or paragraph the script turns into the element). */
function linkSelector(row: LazyElement): string | undefined {
  const name = row.link?.className;
  return name && [`a.${name}`, `.${name}:not(a)`, `a[href*="#${name}"]`].join(', ');
}

/**
 * Loads and registers each element when the page has one (now, and in content added later). Returns
 * the tag names in use and a promise for the elements requested so far.
 */
export function autoload(rows: readonly LazyElement[], scriptUrl: string, root: Document = document): { tags: RegisteredTags; ready: () => Promise<void> } {
  const options = scriptOptions(scriptUrl);
  const tags = Object.fromEntries(rows.map((row) => [row.key, tagFor(row.tag, options.prefix)])) as RegisteredTags;
  const links = options.upgradeLinks ? new Map(rows.map((row) => [row, linkSelector(row)])) : new Map<LazyElement, string | undefined>();
  const selectors = new Map(rows.map((row) => [row, [elementSelector(tags[row.key as keyof RegisteredTags]), links.get(row)].filter(Boolean).join(', ')]));
  const anyLink = [...links.values()].filter(Boolean).join(', ');
  const loading = new Map<string, Promise<void>>();
  /** The link upgrade, once the page has shown a link form. */
  let linking: Promise<typeof import('./upgrade-links.js')> | undefined;

  const load = (row: LazyElement): Promise<void> => {
    let done = loading.get(row.key);
    if (!done) {
      const spoken = languagesAt(root.querySelectorAll(selectors.get(row)!));
      const words = Object.entries(row.words ?? {}).flatMap(([lang, loadWords]) => {
        if (spoken.has(lang)) return [loadTranslation(lang, loadWords)];
        addTranslationSource(lang, loadWords);
        return [];
      });
      done = Promise.all([row.load(), Promise.all(words)]).then(
        ([define]) => void define(options.prefix),
        (error: unknown) => {
          // A missing chunk (an incomplete upload) must not break the page: the fallback content stays.
          loading.delete(row.key);
          console.error(`konzept-kit: the code of <${tags[row.key as keyof RegisteredTags]}> did not load`, error);
        },
      );
      loading.set(row.key, done);
    }
    return done;
  };

  const scan = () => {
    const wanted = rows.filter((row) => !loading.has(row.key) && root.querySelector(selectors.get(row)!));
    const loads = wanted.map(load);
    if (!linking && anyLink && root.querySelector(anyLink)) {
      // From now on it watches the page for links itself (and turns those of loaded elements into elements).
      linking = import('./upgrade-links.js');
      void linking.then((module) => module.watchLinks(tags, root));
    }
    // Links become elements once their element is registered (upgradeLinks skips the others).
    if (linking && loads.length) void Promise.all([linking, ...loads]).then(([module]) => module.upgradeLinks(tags, root));
  };

  if (typeof MutationObserver !== 'undefined') {
    let scheduled = false;
    const observer = new MutationObserver((records) => {
      if (scheduled || (loading.size === rows.length && (linking || !anyLink))) return;
      if (records.some((r) => [...r.addedNodes].some((n) => n.nodeType === Node.ELEMENT_NODE))) {
        scheduled = true;
        queueMicrotask(() => {
          scheduled = false;
          scan();
        });
      }
    });
    observer.observe(root.documentElement, { childList: true, subtree: true });
  }
  // What the parser has read so far, then the rest once the document is parsed (a module script
  // normally runs after that; a dynamically added one may run before).
  scan();
  if (root.readyState === 'loading') root.addEventListener('DOMContentLoaded', scan, { once: true });
  return { tags, ready: () => Promise.all(loading.values()).then(() => undefined) };
}
