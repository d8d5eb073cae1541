import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readFileSync } from 'node:fs';
import {
  dataFileName,
  diffConcepts,
  diffRows,
  filterChanges,
  filterMeasures,
  measureRows,
  parseConceptOrThrow,
  progressRows,
  statsRows,
  statusChanges,
  statusChangeRows,
  toCsv,
} from '@konzept-kit/sdk';
import { smallConcept, variant } from './fixtures.js';
import { landshutNext } from '../version-instances.js';

const example = (name: string) => parseConceptOrThrow(JSON.parse(readFileSync(new URL(`../../schema/examples/${name}.json`, import.meta.url), 'utf8')));

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
    assert.equal(filtered[0]![1], 'Field of action');
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

  test('statsRows with fields picked and ordered as a chart shows them; an empty list leaves only the total (the overview)', () => {
    const rows = statsRows(concept, 'de', ['ehrenamt', 'sprache']);
    assert.deepEqual(
      rows.map((r) => r[0]),
      ['Handlungsfeld', 'Ehrenamtliches Engagement', 'Sprache', 'Gesamt'],
    );
    assert.deepEqual(
      statsRows(concept, 'de', []).map((r) => r[0]),
      ['Handlungsfeld', 'Gesamt'],
    );
  });

  test("dataFileName names the concept by its title (umlauts folded) and its version, in the reader's language", () => {
    assert.equal(dataFileName(concept, 'massnahmen', 'csv'), 'integrationskonzept-testkreis-1.0-massnahmen.csv');
    assert.equal(dataFileName(concept, '', 'json'), 'integrationskonzept-testkreis-1.0.json');
    const k = example('konstanz-2.0');
    assert.equal(dataFileName(k, 'änderungen', 'csv'), 'integrationskonzept-des-landkreises-konstanz-2.0-aenderungen.csv');
    const landshut = example('landshut');
    assert.equal(dataFileName(landshut, 'data', 'json', 'en'), 'integration-concept-of-the-city-of-landshut-entwurf-2025-data.json');
    const odd = variant((c) => ((c['title'] = '=Übergänge: ../../etc/passwd ' + 'x'.repeat(200)), (c['version'] = '1/2')));
    const name = dataFileName(odd, '', 'csv');
    assert.match(name, /^uebergaenge-etc-passwd(-x+)?-1-2\.csv$/);
    assert.ok(name.length < 80, name);
  });
});

describe("rows of the chart's progress and the diff's status view", () => {
  const konstanz = example('konstanz-1.0');

  test('progressRows: one row an evaluation, oldest first, with date, counts and percents', () => {
    const rows = progressRows(konstanz);
    assert.deepEqual(rows[0]!.slice(0, 4), ['Bewertung', 'Datum', 'Anzahl', 'umgesetzt']);
    assert.ok(rows.length >= 3, `${rows.length} rows`);
    const last = rows.at(-1)!;
    assert.equal(last[1], '2025-03-28');
    assert.deepEqual(last.slice(2, 5), [193, 141, 73]);
    assert.deepEqual(
      progressRows(smallConcept()).map((r) => r[0]),
      ['Bewertung', 'Ampeldokument 2024', 'Ampeldokument 2025'],
    );
    assert.deepEqual(progressRows(example('landshut')), [], 'no history, no rows');
  });

  test('statusChangeRows: the measures whose status changed, with the status before and after', () => {
    const changes = statusChanges(konstanz)!;
    const rows = statusChangeRows(konstanz, changes, 'en');
    assert.deepEqual(rows[0], ['ID', 'Field of action', 'Objective', 'Measure', 'Status (before)', 'Status (after)']);
    assert.equal(rows.length - 1, changes.total);
  });
});

describe('diffRows: what a version diff shows, as rows', () => {
  const k1 = example('konstanz-1.0');
  const k2 = example('konstanz-2.0');
  const diff = diffConcepts(k1, k2);

  test('one row per added or removed measure and per changed attribute, with the old and new wording', () => {
    const rows = diffRows(diff);
    assert.deepEqual(rows[0], ['Handlungsfeld', 'Ebene', 'ID', 'Änderung', 'Angabe', 'Bisherige Fassung (1.0)', 'Neue Fassung (2.0)']);
    const measures = rows.filter((r) => r[1] === 'Maßnahme');
    const ids = (kind: string) => new Set(measures.filter((r) => r[3] === kind).map((r) => r[2]));
    assert.equal(ids('gestrichen').size, diff.summary.removed);
    assert.equal(ids('neu').size, diff.summary.added);
    assert.equal(ids('angepasst').size, diff.summary.changed);
    const removed = measures.find((r) => r[3] === 'gestrichen')!;
    assert.ok(removed[5] && removed[6] === '', 'a deleted measure: old title, no new one');
    assert.ok(
      rows.some((r) => r[1] === 'Konzept' && r[4] === 'summary'),
      "the concept's changed summary",
    );
  });

  test("follows the reader's filter: only deleted measures of one field", () => {
    const shown = filterChanges(diff, { kinds: ['removed'], fields: ['sprache'] });
    const rows = diffRows(diff, shown, 'en');
    assert.equal(rows[0]![1], 'Level');
    assert.equal(rows.length - 1, shown.shown);
    assert.ok(rows.slice(1).every((r) => r[0] === 'Sprache' && r[3] === 'deleted'));
  });

  test("Landshut's goals-only concept: its goals and guidelines, not an empty file", () => {
    const raw = JSON.parse(readFileSync(new URL('../../schema/examples/landshut.json', import.meta.url), 'utf8'));
    const d = diffConcepts(parseConceptOrThrow(raw), parseConceptOrThrow(landshutNext(raw)));
    const rows = diffRows(d);
    const levels = new Set(rows.slice(1).map((r) => r[1]));
    assert.ok(levels.has('Leitlinie'), [...levels].join(', '));
    assert.ok(
      [...levels].some((l) => /ziel/i.test(String(l))),
      [...levels].join(', '),
    );
  });
});
