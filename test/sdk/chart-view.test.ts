import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chartSegments, conceptStats, donePercent, evaluationProgress, fieldGroups, progressView } from '@konzept-kit/sdk';
import { measure, smallConcept, variant } from './fixtures.js';

test('chartSegments: scale order, unrated last, starts add up, percents from the rounded stats', () => {
  const concept = smallConcept();
  const segments = chartSegments(concept, conceptStats(concept));
  assert.deepEqual(
    segments.map((s) => [s.statusId, s.count, s.percent]),
    [
      ['green', 3, 43],
      ['yellow', 2, 29],
      ['red', 1, 14],
      [undefined, 1, 14],
    ],
  );
  assert.equal(segments[0]!.start, 0);
  assert.ok(Math.abs(segments[1]!.start - 3 / 7) < 1e-12);
  const last = segments[segments.length - 1]!;
  assert.ok(Math.abs(last.start + last.share - 1) < 1e-12);
});

test('chartSegments: no unrated segment when every measure is rated; zero counts stay for the legend', () => {
  const concept = variant((input) => {
    input.fields[1].objectives[0].measures.pop();
  });
  const segments = chartSegments(concept, conceptStats(concept).fields[2]!);
  assert.deepEqual(
    segments.map((s) => [s.statusId, s.count, s.share]),
    [
      ['green', 0, 0],
      ['yellow', 1, 1],
      ['red', 0, 0],
    ],
  );
});

test('chartSegments of an empty distribution: all zero', () => {
  const concept = variant((input) => {
    for (const field of input.fields) field.objectives = [];
  });
  assert.ok(chartSegments(concept, conceptStats(concept)).every((s) => s.share === 0 && s.percent === 0 && s.count === 0));
});

test('donePercent sums the rounded percents of the done statuses', () => {
  const concept = smallConcept();
  assert.equal(donePercent(concept, conceptStats(concept)), 43);
});

test('fieldGroups: fields of action first, then cross-cutting themes, in document order', () => {
  const groups = fieldGroups(smallConcept());
  assert.deepEqual(
    groups.map((g) => [g.kind, g.fields.map((f) => f.id), g.total.total]),
    [
      ['action', ['sprache', 'gesundheit'], 6],
      ['crossCutting', ['ehrenamt'], 1],
    ],
  );
  const sprache = groups[0]!.fields[0]!;
  assert.equal(sprache.doneShare, 0.5);
  assert.equal(sprache.donePercent, 50);
  assert.equal(sprache.segments.length, 3);
});

test('fieldGroups sorted by done: highest share first, ties in document order', () => {
  const concept = variant((input) => {
    input.fields.push({
      id: 'wohnen',
      kind: 'action',
      title: 'Wohnen',
      objectives: [{ id: 'wohnen-1', title: 'Wohnraum', measures: [measure('wohnen-1-1', 'Wohnraumbörse', 'green')] }],
    });
    input.fields.push({ id: 'arbeit', kind: 'action', title: 'Arbeit', objectives: [] });
  });
  const [action] = fieldGroups(concept, 'done');
  assert.deepEqual(
    action!.fields.map((f) => [f.id, f.donePercent]),
    [
      ['wohnen', 100],
      ['sprache', 50],
      ['gesundheit', 50],
      ['arbeit', 0],
    ],
  );
  assert.deepEqual(
    fieldGroups(concept).map((g) => g.fields.map((f) => f.id)),
    [['sprache', 'gesundheit', 'wohnen', 'arbeit'], ['ehrenamt']],
  );
});

test('fieldGroups leaves out a kind without fields', () => {
  const concept = variant((input) => {
    input.fields.pop();
  });
  assert.deepEqual(
    fieldGroups(concept).map((g) => g.kind),
    ['action'],
  );
});

test('progressView: one snapshot per evaluation that rated measures, and what changed since the last', () => {
  const view = progressView(smallConcept());
  assert.ok(view);
  assert.deepEqual(
    view.snapshots.map((s) => [s.evaluation.id, s.distribution.total, s.distribution.byStatus]),
    [
      ['ev-2024', 4, { green: 1, yellow: 2, red: 1 }],
      ['ev-2025', 6, { green: 3, yellow: 2, red: 1 }],
    ],
  );
  assert.equal(view.latest.from.id, 'ev-2024');
  assert.equal(view.latest.to.id, 'ev-2025');
  assert.deepEqual(view.deltas, [{ statusId: 'green', delta: 2 }]);
});

test('progressView skips an evaluation nobody was rated in, and is undefined without two rated evaluations', () => {
  const withEmpty = variant((input) => {
    input.evaluations.push({ id: 'ev-2026', date: '2026-03-01' });
  });
  assert.deepEqual(
    progressView(withEmpty)!.snapshots.map((s) => s.evaluation.id),
    ['ev-2024', 'ev-2025'],
  );
  const single = variant((input) => {
    input.evaluations.shift();
    for (const field of input.fields)
      for (const objective of field.objectives)
        for (const m of objective.measures) m.history = (m.history ?? []).filter((h: { evaluation: string }) => h.evaluation !== 'ev-2024');
  });
  assert.equal(progressView(single), undefined);
  const none = variant((input) => {
    input.evaluations = [];
    for (const field of input.fields)
      for (const objective of field.objectives)
        for (const m of objective.measures) {
          m.history = [];
          if (m.status) delete m.status.evaluation;
        }
  });
  assert.equal(progressView(none), undefined);
});

/** An export with `reports` evaluations and `measures` measures, each rated in every one of them. */
function longHistory(reports: number, measures: number) {
  const statuses = ['green', 'yellow', 'red'];
  return variant((input) => {
    input.evaluations = Array.from({ length: reports }, (_, i) => ({ id: `ev-${i}`, date: new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10) }));
    input.fields = [input.fields[0]];
    input.fields[0].objectives = [input.fields[0].objectives[0]];
    input.fields[0].objectives[0].measures = Array.from({ length: measures }, (_, m) =>
      measure(`m-${m}`, `Maßnahme ${m}`, undefined, {
        status: { value: statuses[m % 3], evaluation: `ev-${reports - 1}` },
        history: input.evaluations.slice(0, -1).map((e: { id: string }, i: number) => ({ evaluation: e.id, status: statuses[(i + m) % 3] })),
      }),
    );
  });
}

test('progressView counts each report as evaluationProgress does, for every report of a long history', () => {
  const concept = longHistory(12, 7);
  const view = progressView(concept)!;
  assert.equal(view.snapshots.length, 12);
  for (const [i, snap] of view.snapshots.entries()) {
    const other = concept.evaluations[i === 0 ? 1 : 0]!;
    assert.deepEqual(snap.distribution, evaluationProgress(concept, snap.evaluation.id, other.id)!.before, snap.evaluation.id);
  }
});

test('progressView takes time in proportion to the ratings, not to reports × ratings (3,000 reports took 8 s)', () => {
  // The same 60,000 ratings, once as 30 reports of 2,000 measures and once as 3,000 reports of 20:
  // one pass over the histories takes about as long for both, a pass per report 100 times longer.
  // A new concept each time: progressView keeps its answer per concept.
  const fewest = (reports: number, measures: number) =>
    Math.min(
      ...[0, 1, 2].map(() => {
        const concept = longHistory(reports, measures);
        const start = performance.now();
        progressView(concept);
        return performance.now() - start;
      }),
    );
  const wide = fewest(30, 2_000);
  const long = fewest(3_000, 20);
  assert.ok(long < 10 * wide + 20, `3,000 reports: ${long.toFixed(1)} ms; 30 reports: ${wide.toFixed(1)} ms`);
});
