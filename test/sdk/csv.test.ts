import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dataFileName, filterMeasures, measureRows, statsRows, toCsv } from '@konzept-kit/sdk';
import { smallConcept } from './fixtures.js';

describe('toCsv: a file German Excel opens right', () => {
  test('starts with a byte order mark, separates by semicolons, ends lines with CRLF', () => {
    const csv = toCsv([
      ['a', 'b'],
      [1, 'Übergang'],
    ]);
    assert.equal(csv, '\uFEFFa;b\r\n1;Übergang\r\n');
  });

  test('quotes cells with semicolons, quotes or line breaks', () => {
    assert.equal(toCsv([['x;y', 'say "hi"', 'two\nlines']]), '\uFEFF"x;y";"say ""hi""";"two\nlines"\r\n');
  });

  test('defuses cells that Excel would run as a formula (= + - @)', () => {
    const csv = toCsv([['=HYPERLINK("http://evil")', '+1', '-2+3', '@SUM(A1)', 'ok', -5]]);
    assert.equal(csv, '\uFEFF"\'=HYPERLINK(""http://evil"")";\'+1;\'-2+3;\'@SUM(A1);ok;-5\r\n');
  });
});

describe('rows of what the elements show', () => {
  const concept = smallConcept();

  test('measureRows: one row a measure, with field, objective, status label and lead; a filter narrows it', () => {
    const rows = measureRows(concept);
    assert.deepEqual(rows[0], ['ID', 'Handlungsfeld', 'Unterziel', 'Maßnahme', 'Status', 'Federführung', 'Kooperationspartner', 'Zeitraum']);
    assert.equal(rows.length, 8);
    assert.deepEqual(rows[3]!.slice(0, 7), [
      'sprache-1-3',
      'Sprache',
      'Deutschkurse ausbauen',
      'Dolmetscherpool für Ärzte und Behörden',
      'in Arbeit',
      'Integrationsbeauftragte',
      'Caritas, Diakonie',
    ]);
    const filtered = measureRows(concept, 'en', filterMeasures(concept, { status: ['red'] }));
    assert.deepEqual(
      filtered.map((r) => r[0]),
      ['ID', 'sprache-2-1'],
    );
    assert.equal(filtered[0]![1], 'Field');
  });

  test('statsRows: count and percent per status and the sum of the percents (101 where equal counts are rounded alike)', () => {
    const rows = statsRows(concept);
    assert.deepEqual(rows[0], [
      'Handlungsfeld',
      'Art',
      'Anzahl',
      'umgesetzt',
      'umgesetzt %',
      'in Arbeit',
      'in Arbeit %',
      'nicht umgesetzt',
      'nicht umgesetzt %',
      'ohne Bewertung',
      'ohne Bewertung %',
      'Summe der Prozente',
    ]);
    assert.deepEqual(rows[1], ['Sprache', 'Handlungsfeld', 4, 2, 50, 1, 25, 1, 25, 0, 0, 100]);
    assert.deepEqual(rows.at(-1), ['Gesamt', '', 7, 3, 43, 2, 29, 1, 14, 1, 14, 100]);
  });

  test('dataFileName names the concept and its version', () => {
    assert.equal(dataFileName(concept, 'massnahmen', 'csv'), 'testkreis-1.0-massnahmen.csv');
    assert.equal(dataFileName(concept, '', 'json'), 'testkreis-1.0.json');
  });
});
