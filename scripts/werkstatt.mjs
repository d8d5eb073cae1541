// The workbench page (werkstatt.html) and its one classic script, dist/konzept-werkstatt.js: the
// three elements, every interface language, the spreadsheet reader (exceljs) and the colour themes.
// A classic script (IIFE) because Chromium does not load ES modules on a page opened from a folder
// (file://), and editors double-click the page. esbuild, not rollup: it bundles exceljs's browser
// build in about a second and lowers the TC39 decorators (target es2022).
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const folder = join(root, 'packages/components/src/konzept-workbench');
const themesDir = join(root, 'packages/components/themes');

/** The release's colour themes, as the workbench offers them: id, a label from the file's first comment, the text. */
export function themes() {
  return readdirSync(themesDir)
    .filter((name) => name.endsWith('.css'))
    .sort()
    .map((name) => {
      const css = readFileSync(join(themesDir, name), 'utf8');
      const label = /Example theme "([^"]+)"/.exec(css)?.[1] ?? basename(name, '.css');
      return { id: basename(name, '.css'), label, css };
    });
}

/**
 * Lit's `styleMap` writes inline `style="…"` on first render, which the page's Content Security
 * Policy (style-src 'self') refuses: the same CSSOM-only stand-in as in rollup.config.js.
 */
const cspSafeStyleMap = {
  name: 'konzept-csp-safe-style-map',
  setup(build) {
    build.onResolve({ filter: /^lit(-html)?\/directives\/style-map\.js$/ }, () => ({
      path: join(root, 'packages/components/src/embed/style-map-csp.ts'),
    }));
  },
};

/** Writes werkstatt.html, werkstatt.css and konzept-werkstatt.js into `outdir`. */
export async function buildWerkstatt(outdir) {
  const result = await build({
    entryPoints: [join(folder, 'werkstatt.ts')],
    outfile: join(outdir, 'konzept-werkstatt.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    conditions: ['browser', 'module', 'import'],
    mainFields: ['browser', 'module', 'main'],
    define: { KONZEPT_THEMES: JSON.stringify(themes()), 'process.env.NODE_ENV': '"production"' },
    tsconfig: join(root, 'tsconfig.json'),
    absWorkingDir: root,
    logLevel: 'warning',
    metafile: true,
    plugins: [cspSafeStyleMap],
  });
  copyFileSync(join(folder, 'werkstatt.html'), join(outdir, 'werkstatt.html'));
  copyFileSync(join(folder, 'werkstatt.css'), join(outdir, 'werkstatt.css'));
  return result;
}
