/**
 * Importing sheets written the way editors write them: a title line above the header, merged and
 * blank carried-down cells, trailing spaces, every spelling of the Ampel, Excel dates as Date cells,
 * serial numbers and German text, a Windows-1252 semicolon CSV, a UTF-8 BOM comma CSV, columns of
 * their own, and rows that cannot be imported, reported with their number and the reason.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measureEntries, type Concept } from '@konzept-kit/sdk';
import { exportCsv, exportXlsx, formatSheetIssue, importSheet, readCsv, decodeText, type SheetImportResult } from '@konzept-kit/sdk/spreadsheet';
import { plain, windows1252, workbookBytes } from './spreadsheet-helpers.js';

const HEADER = [
  'Nr.',
  'Art',
  'Handlungsfeld ',
  'OBERZIEL',
  'unterziel',
  'Maßnahme',
  'Beschreibung',
  'Status',
  'Stand',
  'Bemerkung',
  'Federführung',
  'Kooperationspartner',
  'Zielgruppe',
  'Zeitraum',
  'Kennzahl',
  'Zielwert',
  'Istwert',
  'Haushaltsmittel 2025',
  '__proto__',
];

/** The messy Ampeldokument: header in row 3, field cells merged or left blank below their first row. */
function messyRows() {
  const march28 = new Date(Date.UTC(2025, 2, 28));
  return [
    ['Ampeldokument Integrationskonzept Landkreis Musterkreis – Stand März 2025'],
    [],
    HEADER,
    // row 4: everything given
    [
      '1.1.1',
      'Handlungsfeld',
      'Sprache',
      'Alle lernen Deutsch.',
      'Kursangebot ist transparent',
      'Kursübersicht  ',
      'Übersicht aller Kurse.',
      'grün',
      march28,
      'Läuft gut.',
      'Referat Integration',
      'VHS; Caritas',
      'Eltern, Kinder',
      '2024–2026',
      'Aktualisierungen',
      '4',
      '4',
      '5.000 €',
      'x',
    ],
    // row 5: field, goal, objective carried down (merged in the sheet), mixed-case status, serial date
    [
      '1.1.2',
      null,
      null,
      null,
      null,
      'Kursberatung in Unterkünften',
      null,
      'GRÜN ',
      45744,
      null,
      'Sozialdienst',
      'VHS\nJobcenter',
      null,
      'ab 2025',
      null,
      null,
      null,
      null,
      null,
    ],
    // row 6: objective carried, status as a word, German date text
    [
      null,
      null,
      null,
      null,
      null,
      'Infoblätter in einfacher Sprache',
      null,
      'in Arbeit',
      '28.03.2025',
      'Druck im Herbst.',
      null,
      null,
      null,
      'laufend',
      null,
      null,
      null,
      '1.200 €',
      null,
    ],
    // row 7: empty
    [],
    // row 8: a new objective in the same field, "gruen" without umlaut, ISO date
    [
      null,
      null,
      null,
      null,
      'Sprachförderung in Kitas',
      'Sprach-Kitas ausbauen',
      null,
      'gruen',
      '2025-03-28',
      null,
      null,
      null,
      null,
      null,
      'Sprach-Kitas',
      '1.500',
      '1.234,5',
      null,
      null,
    ],
    // row 9: a status but no measure title: rejected
    [null, null, null, null, null, null, 'Beschreibung ohne Titel', 'rot', null, null, null, null, null, null, null, null, null, null, null],
    // row 10: a cross-cutting theme, status "nicht umgesetzt", an unknown status in row 11
    [
      'Q1',
      'Querschnittsthema',
      'Ehrenamt',
      'Engagement wird gestärkt.',
      'Ehrenamt ist anerkannt',
      'Ehrenamtspreis',
      null,
      'nicht umgesetzt',
      march28,
      'Keine Mittel.',
      null,
      null,
      null,
      '2026',
      null,
      null,
      null,
      null,
      null,
    ],
    [null, null, null, null, null, 'Ehrenamtskarte', null, 'lila', 'irgendwann', null, null, null, null, null, null, null, null, null, null],
    // row 12: a duplicate id
    ['Q1', null, null, null, null, 'Fortbildung für Ehrenamtliche', null, 'Gelb', march28, null, null, null, null, null, null, null, null, null, null],
    // row 13: a field with a goal but no measures (Landshut style): structure only
    [
      null,
      'Handlungsfeld',
      'Wohnen',
      'Alle wohnen gut.',
      'Wohnraum ist bezahlbar',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ],
  ];
}

async function importMessy(): Promise<SheetImportResult> {
  const bytes = await workbookBytes([{ name: 'Ampel', rows: messyRows(), merges: ['C4:C6', 'D4:D6'] }]);
  return importSheet(bytes, { municipality: 'Landkreis Musterkreis', title: 'Integrationskonzept Musterkreis', version: '2025' });
}

function byTitle(concept: Concept, title: string) {
  const entry = measureEntries(concept).find((e) => e.measure.title === title);
  assert.ok(entry, `measure "${title}" not found`);
  return entry;
}

test('a messy workbook: header below a title line, carried-down and merged cells, every spelling of the Ampel', async () => {
  const result = await importMessy();
  assert.ok(result.concept, result.issues.map((i) => formatSheetIssue(i, 'en')).join('\n'));
  const concept = result.concept;
  assert.equal(result.layout?.headerRow, 3);
  assert.deepEqual(
    {
      rows: result.summary.rows,
      empty: result.summary.empty,
      measures: result.summary.measures,
      structure: result.summary.structure,
      rejected: result.summary.rejected,
    },
    { rows: 10, empty: 1, measures: 7, structure: 1, rejected: 1 },
  );

  assert.deepEqual(
    concept.fields.map((f) => [f.id, f.kind, f.title, f.objectives.map((o) => [o.id, o.measures.length])]),
    [
      [
        'sprache',
        'action',
        'Sprache',
        [
          ['sprache-1', 3],
          ['sprache-2', 1],
        ],
      ],
      ['ehrenamt', 'crossCutting', 'Ehrenamt', [['ehrenamt-1', 3]]],
      ['wohnen', 'action', 'Wohnen', [['wohnen-1', 0]]],
    ],
  );
  assert.equal(concept.fields[0]!.goal?.title, 'Alle lernen Deutsch.');
  assert.equal(concept.fields[2]!.goal?.title, 'Alle wohnen gut.');

  const first = byTitle(concept, 'Kursübersicht').measure;
  assert.equal(first.id, '1.1.1');
  assert.deepEqual(first.status, { value: 'green', date: '2025-03-28', note: 'Läuft gut.' });
  assert.deepEqual(first.partners, ['VHS', 'Caritas']);
  assert.deepEqual(first.targetGroups, ['Eltern', 'Kinder']);
  assert.deepEqual(first.timeframe, { start: '2024', end: '2026' });
  assert.deepEqual(first.indicators, [{ title: 'Aktualisierungen', target: 4, current: 4 }]);
  // Columns of the editor's own are kept; "__proto__" is renamed, not used as a key.
  assert.deepEqual(first.extra, { 'Haushaltsmittel 2025': '5.000 €', '__proto__ (Spalte S)': 'x' });
  assert.equal(({} as Record<string, unknown>).x, undefined);

  const second = byTitle(concept, 'Kursberatung in Unterkünften').measure;
  assert.deepEqual(second.status, { value: 'green', date: '2025-03-28' }, 'serial number 45744 is 28.03.2025');
  assert.deepEqual(second.partners, ['VHS', 'Jobcenter']);
  assert.deepEqual(second.timeframe, { start: '2025' });

  const third = byTitle(concept, 'Infoblätter in einfacher Sprache');
  assert.equal(third.objective.id, 'sprache-1', 'objective carried down');
  assert.equal(third.measure.id, 'sprache-1-3', 'generated from objective and position');
  assert.deepEqual(third.measure.status, { value: 'yellow', date: '2025-03-28', note: 'Druck im Herbst.' });
  assert.deepEqual(third.measure.timeframe, { text: 'laufend' });

  const kita = byTitle(concept, 'Sprach-Kitas ausbauen').measure;
  assert.deepEqual(kita.status, { value: 'green', date: '2025-03-28' });
  assert.deepEqual(kita.indicators, [{ title: 'Sprach-Kitas', target: 1500, current: 1234.5 }]);

  assert.deepEqual(byTitle(concept, 'Ehrenamtspreis').measure.status, { value: 'red', date: '2025-03-28', note: 'Keine Mittel.' });
  assert.deepEqual(byTitle(concept, 'Ehrenamtspreis').measure.timeframe, { start: '2026', end: '2026' });
});

test('what cannot be read is reported with row, column and reason, and kept under extra', async () => {
  const result = await importMessy();
  const concept = result.concept!;
  const rejected = result.issues.filter((i) => i.severity === 'error' && i.kind === 'rejected');
  assert.equal(rejected.length, 1);
  // An unknown status word is no rejected row, but a lost status: an error of its own, counted.
  assert.deepEqual(
    result.issues.filter((i) => i.severity === 'error' && i.kind === 'status').map((i) => [i.row, i.code, i.measure]),
    [[11, 'unknownStatus', 'Ehrenamtskarte']],
  );
  assert.equal(result.summary.statusLost, 1);
  assert.equal(rejected[0]!.row, 9);
  assert.equal(rejected[0]!.code, 'noMeasure');
  assert.match(
    formatSheetIssue(rejected[0]!, 'de'),
    /^Blatt "Ampel", Zeile 9, Spalte "Maßnahme": Zeile nicht übernommen: Der Titel der Maßnahme .* fehlt, die Zeile hat aber Angaben in "Beschreibung", "Status"/,
  );
  assert.match(formatSheetIssue(rejected[0]!, 'en'), /^Sheet "Ampel", row 9, column "Maßnahme": Row not imported: the measure's title/);

  const karte = byTitle(concept, 'Ehrenamtskarte').measure;
  assert.equal(karte.status, undefined, 'an unknown status is not guessed');
  assert.deepEqual(karte.extra, { Status: 'lila', Stand: 'irgendwann' });
  const warnings = result.issues.filter((i) => i.row === 11).map((i) => [i.code, i.column]);
  assert.deepEqual(warnings, [
    ['date', 'Stand'],
    ['unknownStatus', 'Status'],
  ]);

  const duplicate = result.issues.find((i) => i.code === 'duplicateId');
  assert.equal(duplicate?.row, 12);
  assert.equal(byTitle(concept, 'Fortbildung für Ehrenamtliche').measure.id, 'Q1-2');
  assert.ok(result.issues.some((i) => i.code === 'unsafeColumn' && i.column === '__proto__'));
});

test('nothing is lost on the way back: export to xlsx and csv, import again, the same concept', async () => {
  const first = (await importMessy()).concept!;
  const fromXlsx = await importSheet(await exportXlsx(first));
  assert.deepEqual(fromXlsx.issues, []);
  assert.deepEqual(plain(fromXlsx.concept!), plain(first));

  const fromCsv = await importSheet(exportCsv(first), { base: first });
  assert.deepEqual(fromCsv.issues, []);
  assert.deepEqual(plain(fromCsv.concept!), plain(first));
});

test('a Windows-1252 semicolon CSV with umlauts, as German Excel saves it', async () => {
  const text = [
    'Handlungsfeld;Unterziel;Maßnahme;Status;Stand;Kooperationspartner;Zeitraum',
    'Gesundheit;Zugang für alle;Gesundheitslotsen ausbilden;grün;28.03.2025;Ärztekammer; 2024–2026 ',
    ';;Dolmetscherpool „Gesundheit“ – 5 € Pauschale;Rot;15.1.25;;',
    '',
  ].join('\r\n');
  const bytes = windows1252(text);
  assert.equal(decodeText(bytes).encoding, 'windows-1252');
  const result = await importSheet(bytes, { municipality: 'Stadt Beispiel' });
  assert.equal(result.csv?.encoding, 'windows-1252');
  assert.equal(result.csv?.delimiter, ';');
  assert.deepEqual(result.issues, []);
  const measures = measureEntries(result.concept!).map((e) => e.measure);
  assert.deepEqual(
    measures.map((m) => [m.id, m.title, m.status?.value, m.status?.date]),
    [
      ['gesundheit-1-1', 'Gesundheitslotsen ausbilden', 'green', '2025-03-28'],
      ['gesundheit-1-2', 'Dolmetscherpool „Gesundheit“ – 5 € Pauschale', 'red', '2025-01-15'],
    ],
  );
  assert.deepEqual(measures[0]!.partners, ['Ärztekammer']);
  assert.deepEqual(measures[0]!.timeframe, { start: '2024', end: '2026' });
  assert.equal(result.concept!.fields[0]!.objectives[0]!.title, 'Zugang für alle');
});

test('a UTF-8 CSV with BOM, commas, quoted line breaks and an extra column', async () => {
  const text =
    '\ufeffThemenfeld,Art,Unterziel,Maßnahme,Status,Kooperationspartner,Notiz\n' +
    'Arbeit,Handlungsfeld,Ausbildung,"Ausbildungspaten, Phase 2",umgesetzt,"Handwerkskammer\nIHK",intern\n' +
    ',,,"Jobmesse ""Vielfalt""",in arbeit,,\n';
  const result = await importSheet(new TextEncoder().encode(text), { municipality: 'Stadt Beispiel' });
  assert.equal(result.csv?.encoding, 'utf-8');
  assert.equal(result.csv?.delimiter, ',');
  assert.deepEqual(result.issues, []);
  const [a, b] = measureEntries(result.concept!).map((e) => e.measure);
  assert.equal(a!.title, 'Ausbildungspaten, Phase 2');
  assert.deepEqual(a!.partners, ['Handwerkskammer', 'IHK']);
  assert.deepEqual(a!.extra, { Notiz: 'intern' });
  assert.equal(b!.title, 'Jobmesse "Vielfalt"');
  assert.equal(b!.status?.value, 'yellow');
});

test('CSV text parsing: separators inside quotes, Excel formulas guarded on the way out', () => {
  assert.deepEqual(readCsv('a;b\n"x;y";"1\n2"').rows, [
    ['a', 'b'],
    ['x;y', '1\n2'],
  ]);
  assert.equal(readCsv('a\tb\tc\n1\t2\t3').delimiter, '\t');
});

test('a mapping file names other columns and other status words', async () => {
  const rows = [
    ['Thema', 'Ziel', 'Projekt', 'Ampelfarbe', 'Verantwortlich'],
    ['Bildung', 'Schulerfolg', 'Hausaufgabenhilfe', 'fertig', 'Schulamt'],
  ];
  // "Ziel", "Projekt", "Ampelfarbe" and "Verantwortlich" are in the synonym table; "Thema" is not.
  const without = await importSheet(rows, { municipality: 'X' });
  assert.equal(without.concept, undefined);
  assert.equal(without.issues[0]!.code, 'missingColumn');
  assert.match(without.issues[0]!.message.de, /"Handlungsfeld" fehlt.*Überschrift.*Importoption "mapping"/);

  const result = await importSheet(rows, {
    municipality: 'X',
    mapping: { columns: { Thema: 'field', Ziel: 'objective', Projekt: 'measure', Ampelfarbe: 'status' }, status: { fertig: 'green' } },
  });
  const measure = measureEntries(result.concept!)[0]!.measure;
  assert.equal(measure.title, 'Hausaufgabenhilfe');
  assert.equal(measure.status?.value, 'green');
  assert.deepEqual(measure.lead, { unit: 'Schulamt' });

  const wrong = await importSheet(rows, { municipality: 'X', mapping: { columns: { Projekt: 'massnahme' } } });
  assert.equal(wrong.issues[0]!.code, 'mapping');
});

test('a sheet without the columns a concept needs says which are missing', async () => {
  const result = await importSheet(
    [
      ['Maßnahme', 'Status'],
      ['Kurs', 'grün'],
    ],
    { municipality: 'X' },
  );
  assert.equal(result.concept, undefined);
  assert.equal(result.issues[0]!.code, 'missingColumn');
  assert.match(result.issues[0]!.message.de, /"Handlungsfeld", "Unterziel"/);

  const noName = await importSheet([
    ['Handlungsfeld', 'Unterziel', 'Maßnahme'],
    ['A', 'B', 'C'],
  ]);
  assert.equal(noName.issues.at(-1)!.code, 'metadata');
  assert.match(noName.issues.at(-1)!.message.en, /sheet "Konzept".*import option "municipality"/);
});

test('rows without field or objective are rejected; ids from the sheet are made valid', async () => {
  const result = await importSheet(
    [
      ['ID', 'Handlungsfeld', 'Unterziel', 'Maßnahme'],
      [null, null, null, 'Ohne Feld'],
      [null, 'Arbeit', null, 'Ohne Unterziel'],
      ['A 1/ä', null, 'Jobs', 'Mit Kennung'],
    ],
    { municipality: 'X' },
  );
  assert.deepEqual(
    result.issues.map((i) => [i.severity, i.code, i.row]),
    [
      ['error', 'noField', 2],
      ['error', 'noObjective', 3],
      ['warning', 'id', 4],
    ],
  );
  assert.equal(measureEntries(result.concept!)[0]!.measure.id, 'A-1-ae');
});

test('a file that is no workbook, or a hostile one, is refused with a reason', async () => {
  const fake = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
  const result = await importSheet(fake, { municipality: 'X' });
  assert.equal(result.issues[0]!.code, 'unreadable');
  assert.equal(result.concept, undefined);
});

test('cross-cutting themes in a column of their own, a chosen sheet, Excel hyperlinks and formulas', async () => {
  const bytes = await workbookBytes([
    { name: 'Notizen', rows: [['Maßnahme'], ['nur eine Notiz']] },
    {
      name: 'Ampel 2025',
      rows: [
        ['Handlungsfeld', 'Querschnittsthema', 'Unterziel', 'Maßnahme', 'Status', 'Links'],
        ['Arbeit', null, 'Ausbildung', 'Ausbildungsmesse', 'grün', 'Messe: https://example.org/messe'],
        [null, 'Antidiskriminierung', 'Beratung bekannt machen', 'Flyer', 'rot', null],
        [null, null, null, 'Schulung', { formula: 'IF(1,"gelb","rot")', result: 'gelb' } as never, null],
      ],
    },
  ]);
  const result = await importSheet(bytes, { municipality: 'X', sheet: 'ampel 2025' });
  assert.deepEqual(result.issues, []);
  const concept = result.concept!;
  assert.deepEqual(
    concept.fields.map((f) => [f.id, f.kind, f.objectives[0]!.measures.map((m) => [m.title, m.status?.value])]),
    [
      ['arbeit', 'action', [['Ausbildungsmesse', 'green']]],
      [
        'antidiskriminierung',
        'crossCutting',
        [
          ['Flyer', 'red'],
          ['Schulung', 'yellow'],
        ],
      ],
    ],
  );
  assert.deepEqual(concept.fields[0]!.objectives[0]!.measures[0]!.links, [{ url: 'https://example.org/messe', title: 'Messe' }]);

  const unsafe = await importSheet(
    [
      ['Handlungsfeld', 'Unterziel', 'Maßnahme', 'Links'],
      ['A', 'B', 'C', 'javascript:alert(1)'],
    ],
    { municipality: 'X' },
  );
  const measure = measureEntries(unsafe.concept!)[0]!.measure;
  assert.deepEqual(measure.links, []);
  assert.deepEqual(measure.extra, { Links: 'javascript:alert(1)' });
  assert.equal(unsafe.issues[0]!.code, 'link');

  const missing = await importSheet(bytes, { municipality: 'X', sheet: 'Tabelle1' });
  assert.match(missing.issues[0]!.message.de, /Kein Blatt "Tabelle1" \(vorhanden: "Notizen", "Ampel 2025"\)/);
});

test('a Konzept sheet with a prototype key in its extra rows: not imported, said so, nothing polluted', async () => {
  const bytes = await workbookBytes([
    {
      name: 'Maßnahmen',
      rows: [
        ['Handlungsfeld', 'Unterziel', 'Maßnahme'],
        ['A', 'B', 'C'],
      ],
    },
    {
      name: 'Konzept',
      rows: [
        ['Angabe', 'Wert'],
        ['Kommune', 'Stadt X'],
        ['Zusatz: __proto__', '{"polluted":true}'],
        ['Zusatz: Haushalt', '2025'],
      ],
    },
  ]);
  const result = await importSheet(bytes);
  assert.deepEqual(result.concept!.extra, { Haushalt: '2025' });
  assert.equal(result.issues[0]!.code, 'unsafeColumn');
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});
