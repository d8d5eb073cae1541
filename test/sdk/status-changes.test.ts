/**
 * Status changes between two evaluations (status-changes.ts), as <version-diff mode="status">
 * shows them: "since the last report these turned green".
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statusChanges } from '@konzept-kit/sdk';
import { smallConcept, variant } from './fixtures.js';

test('statusChanges groups the measures whose status changed by their new status', () => {
  const result = statusChanges(smallConcept())!;
  assert.equal(result.progress.from.id, 'ev-2024');
  assert.equal(result.progress.to.id, 'ev-2025');
  // yellow → green (Sprachkurse), red → yellow (Fortbildungen), yellow → red (Sprachbildung),
  // newly rated: Dolmetscherpool (yellow), Gesundheitslotsen (green).
  assert.deepEqual(
    result.groups.map((g) => [g.status, g.changes.map((c) => `${c.entry.measure.id}:${c.from ?? '-'}>${c.to}:${c.direction}`)]),
    [
      ['green', ['sprache-1-1:yellow>green:done', 'gesundheit-1-1:->green:rated']],
      ['yellow', ['sprache-1-3:->yellow:rated', 'ehrenamt-1-1:red>yellow:other']],
      ['red', ['sprache-2-1:yellow>red:other']],
    ],
  );
  assert.equal(result.total, 5);
  assert.equal(result.same, 1);
});

test('statusChanges takes chosen evaluations and says undefined when there is nothing to compare', () => {
  assert.equal(statusChanges(smallConcept(), 'ev-2025', 'ev-2025'), undefined);
  assert.equal(statusChanges(smallConcept(), 'nope'), undefined);
  const reversed = statusChanges(smallConcept(), 'ev-2025', 'ev-2024')!;
  const undone = reversed.groups.flatMap((g) => g.changes).find((c) => c.entry.measure.id === 'sprache-1-1')!;
  assert.equal(undone.direction, 'undone');
  const unrated = reversed.groups.find((g) => g.status === undefined)!;
  assert.ok(unrated.changes.every((c) => c.direction === 'unrated'));
  const single = variant((input) => {
    input.evaluations = [input.evaluations[1]];
    for (const f of input.fields)
      for (const o of f.objectives) for (const m of o.measures) m.history = (m.history ?? []).filter((h: { evaluation: string }) => h.evaluation === 'ev-2025');
  });
  assert.equal(statusChanges(single), undefined);
});

test('statusChanges can be limited to fields', () => {
  const result = statusChanges(smallConcept(), undefined, undefined, { fields: ['ehrenamt'] })!;
  assert.deepEqual(
    result.groups.map((g) => g.status),
    ['yellow'],
  );
  assert.equal(result.total, 1);
  assert.equal(result.same, 0);
});
