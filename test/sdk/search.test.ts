/** The accordion's search as readers type it: case and umlaut spelling ignored, every word must match. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { filterMeasures, prepareSearch } from '@konzept-kit/sdk';
import { accordionConcept } from './accordion-fixture.js';

const ids = (query: string, extra = {}) => filterMeasures(accordionConcept(), { query, ...extra }).map((e) => e.measure.id);

test('"massnahme" finds "Maßnahme" and "aerzte" finds "Ärzte", in any case', () => {
  assert.deepEqual(ids('massnahme'), ['SPR-1.1']);
  assert.deepEqual(ids('MASSNAHME'), ['SPR-1.1']);
  assert.deepEqual(ids('aerzte'), ['spr_1_1']);
  assert.deepEqual(ids('Ärzte'), ['spr_1_1']);
});

test('the search covers leads and partners, and combines with the other parts', () => {
  assert.deepEqual(ids('gesundheitsamt'), ['spr_1_1']);
  assert.deepEqual(ids('caritas dolmetscher'), ['spr_1_1']);
  assert.deepEqual(ids('caritas eltern'), []);
  assert.deepEqual(ids('sprach', { status: ['green'] }), ['SPR-1.1']);
  assert.deepEqual(ids('', { kind: ['crossCutting'] }), ['EHR-1.1']);
});

test('prepareSearch folds the texts ahead of time without changing any result', () => {
  const concept = accordionConcept();
  prepareSearch(concept);
  assert.deepEqual(
    filterMeasures(concept, { query: 'aerzte' }).map((e) => e.measure.id),
    ['spr_1_1'],
  );
});
