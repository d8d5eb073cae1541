import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { conceptStats, doneShare, evaluationProgress, roundPercentages } from '@konzept-kit/sdk';
import { rawMeasure, smallConcept, variant } from './fixtures.js';

describe('roundPercentages', () => {
  test('141/39/13 of 193 (Konstanz 2025) gives 73/20/7', () => {
    assert.deepEqual(roundPercentages([141, 39, 13]), [73, 20, 7]);
  });

  test('largest remainders first: 5/3/2 of 10 is exact, 7/5/1 of 13 gives 54/38/8', () => {
    assert.deepEqual(roundPercentages([5, 3, 2]), [50, 30, 20]);
    assert.deepEqual(roundPercentages([7, 5, 1]), [54, 38, 8]);
  });

  test('equal counts show equal percentages, even where the row then sums to 99 or 101', () => {
    // Lörrach's Gesundheit: 3 running, 3 planned, 1 done, 1 not started of 8 (37.5 % each of the threes).
    assert.deepEqual(roundPercentages([3, 1, 3, 1]), [38, 12, 38, 12], 'not 3 (38 %) next to 3 (37 %); on equal remainders the larger count goes up');
    assert.deepEqual(roundPercentages([3, 3, 2]), [38, 38, 25], 'sums to 101');
    assert.deepEqual(roundPercentages([1, 1, 1]), [33, 33, 33]);
    assert.deepEqual(roundPercentages([2, 1, 1, 1, 1]), [33, 17, 17, 17, 17]);
    // Three equal twelve-and-a-halfs with two points left: all down (99) is nearer 100 than all up (102).
    assert.deepEqual(roundPercentages([1, 3, 2, 1, 1]), [12, 38, 25, 12, 12]);
  });

  test('all zero stays all zero; a single count is 100', () => {
    assert.deepEqual(roundPercentages([0, 0, 0]), [0, 0, 0]);
    assert.deepEqual(roundPercentages([]), []);
    assert.deepEqual(roundPercentages([0, 5, 0]), [0, 100, 0]);
  });

  test('equal counts always equal, bigger counts never smaller, within 1 of the exact share, and 100 unless equal counts forbid it', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let run = 0; run < 500; run++) {
      const counts = Array.from({ length: 2 + Math.floor(random() * 6) }, () => Math.floor(random() * 300));
      const total = counts.reduce((a, b) => a + b, 0);
      const rounded = roundPercentages(counts);
      if (total === 0) continue;
      const sum = rounded.reduce((a, b) => a + b, 0);
      const hasEqualCounts = counts.some((c, i) => c > 0 && counts.indexOf(c) !== i);
      if (!hasEqualCounts) assert.equal(sum, 100, `${counts} → ${rounded}`);
      else assert.ok(Math.abs(sum - 100) <= Math.ceil(counts.length / 4), `${counts} → ${rounded}`);
      rounded.forEach((p, i) => assert.ok(Math.abs(p - (counts[i]! * 100) / total) < 1, `${counts} → ${rounded}`));
      counts.forEach((a, i) =>
        counts.forEach((b, j) => {
          if (a === b) assert.equal(rounded[i], rounded[j], `${counts} → ${rounded}`);
          if (a > b) assert.ok(rounded[i]! >= rounded[j]!, `${counts} → ${rounded}`);
        }),
      );
    }
  });
});

describe("Lörrach's Gesundheit (3 running, 3 planned)", () => {
  test('shows 3 (38 %) twice, 1 (12 %) twice, summing to 100', async () => {
    const { readFileSync } = await import('node:fs');
    const { parseConceptOrThrow } = await import('@konzept-kit/sdk');
    const loerrach = parseConceptOrThrow(JSON.parse(readFileSync(new URL('../../schema/examples/loerrach.json', import.meta.url), 'utf8')));
    const health = conceptStats(loerrach).fields.find((f) => f.id === 'gesundheit')!;
    assert.equal(health.byStatus.running, 3);
    assert.equal(health.byStatus.planned, 3);
    assert.equal(health.percent.running, health.percent.planned);
    assert.equal(health.percent.running, 38);
    assert.equal(health.percent.done, health.percent.notStarted);
    assert.equal(health.percentSum, 100);
  });
});

describe('conceptStats', () => {
  const stats = conceptStats(smallConcept());

  test('counts every measure overall, the unrated one apart', () => {
    assert.equal(stats.total, 7);
    assert.deepEqual(stats.byStatus, { green: 3, yellow: 2, red: 1 });
    assert.deepEqual(Object.keys(stats.byStatus), ['green', 'yellow', 'red'], 'in the order of the scale');
    assert.equal(stats.unrated, 1);
    // 3/7, 2/7, 1/7 and 1/7 unrated: 42.9, 28.6, 14.3, 14.3 → 43, 29, 14, 14.
    assert.deepEqual(stats.percent, { green: 43, yellow: 29, red: 14 });
    assert.equal(stats.unratedPercent, 14);
  });

  test('per field, in the order of the export', () => {
    assert.deepEqual(
      stats.fields.map((f) => [f.id, f.kind, f.total, f.byStatus, f.unrated, f.percent]),
      [
        ['sprache', 'action', 4, { green: 2, yellow: 1, red: 1 }, 0, { green: 50, yellow: 25, red: 25 }],
        ['gesundheit', 'action', 2, { green: 1, yellow: 0, red: 0 }, 1, { green: 50, yellow: 0, red: 0 }],
        ['ehrenamt', 'crossCutting', 1, { green: 0, yellow: 1, red: 0 }, 0, { green: 0, yellow: 100, red: 0 }],
      ],
    );
    assert.deepEqual(stats.fields[1]!.title, { de: 'Gesundheit', en: 'Health' });
  });

  test('per kind', () => {
    assert.deepEqual(stats.byKind.action.byStatus, { green: 3, yellow: 1, red: 1 });
    assert.equal(stats.byKind.action.total, 6);
    // 3/1/1 and 1 unrated of 6: the three ones are 16.7 % each, shown alike as 17 %, so the row says 101.
    assert.deepEqual(stats.byKind.action.percent, { green: 50, yellow: 17, red: 17 });
    assert.equal(stats.byKind.action.unratedPercent, 17);
    assert.equal(stats.byKind.action.percentSum, 101);
    assert.equal(stats.percentSum, 100);
    assert.deepEqual(stats.byKind.crossCutting.byStatus, { green: 0, yellow: 1, red: 0 });
  });

  test('a scale with a "not yet rated" status counts unrated measures under it', () => {
    const concept = variant((input) => {
      input.statusScale = {
        statuses: [
          { id: 'green', label: 'umgesetzt', done: true },
          { id: 'yellow', label: 'in Arbeit' },
          { id: 'red', label: 'nicht umgesetzt' },
          { id: 'open', label: 'noch nicht bewertet' },
        ],
        unrated: 'open',
      };
    });
    const s = conceptStats(concept);
    assert.deepEqual(s.byStatus, { green: 3, yellow: 2, red: 1, open: 1 });
    assert.equal(s.unrated, 0);
    assert.equal(doneShare(concept, s), 3 / 7);
  });

  test('doneShare counts the statuses marked done', () => {
    const concept = smallConcept();
    assert.equal(doneShare(concept, conceptStats(concept)), 3 / 7);
    assert.equal(doneShare(concept, conceptStats(concept).fields[2]!), 0);
  });

  test('a concept without measures has all zeros, not NaN', () => {
    const s = conceptStats(variant((input) => (input.fields = [{ id: 'bildung', kind: 'action', title: 'Bildung' }])));
    assert.equal(s.total, 0);
    assert.deepEqual(s.percent, { green: 0, yellow: 0, red: 0 });
  });
});

describe('evaluationProgress', () => {
  test('between the last two evaluations: counts, delta and the measures that changed', () => {
    const progress = evaluationProgress(smallConcept());
    assert.ok(progress);
    assert.equal(progress.from.id, 'ev-2024');
    assert.equal(progress.to.id, 'ev-2025');
    assert.deepEqual(progress.before.byStatus, { green: 1, yellow: 2, red: 1 });
    assert.equal(progress.before.total, 4);
    assert.deepEqual(progress.after.byStatus, { green: 3, yellow: 2, red: 1 });
    assert.deepEqual(progress.delta, { green: 2, yellow: 0, red: 0 });
    assert.deepEqual(
      progress.changes.map((c) => [c.measureId, c.from, c.to]),
      [
        ['sprache-1-1', 'yellow', 'green'],
        ['sprache-1-3', undefined, 'yellow'],
        ['sprache-2-1', 'yellow', 'red'],
        ['gesundheit-1-1', undefined, 'green'],
        ['ehrenamt-1-1', 'red', 'yellow'],
      ],
    );
  });

  test('chosen evaluations, in either order of the export', () => {
    const concept = variant((input) => input.evaluations.reverse());
    const progress = evaluationProgress(concept, 'ev-2024', 'ev-2025');
    assert.equal(progress?.delta.green, 2);
    assert.equal(evaluationProgress(concept)?.from.id, 'ev-2024', 'sorted by date, not by position');
  });

  test('undefined with fewer than two evaluations or an unknown id', () => {
    const one = variant((input) => {
      input.evaluations = [{ id: 'ev-2025', date: '2025-03-28' }];
      for (const [f, o, m] of [
        [0, 0, 0],
        [0, 0, 1],
        [0, 1, 0],
        [2, 0, 0],
      ] as const)
        rawMeasure(input, f, o, m).history = [];
    });
    assert.equal(evaluationProgress(one), undefined);
    assert.equal(evaluationProgress(smallConcept(), 'ev-1999'), undefined);
  });
});
