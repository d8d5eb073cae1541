// The element registry (packages/components/src/registry.ts) is the one list of elements: each row
// agrees with its folder, so a row added for a new element is all the build and registration need.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ELEMENTS, LINKED, TOOLS, VIEWS } from '../../packages/components/src/registry.js';
import { registerAll } from '../../packages/components/src/register-all.js';
import { pageCss } from '../../packages/components/src/embed/page-css.js';

const src = resolve(import.meta.dirname, '../../packages/components/src');

test('every row names its folder, whose define.ts registers the row’s tag', () => {
  for (const row of ELEMENTS) {
    const define = join(src, row.folder, 'define.ts');
    assert.ok(existsSync(define), `${row.folder}/define.ts`);
    // Elements with words define themselves in define-de.ts (German words only, for the page's loader); define.ts adds English.
    assert.match(
      readFileSync(define, 'utf8'),
      new RegExp(`export (function ${row.define.name}\\(|\\{ ${row.define.name} \\} from './define-de\\.js')`),
      `${row.folder}/define.ts exports ${row.define.name}`,
    );
    // Outside a browser, defineElement registers nothing and returns the tag it would use.
    assert.equal(row.define(), row.tag);
    assert.match(row.tag, /^[a-z][a-z0-9]*-[a-z0-9-]+$/, 'a valid custom element name');
  }
  assert.equal(new Set(ELEMENTS.map((row) => row.tag)).size, ELEMENTS.length, 'tags are unique');
});

test('registerAll returns the tag of every row, with a prefix too', () => {
  assert.deepEqual(
    Object.keys(registerAll()),
    ELEMENTS.map((row) => row.key),
  );
  for (const row of VIEWS) assert.equal(registerAll({ prefix: 'lk' })[row.key], `lk-${row.tag}`);
});

test('konzept-kit.css reserves space for every view and its link form', () => {
  const css = pageCss(ELEMENTS);
  for (const row of VIEWS) assert.ok(css.includes(`--konzept-reserve-${row.tag}, ${row.reserve}`), row.tag);
  for (const row of LINKED) assert.ok(css.includes(`a.${row.link.className}:not([data-konzept-upgraded])`), row.link.className);
});

test('every page of its own (the workbench) names its folder, entry and page, and stays out of konzept-kit.js', () => {
  for (const row of TOOLS) {
    for (const file of ['define.ts', row.entry, row.page]) assert.ok(existsSync(join(src, row.folder, file)), `${row.folder}/${file}`);
    assert.ok(!ELEMENTS.some((element) => (element.tag as string) === row.tag), `${row.tag} is not registered by konzept-kit.js`);
    assert.match(readFileSync(join(src, row.folder, row.page), 'utf8'), new RegExp(`<script src="${row.script}" defer></script>`), 'a classic script');
    assert.match(readFileSync(join(src, row.folder, row.page), 'utf8'), new RegExp(`<${row.tag}>`));
  }
});

test('a tag name is written only in the registry and in its element’s own folder, comments included', () => {
  const files = execFileSync('git', ['ls-files', 'packages/*/src/**'], { cwd: resolve(src, '../../..'), encoding: 'utf8' })
    .split('\n')
    .filter((file) => file.endsWith('.ts'));
  const found: string[] = [];
  for (const row of [...ELEMENTS, ...TOOLS]) {
    // The tag itself, not a path or a file name that contains it (`./ampel-chart/define.js`).
    const tag = new RegExp(`(?<![\\w/.])${row.tag}(?![\\w/])(?!\\.(?:js|ts|styles|i18n)\\b)`);
    for (const file of files) {
      if (file === 'packages/components/src/registry.ts' || file.startsWith(`packages/components/src/${row.folder}/`)) continue;
      readFileSync(join(src, '../../..', file), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (tag.test(line)) found.push(`${file}:${i + 1}: ${line.trim()}`);
        });
    }
  }
  assert.deepEqual(found, []);
});
