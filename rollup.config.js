// The browser bundles (`npm run build`, see scripts/build.mjs):
// 1. dist/konzept-kit.js: ONE self-contained, minified ES module that registers every element;
//    the file a web editor uploads to the CMS (no chunks: `inlineDynamicImports`).
// 2. dist/ampel-chart.js, measure-accordion.js, version-diff.js, konzept-provider.js: one entry per
//    element for pages that need only one; they share chunks in dist/chunks/.
// The TypeScript sources are bundled directly: esbuild lowers the TC39 decorators (Chromium has none).
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { ELEMENTS, PAGE_CSS } from './scripts/registry.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const src = (path) => resolve(root, 'packages/components/src', path);

const ENTRY = '\0konzept-entry:';

/**
 * The per-element entries, one per row of the registry (packages/components/src/registry.ts):
 * `dist/<tag>.js` registers only that element (`?prefix=lk` on the script address works there too).
 */
export const elementEntries = Object.fromEntries(ELEMENTS.map((row) => [row.tag, `${ENTRY}${row.tag}`]));

/** The text of each per-element entry, made from its registry row. */
function elementEntryModules() {
  return {
    name: 'konzept-element-entries',
    resolveId: (source) => (source.startsWith(ENTRY) ? source : null),
    load(id) {
      if (!id.startsWith(ENTRY)) return null;
      const row = ELEMENTS.find((r) => r.tag === id.slice(ENTRY.length));
      return [
        `import { ${row.define.name} } from ${JSON.stringify(src(`${row.folder}/define.ts`))};`,
        `import { scriptOptions } from ${JSON.stringify(src('embed/script-options.ts'))};`,
        `${row.define.name}(scriptOptions(import.meta.url).prefix);`,
      ].join('\n');
    },
  };
}

/** Sources import `./x.js` where `./x.ts` is on disk (NodeNext style): map them for rollup. */
function tsFromJs() {
  return {
    name: 'konzept-ts-from-js',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.') || !source.endsWith('.js')) return null;
      const ts = resolve(dirname(importer), source.slice(0, -3) + '.ts');
      return existsSync(ts) ? ts : null;
    },
  };
}

/**
 * d3-shape ships one file whose curve factories are initialised by immediately called functions
 * (`var bundle = (function custom(beta) {…})(0.85)`): rollup must assume they have side effects and
 * keeps every curve. They have none: marking them pure lets the chart carry only arc and pie.
 */
function pureD3Factories() {
  return {
    name: 'konzept-pure-d3-factories',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]d3-[a-z]+[\\/]dist[\\/][^\\/]+\.mjs$/.test(id) || !code.includes('(function custom(')) return null;
      return { code: code.replace(/= \(function custom\(/g, '= /*#__PURE__*/(function custom('), map: null };
    },
  };
}

/** The stylesheet against a flash of undefined elements, beside the script (made from the registry: embed/page-css.ts). */
function pageStylesheet() {
  return {
    name: 'konzept-page-stylesheet',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'konzept-kit.css', source: PAGE_CSS });
    },
  };
}

const plugins = () => [
  tsFromJs(),
  pureD3Factories(),
  nodeResolve({
    // `browser` first: Lit's production build, no Node built-ins. No `development` condition:
    // that is for tests and Storybook, which import the workspace packages from source.
    exportConditions: ['browser', 'module', 'import', 'default'],
    extensions: ['.ts', '.mjs', '.js', '.json'],
  }),
  esbuild({ target: 'es2022', tsconfig: resolve(root, 'tsconfig.json'), minify: false, legalComments: 'none' }),
  // Terser leaves the text of `css` templates alone: the Lit team's plugin minifies it (lightningcss),
  // 1.6 KB gzip of the bundle. Only CSS: collapsing the whitespace of `html` templates saved 0.7 KB
  // more but glued visible words together ("4pro Jahr", "15.10.2019· Ampeldokument").
  ...(process.env.KONZEPT_NO_CSS_MINIFY ? [] : [minifyHTMLLiterals({ options: { shouldMinify: () => false }, failOnError: true })]),
  terser({
    format: { comments: false },
    compress: { passes: 2 },
    ecma: 2022,
    module: true,
  }),
];

function onwarn(warning, warn) {
  // zod 4 carries `/*#__PURE__*/` annotations rollup cannot place, and circular imports between its
  // own modules: both harmless (docs/TOOLCHAIN.md).
  if (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY') return;
  warn(warning);
}

export default [
  {
    input: src('register.ts'),
    output: {
      file: resolve(root, 'dist/konzept-kit.js'),
      format: 'es',
      sourcemap: true,
      inlineDynamicImports: true,
    },
    plugins: [...plugins(), pageStylesheet()],
    onwarn,
  },
  {
    input: elementEntries,
    output: {
      dir: resolve(root, 'dist'),
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[hash].js',
    },
    plugins: [elementEntryModules(), ...plugins()],
    onwarn,
  },
  // 3. dist/konzept-kit-i18n.js: the interface languages beyond German and English (Turkish, Arabic,
  //    Ukrainian, Leichte Sprache), one file beside konzept-kit.js. It fills the same registry (on
  //    globalThis) and the elements re-render; kept out of the main file for its size (docs/LANGUAGES.md).
  {
    input: src('i18n/all.ts'),
    output: { file: resolve(root, 'dist/konzept-kit-i18n.js'), format: 'es', sourcemap: true },
    plugins: plugins(),
    onwarn,
  },
];
