// The build's promises to web editors and developers: one file under the size budget, the
// production build of Lit, no JSON Schema generator in the browser, an entry per element, and
// library packages (ES modules + .d.ts) that import in plain Node without TypeScript tooling.
// `npm test` builds first; run alone, this builds the bundle when dist/ is missing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
// @ts-expect-error: a plain ES module script without types
import { measure, BUDGET, BUNDLE } from '../../scripts/size.mjs';
import { ELEMENTS, LINKED } from '../../packages/components/src/registry.js';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'dist');
const bundle = join(dist, BUNDLE);

if (!existsSync(bundle)) {
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--bundle'], { cwd: root, stdio: 'inherit' });
}
const code = readFileSync(bundle, 'utf8');

test('konzept-kit-all.js is one self-contained file within the gzip budget', () => {
  const { problems, bundleGzip } = measure(dist) as { problems: string[]; bundleGzip: number };
  assert.deepEqual(problems, []);
  assert.ok(bundleGzip <= BUDGET, `${bundleGzip} bytes gzip > ${BUDGET}`);
  assert.ok(bundleGzip > 5_000, 'suspiciously small: is the bundle empty?');
  assert.ok(existsSync(`${bundle}.map`), 'source map');
  assert.match(readFileSync(`${bundle}.map`, 'utf8'), /register\.ts/);
});

test('the bundle carries Lit’s production build and zod/mini, not the JSON Schema generator', () => {
  assert.doesNotMatch(code, /Lit is in dev mode/);
  assert.doesNotMatch(code, /toJSONSchema/);
  assert.doesNotMatch(code, /process\.env/);
  // zod classic's chainable API would bring these method names; zod/mini has none of them.
  assert.doesNotMatch(code, /\.superRefine\(|"superRefine"/);
});

test('the bundle registers every element whose define.ts exists, and upgrades konzept links', () => {
  for (const { tag } of ELEMENTS) {
    assert.ok(code.includes(`"${tag}"`), `${tag} in the bundle`);
    assert.ok(existsSync(join(dist, `${tag}.js`)), `dist/${tag}.js`);
  }
  for (const { link } of LINKED) assert.ok(code.includes(link.className), 'the link class of the stripped-editor form');
  assert.ok(existsSync(join(dist, 'konzept-kit.css')), 'the stylesheet against a flash of undefined elements');
});

test('konzept-kit.js, the script tag of a page, is a small loader that names every element and link form', () => {
  const loader = readFileSync(join(dist, 'konzept-kit.js'));
  const text = loader.toString('utf8');
  assert.ok(gzipSync(loader, { level: 9 }).length < 4 * 1024, 'the loader stays under 4 KB gzip');
  for (const { tag } of ELEMENTS) assert.ok(text.includes(`"${tag}"`), `${tag} in the loader`);
  for (const { link } of LINKED) assert.ok(text.includes(link.className), `the link class ${link.className} in the loader`);
  // Each element's code is loaded on demand, not carried.
  assert.ok((text.match(/import\(/g) ?? []).length >= ELEMENTS.length, 'one import() per element');
  assert.doesNotMatch(text, /customElements\.define\(/);
});

const libraries = ['concept-schema', 'sdk', 'components'];
const built = libraries.every((name) => existsSync(join(root, 'packages', name, 'dist/package.json')));

test('the built library packages import in plain Node through their exports', { skip: built ? false : 'packages/*/dist not built (npm run build)' }, () => {
  for (const name of libraries) {
    const pkg = JSON.parse(readFileSync(join(root, 'packages', name, 'dist/package.json'), 'utf8'));
    assert.equal(pkg.exports['.'].types, './index.d.ts');
    assert.equal(pkg.exports['.'].import, './index.js');
    assert.ok(existsSync(join(root, 'packages', name, 'dist/index.d.ts')));
  }
  // A consumer's node_modules: our built packages, and their dependencies from this workspace.
  const consumer = mkdtempSync(join(tmpdir(), 'konzept-consumer-'));
  try {
    const modules = join(consumer, 'node_modules');
    mkdirSync(join(modules, '@konzept-kit'), { recursive: true });
    for (const name of ['concept-schema', 'sdk']) cpSync(join(root, 'packages', name, 'dist'), join(modules, '@konzept-kit', name), { recursive: true });
    for (const dep of ['zod', 'diff']) symlinkSync(join(root, 'node_modules', dep), join(modules, dep), 'dir');
    const sample = existsSync(join(root, 'schema/examples/konstanz-2.0.json')) ? join(root, 'schema/examples/konstanz-2.0.json') : '';
    const script = `
      const sdk = await import('@konzept-kit/sdk');
      if (typeof sdk.parseConcept !== 'function' || typeof sdk.loadConcept !== 'function') throw new Error('exports');
      const file = ${JSON.stringify(sample)};
      if (file) {
        const { readFileSync } = await import('node:fs');
        const result = sdk.parseConcept(readFileSync(file, 'utf8'));
        if (!result.success) throw new Error('sample does not parse');
        console.log(sdk.conceptStats(result.concept).measures ?? 'ok');
      } else console.log('ok');
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: consumer, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
  } finally {
    rmSync(consumer, { recursive: true, force: true });
  }
});
