import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measureAnchor, measureAnchors, measureForFragment, sanitizeAnchor } from '@konzept-kit/sdk';
import { accordionConcept } from './accordion-fixture.js';

test('measureAnchor: lower case, dashes only, with the prefix', () => {
  assert.equal(measureAnchor('SPR-1.3'), 'massnahme-spr-1-3');
  assert.equal(measureAnchor('a:b_c..d'), 'massnahme-a-b-c-d');
  assert.equal(measureAnchor('X1', 'Measure'), 'measure-x1');
  assert.equal(measureAnchor('X1', ''), 'x1');
  assert.equal(sanitizeAnchor('--Ä b--'), 'b');
});

test('measureAnchors: ids that sanitize alike get a number, in document order', () => {
  const index = measureAnchors(accordionConcept());
  assert.equal(index.byMeasure.get('SPR-1.1'), 'massnahme-spr-1-1');
  assert.equal(index.byMeasure.get('spr_1_1'), 'massnahme-spr-1-1-2');
  assert.equal(index.byAnchor.get('massnahme-spr-1-1-2'), 'spr_1_1');
  assert.equal(index.byAnchor.size, 3);
});

test('measureForFragment: anchors, plain ids, encoded ids; unknown fragments give undefined', () => {
  const concept = accordionConcept();
  assert.equal(measureForFragment(concept, '#massnahme-ehr-1-1'), 'EHR-1.1');
  assert.equal(measureForFragment(concept, 'massnahme-spr-1-1-2'), 'spr_1_1');
  assert.equal(measureForFragment(concept, '#EHR-1.1'), 'EHR-1.1');
  assert.equal(measureForFragment(concept, '#EHR%2D1.1'), 'EHR-1.1');
  assert.equal(measureForFragment(concept, '#MASSNAHME-EHR-1-1'), 'EHR-1.1');
  assert.equal(measureForFragment(concept, '#inhalt'), undefined);
  assert.equal(measureForFragment(concept, '#%E0%A4%A'), undefined);
  assert.equal(measureForFragment(concept, ''), undefined);
});
