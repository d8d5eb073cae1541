/**
 * The form that survives a rich-text editor. CKEditor (TYPO3, Drupal) and WordPress strip custom
 * elements and unknown attributes, but keep an ordinary link with its address, text and class:
 *
 *     <a href="/fileadmin/konzept.json" class="konzept-TAG">Integrationskonzept (JSON)</a>
 *
 * The site-wide script replaces such a link by the element (`src` = the link's address) and keeps
 * the link inside it as fallback content; where no script runs it stays a working download link.
 *
 * The version comparison takes two exports: either two links with the version diff's class (`konzept-` + its tag)
 * in the same paragraph (first the older, then the newer version), or one link to the newer
 * export with the older one in its query: `href="/fileadmin/konzept-2.0.json?from=konzept-1.0.json"`
 * (`from` is resolved against the link's address; a file server ignores the query, so the link
 * still downloads the newer export). A single link without `from` shows what changed between the
 * export's last two evaluations (`mode="status"`).
 *
 * A chart and an accordion made from links to the same export work together: a click on the chart
 * filters the accordion, as inside the provider element.
 *
 * Where the editor cannot set a class on a link, the class on the surrounding block works too
 * (`<p class="konzept-TAG"><a href="…/konzept.json">…</a></p>`): its link to a `.json` file
 * is used.
 *
 * Where the editor keeps neither (plain CKEditor 5, Drupal's "Basic HTML", a link pasted into a
 * WordPress paragraph: docs/EMBED.md, "Geprüft"), the class goes into the address, which every
 * editor keeps: `href="/fileadmin/konzept.json#konzept-TAG"`, with options after it
 * (`#konzept-TAG&view=fields`, `#konzept-TAG&from=konzept-1.0.json`). A file
 * server never sees the fragment, so the link still downloads the export; the element's `src` is the
 * address without it, so a chart and an accordion made from links to the same file still share it.
 *
 * Where the editor keeps `data-*` attributes they become the element's attributes
 * (`data-view="fields"` → `view="fields"`), but only those the element declares, never an event
 * handler. Headings inside the element start one level below the last heading before the link.
 */
import type { RegisteredTags } from '../register-all.js';
import { LINKED, type LinkKey } from '../registry.js';

/** The link class for each element with a link form (registry.ts; the same whatever tag prefix the page uses). */
export const LINK_CLASSES = Object.fromEntries(LINKED.map((row) => [row.key, row.link.className])) as Readonly<Record<LinkKey, string>>;

type LinkKind = LinkKey;
type Tags = Pick<RegisteredTags, LinkKind>;

/** Kinds whose two links in one paragraph make one element (the version comparison: older, newer). */
const PAIRED = new Set<LinkKind>(LINKED.filter((row) => 'pair' in row.link && row.link.pair).map((row) => row.key));

/** Set on a link once it is inside an element, so a second copy of the script leaves it alone. */
const UPGRADED = 'data-konzept-upgraded';
const SELECTOR = Object.values(LINK_CLASSES)
  .map((name) => `a.${name}[href]:not([${UPGRADED}])`)
  .join(', ');

/** Attribute names the element observes (its Lit properties, `lang`, `dir`). */
function declaredAttributes(tag: string): Set<string> {
  const ctor = customElements.get(tag) as (CustomElementConstructor & { observedAttributes?: string[] }) | undefined;
  return new Set((ctor?.observedAttributes ?? []).filter((name) => !/^on/i.test(name)));
}

/** One level below the last heading before `node` (an editor cannot set `heading-level` on a link). */
function levelBelowHeadingBefore(node: Node): number | undefined {
  let level: number | undefined;
  for (const heading of node.ownerDocument?.querySelectorAll('h1, h2, h3, h4, h5, h6') ?? []) {
    if (!(heading.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
    level = Number(heading.localName[1]);
  }
  return level === undefined ? undefined : Math.min(level + 1, 6);
}

function createFor(tag: string, links: readonly HTMLAnchorElement[]): HTMLElement {
  const el = document.createElement(tag);
  const declared = declaredAttributes(tag);
  const level = declared.has('heading-level') ? levelBelowHeadingBefore(links[0]!) : undefined;
  if (level !== undefined) el.setAttribute('heading-level', String(level));
  for (const link of links) {
    for (const { name, value } of [...link.attributes]) {
      if (name === 'lang' || name === 'dir') {
        if (!el.hasAttribute(name)) el.setAttribute(name, value);
      } else if (name.startsWith('data-') && name !== UPGRADED) {
        const attribute = name.slice(5);
        if (declared.has(attribute) && !['src', 'from', 'to', 'mode'].includes(attribute)) {
          el.setAttribute(attribute, value);
        }
      }
    }
  }
  return el;
}

/** The link's address without `from`, and `from` resolved against it. */
function splitFrom(link: HTMLAnchorElement): { src: string; from?: string } {
  const href = link.getAttribute('href') ?? '';
  let url: URL;
  try {
    url = new URL(href, document.baseURI);
  } catch {
    return { src: href };
  }
  const from = url.searchParams.get('from');
  if (from === null) return { src: href };
  url.searchParams.delete('from');
  return { src: url.href, from: new URL(from, url).href };
}

/** Replaces `first … last` (siblings, or one link) by `el` and moves them inside it as fallback content. */
function replaceWith(el: HTMLElement, first: HTMLAnchorElement, last: HTMLAnchorElement): void {
  const moved: Node[] = [first];
  if (last !== first && last.parentNode === first.parentNode) {
    for (let node = first.nextSibling; node && node !== last; node = node.nextSibling) moved.push(node);
  }
  if (last !== first) moved.push(last);
  first.replaceWith(el);
  for (const node of moved) {
    if (node instanceof HTMLAnchorElement) node.setAttribute(UPGRADED, '');
    el.append(node);
  }
}

const CONTAINERS = Object.values(LINK_CLASSES)
  .map((name) => `.${name}:not(a):not([${UPGRADED}])`)
  .join(', ');

function isJson(link: HTMLAnchorElement): boolean {
  try {
    return /\.json$/i.test(new URL(link.href, document.baseURI).pathname);
  } catch {
    return false;
  }
}

/**
 * The class on the paragraph instead of the link (WordPress' block setting "Additional CSS class"
 * sets it on the block): the paragraph's link to the export (its first two for a comparison) gets it.
 */
function promoteContainers(root: ParentNode): void {
  for (const container of root.querySelectorAll<HTMLElement>(CONTAINERS)) {
    container.setAttribute(UPGRADED, '');
    const name = Object.values(LINK_CLASSES).find((c) => container.classList.contains(c))!;
    const links = [...container.querySelectorAll<HTMLAnchorElement>('a[href]')];
    const exports = links.filter(isJson);
    const paired = [...PAIRED].some((kind) => LINK_CLASSES[kind] === name);
    const chosen = paired ? (exports.length ? exports : links).slice(0, 2) : [exports[0] ?? links[0]];
    for (const link of chosen) link?.classList.add(name);
  }
}

const FRAGMENT = new RegExp(`^#(${Object.values(LINK_CLASSES).join('|')})(?:&(.*))?$`);

/** A fragment as the reader wrote it: some editors store `&` and `=` percent-encoded. */
function decoded(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/**
 * The class in the address (`…/konzept.json#konzept-TAG&view=fields`): the link gets the
 * class and, for each option, the `data-*` attribute it stands for (which `createFor` then filters
 * like any other); `from` joins the query, where the comparison has always read it. The fragment
 * leaves the address.
 */
function promoteFragments(root: ParentNode): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>(`a[href*="#konzept-"]:not([${UPGRADED}])`)) {
    const href = link.getAttribute('href')!;
    const hash = href.indexOf('#');
    const match = FRAGMENT.exec(decoded(href.slice(hash)));
    if (!match) continue;
    let address = href.slice(0, hash);
    link.classList.add(match[1]!);
    for (const [name, value] of new URLSearchParams(match[2] ?? '')) {
      if (name === 'from') address += `${address.includes('?') ? '&' : '?'}from=${encodeURIComponent(value)}`;
      // Only names an attribute can have: anything else would make setAttribute throw.
      else if (/^[a-z][a-z0-9-]*$/.test(name) && !link.hasAttribute(`data-${name}`)) link.setAttribute(`data-${name}`, value);
    }
    link.setAttribute('href', address);
  }
}

function kindOf(link: HTMLAnchorElement): LinkKind | undefined {
  return (Object.keys(LINK_CLASSES) as LinkKind[]).find((kind) => link.classList.contains(LINK_CLASSES[kind]));
}

/**
 * Upgrades every konzept link below `root` whose element is registered. Returns the new elements.
 * Call it again for content a page adds later, or use `watchLinks()`.
 */
export function upgradeLinks(tags: Tags, root: ParentNode = document): HTMLElement[] {
  promoteFragments(root);
  promoteContainers(root);
  const created: HTMLElement[] = [];
  const links = [...root.querySelectorAll<HTMLAnchorElement>(SELECTOR)];
  const ours = Object.values(tags).filter((tag): tag is string => !!tag);
  for (let i = 0; i < links.length; i++) {
    const link = links[i]!;
    if (link.hasAttribute(UPGRADED) || !link.isConnected) continue;
    const kind = kindOf(link);
    const tag = kind && tags[kind];
    if (!tag || !customElements.get(tag)) continue;
    // Already inside an element (upgraded by another copy of the script under another prefix).
    if (ours.some((name) => link.parentElement?.closest(name))) {
      link.setAttribute(UPGRADED, '');
      continue;
    }
    const { src, from } = splitFrom(link);
    if (PAIRED.has(kind) && from === undefined) {
      // Two links in one paragraph: the older export, then the newer one.
      const next = links.slice(i + 1).find((other) => kindOf(other) === kind && other.parentNode === link.parentNode);
      if (next) {
        const el = createFor(tag, [link, next]);
        el.setAttribute('from', link.getAttribute('href') ?? '');
        el.setAttribute('to', next.getAttribute('href') ?? '');
        replaceWith(el, link, next);
        created.push(el);
        continue;
      }
    }
    const el = createFor(tag, [link]);
    if (PAIRED.has(kind)) {
      if (from !== undefined) {
        el.setAttribute('from', from);
        el.setAttribute('to', src);
      } else {
        // One export alone: what changed between its last two evaluations (the Ampel reports).
        el.setAttribute('mode', 'status');
        el.setAttribute('src', src);
      }
    } else el.setAttribute('src', src);
    replaceWith(el, link, link);
    created.push(el);
  }
  if (created.length) connectChartsToAccordions(tags, created);
  return created;
}

function absolute(url: string | null): string {
  try {
    return new URL(url ?? '', document.baseURI).href;
  } catch {
    return url ?? '';
  }
}

/**
 * A chart and an accordion made from links to the same export work together like inside a
 * the provider element: a click on the chart filters the accordion (its `listen` switch).
 */
function connectChartsToAccordions(tags: Tags, created: readonly HTMLElement[]): void {
  if (!tags.ampelChart || !tags.measureAccordion) return;
  const srcs = new Set(created.map((el) => absolute(el.getAttribute('src'))));
  const charts = new Set([...document.querySelectorAll(tags.ampelChart)].map((el) => absolute(el.getAttribute('src'))));
  for (const accordion of document.querySelectorAll(tags.measureAccordion)) {
    const src = absolute(accordion.getAttribute('src'));
    if (srcs.has(src) && charts.has(src) && accordion.querySelector(`a[${UPGRADED}]`)) accordion.setAttribute('listen', '');
  }
}

/**
 * Upgrades the links now (or when the document is parsed) and whenever the page adds content
 * (AJAX content of a CMS, a cookie banner that releases content). Returns a function that stops watching.
 */
export function watchLinks(tags: Tags, root: Document = document): () => void {
  if (typeof MutationObserver === 'undefined') return () => {};
  let scheduled = false;
  const run = () => {
    scheduled = false;
    upgradeLinks(tags, root);
  };
  const observer = new MutationObserver((records) => {
    if (scheduled) return;
    if (records.some((r) => [...r.addedNodes].some((n) => n.nodeType === Node.ELEMENT_NODE))) {
      scheduled = true;
      queueMicrotask(run);
    }
  });
  const start = () => {
    run();
    observer.observe(root.documentElement, { childList: true, subtree: true });
  };
  if (root.readyState === 'loading') root.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
  return () => {
    observer.disconnect();
    root.removeEventListener('DOMContentLoaded', start);
  };
}
