import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { attributeChanges, canonicalJson, diffConcepts, wordDiff, type ConceptDiff } from '@konzept-kit/sdk';
import { changedWords, rawMeasure, rebuilt, smallConcept, variant } from './fixtures.js';

/**
 * Version 2.0 of the small concept: sprache-1-1 retitled, sprache-1-3 with a new description and
 * lead, sprache-1-2 moved to the objective sprache-2, gesundheit-1-2 deleted, sprache-2-2 new,
 * and ehrenamt-1-1 only re-rated (a status is not content).
 */
function version2() {
  return variant((input) => {
    input.version = '2.0';
    rawMeasure(input, 0, 0, 0).title = 'Sprachkurse für Eltern mit Kinderbetreuung und Fahrdienst';
    Object.assign(rawMeasure(input, 0, 0, 2), { description: 'Pool mit 40 Sprachen.', lead: { unit: 'Sozialamt' } });
    const [moved] = input.fields[0].objectives[0].measures.splice(1, 1);
    input.fields[0].objectives[1].measures.push(moved, { id: 'sprache-2-2', title: 'Vorlesepaten in Kitas' });
    input.fields[1].objectives[0].measures.splice(1, 1);
    rawMeasure(input, 2, 0, 0).status.value = 'green';
  });
}

const byId = (diff: ConceptDiff) => new Map(diff.changes.map((c) => [c.id, c]));

describe('diffConcepts by id', () => {
  const diff = diffConcepts(smallConcept(), version2(), { match: 'id' });

  test('summary: 2 changed, 1 removed, 1 added, 1 moved, 3 unchanged', () => {
    assert.deepEqual(diff.summary, { added: 1, removed: 1, changed: 2, moved: 1, unchanged: 3, matchedByText: 0 });
    assert.equal(diff.changes.length, 8, 'every measure of both versions once');
  });

  test('each change has its kind and the attributes that differ', () => {
    const changes = byId(diff);
    assert.deepEqual(
      [...changes.values()].map((c) => [c.id, c.kind, c.attributes.map((a) => a.attribute), c.moved]),
      [
        ['sprache-1-1', 'changed', ['title'], false],
        ['sprache-1-3', 'changed', ['description', 'lead'], false],
        ['sprache-2-1', 'unchanged', [], false],
        ['sprache-1-2', 'moved', [], true],
        ['sprache-2-2', 'added', [], false],
        ['gesundheit-1-1', 'unchanged', [], false],
        ['gesundheit-1-2', 'removed', [], false],
        ['ehrenamt-1-1', 'unchanged', [], false],
      ],
    );
    const lead = changes.get('sprache-1-3')!.attributes.find((a) => a.attribute === 'lead')!;
    assert.deepEqual(lead.before, { unit: 'Integrationsbeauftragte' });
    assert.deepEqual(lead.after, { unit: 'Sozialamt' });
    assert.equal(changes.get('ehrenamt-1-1')!.statusChanged, true);
    assert.equal(changes.get('sprache-1-2')!.from!.objective.id, 'sprache-1');
    assert.equal(changes.get('sprache-1-2')!.to!.objective.id, 'sprache-2');
    assert.deepEqual(changes.get('sprache-1-1')!.match, { by: 'id', confidence: 1 });
  });

  test('grouped by field, with a summary per field', () => {
    assert.deepEqual(
      diff.fields.map((f) => [f.id, f.changes.length, f.summary.changed, f.summary.added, f.summary.removed]),
      [
        ['sprache', 5, 2, 1, 0],
        ['gesundheit', 2, 0, 0, 1],
        ['ehrenamt', 1, 0, 0, 0],
      ],
    );
  });

  test('a version against itself is all unchanged', () => {
    const same = diffConcepts(smallConcept(), smallConcept());
    assert.deepEqual(same.summary, { added: 0, removed: 0, changed: 0, moved: 0, unchanged: 7, matchedByText: 0 });
  });
});

describe('what counts as a change', () => {
  test('key order does not matter', () => {
    const reordered = variant((input) => {
      const m = rawMeasure(input, 0, 0, 2);
      const reversed = Object.fromEntries(Object.entries(m).reverse());
      reversed.lead = { contact: undefined, unit: 'Integrationsbeauftragte' };
      input.fields[0].objectives[0].measures[2] = reversed;
    });
    assert.deepEqual(diffConcepts(smallConcept(), reordered).summary.unchanged, 7);
    assert.equal(canonicalJson({ b: 1, a: [1, { d: 2, c: 3 }] }), canonicalJson({ a: [1, { c: 3, d: 2 }], b: 1 }));
  });

  test('an empty list is the same as none; the order of partners is content', () => {
    const a = smallConcept();
    const empty = variant((input) => (rawMeasure(input, 0, 0, 0).partners = []));
    assert.deepEqual(attributeChanges(a.fields[0]!.objectives[0]!.measures[0]!, empty.fields[0]!.objectives[0]!.measures[0]!), []);
    const swapped = variant((input) => rawMeasure(input, 0, 0, 2).partners.reverse());
    const changes = attributeChanges(a.fields[0]!.objectives[0]!.measures[2]!, swapped.fields[0]!.objectives[0]!.measures[2]!);
    assert.deepEqual(
      changes.map((c) => c.attribute),
      ['partners'],
    );
  });

  test('a move to another field is a move', () => {
    const moved = variant((input) => {
      const [m] = input.fields[1].objectives[0].measures.splice(0, 1);
      input.fields[2].objectives[0].measures.push(m);
    });
    const change = byId(diffConcepts(smallConcept(), moved)).get('gesundheit-1-1')!;
    assert.equal(change.kind, 'moved');
    assert.equal(change.from!.field.id, 'gesundheit');
    assert.equal(change.to!.field.id, 'ehrenamt');
  });
});

describe('matching by text', () => {
  /** The same measures with new ids (as an export without stable ids gives), one of them reworded. */
  const renamed = variant((input) => {
    for (const field of input.fields) for (const o of field.objectives) for (const m of o.measures) m.id = `neu-${m.id}`;
    rawMeasure(input, 0, 0, 0).title = 'Sprachkurse für Eltern mit Kinderbetreuung am Vormittag';
  });

  test('--match id sees only removed and added', () => {
    const diff = diffConcepts(smallConcept(), renamed, { match: 'id' });
    assert.deepEqual([diff.summary.added, diff.summary.removed], [7, 7]);
  });

  test('--match text pairs them, says so and how sure it is', () => {
    const diff = diffConcepts(smallConcept(), renamed, { match: 'text' });
    assert.deepEqual(diff.summary, { added: 0, removed: 0, changed: 1, moved: 0, unchanged: 6, matchedByText: 7 });
    const reworded = byId(diff).get('neu-sprache-1-1')!;
    assert.equal(reworded.from!.measure.id, 'sprache-1-1');
    assert.equal(reworded.match!.by, 'text');
    assert.ok(reworded.match!.confidence > 0.6 && reworded.match!.confidence < 1, String(reworded.match!.confidence));
    assert.equal(byId(diff).get('neu-sprache-1-2')!.match!.confidence, 1);
  });

  test('auto pairs by id first and the rest by text', () => {
    const partly = variant((input) => (rawMeasure(input, 0, 0, 1).id = 'sprachcafe'));
    const diff = diffConcepts(smallConcept(), partly);
    assert.equal(diff.summary.matchedByText, 1);
    assert.equal(byId(diff).get('sprachcafe')!.from!.measure.id, 'sprache-1-2');
  });

  test('unrelated measures are not paired', () => {
    const other = variant((input) => (input.fields[0].objectives[0].measures = [{ id: 'x-1', title: 'Radwege beleuchten' }]));
    const diff = diffConcepts(smallConcept(), other, { match: 'text' });
    assert.equal(byId(diff).get('x-1')!.kind, 'added');
  });
});

describe('wordDiff', () => {
  test('shows inserted words and rebuilds the new text exactly', () => {
    const before = 'Sprachkurse für Eltern mit Kinderbetreuung';
    const after = 'Sprachkurse für Eltern mit Kinderbetreuung und Fahrdienst';
    const parts = wordDiff(before, after);
    assert.equal(rebuilt(parts, 'after'), after);
    // jsdiff keeps the new text's whitespace around shared words, so the old text comes back up to blanks.
    assert.equal(rebuilt(parts, 'before').trim(), before);
    assert.deepEqual(
      parts.filter((p) => p.kind === 'inserted').map((p) => p.text.trim()),
      ['und Fahrdienst'],
    );
    assert.equal(
      parts.some((p) => p.kind === 'deleted'),
      false,
    );
  });

  test('a replaced word is deleted and inserted', () => {
    const parts = wordDiff('Kurse für Eltern', 'Kurse für Väter');
    assert.deepEqual(changedWords(parts), [
      ['deleted', 'Eltern'],
      ['inserted', 'Väter'],
    ]);
  });
});
