// The pages of their own (registry.ts's TOOLS; today the workbench, werkstatt.html): for each, its
// one classic script (dist/konzept-werkstatt.js: every element, every interface language, the
// spreadsheet reader and the colour themes), the page and its stylesheet, copied into dist/.
// A classic script (IIFE) because Chromium does not load ES modules on a page opened from a folder
// (file://), and editors double-click the page. esbuild, not rollup: it bundles the spreadsheet
// reader in about a second and lowers the TC39 decorators (target es2022).
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { TOOLS } from './registry.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'packages/components/src');
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
  setup(builder) {
    builder.onResolve({ filter: /^lit(-html)?\/directives\/style-map\.js$/ }, () => ({
      path: join(src, 'embed/style-map-csp.ts'),
    }));
  },
};

/** The files a tool's page needs beside it: the page, its stylesheet (if any) and its script. */
export function toolFiles(tool) {
  const css = tool.page.replace(/\.html$/, '.css');
  return [tool.page, ...(existsSync(join(src, tool.folder, css)) ? [css] : []), tool.script];
}

/** Builds every tool's script and copies its page and stylesheet into `outdir`. */
export async function buildTools(outdir) {
  for (const tool of TOOLS) {
    await build({
      entryPoints: [join(src, tool.folder, tool.entry)],
      outfile: join(outdir, tool.script),
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
      plugins: [cspSafeStyleMap],
    });
    for (const name of toolFiles(tool).filter((n) => n !== tool.script)) copyFileSync(join(src, tool.folder, name), join(outdir, name));
  }
}
