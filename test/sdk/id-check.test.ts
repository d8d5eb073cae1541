/**
 * Ids that do not identify: a spreadsheet without its ID column gets ids from row positions, so
 * "spr-1-3" in 1.0 and 2.0 can name two unrelated measures. `auto` must notice, pair those by text
 * and say so; `id` keeps the pairs but reports them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { diffConcepts, parseConceptOrThrow, type Concept } from '@konzept-kit/sdk';
import { positionalIds } from '../version-instances.js';

type Json = Record<string, any>;

function readExample(name: string): Json {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../../schema/examples/${name}.json`, import.meta.url)), 'utf8')) as Json;
}

const older = parseConceptOrThrow(readExample('konstanz-1.0'));
const newerJson = readExample('konstanz-2.0');
const renumbered: Concept = parseConceptOrThrow(positionalIds(newerJson));
/** Renumbered id → the id the measure really has in 2.0. */
const realId = new Map<string, string>();
{
  const positional = positionalIds(newerJson);
  newerJson.fields.forEach((f: Json, fi: number) =>
    (f.objectives ?? []).forEach((o: Json, oi: number) =>
      (o.measures ?? []).forEach((m: Json, mi: number) => realId.set(positional.fields[fi].objectives[oi].measures[mi].id, m.id)),
    ),
  );
}

test('auto pairs Konstanz 1.0 → 2.0 with positional ids as the council paper counts: 24 adapted, 21 deleted, 22 new', () => {
  const diff = diffConcepts(older, renumbered);
  assert.equal(diff.summary.changed, 24);
  assert.equal(diff.summary.removed, 21);
  assert.equal(diff.summary.added, 22);
  // And the pairs are the true ones, not only the right counts.
  const truth = diffConcepts(older, parseConceptOrThrow(newerJson), { match: 'id' });
  const truePairs = new Set(truth.changes.filter((c) => c.from && c.to).map((c) => `${c.from!.measure.id}→${c.to!.measure.id}`));
  const pairs = diff.changes.filter((c) => c.from && c.to).map((c) => `${c.from!.measure.id}→${realId.get(c.to!.measure.id)}`);
  assert.deepEqual(
    pairs.filter((p) => !truePairs.has(p)),
    [],
  );
  assert.equal(pairs.length, truePairs.size);
});

test('auto reports the ids that do not identify, with both titles and their similarity', () => {
  const diff = diffConcepts(older, renumbered);
  assert.ok(diff.idConflicts.length >= 20, `${diff.idConflicts.length} conflicts`);
  for (const conflict of diff.idConflicts) {
    assert.equal(conflict.from.measure.id, conflict.id);
    assert.equal(conflict.to.measure.id, conflict.id);
    assert.ok(conflict.similarity < 0.4);
  }
});

test('match id keeps the wrong pairs (49/16/17) but reports every one of them', () => {
  const diff = diffConcepts(older, renumbered, { match: 'id' });
  assert.deepEqual([diff.summary.changed, diff.summary.removed, diff.summary.added], [49, 16, 17]);
  assert.equal(diff.idConflicts.length, diffConcepts(older, renumbered).idConflicts.length);
});

test('stable ids raise no conflict: every adapted Konstanz measure keeps its pair', () => {
  const diff = diffConcepts(older, parseConceptOrThrow(newerJson));
  assert.deepEqual(diff.idConflicts, []);
  assert.equal(diff.summary.changed, 24);
  assert.equal(diff.summary.matchedByText, 0);
});

test('match text never reports id conflicts (it does not look at ids)', () => {
  assert.deepEqual(diffConcepts(older, renumbered, { match: 'text' }).idConflicts, []);
});
