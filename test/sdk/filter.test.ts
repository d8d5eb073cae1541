import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { filterMeasures, foldForFind, foldForSearch, isFilterEmpty, words, type MeasureFilter } from '@konzept-kit/sdk';
import { smallConcept } from './fixtures.js';

const concept = smallConcept();
const ids = (filter: MeasureFilter) => filterMeasures(concept, filter).map((e) => e.measure.id);

describe('search text', () => {
  test('"massnahme" finds "Maßnahme"', () => {
    assert.deepEqual(ids({ query: 'massnahme' }), ['sprache-2-1']);
    assert.deepEqual(ids({ query: 'Maßnahme' }), ['sprache-2-1']);
  });

  test('"aerzte" finds "Ärzte", and so do "Ärzte" and "ÄRZTE"', () => {
    for (const query of ['aerzte', 'Ärzte', 'ÄRZTE', 'AERZTE']) assert.deepEqual(ids({ query }), ['sprache-1-3'], query);
  });

  test('umlauts fold both ways: "arzte" (dots left off) finds "Ärzte" as "aerzte" does, "masnahme" finds "Maßnahme"', () => {
    for (const query of ['arzte', 'Arzte', 'aerzte', 'Ärzte']) assert.deepEqual(ids({ query }), ['sprache-1-3'], query);
    assert.deepEqual(ids({ query: 'masnahme' }), ['sprache-2-1']);
    assert.deepEqual(ids({ query: 'gefluchtete' }), ['gesundheit-1-1']);
  });

  test('"ubergang", "uebergang" and "Übergang" fold alike', () => {
    const folded = new Set(['ubergang', 'uebergang', 'Übergang', 'ÜBERGANG'].map(foldForFind));
    assert.deepEqual([...folded], ['ubergang']);
    assert.ok(foldForFind('Übergang Schule–Beruf').includes(foldForFind('ubergang')));
  });

  test("an objective's and a field's titles are searched: a measure is found by the objective it serves", () => {
    assert.deepEqual(ids({ query: 'kitas' }), ['sprache-2-1']);
    assert.deepEqual(ids({ query: 'gesundheitssystem' }), ['gesundheit-1-1', 'gesundheit-1-2']);
    assert.deepEqual(ids({ query: 'Ehrenamtliches' }), ['ehrenamt-1-1']);
  });

  test('accents and case are ignored, every word must occur', () => {
    assert.deepEqual(ids({ query: 'sprachcafe STADTBIBLIOTHEK' }), ['sprache-1-2']);
    assert.deepEqual(ids({ query: 'sprachcafe kinderbetreuung' }), []);
  });

  test('lead, partners, target groups and descriptions are searched too', () => {
    assert.deepEqual(ids({ query: 'caritas' }), ['sprache-1-3']);
    assert.deepEqual(ids({ query: 'integrationsbeauftragte' }), ['sprache-1-3']);
    assert.deepEqual(ids({ query: 'gefluechtete' }), ['gesundheit-1-1']);
    assert.deepEqual(ids({ query: 'familienzentren' }), ['sprache-1-1']);
  });

  test('foldForSearch spells umlauts out', () => {
    assert.equal(foldForSearch('  Maßnahmen für  Ärzte '), 'massnahmen fuer aerzte');
  });

  test('a soft hyphen or zero-width break hint in the text does not hide a word from the search', () => {
    assert.equal(foldForSearch('Bürger\u00ADmeister\u00ADdienst\u200Bbesprechung'), 'buergermeisterdienstbesprechung');
    assert.deepEqual(words('Antidiskriminierungs\u00ADberatung'), ['antidiskriminierungsberatung']);
  });
});

describe('status, field and kind', () => {
  test('by status; unrated measures only without a status filter', () => {
    assert.deepEqual(ids({ status: ['yellow'] }), ['sprache-1-3', 'ehrenamt-1-1']);
    assert.deepEqual(ids({ status: ['green', 'red'] }), ['sprache-1-1', 'sprache-1-2', 'sprache-2-1', 'gesundheit-1-1']);
    assert.equal(ids({}).length, 7);
  });

  test('by field and by kind', () => {
    assert.deepEqual(ids({ field: ['gesundheit'] }), ['gesundheit-1-1', 'gesundheit-1-2']);
    assert.deepEqual(ids({ kind: ['crossCutting'] }), ['ehrenamt-1-1']);
    assert.equal(ids({ kind: ['action'] }).length, 6);
  });

  test('filters combine', () => {
    assert.deepEqual(ids({ status: ['green'], kind: ['action'], query: 'sprach' }), ['sprache-1-1', 'sprache-1-2']);
    assert.deepEqual(ids({ status: ['yellow'], field: ['sprache'] }), ['sprache-1-3']);
  });

  test('an empty filter keeps everything, in document order', () => {
    assert.equal(isFilterEmpty({}), true);
    assert.equal(isFilterEmpty({ query: '   ', status: [] }), true);
    assert.equal(isFilterEmpty({ kind: ['action'] }), false);
    assert.deepEqual(ids({ query: ' ' }), ids({}));
    assert.deepEqual(ids({})[0], 'sprache-1-1');
  });
});
