import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compactFilter, filterFromParams, filterFromSelection, filterMeasures, revealFilter, sameFilter, selectionFromFilter } from '@konzept-kit/sdk';
import { accordionConcept } from './accordion-fixture.js';

test('filterFromParams: lists by comma or space, kinds by name, empty parts left out', () => {
  assert.deepEqual(filterFromParams({ status: 'red', field: 'sprache, ehrenamt', kind: 'action', query: '  aerzte ' }), {
    status: ['red'],
    field: ['sprache', 'ehrenamt'],
    kind: ['action'],
    query: 'aerzte',
  });
  assert.deepEqual(filterFromParams({ kind: 'crossCutting cross-cutting' }), { kind: ['crossCutting'] });
  assert.deepEqual(filterFromParams({ status: '', field: null, query: '   ' }), {});
  assert.deepEqual(filterFromParams({ kind: 'sonstiges' }), { ignored: ['sonstiges'] });
});

test('sameFilter and compactFilter ignore order and empty parts', () => {
  assert.ok(sameFilter({ status: ['red', 'green'] }, { status: ['green', 'red'], field: [] }));
  assert.ok(sameFilter(undefined, { query: ' ' }));
  assert.ok(!sameFilter({ status: ['red'] }, {}));
  assert.ok(!sameFilter({ query: 'a' }, { query: 'b' }));
  assert.deepEqual(compactFilter({ status: [], field: ['x'], query: ' ' }), { field: ['x'] });
});

test('revealFilter drops only the parts that hide the measure', () => {
  const concept = accordionConcept();
  const filter = { status: ['red'], kind: ['action' as const], query: 'ärzte' };
  assert.equal(revealFilter(concept, filter, 'spr_1_1'), filter);
  const loosened = revealFilter(concept, filter, 'SPR-1.1');
  assert.deepEqual(loosened, { kind: ['action'] });
  assert.ok(filterMeasures(concept, loosened).some((e) => e.measure.id === 'SPR-1.1'));
  assert.deepEqual(revealFilter(concept, { field: ['sprache'] }, 'EHR-1.1'), {});
  assert.deepEqual(revealFilter(concept, { field: ['sprache'] }, 'unknown'), { field: ['sprache'] });
});

test('a chart choice becomes a filter and back (the search stays)', () => {
  const filter = filterFromSelection({ query: 'Sprache', status: ['red', 'green'] }, { fieldId: 'bildung', statusId: 'green' });
  assert.deepEqual(compactFilter(filter), { query: 'Sprache', field: ['bildung'], status: ['green'] });
  assert.deepEqual(selectionFromFilter(filter), { fieldId: 'bildung', statusId: 'green', kind: undefined });
  assert.deepEqual(compactFilter(filterFromSelection(filter, {})), { query: 'Sprache' }, 'a cleared choice clears field, status and kind');
});

test('a filter naming several statuses is no chart choice', () => {
  assert.equal(selectionFromFilter({ status: ['red', 'green'] }), undefined);
  assert.equal(selectionFromFilter({ query: 'Ärzte' }), undefined);
  assert.deepEqual(selectionFromFilter({ kind: ['crossCutting'] }), { fieldId: undefined, statusId: undefined, kind: 'crossCutting' });
});
