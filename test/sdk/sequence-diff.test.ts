import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordDiff } from '../../packages/sdk/src/index.js';
import { diffSequences } from '../../packages/sdk/src/sequence-diff.js';
import { rebuilt } from './fixtures.js';

test('a rephrased sentence: old words deleted, new words inserted, the rest kept', () => {
  const parts = wordDiff('Sprachkurse für Eltern mit Kinderbetreuung.', 'Niedrigschwellige Sprachkurse für Mütter mit Kinderbetreuung.');
  assert.deepEqual(parts, [
    { text: 'Niedrigschwellige ', kind: 'inserted' },
    { text: 'Sprachkurse für ', kind: 'same' },
    { text: 'Eltern', kind: 'deleted' },
    { text: 'Mütter', kind: 'inserted' },
    { text: ' mit Kinderbetreuung.', kind: 'same' },
  ]);
});

test('both texts can be rebuilt from the parts', () => {
  const before = 'Ein Dolmetscherpool für Arztpraxen, Ämter und Schulen (ab 2024).';
  const after = 'Ein digitaler Dolmetscherpool für Arztpraxen und Schulen (ab 2025), mehrsprachig.';
  const parts = wordDiff(before, after);
  assert.equal(rebuilt(parts, 'before'), before);
  assert.equal(rebuilt(parts, 'after'), after);
});

test('sequences: the longest common subsequence, deletions before insertions', () => {
  assert.deepEqual(diffSequences([1, 2, 3, 4], [1, 3, 5, 4]), [
    { op: 'same', start: 0, length: 1 },
    { op: 'deleted', start: 1, length: 1 },
    { op: 'same', start: 2, length: 1 },
    { op: 'inserted', start: 2, length: 1 },
    { op: 'same', start: 3, length: 1 },
  ]);
  assert.deepEqual(diffSequences([], [1]), [{ op: 'inserted', start: 0, length: 1 }]);
  assert.deepEqual(diffSequences([1], []), [{ op: 'deleted', start: 0, length: 1 }]);
});

test('very long texts stay bounded: the middle is replaced, not aligned', () => {
  const a = Array.from({ length: 3000 }, (_, i) => `a${i}`);
  const b = Array.from({ length: 3000 }, (_, i) => `b${i}`);
  const started = performance.now();
  const runs = diffSequences(a, b);
  assert.ok(performance.now() - started < 1000);
  assert.deepEqual(
    runs.map((r) => r.op),
    ['deleted', 'inserted'],
  );
});
