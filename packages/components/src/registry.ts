/**
 * The one list of konzept-kit's elements. Everything that names all elements is derived from it:
 *
 * - registration: `registerAll()` and the tag names it returns (register-all.ts),
 * - the build: one entry `dist/<tag>.js` per row (rollup.config.js generates it),
 * - the link form: the link classes and the address fragment (embed/upgrade-links.ts),
 * - the reserved space before and while loading: dist/konzept-kit.css (embed/page-css.ts),
 * - the size report (`npm run size:parts`), the stories' and the tests' lists of elements.
 *
 * ## How to add an element (`<konzept-workbench>` as the example)
 *
 * 1. One folder `src/workbench/` as the others: `workbench.ts` (the class, no side effects, extends
 *    KonzeptElement, loads through `ConceptSource`), `workbench.styles.ts`, `workbench.i18n.ts`
 *    (German and English words, registered on import), and `define.ts` with
 *    `defineKonzeptWorkbench(prefix)` and the `HTMLElementTagNameMap` entry.
 * 2. One row below. `npm run typecheck` then knows the tag in `RegisteredTags`; the build makes
 *    `dist/konzept-workbench.js`; `konzept-kit.js` registers it; konzept-kit.css reserves its space;
 *    a link with `class="konzept-workbench"` (if the row has `link`) becomes the element.
 * 3. `npm run manifest` (the Custom Elements Manifest), a story file `stories/<tag>.stories.ts`,
 *    and a test file `test/components/<tag>.test.ts`.
 *
 * Module top levels must not touch the DOM: the build reads this table in Node (scripts/registry.mjs).
 */
import { defineKonzeptProvider } from './provider/define.js';
import { defineAmpelChart } from './ampel-chart/define.js';
import { defineMeasureAccordion } from './measure-accordion/define.js';
import { defineVersionDiff } from './version-diff/define.js';
import { defineKonzeptOverview } from './overview/define.js';

export interface ElementRow {
  /** The element's name in `RegisteredTags` (camelCase). */
  readonly key: string;
  /** The tag as users know it, without a prefix. */
  readonly tag: string;
  /** The element's folder below `src/`; its `define.ts` exports {@link define}. */
  readonly folder: string;
  /** Registers the element (under `prefix`) and returns the tag name in use; exported by `<folder>/define.ts` under this name. */
  readonly define: (prefix?: string) => string;
  /**
   * The height kept free until the element is defined and while it loads (konzept-kit.css, the
   * `--konzept-reserve-<tag>` custom property overrides it). Without it, the element takes no space of
   * its own (the provider) and is no view of its own in stories and tests.
   */
  readonly reserve?: string;
  /** The link form for rich-text editors: `<a class="…" href="export.json">`; `pair`: two links in one paragraph make one element. */
  readonly link?: { readonly className: string; readonly pair?: boolean };
}

export const ELEMENTS = [
  { key: 'provider', tag: 'konzept-provider', folder: 'provider', define: defineKonzeptProvider },
  {
    key: 'ampelChart',
    tag: 'ampel-chart',
    folder: 'ampel-chart',
    define: defineAmpelChart,
    reserve: '21rem',
    link: { className: 'konzept-ampel-chart' },
  },
  {
    key: 'measureAccordion',
    tag: 'measure-accordion',
    folder: 'measure-accordion',
    define: defineMeasureAccordion,
    reserve: '20rem',
    link: { className: 'konzept-measure-accordion' },
  },
  {
    key: 'versionDiff',
    tag: 'version-diff',
    folder: 'version-diff',
    define: defineVersionDiff,
    reserve: '20rem',
    link: { className: 'konzept-version-diff', pair: true },
  },
  {
    key: 'overview',
    tag: 'konzept-overview',
    folder: 'overview',
    define: defineKonzeptOverview,
    reserve: '16rem',
    link: { className: 'konzept-overview' },
  },
] as const satisfies readonly ElementRow[];

export type ElementKey = (typeof ELEMENTS)[number]['key'];
/** The rows that render a view of their own (all but the provider). */
export type ViewRow = Extract<(typeof ELEMENTS)[number], { reserve: string }>;
/** The rows with a link form. */
export type LinkRow = Extract<(typeof ELEMENTS)[number], { link: object }>;
export type LinkKey = LinkRow['key'];

/**
 * Elements with a page of their own instead of a place in konzept-kit.js: they carry what a
 * reader's page must not (the workbench: the spreadsheet reader, about 1 MB). No `define` here, so
 * importing this table pulls none of their code into konzept-kit.js. The build (scripts/tools.mjs)
 * bundles `<folder>/<entry>` as one classic script `script` beside the page `<folder>/<page>` and
 * its stylesheet (the page's name with `.css`); `npm run release` ships all three.
 */
export interface ToolRow {
  readonly key: string;
  readonly tag: string;
  readonly folder: string;
  /** The page's entry module in the folder: registers the elements it uses and this one. */
  readonly entry: string;
  /** The HTML page in the folder (and in dist/ and the release). */
  readonly page: string;
  /** The script the page loads, as a classic script (pages opened from a folder cannot load modules). */
  readonly script: string;
}

export const TOOLS = [
  {
    key: 'workbench',
    tag: 'konzept-workbench',
    folder: 'konzept-workbench',
    entry: 'werkstatt.ts',
    page: 'werkstatt.html',
    script: 'konzept-werkstatt.js',
  },
] as const satisfies readonly ToolRow[];

/** The elements that render a view (chart, accordion, diff …), not the provider. */
export const VIEWS: readonly ViewRow[] = ELEMENTS.filter((row): row is ViewRow => 'reserve' in row);
/** The elements with a link form. */
export const LINKED: readonly LinkRow[] = ELEMENTS.filter((row): row is LinkRow => 'link' in row);
