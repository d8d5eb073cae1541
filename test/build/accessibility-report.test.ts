// docs/ACCESSIBILITY.md is what a municipality copies into its Erklärung zur Barrierefreiheit: every
// WCAG 2.1 A/AA criterion has a row, and every test it names (file › „test name“) exists, so an
// "erfüllt" never rests on a test that was renamed or removed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const report = readFileSync(resolve(root, 'docs/ACCESSIBILITY.md'), 'utf8');

const CRITERIA = [
  '1.1.1',
  '1.2.1–1.2.5',
  '1.3.1',
  '1.3.2',
  '1.3.3',
  '1.3.4',
  '1.3.5',
  '1.4.1',
  '1.4.2',
  '1.4.3',
  '1.4.4',
  '1.4.5',
  '1.4.10',
  '1.4.11',
  '1.4.12',
  '1.4.13',
  '2.1.1',
  '2.1.2',
  '2.1.4',
  '2.2.1',
  '2.2.2',
  '2.3.1',
  '2.4.1',
  '2.4.2',
  '2.4.3',
  '2.4.4',
  '2.4.5',
  '2.4.6',
  '2.4.7',
  '2.5.1',
  '2.5.2',
  '2.5.3',
  '2.5.4',
  '3.1.1',
  '3.1.2',
  '3.2.1',
  '3.2.2',
  '3.2.3',
  '3.2.4',
  '3.3.1',
  '3.3.2',
  '3.3.3',
  '3.3.4',
  '4.1.1',
  '4.1.2',
  '4.1.3',
];

test('the report has a row for every WCAG 2.1 A and AA criterion', () => {
  const rows = report.split('\n').filter((line) => /^\| \d/.test(line));
  assert.deepEqual(
    CRITERIA.filter((c) => !rows.some((row) => row.startsWith(`| ${c} `))),
    [],
  );
});

test('every test the report names exists, and every "erfüllt" row names one', () => {
  const missing: string[] = [];
  let citations = 0;
  for (const row of report.split('\n').filter((line) => /^\| \d/.test(line))) {
    let file = '';
    let named = 0;
    for (const m of row.matchAll(/`(test\/[^`]+)`|›\s*„([^“]+)“/g)) {
      if (m[1]) file = m[1];
      else {
        named++;
        citations++;
        if (!readFileSync(resolve(root, file), 'utf8').includes(m[2]!)) missing.push(`${file} › ${m[2]}`);
      }
    }
    if (row.includes('| erfüllt |')) assert.ok(named > 0 || row.includes('axe'), `no test named in: ${row.slice(0, 60)}`);
  }
  assert.deepEqual(missing, []);
  assert.ok(citations > 50, `${citations} citations`);
});
