import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  conceptStats,
  filterMeasures,
  indicatorProgress,
  measureEntries,
  measureTree,
  parseConceptOrThrow,
  participationByField,
  participationFor,
  statusHistory,
} from '@konzept-kit/sdk';
import { accordionConcept } from './accordion-fixture.js';

test('indicatorProgress: from the baseline to the target, clamped for drawing, not for the percent', () => {
  assert.deepEqual(indicatorProgress({ title: 'a', baseline: 20, target: 120, current: 70 }), { share: 0.5, percent: 50, reached: false, decreasing: false });
  assert.deepEqual(indicatorProgress({ title: 'b', target: 100, current: 120 }), { share: 1, percent: 120, reached: true, decreasing: false });
  // Fewer is better: waiting time from 50 down to 20 days, now 30.
  const down = indicatorProgress({ title: 'c', baseline: 50, target: 20, current: 30 })!;
  assert.equal(down.percent, 67);
  assert.ok(down.decreasing && !down.reached);
  assert.equal(indicatorProgress({ title: 'd', target: 5 }), undefined);
  assert.equal(indicatorProgress({ title: 'e', baseline: 5, target: 5, current: 5 })!.reached, true);
});

test('statusHistory: dated from the evaluations, oldest first, the current status once', () => {
  const concept = accordionConcept();
  const [first, second, third] = measureEntries(concept).map((e) => e.measure);
  const history = statusHistory(concept, first!);
  assert.deepEqual(
    history.map((h) => [h.date, h.status, h.current]),
    [
      ['2023-04-01', 'yellow', false],
      ['2025-03-28', 'green', true],
    ],
  );
  assert.equal(history[1]!.note, 'Läuft.');
  assert.deepEqual(
    statusHistory(concept, second!).map((h) => [h.date, h.status, h.current]),
    [['2025-03-28', 'red', true]],
  );
  assert.deepEqual(
    statusHistory(concept, third!).map((h) => [h.date, h.evaluationId, h.current]),
    [['2025-01-15', undefined, true]],
  );
});

test('participationFor: the inputs the measure names, in its order', () => {
  const concept = accordionConcept();
  const first = measureEntries(concept)[0]!.measure;
  assert.deepEqual(
    participationFor(concept, first).map((p) => p.id),
    ['konf-2023'],
  );
  assert.deepEqual(participationFor(concept, measureEntries(concept)[1]!.measure), []);
});

test('measureTree: kind → field → objective, only where entries are, or everything with includeEmpty', () => {
  const concept = accordionConcept();
  const red = measureTree(concept, filterMeasures(concept, { status: ['red'] }));
  assert.equal(red.length, 1);
  assert.equal(red[0]!.kind, 'action');
  assert.deepEqual(
    red[0]!.fields[0]!.objectives.map((o) => o.entries.map((e) => e.measure.id)),
    [['spr_1_1']],
  );
  const all = measureTree(concept, measureEntries(concept), { includeEmpty: true });
  assert.deepEqual(
    all.map((k) => k.kind),
    ['action', 'crossCutting'],
  );
  assert.deepEqual(
    all[1]!.fields[0]!.objectives.map((o) => [o.objective.id, o.entries.length]),
    [
      ['ehr-1', 1],
      ['ehr-2', 0],
    ],
  );
  assert.equal(measureTree(concept, measureEntries(concept)).at(1)!.fields[0]!.objectives.length, 1);
});

test('measureTree with until: the tree of the first rows ends with the objective of the last one (an empty objective further down comes with its rows)', () => {
  const concept = accordionConcept();
  const entries = measureEntries(concept);
  const flat = (tree: ReturnType<typeof measureTree>) =>
    tree.flatMap((k) => k.fields.flatMap((f) => f.objectives.map((o) => [o.objective.id, o.entries.length] as const)));
  const everything = flat(measureTree(concept, entries, { includeEmpty: true }));
  assert.ok(
    everything.some(([, count]) => count === 0),
    'the fixture has an empty objective',
  );
  for (let until = 1; until < entries.length; until++) {
    const rows = entries.slice(0, until);
    const whole = flat(measureTree(concept, rows, { includeEmpty: true }));
    let seen = 0;
    const end = whole.findIndex(([, count]) => (seen += count) >= until);
    assert.deepEqual(flat(measureTree(concept, rows, { includeEmpty: true, until })), whole.slice(0, end + 1), `until ${until}`);
    // Without includeEmpty there is nothing after the last row to leave out.
    assert.deepEqual(measureTree(concept, rows, { until }), measureTree(concept, rows));
  }
});

test('participationByField: inputs without a known field first, then per field in field order; 2,000 fields in one pass', () => {
  const data = JSON.parse(readFileSync(new URL('../../schema/examples/konstanz-1.0.json', import.meta.url), 'utf8'));
  data.participation.push({ id: 'ohne', kind: 'survey', title: 'Umfrage' });
  const sample = parseConceptOrThrow(data);
  const groups = participationByField(sample);
  assert.ok(groups.general.some((p) => p.id === 'ohne'));
  assert.deepEqual(
    groups.fields.map((g) => g.field.id),
    sample.fields.filter((f) => sample.participation.some((p) => p.field === f.id)).map((f) => f.id),
  );
  for (const { field, inputs } of groups.fields) assert.ok(inputs.every((p) => p.field === field.id));
  assert.equal(participationByField(sample), groups, 'computed once per concept');

  // 2,000 fields with an input and a measure each: grouping and statistics stay one pass (this took
  // 200 ms and 130 ms filtered per field). Timed as a ratio, not in ms, so a loaded machine cannot
  // fail it: ten times the fields may cost about ten times as much (a pass per field: a hundred).
  const withFields = (n: number) => {
    const copy = structuredClone(data);
    for (let i = 0; i < n; i++) {
      copy.fields.push({
        id: `f${i}`,
        kind: 'action',
        title: `Feld ${i}`,
        objectives: [{ id: `o${i}`, title: 'Ziel', measures: [{ id: `m${i}`, title: 'M' }] }],
      });
      copy.participation.push({ id: `p${i}`, kind: 'workshop', title: `W ${i}`, field: `f${i}` });
    }
    return copy;
  };
  const fastest = (n: number) => {
    let best = Infinity;
    for (let run = 0; run < 5; run++) {
      const concept = parseConceptOrThrow(withFields(n)); // a fresh concept: the grouping is cached per concept
      const start = performance.now();
      const byField = participationByField(concept);
      const stats = conceptStats(concept);
      best = Math.min(best, performance.now() - start);
      assert.equal(byField.fields.length, groups.fields.length + n);
      assert.equal(stats.fields.length, concept.fields.length);
      assert.equal(stats.fields.at(-1)!.total, 1);
    }
    return best;
  };
  const small = fastest(200);
  const large = fastest(2_000);
  assert.ok(large / Math.max(small, 0.05) < 35, `2,000 fields took ${large.toFixed(1)} ms, 200 fields ${small.toFixed(1)} ms`);
});
