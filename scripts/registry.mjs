// The element registry (packages/components/src/registry.ts) for the Node side: the rollup config,
// the size report and the tests read the same table the elements are registered from.
import { tsImport } from 'tsx/esm/api';

const registry = await tsImport('../packages/components/src/registry.ts', import.meta.url);
const pageCss = await tsImport('../packages/components/src/embed/page-css.ts', import.meta.url);

/** Every row of the registry: `{ key, tag, folder, define, reserve?, link? }`. */
export const ELEMENTS = registry.ELEMENTS;
/** Elements with a page of their own (the workbench): `{ key, tag, folder, entry, page, script }`. */
export const TOOLS = registry.TOOLS;
/** The rows that render a view of their own (all but the provider). */
export const VIEWS = registry.VIEWS;
/** The text of dist/konzept-kit.css. */
export const PAGE_CSS = pageCss.pageCss(ELEMENTS);
