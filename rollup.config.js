// The browser bundles (`npm run build`, see scripts/build.mjs):
// 1. dist/konzept-kit.js: the one script tag of a page. A small entry (embed/autoload.ts) that loads
//    each element's code from dist/chunks/ when the page shows that element (or a link form of it).
// 2. dist/<tag>.js for each row of the registry (packages/components/src/registry.ts): one entry per
//    element that registers it at once; all of these share the chunks in dist/chunks/.
// 3. dist/konzept-kit-all.js: ONE self-contained, minified ES module that registers every element,
//    for sites that want exactly one file (no chunks: `inlineDynamicImports`).
// The TypeScript sources are bundled directly: esbuild strips the types, and the build writes Lit's
// decorators as `static properties` (staticProperties below; Chromium has no decorators).
import { existsSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import MagicString from 'magic-string';
import ts from 'typescript';
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

const AUTOLOAD = '\0konzept-autoload';
const REGISTRY_DATA = '\0konzept-registry-data';

/**
 * The module the loader imports for an element: `define-de.ts` where the element has words (it
 * registers the element with its German words; `define.ts` adds English for the other entries).
 */
function defineWithGermanWords(folder) {
  const german = src(`${folder}/define-de.ts`);
  return existsSync(german) ? german : src(`${folder}/define.ts`);
}

/** An element's words beyond German, by language: `<name>.i18n.<lang>.ts` in its folder, with the shared words in that language. */
function wordsBeyondGerman(folder) {
  const byLang = {};
  for (const file of readdirSync(src(folder))) {
    const lang = /\.i18n\.([a-z-]+)\.ts$/.exec(file)?.[1];
    if (lang) byLang[lang] = [src(`shared/common.i18n.${lang}.ts`), src(`${folder}/${file}`)];
  }
  return byLang;
}

/**
 * The entry of dist/konzept-kit.js, made from the registry: one row per element with the `import()` of
 * its define module and of its words by language (embed/autoload.ts loads them when the page shows the
 * element, the words only in the page's language). The link upgrade
 * imports the registry for its link classes only: here it gets the rows without their define
 * functions, or it would pull every element's code into the entry.
 */
function autoloadEntry() {
  return {
    name: 'konzept-autoload-entry',
    resolveId(source, importer) {
      if (source === AUTOLOAD) return AUTOLOAD;
      if (importer && importer !== AUTOLOAD && /[\\/]registry\.js$/.test(source) && resolve(dirname(importer), source) === src('registry.js'))
        return REGISTRY_DATA;
      return null;
    },
    load(id) {
      if (id === REGISTRY_DATA) {
        const rows = ELEMENTS.map(({ define: _define, ...row }) => row);
        return [
          `export const ELEMENTS = ${JSON.stringify(rows)};`,
          `export const VIEWS = ELEMENTS.filter((row) => 'reserve' in row);`,
          `export const LINKED = ELEMENTS.filter((row) => 'link' in row);`,
        ].join('\n');
      }
      if (id !== AUTOLOAD) return null;
      const rows = ELEMENTS.map((row) => {
        const words = Object.entries(wordsBeyondGerman(row.folder)).map(
          ([lang, files]) => `${lang}: () => Promise.all([${files.map((file) => `import(${JSON.stringify(file)})`).join(', ')}])`,
        );
        return `{ key: ${JSON.stringify(row.key)}, tag: ${JSON.stringify(row.tag)},${row.link ? ` link: ${JSON.stringify(row.link)},` : ''} load: () => import(${JSON.stringify(defineWithGermanWords(row.folder))}).then((m) => m.${row.define.name})${words.length ? `, words: { ${words.join(', ')} }` : ''} }`;
      });
      return [
        `import { autoload } from ${JSON.stringify(src('embed/autoload.ts'))};`,
        `export { registerTranslation } from ${JSON.stringify(src('shared/i18n.ts'))};`,
        `autoload([\n  ${rows.join(',\n  ')},\n], import.meta.url);`,
      ].join('\n');
    },
  };
}

/**
 * Fewer, larger shared chunks than rollup makes by itself: every file a page loads is gzipped on its
 * own, and small files compress badly (a page with one chart loaded nine files).
 * - `base`: what the loader itself needs (the element entries share it);
 * - `core`: what every view element needs (Lit, loading, the fast path of parsing, the element base class);
 * - `lists`: what long lists need (see LISTS);
 * - `detail`: what loads only for an export that is not valid or not plain UTF-8 (zod, the worded messages);
 * - the rest (the elements' own code, the link upgrade) as rollup splits it.
 * Only the modules named go there (`onlyExplicitManualChunks`). A module that core's modules import
 * but the list misses gets a chunk of its own, which can import core back: the build's size check
 * (scripts/size.mjs) fails on chunks that import each other.
 */
const CORE = [
  /[\\/]node_modules[\\/](@lit[\\/](reactive-element|context[\\/](index|lib[\\/](context-request-event|create-context|controllers[\\/]context-consumer))\.js)|lit-element|lit-html[\\/](development[\\/])?(lit-html|is-server|directive)\.js|lit[\\/](index|html)\.js)/,
  /[\\/]concept-schema[\\/]src[\\/](quick-parse|fast-path(\.generated)?|semantic-check|defaults|checks|language|index)\.ts$/,
  /[\\/]sdk[\\/]src[\\/](load|text|stats|measures|selection|normalize)\.ts$/,
  /[\\/]components[\\/]src[\\/]shared[\\/](konzept-element|download|concept-task|concept-source|context|events|styles|common\.i18n|terms|locale|data-text|yield|status|css-props|on-demand)\.ts$/,
];
/**
 * `lists`: what long lists need (parts, "show more", paging, deep links): the accordion, the diff,
 * the overview and the chart's bar views, but not the chart's first view.
 */
const LISTS = [
  /[\\/]node_modules[\\/](lit-html[\\/](development[\\/])?(async-directive|directive-helpers|static|directives[\\/]guard)\.js|lit[\\/](async-directive|static-html|directives[\\/]guard)\.js)/,
  /[\\/]components[\\/]src[\\/]shared[\\/](in-parts|rows-in-parts|paging|focus|page-events|heading|status-label|field-styles)\.ts$/,
  /[\\/]sdk[\\/]src[\\/]anchors\.ts$/,
];
const DETAIL = [
  /[\\/]node_modules[\\/]zod[\\/]/,
  /[\\/]concept-schema[\\/]src[\\/](parse|schema|zod-issues|json-position|semantics|semantic-issues|issues|patterns)\.ts$/,
  /[\\/]sdk[\\/]src[\\/]encoding\.ts$/,
];

function sharedChunks() {
  let base;
  return (id, { getModuleInfo }) => {
    if (!base) {
      // The modules the loader imports statically.
      base = new Set();
      const stack = [...(getModuleInfo(AUTOLOAD)?.importedIds ?? [])];
      while (stack.length) {
        const next = stack.pop();
        if (base.has(next)) continue;
        base.add(next);
        stack.push(...(getModuleInfo(next)?.importedIds ?? []));
      }
    }
    if (base.has(id)) return 'base';
    if (DETAIL.some((pattern) => pattern.test(id))) return 'detail';
    if (CORE.some((pattern) => pattern.test(id))) return 'core';
    if (LISTS.some((pattern) => pattern.test(id))) return 'lists';
    return undefined;
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
 * The one file (konzept-kit-all.js) leaves out "get the data" under the views: inlined there, the rows
 * and the CSV writer would add 2.5 KB gzip to the file every page loads (over its budget,
 * scripts/size.mjs), where konzept-kit.js loads them on the first click. README "Daten herunterladen"
 * says so.
 */
function oneFileWithoutDownloads() {
  const names = ['renderChartDownloads', 'renderMeasureDownloads', 'renderDiffDownloads', 'renderStatusDownloads', 'renderOverviewDownloads'];
  return {
    name: 'konzept-one-file-without-downloads',
    load: (id) => (/[\\/](chart|measure|diff|overview)-downloads\.ts$/.test(id) ? names.map((n) => `export const ${n} = () => undefined;`).join('\n') : null),
  };
}

/**
 * The one file carries the detailed semantic checks anyway (semantics.ts, for the worded messages):
 * its fast path asks them whether a valid export has a problem (the same answer as semantic-check.ts,
 * which the fuzzer checks) instead of carrying that short check as well.
 */
function oneFileWithoutSemanticCheck() {
  const semantics = resolve(root, 'packages/concept-schema/src/semantics.ts');
  return {
    name: 'konzept-one-file-without-semantic-check',
    load: (id) =>
      /[\\/]concept-schema[\\/]src[\\/]semantic-check\.ts$/.test(id)
        ? `import { findSemanticProblems } from ${JSON.stringify(semantics)};\nexport function hasSemanticProblems(concept) { let found = false; findSemanticProblems(concept, () => (found = true)); return found; }`
        : null,
  };
}

/**
 * The bundles' reactive properties as Lit's `static properties`, not decorators. The sources use
 * Lit's standard decorators (`@property() accessor from = ''`; tests and Storybook run them so).
 * Lowered by esbuild, each standard decorator became about 100 bytes (an initializer call, a WeakMap
 * for the value, a `__decorateElement` call) plus 1.5 KB of helpers, and even TypeScript's older form
 * (`__decorateClass([property()], Proto, "from")`) needed Lit's decorator module and a call per
 * property. Here the build writes what Lit's own docs show for code without decorators: each class
 * gets `static properties = { from: {}, limit: { state: true, attribute: false } }` (what `@state()`
 * passes on), and the fields lose the decorator and `accessor`. Lit makes the same accessors from it
 * when the element is defined; the constructor assigns the defaults through them (class fields are
 * assigned, not defined: `useDefineForClassFields: false`), so a default is a change as before, and a
 * reflected one is reflected. Read with TypeScript's own parser: a decorator this does not know
 * (only `@property` and `@state` are used) stops the build instead of being lowered another way.
 */
const LOWERED_TS = { compilerOptions: { useDefineForClassFields: false } };
const LIT_DECORATORS = {
  property: (options) => options ?? '{}',
  state: (options) => (options ? `{ ...${options}, state: true, attribute: false }` : '{ state: true, attribute: false }'),
};

function staticProperties() {
  return {
    name: 'konzept-static-properties',
    transform(code, id) {
      if (!id.endsWith('.ts') || !/@(?:property|state)\(/.test(code)) return null;
      const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const out = new MagicString(code);
      const visit = (node) => {
        if (ts.isClassLike(node)) {
          if (ts.getDecorators(node)?.length)
            this.error(`${id}: a class decorator is not lowered to static properties (define elements with shared/define.ts)`);
          const properties = [];
          for (const member of node.members) {
            const decorators = (ts.canHaveDecorators(member) && ts.getDecorators(member)) || [];
            if (!decorators.length) continue;
            const [decorator] = decorators;
            const call = decorator.expression;
            const make =
              ts.isCallExpression(call) &&
              ts.isIdentifier(call.expression) &&
              Object.hasOwn(LIT_DECORATORS, call.expression.text) &&
              LIT_DECORATORS[call.expression.text];
            if (decorators.length > 1 || !make || !ts.isPropertyDeclaration(member) || !ts.isIdentifier(member.name) || call.arguments.length > 1) {
              this.error(`${id}: only one @property(…) or @state(…) on a field is lowered to static properties, not "${member.getText(file).split('\n')[0]}"`);
            }
            properties.push(`${member.name.text}: ${make(call.arguments[0]?.getText(file))}`);
            // The decorator and the `accessor` keyword go; the field stays, with its modifiers and default.
            out.remove(decorator.getStart(file), decorator.end);
            const accessor = member.modifiers?.find((m) => m.kind === ts.SyntaxKind.AccessorKeyword);
            if (accessor) out.remove(accessor.getStart(file), accessor.end);
          }
          if (properties.length) out.appendLeft(node.members.pos, ` static properties = { ${properties.join(', ')} };`);
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
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

/**
 * How the text of `html` and `svg` templates is made smaller: each line break with the indentation
 * around it becomes one space, and comments without a binding go. A browser renders a run of
 * whitespace as one space, so a reader sees the same page (no template writes a line break into
 * <pre>, <textarea> or a `white-space: pre*` box; their text comes from bindings). html-minifier's
 * full collapse is not used: it removed the space between inline elements and glued visible words
 * together ("4pro Jahr", "15.10.2019· Ampeldokument"), and it cannot parse Lit's static tags.
 */
const templateStrategy = {
  ...defaultStrategy,
  minifyHTML: (text) => text.replace(/<!--(?:(?!@TEMPLATE_EXPRESSION)[\s\S])*?-->/g, '').replace(/\s*\n\s*/g, ' '),
};

const plugins = () => [
  tsFromJs(),
  nodeResolve({
    // `browser` first: Lit's production build, no Node built-ins. No `development` condition:
    // that is for tests and Storybook, which import the workspace packages from source.
    exportConditions: ['browser', 'module', 'import', 'default'],
    extensions: ['.ts', '.mjs', '.js', '.json'],
  }),
  staticProperties(),
  esbuild({ target: 'es2022', tsconfig: false, tsconfigRaw: LOWERED_TS, minify: false, legalComments: 'none' }),
  // Terser leaves the text of templates alone: the Lit team's plugin minifies `css` (lightningcss,
  // 1.6 KB gzip of the bundle) and, with the strategy below, the line breaks of `html` and `svg`.
  ...(process.env.KONZEPT_NO_CSS_MINIFY ? [] : [minifyHTMLLiterals({ options: { strategy: templateStrategy }, failOnError: true })]),
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

/**
 * Source maps beside every file, but no `//# sourceMappingURL` comment in it (`hidden`): each comment
 * cost a reader about 35 bytes gzip per file (0.3 KB on a page with all three elements), for a map
 * only a developer's tools read, and the release zip (scripts/release.mjs) carries no maps, so on a
 * municipality's server the comment pointed at nothing. A developer adds a map by hand (Chromium's
 * DevTools: right click in the Sources panel, "Add source map…"), or reads dist/ locally.
 */
const SOURCEMAP = 'hidden';

export default [
  {
    input: src('register.ts'),
    output: {
      file: resolve(root, 'dist/konzept-kit-all.js'),
      format: 'es',
      sourcemap: SOURCEMAP,
      inlineDynamicImports: true,
    },
    plugins: [oneFileWithoutDownloads(), oneFileWithoutSemanticCheck(), ...plugins()],
    onwarn,
  },
  {
    input: { 'konzept-kit': AUTOLOAD, ...elementEntries },
    output: {
      dir: resolve(root, 'dist'),
      format: 'es',
      sourcemap: SOURCEMAP,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[hash].js',
      manualChunks: sharedChunks(),
      // Only the modules named: a shared module's other imports (through the packages' index files) stay where rollup puts them.
      onlyExplicitManualChunks: true,
    },
    plugins: [autoloadEntry(), elementEntryModules(), ...plugins(), pageStylesheet()],
    onwarn,
  },
  // 3. dist/konzept-kit-i18n.js: the interface languages beyond German and English (Turkish, Arabic,
  //    Ukrainian, Leichte Sprache), one file beside konzept-kit.js. It fills the same registry (on
  //    globalThis) and the elements re-render; kept out of the main file for its size (docs/LANGUAGES.md).
  {
    input: src('i18n/all.ts'),
    output: { file: resolve(root, 'dist/konzept-kit-i18n.js'), format: 'es', sourcemap: SOURCEMAP },
    plugins: plugins(),
    onwarn,
  },
];
