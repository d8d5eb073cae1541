// Nothing in the repository points outside it: a reader of a clone has only the clone. No issue
// numbers of a tracker the clone does not carry ("(issue 18)"), no notes that live next to the
// checkout (`../shared/…`, the coordination folder), no guides of the team's wiki by name. The facts
// such a note held belong in the text itself or in docs/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const self = 'test/build/citations.test.ts';

/** What cites something outside the repository (spelt in parts, so this file does not match itself). */
const OUTSIDE = [
  new RegExp(['\\bissues?', '#?\\d+'].join(' '), 'i'),
  new RegExp(['\\.\\./', 'shared/'].join('') + '[A-Z]+\\.md'),
  new RegExp(['/work', '/(shared|coord)\\b'].join('')),
  new RegExp(['\\b(DOMAIN|STYLE)', '\\.md\\b'].join('')),
];

test('no tracked file cites an issue number or a file outside the repository', () => {
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file && file !== self && file !== 'package-lock.json' && !/\.(png|jpg|ico|xlsx|ods|woff2|zip|gz)$/.test(file));
  const found: string[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(join(root, file), 'utf8');
    } catch {
      continue; // listed but absent in this checkout
    }
    if (text.includes('\0')) continue;
    text.split('\n').forEach((line, i) => {
      if (OUTSIDE.some((pattern) => pattern.test(line))) found.push(`${file}:${i + 1}: ${line.trim().slice(0, 120)}`);
    });
  }
  assert.deepEqual(found, []);
});

test('the check finds what it looks for', () => {
  const cites = (line: string) => OUTSIDE.some((pattern) => pattern.test(line));
  for (const line of ['took seconds (issue 18)', 'see ../shared/TOOLCHAIN.md', 'as in STYLE.md', 'Issue 19’s target']) assert.ok(cites(line), line);
  for (const line of ["import { x } from '../shared/i18n.js';", 'docs/TOOLCHAIN.md', 'the issues a parse reports']) assert.ok(!cites(line), line);
});
