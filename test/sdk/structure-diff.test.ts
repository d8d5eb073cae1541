/**
 * The version diff above the measures: a reworded goal, a deleted objective, a rewritten guideline,
 * a raised indicator target, a renamed field and the concept's own details all show up, also for
 * Landshut's concept of guidelines and goals without measures.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { diffConcepts, filterChanges, parseConceptOrThrow, type ElementChange } from '@konzept-kit/sdk';
import { EDITS, konstanzWithObjectiveIndicator, landshutNext, reworkedKonstanz } from '../version-instances.js';

type Json = Record<string, any>;

function readExample(name: string): Json {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../../schema/examples/${name}.json`, import.meta.url)), 'utf8')) as Json;
}

const k2 = readExample('konstanz-2.0');
const konstanz = diffConcepts(parseConceptOrThrow(konstanzWithObjectiveIndicator(k2)), parseConceptOrThrow(reworkedKonstanz(k2)));
const landshut = readExample('landshut');
const landshutDiff = diffConcepts(parseConceptOrThrow(landshut), parseConceptOrThrow(landshutNext(landshut)));

const changed = (elements: readonly ElementChange[]) =>
  elements.filter((e) => e.kind !== 'unchanged').map((e) => `${e.level} ${e.id} ${e.kind} ${e.attributes.map((a) => a.attribute).join(',')}`.trim());

test('a renamed field, a reworded goal, a deleted objective and an indicator target show up where they belong', () => {
  const sprache = konstanz.fields.find((f) => f.id === 'sprache')!;
  assert.deepEqual(changed(sprache.elements), [
    'field sprache changed title',
    'goal sprache changed title',
    'objective spr-1 changed indicators',
    `objective ${EDITS.deletedObjective} removed`,
  ]);
  const goal = sprache.elements.find((e) => e.level === 'goal')!;
  assert.equal(goal.attributes[0]!.after, EDITS.goalTitle);
  const indicators = sprache.elements.find((e) => e.id === 'spr-1')!.attributes[0]!;
  assert.deepEqual([(indicators.before as Json[])[0]!.target, (indicators.after as Json[])[0]!.target], [40, EDITS.indicatorTarget * 10]);
  // The measure's own indicator, and the measures of the deleted objective.
  assert.deepEqual(
    konstanz.changes.find((c) => c.id === 'spr-1-1')!.attributes.map((a) => a.attribute),
    ['indicators'],
  );
  assert.ok(konstanz.changes.filter((c) => c.kind === 'removed').every((c) => c.from!.objective.id === EDITS.deletedObjective));
  // Nothing else changed, and the concept's details are the same.
  assert.deepEqual(
    konstanz.fields.filter((f) => f.id !== 'sprache').flatMap((f) => changed(f.elements)),
    [],
  );
  assert.deepEqual(konstanz.structure.details, []);
  assert.deepEqual(konstanz.structure.summary.objective, { added: 0, removed: 1, changed: 1, moved: 0, unchanged: 62 });
});

test("Landshut's goals-only concept: the rewritten and the new guideline, the reworded goal and the dropped objective", () => {
  assert.equal(landshutDiff.changes.length, 0);
  assert.deepEqual(changed(landshutDiff.guidelines), ['guideline gemeinsame-aufgabe changed text', 'guideline mehrsprachigkeit added']);
  assert.deepEqual(changed(landshutDiff.fields.find((f) => f.id === 'beteiligung')!.elements), [
    'goal beteiligung changed title',
    'objective beteiligung-3 removed',
  ]);
  // Guidelines of one field stay with their field.
  assert.ok(landshutDiff.fields.find((f) => f.id === 'bildung')!.elements.some((e) => e.level === 'guideline' && e.id === 'sprache'));
  const filtered = filterChanges(landshutDiff);
  assert.deepEqual(
    filtered.fields.map((f) => f.id),
    ['beteiligung'],
  );
  assert.equal(filtered.guidelines.length, 2);
  assert.equal(filtered.shownElements, 4);
  assert.ok(filtered.totalElements > 20);
});

test("the concept's own details: Konstanz 1.0 → 2.0 changes its summary, its note and drops the adoption", () => {
  const diff = diffConcepts(parseConceptOrThrow(readExample('konstanz-1.0')), parseConceptOrThrow(k2));
  const attributes = diff.structure.details.map((d) => d.attribute);
  for (const a of ['summary', 'adopted', 'adoptedBy', 'note']) assert.ok(attributes.includes(a as never), `${a} in ${attributes.join(', ')}`);
  assert.equal(diff.structure.details.find((d) => d.attribute === 'adopted')!.before, '2018-03-19');
  assert.equal(diff.structure.details.find((d) => d.attribute === 'adopted')!.after, undefined);
});

test('an element that moved: an objective now in another field', () => {
  const moved = JSON.parse(JSON.stringify(k2));
  const objective = moved.fields[0].objectives.pop();
  moved.fields[1].objectives.push(objective);
  const diff = diffConcepts(parseConceptOrThrow(k2), parseConceptOrThrow(moved));
  const change = diff.fields[1]!.elements.find((e) => e.id === objective.id)!;
  assert.equal(change.kind, 'moved');
  assert.equal(change.fromFieldId, moved.fields[0].id);
});

test('identical versions: every element unchanged', () => {
  const diff = diffConcepts(parseConceptOrThrow(landshut), parseConceptOrThrow(landshut));
  assert.ok(diff.structure.elements.every((e) => e.kind === 'unchanged'));
  assert.equal(filterChanges(diff).shownElements, 0);
});
