/**
 * Ampeldokumente as offices keep them, written by other tools than our exporter (openpyxl,
 * LibreOffice, hand-written XML parts; see test/fixtures/workbooks/generate.py). For each kind:
 * every measure with its field, objective and status, and the report lines that name what was
 * set aside, left out or could not be read.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { measureEntries } from '@konzept-kit/sdk';
import { formatSheetIssue, importSheet, type SheetImportOptions, type SheetImportResult } from '@konzept-kit/sdk/spreadsheet';

function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fileURLToPath(new URL(`../fixtures/workbooks/${name}`, import.meta.url))));
}

async function load(name: string, options: SheetImportOptions = {}): Promise<SheetImportResult> {
  return importSheet(fixture(name), { municipality: 'Landkreis Musterstadt', ...options });
}

/** Field | objective | measure | status (or "-"), as a reader sees the concept. */
function measures(result: SheetImportResult): string[] {
  assert.ok(result.concept, `no concept: ${result.issues.map((i) => formatSheetIssue(i, 'en')).join('\n')}`);
  return measureEntries(result.concept).map(({ field, objective, measure }) =>
    [`${field.kind === 'crossCutting' ? 'Q: ' : ''}${field.title as string}`, objective.title, measure.title, measure.status?.value ?? '-'].join(' | '),
  );
}

/** The report as [code, row] pairs (row 0: about the whole sheet). */
function report(result: SheetImportResult): Array<[string, number]> {
  return result.issues.map((i) => [i.code, i.row ?? 0]);
}

/** No message is a JavaScript error in disguise. */
function plainWords(result: SheetImportResult) {
  for (const issue of result.issues) {
    for (const text of [issue.message.de, issue.message.en]) {
      assert.doesNotMatch(text, /TypeError|ReferenceError|Cannot read|undefined|null|\bat \w+ \(|Error:/, text);
    }
  }
}

interface Kind {
  file: string;
  what: string;
  measures: string[];
  report: Array<[string, number]>;
  statusLost?: number;
  options?: SheetImportOptions;
}

/** The same sheet in two spellings gives the same measures. */
const X_COLUMN_MEASURES = [
  'Beteiligung | Migrantenvertretung | Integrationsbeirat gründen | green',
  'Beteiligung | Migrantenvertretung | Wahlinformationen mehrsprachig | yellow',
  'Beteiligung | Migrantenvertretung | Sprechstunde Landrat | red',
  'Antidiskriminierung | Beratung | Antidiskriminierungsstelle | green',
  'Antidiskriminierung | Beratung | Fortbildung Verwaltung | -',
];
const OPENPYXL_MEASURES = [
  'Sprache | Kurse | Integrationskurse vermitteln | green',
  'Sprache | Kurse | Sprachkurse für Eltern | yellow',
  'Arbeit | Beschäftigung | Jobcenter-Sprechstunde | red',
];
const LIBREOFFICE_MEASURES = [
  'Sprache | Kurse | Sprachcafé | green',
  'Sprache | Kurse | Sprachpaten | yellow',
  'Arbeit | Ausbildung | Ausbildungslotsen | green',
  'Arbeit | Ausbildung | Azubi-Speeddating | green',
];
const LIBREOFFICE_REPORT: Array<[string, number]> = [
  ['hiddenColumn', 1],
  ['blankRows', 0],
  ['hiddenRow', 4],
  ['legend', 8],
  ['statusSource', 0],
];

const KINDS: Kind[] = [
  {
    file: 'fill-only.xlsx',
    what: 'the Ampel only as the fill colour of the status cell',
    measures: [
      'Sprache | Sprachkurse für alle | Sprachcafé im Landratsamt | green',
      'Sprache | Sprachkurse für alle | Kinderbetreuung während der Kurse | yellow',
      'Sprache | Sprachkurse für alle | Sprachkurse in Randzeiten | red',
      'Bildung | Übergang Schule–Beruf | Mentoring für Jugendliche | green',
      'Bildung | Übergang Schule–Beruf | Elternabende mit Dolmetschern | yellow',
    ],
    report: [['statusSource', 0]],
  },
  {
    file: 'fill-theme-indexed.xlsx',
    what: 'theme colours with a tint, indexed colours, Excel’s Gut/Neutral/Schlecht',
    measures: [
      'Arbeit | Anerkennung von Abschlüssen | Beratung zur Anerkennung | green',
      'Arbeit | Anerkennung von Abschlüssen | Lotsen in Betriebe | yellow',
      'Arbeit | Anerkennung von Abschlüssen | Jobmesse für Geflüchtete | red',
      'Wohnen | Wohnraum vermitteln | Wohnraumbörse | green',
      'Wohnen | Wohnraum vermitteln | Mietführerschein | yellow',
      'Wohnen | Wohnraum vermitteln | Belegungsmanagement | red',
      'Wohnen | Wohnraum vermitteln | Patenschaften für Wohnungssuchende | green',
      'Wohnen | Wohnraum vermitteln | Beratung für Vermieter | red',
      'Wohnen | Wohnraum vermitteln | Kältehilfe | yellow',
    ],
    report: [['statusSource', 0]],
  },
  {
    file: 'row-colour.xlsx',
    what: 'the whole row coloured, no status column; "Ziel" as the objective',
    measures: [
      'Gesundheit | Zugang zum Gesundheitswesen | Gesundheitslotsen | green',
      'Gesundheit | Zugang zum Gesundheitswesen | Mehrsprachige Informationen | yellow',
      'Gesundheit | Zugang zum Gesundheitswesen | Dolmetscherpool für Arztbesuche | red',
      'Kultur und Freizeit | Teilhabe am Vereinsleben | Vereinsbörse | green',
      'Kultur und Freizeit | Teilhabe am Vereinsleben | Interkulturelle Woche | -',
    ],
    report: [['statusSource', 0]],
  },
  {
    file: 'legend.xlsx',
    what: 'a colour legend below the table, with the office’s own pale colours',
    measures: [
      'Sprache | Sprachförderung in Kitas | Sprachkitas ausbauen | green',
      'Sprache | Sprachförderung in Kitas | Fortbildung für Erzieherinnen | yellow',
      'Arbeit | Ausbildung | Ausbildungsbegleitung | red',
      'Arbeit | Ausbildung | Praktikumsbörse | green',
    ],
    report: [
      ['blankRows', 0],
      ['legend', 8],
      ['legend', 9],
      ['legend', 10],
      ['legend', 11],
      ['statusSource', 0],
    ],
  },
  {
    file: 'summary-rows.xlsx',
    what: 'summary rows between and below the measures',
    measures: [
      'Bildung | Schulerfolg | Hausaufgabenhilfe | green',
      'Bildung | Schulerfolg | Lernpaten | yellow',
      'Bildung | Schulerfolg | Schulsozialarbeit | green',
      'Arbeit | Berufseinstieg | Jobcoaching | red',
    ],
    report: [
      ['blankRows', 0],
      ['summaryRow', 5],
      ['summaryRow', 8],
      ['summaryRow', 9],
      ['summaryRow', 10],
    ],
  },
  {
    file: 'merged.xlsx',
    what: 'merged cells: field and objective down, a measure over two rows, one status for two measures',
    measures: [
      'Sprache | Kurse für alle | Sprachcafé | green',
      'Sprache | Kurse für alle | Sprachpaten | yellow',
      'Sprache | Kurse für alle | Lesecafé | red',
      'Bildung | Elternarbeit | Elterncafé | green',
      'Bildung | Elternarbeit | Elternlotsen | green',
    ],
    report: [['mergedRows', 3]],
  },
  {
    file: 'hidden.xlsx',
    what: 'a hidden column, a column marked internal, a hidden row',
    measures: [
      'Wohnen | Wohnraum | Wohnraumbörse | green',
      'Wohnen | Wohnraum | Auszugsmanagement | yellow',
      'Wohnen | Wohnraum | Mietschuldenberatung | green',
    ],
    report: [
      ['hiddenColumn', 1],
      ['internalColumn', 1],
      ['hiddenRow', 4],
    ],
  },
  {
    file: 'openpyxl-plain.xlsx',
    what: 'a workbook written by openpyxl',
    measures: OPENPYXL_MEASURES,
    report: [],
  },
  {
    file: 'openpyxl-comment.xlsx',
    what: 'a workbook written by openpyxl with cell comments',
    measures: OPENPYXL_MEASURES,
    report: [],
  },
  {
    file: 'banner-cover.xlsx',
    what: 'a cover sheet naming "Maßnahmen", banner rows and "Stand: …" above the header; Nr., Teilziel, Verantwortlich, Ampel',
    measures: [
      'Sprache | Sprachkurse | Sprachkursberatung | green',
      'Sprache | Sprachkurse | Online-Sprachkurse | yellow',
      'Bildung | Schulabschlüsse | Nachholen von Abschlüssen | green',
    ],
    report: [
      ['sheetChoice', 0],
      ['defaultDate', 3],
    ],
  },
  {
    file: 'x-columns.xlsx',
    what: 'a column per status (umgesetzt / in Umsetzung / nicht umgesetzt) with an "x"',
    measures: X_COLUMN_MEASURES,
    report: [['statusSource', 0]],
  },
  {
    file: 'x-columns-two-rows.xlsx',
    what: '"Ampel" above grün / gelb / rot, an "x" below',
    measures: X_COLUMN_MEASURES,
    report: [['statusSource', 0]],
  },
  {
    file: 'synonyms.xlsx',
    what: 'Themenfeld, Ziel, Teilziel, Maßnahme / Projekt, Verantwortlich, Bewertung, Stand; status words',
    measures: [
      'Arbeit | Anerkennung | Anerkennungsberatung | green',
      'Arbeit | Anerkennung | Berufssprachkurse | yellow',
      'Arbeit | Selbstständigkeit | Gründungsberatung | red',
      'Arbeit | Selbstständigkeit | Gründerstammtisch | green',
      'Arbeit | Selbstständigkeit | Mikrokredite | yellow',
    ],
    report: [],
  },
  {
    file: 'symbols.xlsx',
    what: 'a coloured ●, ✓, 🟢 🟡 🔴',
    measures: [
      'Gesundheit | Prävention | Impfberatung | green',
      'Gesundheit | Prävention | Suchtberatung mehrsprachig | yellow',
      'Gesundheit | Prävention | Psychosoziale Beratung | red',
      'Gesundheit | Prävention | Gesundheitstage | green',
      'Gesundheit | Prävention | Erste-Hilfe-Kurse | green',
      'Gesundheit | Prävention | Hebammensprechstunde | yellow',
      'Gesundheit | Prävention | Frauenarztsprechstunde | red',
    ],
    report: [['statusSource', 0]],
  },
  {
    file: 'headings.xlsx',
    what: 'headings between the measures name the field (no field column)',
    measures: [
      'Sprache | Sprachkurse | Kursberatung | green',
      'Sprache | Sprachkurse | Kurse mit Kinderbetreuung | yellow',
      'Bildung | Schulerfolg | Lernpaten | red',
      'Q: Interkulturelle Öffnung | Verwaltung öffnen | Interkulturelle Schulungen | green',
    ],
    report: [],
  },
  {
    file: 'handwritten-inline.xlsx',
    what: 'hand-written parts: inline strings, x: prefixes, no cell references, no styles',
    measures: [
      'Wohnen | Unterbringung | Dezentrale Unterkünfte | green',
      'Wohnen | Unterbringung | Hausmeister-Sprechstunde | yellow',
      'Wohnen | Unterbringung | Umzugshilfe | red',
    ],
    report: [],
  },
  {
    file: 'status-in-sachstand.xlsx',
    what: 'no status column: status words in "Sachstand"; a free text there is a status lost, said so',
    measures: [
      'Bildung | Sprachförderung | Sprachförderung in Kitas | green',
      'Bildung | Sprachförderung | Rucksack-Programm | yellow',
      'Bildung | Sprachförderung | Griffbereit | red',
      'Bildung | Sprachförderung | Bibliotheksführungen | -',
    ],
    report: [
      ['statusSource', 0],
      ['unknownStatus', 5],
    ],
    statusLost: 1,
  },
  {
    file: 'banded-rows.xlsx',
    what: 'every other row in pale green (banding, no status column): no status invented',
    measures: [
      'Wohnen | Wohnraum | Wohnraumbörse | -',
      'Wohnen | Wohnraum | Mietführerschein | -',
      'Wohnen | Wohnraum | Auszugsmanagement | -',
      'Wohnen | Wohnraum | Belegungsmanagement | -',
    ],
    report: [],
  },
  {
    file: 'hidden-sheet.xlsx',
    what: 'two years in one workbook, the old one hidden: the visible one is read, the other named',
    measures: ['Sprache | Kurse | Sprachcafé | green', 'Sprache | Kurse | Sprachpaten | yellow'],
    report: [['sheetChoice', 0]],
  },
  {
    file: 'sheet-per-field.xlsx',
    what: 'one sheet per field of action (the sheet name is the field), an overview sheet in front',
    measures: [
      'Sprache | Kurse | Sprachcafé | green',
      'Sprache | Kurse | Sprachpaten | yellow',
      'Bildung | Schulerfolg | Lernpaten | green',
      'Bildung | Schulerfolg | Hausaufgabenhilfe | red',
    ],
    report: [
      ['sheetChoice', 0],
      ['statusSource', 0],
    ],
  },
  {
    file: 'libreoffice.ods',
    what: 'LibreOffice .ods: fill colours, merged field, hidden row and column, a one-cell legend',
    measures: LIBREOFFICE_MEASURES,
    report: LIBREOFFICE_REPORT,
  },
  {
    file: 'libreoffice-written.xlsx',
    what: 'the same, saved as .xlsx by LibreOffice',
    measures: LIBREOFFICE_MEASURES,
    report: LIBREOFFICE_REPORT,
  },
];

for (const kind of KINDS) {
  test(`${kind.file}: ${kind.what}`, async () => {
    const result = await load(kind.file, kind.options);
    assert.deepEqual(measures(result), kind.measures);
    assert.deepEqual(report(result), kind.report);
    assert.equal(result.summary.statusLost, kind.statusLost ?? 0);
    assert.equal(result.summary.rejected, 0);
    plainWords(result);
  });
}

test('no hidden or internal column reaches the export; with the options they do', async () => {
  const result = await load('hidden.xlsx');
  const json = JSON.stringify(result.concept);
  for (const secret of ['Herr M. blockiert', 'Streit mit Kämmerei', '12.000 €', 'Alte Maßnahme']) assert.ok(!json.includes(secret), secret);
  assert.equal(measureEntries(result.concept!)[0]!.measure.status?.note, 'gut angenommen');
  assert.equal(measureEntries(result.concept!)[0]!.measure.extra, undefined);
  const hiddenRow = result.issues.find((i) => i.code === 'hiddenRow')!;
  assert.equal(hiddenRow.measure, 'Alte Maßnahme (gestrichen)');
  assert.equal(
    formatSheetIssue(hiddenRow, 'de'),
    'Blatt "Maßnahmen", Zeile 4, Maßnahme "Alte Maßnahme (gestrichen)": Ausgeblendete Zeile: nicht übernommen (eingeblendet schon). Dafür gibt es die Importoption "includeHidden".',
  );

  const all = await load('hidden.xlsx', { includeHidden: true, includeInternal: true });
  assert.equal(measureEntries(all.concept!).length, 4);
  assert.deepEqual(measureEntries(all.concept!)[0]!.measure.extra, {
    'interne Notiz (nicht veröffentlichen)': 'Herr M. blockiert',
    'Kosten (intern)': '12.000 €',
  });
});

test('statuses that cannot be read are each an error with row, measure and what to do', async () => {
  const result = await load('status-lost.xlsx');
  assert.deepEqual(measures(result), ['Sprache | Kurse | Sprachcafé | green', 'Sprache | Kurse | Lesepaten | -', 'Sprache | Kurse | Vorlesestunde | -']);
  assert.equal(result.summary.statusLost, 2);
  const lost = result.issues.filter((i) => i.severity === 'error');
  assert.deepEqual(
    lost.map((i) => [i.kind, i.code, i.row, i.column, i.measure]),
    [
      ['status', 'unknownColour', 3, 'Status', 'Lesepaten'],
      ['status', 'unknownStatus', 4, 'Status', 'Vorlesestunde'],
    ],
  );
  assert.match(lost[0]!.message.de, /Füllfarbe #0070c0 ist keiner Stufe zugeordnet\. Eine Legende im Blatt .* Importoption "mapping"/);
  assert.match(lost[0]!.message.en, /fill colour #0070c0 is not assigned to a status/);

  const mapped = await load('status-lost.xlsx', { mapping: { colors: { '#0070C0': 'yellow' }, status: { vertagt: 'yellow' } } });
  assert.deepEqual(
    measures(mapped).map((m) => m.split(' | ')[3]),
    ['green', 'yellow', 'yellow'],
  );
  assert.equal(mapped.summary.statusLost, 0);
});

test('files that are no spreadsheet are named as such, in plain words', async () => {
  const cases: Array<[string, RegExp]> = [
    ['not-a-workbook.zip', /ZIP-Archiv, aber keine Excel-Arbeitsmappe \(\.xlsx\) und keine LibreOffice-Tabelle \(\.ods\)/],
    ['word-document.docx', /Word-Dokument \(\.docx\), keine Tabelle/],
    ['truncated.xlsx', /beschädigt oder unvollständig/],
  ];
  for (const [file, message] of cases) {
    const result = await load(file);
    assert.equal(result.concept, undefined, file);
    assert.deepEqual(report(result), [['unreadable', 0]], file);
    assert.match(result.issues[0]!.message.de, message, file);
    assert.equal(result.issues[0]!.kind, 'file');
    plainWords(result);
  }
  const pdf = await importSheet(new TextEncoder().encode('%PDF-1.7\n\u0000\u0001binary'), { municipality: 'X' });
  assert.match(pdf.issues[0]!.message.de, /keine Tabelle, die der Import lesen kann/);
});

test('--sheet names a sheet; a missing one lists those there are', async () => {
  const cover = await load('banner-cover.xlsx', { sheet: 'Deckblatt' });
  assert.equal(cover.concept, undefined);
  assert.equal(cover.issues[0]!.code, 'noHeader');
  assert.match(cover.issues[0]!.message.de, /Keine Kopfzeile/);
  const chosen = await load('banner-cover.xlsx', { sheet: 'bewertung 2025' });
  assert.equal(measureEntries(chosen.concept!).length, 3);
});

test('every report item is structured: kind, sheet, row, column, measure, German and English', async () => {
  for (const kind of KINDS) {
    const result = await load(kind.file, kind.options);
    for (const issue of result.issues) {
      assert.ok(['file', 'layout', 'skipped', 'rejected', 'status', 'value', 'id', 'invalid'].includes(issue.kind), issue.code);
      assert.ok(issue.message.de && issue.message.en && issue.message.de !== issue.message.en, `${kind.file} ${issue.code}`);
      assert.ok(issue.sheet !== undefined, `${kind.file} ${issue.code} names its sheet`);
    }
  }
});

test('docs/SPREADSHEET.md lists every synonym the importer knows, and every picture it shows exists', async () => {
  const { COLUMNS } = await import('@konzept-kit/sdk/spreadsheet');
  const doc = readFileSync(fileURLToPath(new URL('../../docs/SPREADSHEET.md', import.meta.url)), 'utf8');
  const table = doc.slice(doc.indexOf('## Die Spalten und ihre Synonyme'), doc.indexOf('### Zuordnungsdatei'));
  for (const column of COLUMNS) {
    for (const name of [column.header, ...column.aliases]) assert.ok(table.includes(name), `"${name}" (${column.key}) is in the synonym table`);
  }
  for (const [, picture] of doc.matchAll(/!\[[^\]]*\]\((img\/[^)]+)\)/g)) {
    const bytes = readFileSync(fileURLToPath(new URL(`../../docs/${picture}`, import.meta.url)));
    assert.ok(bytes.length < 12_000, `${picture}: ${bytes.length} bytes`);
  }
});

test('a hidden status column is no quiet way to lose statuses: an error, counted, and read with includeHidden', async () => {
  const sheet = {
    name: 'Maßnahmen',
    rows: [
      ['Handlungsfeld', 'Unterziel', 'Maßnahme', 'Ampel', 'Notiz'],
      ['Sprache', 'Kurse', 'Sprachcafé', 'grün', 'intern'],
      [null, null, 'Lesepaten', 'rot', null],
    ],
    look: { fills: [], fonts: [], merges: [], hiddenRows: [], hiddenColumns: [3, 4] },
  };
  const hidden = await importSheet({ sheets: [sheet] }, { municipality: 'X' });
  assert.deepEqual(measures(hidden), ['Sprache | Kurse | Sprachcafé | -', 'Sprache | Kurse | Lesepaten | -']);
  assert.equal(hidden.summary.statusLost, 2);
  assert.deepEqual(
    hidden.issues.map((i) => [i.severity, i.code, i.column]),
    [
      ['error', 'hiddenColumn', 'Ampel'],
      ['warning', 'hiddenColumn', 'Notiz'],
    ],
  );
  const taken = await importSheet({ sheets: [sheet] }, { municipality: 'X', includeHidden: true });
  assert.deepEqual(measures(taken), ['Sprache | Kurse | Sprachcafé | green', 'Sprache | Kurse | Lesepaten | red']);
});

test('damaged copies of every fixture (bytes overwritten) never throw and never show a JavaScript error', async () => {
  const { readdirSync } = await import('node:fs');
  const dir = fileURLToPath(new URL('../fixtures/workbooks/', import.meta.url));
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  let runs = 0;
  for (const name of readdirSync(dir).filter((f) => /\.(xlsx|ods)$/.test(f))) {
    const original = fixture(name);
    for (let k = 0; k < 8; k++) {
      const damaged = original.slice();
      for (let i = 0; i < 1 + Math.floor(random() * 8); i++) damaged[Math.floor(random() * damaged.length)] = Math.floor(random() * 256);
      plainWords(await importSheet(damaged, { municipality: 'X' }));
      runs++;
    }
  }
  assert.ok(runs >= 160, `${runs} damaged files`);
});

test('each surface words the fix its own way: the workbench never names a command-line option', async () => {
  const { checkFile } = await import('@konzept-kit/sdk/spreadsheet');
  const dir = fileURLToPath(new URL('../fixtures/workbooks/', import.meta.url));
  const files = readdirSync(dir).filter((f) => /\.(xlsx|ods|zip|docx)$/.test(f));
  // The workbench offers only the municipality's name; without that the importer says what to change in the workbook.
  const offered = { municipality: { de: 'Oder oben im Feld eintragen.', en: 'Or enter it above.' } };
  let remedied = 0;
  for (const file of files) {
    const check = await checkFile(file, fixture(file), { remedies: offered });
    for (const problem of check.problems) {
      for (const text of [problem.message.de, problem.message.en]) {
        assert.doesNotMatch(text, /(^|[\s(])--[a-z]|Importoption|import option/, `${file}: ${text}`);
      }
    }
    const imported = await load(file);
    remedied += imported.issues.filter((i) => i.remedy).length;
  }
  assert.ok(remedied >= 5, `issues with a remedy across the fixtures: ${remedied}`);
  const noName = await checkFile('x.csv', new TextEncoder().encode('Handlungsfeld;Unterziel;Maßnahme\nA;B;C\n'), { remedies: offered });
  assert.match(noName.problems.map((p) => p.message.de).join(' '), /Blatt "Konzept".*Oder oben im Feld eintragen\./);
});
