/**
 * The parts of the version diff a reader sees in <version-diff> (diff-view.ts): added, removed,
 * adapted, moved, filtered by kind and field, list attributes entry by entry, anchors of changes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changeAnchors, changeForFragment, diffConcepts, filterChanges, listDiff, revealChange, wordDiff, type ConceptDiff } from '@konzept-kit/sdk';

const findChange = (diff: ConceptDiff, id: string) => changeForFragment(diff, id);
import { changedWords, smallConcept, variant, rawMeasure, measure } from './fixtures.js';

function edited() {
  return variant((input) => {
    // Adapted: description and partners.
    const adapted = rawMeasure(input, 0, 0, 2);
    adapted.description = 'Ein Pool von Sprachmittlerinnen steht für Termine zur Verfügung.';
    adapted.partners = ['Caritas', 'Rotes Kreuz'];
    // Moved: Sprachcafé to the second objective, unchanged in content.
    const moved = input.fields[0].objectives[0].measures.splice(1, 1)[0];
    input.fields[0].objectives[1].measures.push(moved);
    // Removed and added.
    input.fields[1].objectives[0].measures.splice(1, 1);
    input.fields[2].objectives[0].measures.push(measure('ehrenamt-1-2', 'Ehrenamtspreis für Migrantenorganisationen'));
  });
}

test('a diff counts added, removed, adapted, moved and unchanged measures', () => {
  const diff = diffConcepts(smallConcept(), edited());
  assert.deepEqual(diff.summary, { added: 1, removed: 1, changed: 1, moved: 1, unchanged: 4, matchedByText: 0 });
  const adapted = findChange(diff, 'sprache-1-3')!;
  assert.equal(adapted.kind, 'changed');
  assert.deepEqual(
    adapted.attributes.map((a) => a.attribute),
    ['description', 'partners'],
  );
  const moved = findChange(diff, 'sprache-1-2')!;
  assert.equal(moved.kind, 'moved');
  assert.equal(moved.from?.objective.id, 'sprache-1');
  assert.equal(moved.to?.objective.id, 'sprache-2');
  assert.equal(findChange(diff, 'gesundheit-1-2')?.kind, 'removed');
  assert.equal(findChange(diff, 'ehrenamt-1-2')?.kind, 'added');
});

test('filterChanges hides unchanged measures unless asked, and filters by kind and field', () => {
  const diff = diffConcepts(smallConcept(), edited());
  const byDefault = filterChanges(diff);
  assert.equal(byDefault.shown, 4);
  assert.equal(byDefault.total, 8);
  assert.ok(byDefault.fields.every((f) => f.changes.every((c) => c.kind !== 'unchanged')));
  const all = filterChanges(diff, { kinds: ['added', 'removed', 'changed', 'moved', 'unchanged'] });
  assert.equal(all.shown, 8);
  const removedOnly = filterChanges(diff, { kinds: ['removed'] });
  assert.deepEqual(
    removedOnly.fields.map((f) => f.id),
    ['gesundheit'],
  );
  const oneField = filterChanges(diff, { fields: ['sprache'] });
  assert.deepEqual(
    oneField.fields.map((f) => f.id),
    ['sprache'],
  );
  assert.equal(oneField.shown, 2);
  // The field summary stays the whole field's.
  assert.equal(oneField.fields[0]!.summary.unchanged, 2);
  assert.equal(filterChanges(diff, { kinds: [] }).shown, 0);
});

test('identical versions have only unchanged measures', () => {
  const diff = diffConcepts(smallConcept(), smallConcept());
  assert.equal(diff.summary.unchanged, 7);
  assert.equal(filterChanges(diff).shown, 0);
});

test('listDiff shows which entries of a list stayed, went and came', () => {
  assert.deepEqual(listDiff(['Caritas', 'Diakonie'], ['Caritas', 'Rotes Kreuz']), [
    { item: 'Caritas', kind: 'same' },
    { item: 'Diakonie', kind: 'deleted' },
    { item: 'Rotes Kreuz', kind: 'inserted' },
  ]);
  // Objects compare by content, regardless of key order.
  const parts = listDiff([{ title: 'Kurse', target: 10 }], [{ target: 10, title: 'Kurse' }, { title: 'Plätze' }]);
  assert.deepEqual(
    parts.map((p) => p.kind),
    ['same', 'inserted'],
  );
  assert.deepEqual(listDiff(undefined, ['A']), [{ item: 'A', kind: 'inserted' }]);
  // With an identity, an entry with new content is one change.
  const byTitle = (i: { title: string }) => i.title;
  assert.deepEqual(listDiff([{ title: 'Kurse', target: 10 }, { title: 'Alt' }], [{ title: 'Kurse', target: 12 }], byTitle), [
    { item: { title: 'Kurse', target: 12 }, kind: 'changed', before: { title: 'Kurse', target: 10 } },
    { item: { title: 'Alt' }, kind: 'deleted' },
  ]);
});

test('wordDiff marks inserted and deleted words', () => {
  const parts = wordDiff('Kurse am Vormittag in den Familienzentren.', 'Kurse am Nachmittag in den Familienzentren.');
  assert.deepEqual(changedWords(parts), [
    ['deleted', 'Vormittag'],
    ['inserted', 'Nachmittag'],
  ]);
});

test('a status change between versions is flagged on the pair', () => {
  const after = variant((input) => {
    rawMeasure(input, 0, 1, 0).status = { value: 'yellow', evaluation: 'ev-2025' };
  });
  const change = findChange(diffConcepts(smallConcept(), after), 'sprache-2-1')!;
  assert.equal(change.kind, 'unchanged');
  assert.equal(change.statusChanged, true);
});

test('every change has an anchor from its measure id, and a fragment finds it', () => {
  const diff = diffConcepts(smallConcept(), edited());
  const anchors = changeAnchors(diff);
  assert.equal(anchors.size, diff.changes.length);
  assert.equal(new Set(anchors.values()).size, diff.changes.length);
  const removed = findChange(diff, 'gesundheit-1-2')!;
  assert.equal(anchors.get(removed), 'aenderung-gesundheit-1-2');
  assert.equal(changeForFragment(diff, '#aenderung-gesundheit-1-2'), removed);
  assert.equal(changeForFragment(diff, '#massnahme-x'), undefined);
  assert.equal(changeForFragment(diff, ''), undefined);
});

test('revealChange widens a filter just enough to show a linked change', () => {
  const diff = diffConcepts(smallConcept(), edited());
  const unchanged = findChange(diff, 'sprache-1-1')!;
  assert.deepEqual(revealChange({}, unchanged), { kinds: ['changed', 'removed', 'added', 'moved', 'unchanged'], fields: undefined });
  assert.deepEqual(revealChange({ kinds: ['unchanged'], fields: ['ehrenamt'] }, unchanged), { kinds: ['unchanged'], fields: ['ehrenamt', 'sprache'] });
});
