#!/usr/bin/env node
// `npm run build`:
// 1. rollup (rollup.config.js): dist/konzept-kit.js, the one file a web editor uploads, with its
//    source map and konzept-kit.css; dist/<element>.js per element (sharing dist/chunks/).
// 2. tsc -b tsconfig.build.json: packages/{concept-schema,sdk,components}/dist, unbundled ES modules
//    with .d.ts for developers who bundle themselves, each with a package.json whose `exports` point
//    at the built files (`npm publish packages/sdk/dist`). The workspace's own package.json files keep
//    pointing at src/, so tests, Storybook and tsx go on importing the sources.
// 1b. scripts/tools.mjs: the pages of their own (registry.ts's TOOLS): dist/werkstatt.html, the
//    editors' workbench, with its classic script.
// 3. the size report and budget (scripts/size.mjs); exits 2 when a check (the budget) fails, 1 when
//    the build itself failed.
// `--bundle` does step 1 and 3 only; `--report-only` never fails on the checks (npm start).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import configs from '../rollup.config.js';
import { report } from './size.mjs';
import { buildTools } from './tools.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bundleOnly = process.argv.includes('--bundle');
const started = Date.now();

rmSync(join(root, 'dist'), { recursive: true, force: true });
for (const config of configs) {
  const bundle = await rollup(config);
  try {
    await bundle.write(config.output);
  } finally {
    await bundle.close();
  }
}
console.log(`rollup: dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
await buildTools(join(root, 'dist'));
console.log(`esbuild: dist/werkstatt.html and dist/konzept-werkstatt.js (the workbench) in ${((Date.now() - started) / 1000).toFixed(1)} s`);

const libraries = ['concept-schema', 'sdk', 'components'];

/** `./src/x.ts` of the workspace package → the built `./x.js` with its types. */
function builtFiles(source) {
  const js = source.replace(/^\.\/src\//, './').replace(/\.ts$/, '.js');
  return { types: js.replace(/\.js$/, '.d.ts'), import: js, default: js };
}
if (!bundleOnly) {
  for (const name of libraries) rmSync(join(root, 'packages', name, 'dist'), { recursive: true, force: true });
  const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-b', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  if (tsc.status !== 0) {
    console.error('tsc -b tsconfig.build.json failed');
    process.exit(1);
  }
  for (const name of libraries) {
    const dir = join(root, 'packages', name);
    const source = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const { exports: _exports, types: _types, main: _main, ...rest } = source;
    const published = {
      ...rest,
      main: './index.js',
      types: './index.d.ts',
      exports: {
        // Every entry of the workspace's own `exports` (`./spreadsheet` …), pointing at the built files.
        ...Object.fromEntries(Object.entries(_exports).map(([path, target]) => [path, builtFiles(target)])),
        './*.js': builtFiles('./src/*.ts'),
        './package.json': './package.json',
      },
    };
    writeFileSync(join(dir, 'dist', 'package.json'), JSON.stringify(published, null, 2) + '\n');
    // The manifest named in `customElements` (IDEs, Storybook, CMS tools) must travel with the package.
    if (source.customElements && existsSync(join(dir, source.customElements))) {
      copyFileSync(join(dir, source.customElements), join(dir, 'dist', source.customElements.replace(/^\.\//, '')));
    }
    rmSync(join(dir, 'dist', '.tsbuildinfo'), { force: true });
    if (!existsSync(join(dir, 'dist', 'index.d.ts'))) {
      console.error(`packages/${name}/dist/index.d.ts is missing`);
      process.exit(1);
    }
  }
  console.log(`tsc: packages/{${libraries.join(',')}}/dist (ES modules + .d.ts) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// Exit 2 (not 1): everything is built, but a check of the result failed (e.g. the size budget).
// `--report-only` (npm start) prints the problems but serves the demo anyway.
if (!report(join(root, 'dist')) && !process.argv.includes('--report-only')) process.exit(2);
