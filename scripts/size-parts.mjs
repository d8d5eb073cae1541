#!/usr/bin/env node
// `npm run size:parts`: what each part costs in dist/konzept-kit-all.js (the one-file form), min+gzip (level 9). Gzip
// compresses the file as a whole, so a part's share cannot be read off its own bytes: the bundle is
// built again (in memory, same rollup config) without that part, and the difference is its cost.
// For deciding what goes into the one uploaded file (its 40 KB goal, README "Größe"); not part of CI,
// since it builds the bundle eight times (about a minute on two cores).
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import configs from '../rollup.config.js';
import { VIEWS } from './registry.mjs';

const config = configs.find((c) => String(c.output?.file ?? '').endsWith('konzept-kit-all.js'));

/** A module replaced by a stand-in with the same exports and nothing behind them. */
const without = {
  // Each element of the registry: its define.ts registers nothing.
  ...Object.fromEntries(
    VIEWS.map((row) => [row.tag, [new RegExp(`[\\\\/]${row.folder}[\\\\/]define\\.ts$`), `export function ${row.define.name}() { return ""; }`]]),
  ),
  // The export is taken as valid JSON without any check: what validation (zod, the fast path, the
  // structure walk and the bilingual messages) costs.
  validation: [
    /concept-schema[\\/]src[\\/]quick-parse\.ts$/,
    'export const DEFAULT_MAX_DEPTH = 40, DEFAULT_MAX_LENGTH = 2e7, FORBIDDEN_KEYS = new Set();' +
      ' export const fail = (issues) => ({ success: false, issues }); export const withoutBom = (t) => t; export function quickParse() {}' +
      ' export function parseConceptNow(t) { return { success: true, concept: typeof t === "string" ? JSON.parse(t) : t, issues: [] }; }' +
      ' export const parseConceptLazily = async (t) => parseConceptNow(t);',
  ],
  'link upgrade': [
    /embed[\\/]upgrade-links\.ts$/,
    'export function upgradeLinks() { return []; } export function watchLinks() { return () => {}; } export const LINK_CLASSES = {};',
  ],
};

async function gzipWithout(names) {
  const stubs = names.map((name) => without[name]);
  const stub = {
    name: 'konzept-size-stub',
    load(id) {
      const found = stubs.find(([pattern]) => pattern.test(id));
      return found ? found[1] : null;
    },
  };
  const plugins = [stub, ...config.plugins.filter((p) => p.name !== 'konzept-page-stylesheet')];
  const bundle = await rollup({ ...config, plugins, onwarn: () => {} });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  return gzipSync(output[0].code, { level: 9 }).length;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const full = await gzipWithout([]);
const elements = VIEWS.map((row) => row.tag);
const rows = [];
for (const name of Object.keys(without)) rows.push([name, full - (await gzipWithout([name]))]);
const core = await gzipWithout([...elements, 'validation', 'link upgrade']);
rows.push([`the ${elements.length} elements together`, full - (await gzipWithout(elements))]);
console.log(`\ndist/konzept-kit-all.js: ${kb(full)} min+gzip. What each part adds (the bundle built without it):`);
for (const [name, bytes] of rows) console.log(`  ${name.padEnd(28)} ${kb(bytes).padStart(8)}`);
console.log(`  ${'what remains without them'.padEnd(28)} ${kb(core).padStart(8)}   (Lit, @lit/context, provider, loading, registration, shared element code)`);
