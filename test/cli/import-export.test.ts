/**
 * `konzept import` and `konzept export` as an editor uses them: the downloadable template filled
 * with the Konstanz measures gives the same statistics as the sample; sheets go out and come back
 * unchanged; rejected rows are named with their number and reason; the exit code says whether
 * everything was imported.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { measureEntries, parseConceptOrThrow, textOf, type Concept } from '@konzept-kit/sdk';
import { templateXlsx } from '@konzept-kit/sdk/spreadsheet';
import { main } from '../../packages/cli/src/main.js';
import { cells, plain, sampleConcept, samplePath, windows1252 } from '../sdk/spreadsheet-helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TEMPLATE = join(ROOT, 'schema/templates/ampeldokument-vorlage.xlsx');
const dir = mkdtempSync(join(tmpdir(), 'konzept-sheet-'));
after(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function konzept(...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    out: (text) => void (stdout += text),
    err: (text) => void (stderr += text),
    env: { LANG: 'de_DE.UTF-8' },
    readStdin: async () => new Uint8Array(),
  });
  return { code, stdout, stderr };
}

const COLOUR: Record<string, string> = { green: 'grün', yellow: 'gelb', red: 'rot' };

/**
 * The template filled in the way an editor fills it: one row per measure, field, goal and objective
 * only on the first row of their group, the status as a colour, "Stand" as a date, partners with
 * semicolons, the timeframe as written words.
 */
async function fillTemplate(concept: Concept): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(TEMPLATE);
  const sheet = workbook.getWorksheet('Maßnahmen')!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
  let lastField = '';
  let lastObjective = '';
  for (const { field, objective, measure } of measureEntries(concept)) {
    const newField = field.id !== lastField;
    const newObjective = newField || objective.id !== lastObjective;
    lastField = field.id;
    lastObjective = objective.id;
    const tf = measure.timeframe;
    const value: Record<string, unknown> = {
      ID: measure.id,
      Art: newField ? (field.kind === 'action' ? 'Handlungsfeld' : 'Querschnittsthema') : null,
      Handlungsfeld: newField ? textOf(field.title) : null,
      Oberziel: newField ? textOf(field.goal?.title) : null,
      Unterziel: newObjective ? textOf(objective.title) : null,
      Maßnahme: textOf(measure.title),
      Beschreibung: textOf(measure.description) || null,
      Status: measure.status ? COLOUR[measure.status.value] : null,
      Stand: measure.status?.date ? new Date(`${measure.status.date}T00:00:00Z`) : null,
      Bemerkung: textOf(measure.status?.note) || null,
      Federführung: textOf(measure.lead?.unit) || null,
      Kooperationspartner: measure.partners.map((p) => textOf(p)).join('; ') || null,
      Zielgruppe: measure.targetGroups.map((p) => textOf(p)).join('; ') || null,
      Zeitraum: tf
        ? [tf.start && !tf.end ? `ab ${tf.start}` : tf.start && tf.end ? `${tf.start}–${tf.end}` : '', textOf(tf.text)].filter(Boolean).join(', ')
        : null,
      Kennzahl: measure.indicators.map((i) => textOf(i.title)).join('\n') || null,
    };
    sheet.addRow(headers.map((h) => value[h] ?? null));
  }
  const info = workbook.getWorksheet('Konzept')!;
  info.eachRow((row) => {
    const label = row.getCell(1).value;
    if (label === 'Titel') row.getCell(2).value = textOf(concept.title);
    if (label === 'Kommune') row.getCell(2).value = textOf(concept.municipality.name);
    if (label === 'Version') row.getCell(2).value = concept.version;
    if (label === 'Art der Kommune') row.getCell(2).value = 'Landkreis';
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** `konzept stats --json` without field ids (the template has no id columns for fields). */
function statsWithoutIds(json: string) {
  const stats = JSON.parse(json) as { fields: Array<Record<string, unknown>> };
  return { ...stats, fields: stats.fields.map(({ id: _id, ...rest }) => rest) };
}

test('the template filled with the Konstanz measures gives the same statistics (193: 141/39/13)', async () => {
  const sample = sampleConcept('konstanz-1.0');
  const filled = join(dir, 'konstanz-ausgefuellt.xlsx');
  writeFileSync(filled, await fillTemplate(sample));

  const imported = await konzept('import', filled, '-o', join(dir, 'konstanz.json'));
  assert.equal(imported.code, 0, imported.stdout + imported.stderr);
  assert.match(imported.stdout, /Gelesen: 193 Zeilen · übernommen: 193 Maßnahmen · leer: 0 · abgelehnt: 0 · Hinweise: 0/);

  const ours = await konzept('stats', join(dir, 'konstanz.json'), '--json');
  const theirs = await konzept('stats', samplePath('konstanz-1.0'), '--json');
  assert.deepEqual(statsWithoutIds(ours.stdout), statsWithoutIds(theirs.stdout));
  const stats = JSON.parse(ours.stdout);
  assert.equal(stats.total, 193);
  assert.deepEqual(stats.byStatus, { green: 141, yellow: 39, red: 13 });
  assert.deepEqual(stats.byKind.action.total + stats.byKind.crossCutting.total, 193);

  // Measures keep their ids; field ids come from the titles.
  const concept = parseConceptOrThrow(readFileSync(join(dir, 'konstanz.json'), 'utf8'));
  assert.deepEqual(
    measureEntries(concept).map((e) => e.measure.id),
    measureEntries(sample).map((e) => e.measure.id),
  );
  assert.equal(concept.fields[0]!.id, 'sprache');
  assert.equal(concept.municipality.kind, 'district');
});

test('the committed template is what `npm run template` writes, laid out for editors', async () => {
  const fresh = await templateXlsx();
  assert.deepEqual(new Uint8Array(readFileSync(TEMPLATE)), fresh, 'schema/templates/ampeldokument-vorlage.xlsx is stale: npm run template');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(TEMPLATE);
  assert.deepEqual(
    workbook.worksheets.map((s) => s.name),
    ['Maßnahmen', 'Konzept', 'Anleitung'],
  );
  const sheet = workbook.getWorksheet('Maßnahmen')!;
  assert.deepEqual(
    (sheet.getRow(1).values as unknown[]).slice(1),
    cells(
      'ID | Art | Handlungsfeld | Oberziel | Unterziel | Maßnahme | Beschreibung | Status | Stand | Bemerkung | Federführung | Kooperationspartner | Zielgruppe | Zeitraum | Kennzahl',
    ),
  );
  assert.deepEqual([sheet.views[0]?.state, (sheet.views[0] as { ySplit?: number }).ySplit], ['frozen', 1], 'frozen header row');
  assert.equal(sheet.getRow(1).font?.bold, true);
  assert.deepEqual(sheet.getCell('H2').dataValidation?.formulae, ['"grün,gelb,rot"']);
  assert.deepEqual(sheet.getCell('H1000').dataValidation?.formulae, ['"grün,gelb,rot"']);
  assert.equal(sheet.getColumn(6).width, 44, 'Maßnahme is wide');
  assert.equal(sheet.getColumn(1).numFmt, '@', 'ids are text, so 1.10 stays 1.10');
  const anleitung = workbook.getWorksheet('Anleitung')!;
  assert.match(String(anleitung.getCell('A1').value), /^Anleitung/);
  const text = (anleitung.getSheetValues() as unknown[][]).map((r) => r?.[1]).join('\n');
  assert.match(text, /grün \(umgesetzt\), gelb \(in Arbeit\) oder rot \(nicht umgesetzt\)/);
});

test('export and import again: xlsx and csv give the same concept', async () => {
  for (const name of ['loerrach', 'landshut']) {
    const xlsx = join(dir, `${name}.xlsx`);
    assert.equal((await konzept('export', samplePath(name), '-o', xlsx)).code, 0);
    const back = await konzept('import', xlsx, '-o', join(dir, `${name}.json`));
    assert.equal(back.code, 0, back.stdout);
    const concept = parseConceptOrThrow(readFileSync(join(dir, `${name}.json`), 'utf8'));
    assert.deepEqual(plain(concept), plain(sampleConcept(name)));
  }
  const csv = await konzept('export', samplePath('konstanz-2.0'), '--format', 'csv');
  assert.equal(csv.code, 0);
  assert.match(csv.stdout.split('\r\n')[0]!, /^ID;Art;Handlungsfeld;Oberziel;Beschreibung Oberziel;Unterziel;Maßnahme;/);
  const file = join(dir, 'k2.csv');
  writeFileSync(file, csv.stdout);
  const back = await konzept('import', file, '--base', samplePath('konstanz-2.0'), '-o', join(dir, 'k2.json'));
  assert.equal(back.code, 0, back.stdout);
  assert.deepEqual(plain(parseConceptOrThrow(readFileSync(join(dir, 'k2.json'), 'utf8'))), plain(sampleConcept('konstanz-2.0')));
});

let json = '';

test('a Windows-1252 CSV with a rejected row: named with number and reason, exit code 1, the rest imported', async () => {
  const file = join(dir, 'ampel.csv');
  writeFileSync(
    file,
    windows1252(
      'Handlungsfeld;Unterziel;Maßnahme;Status;Kostenstelle\r\n' +
        'Sprache;Kurse für alle;Sprachcafé;grün;4711\r\n' +
        ';;;rot;\r\n' +
        ';;Elternkurse;GELB ;\r\n',
    ),
  );
  const run = await konzept('import', file, '--municipality', 'Landkreis Beispiel', '-o', join(dir, 'ampel.json'));
  assert.equal(run.code, 1);
  assert.match(run.stdout, /windows-1252, ";", Kopfzeile 1/);
  assert.match(run.stdout, /Eigene Spalten \(bei den Maßnahmen unter extra\): "Kostenstelle"/);
  assert.match(
    run.stdout,
    /✗ Zeile 3, Spalte "Maßnahme": Zeile nicht übernommen: Der Titel der Maßnahme \(Spalte "Maßnahme"\) fehlt, die Zeile hat aber Angaben in "Status"\./,
  );
  assert.match(run.stdout, /Gelesen: 3 Zeilen · übernommen: 2 Maßnahmen · leer: 0 · abgelehnt: 1 · Hinweise: 0/);
  const concept = parseConceptOrThrow(readFileSync(join(dir, 'ampel.json'), 'utf8'));
  assert.deepEqual(
    measureEntries(concept).map((e) => [e.measure.title, e.measure.status?.value, e.measure.extra]),
    [
      ['Sprachcafé', 'green', { Kostenstelle: '4711' }],
      ['Elternkurse', 'yellow', undefined],
    ],
  );

  const english = await main(['import', file, '--municipality', 'X', '--lang', 'en', '--json', '-o', join(dir, 'x.json')], {
    out: (t) => void (json += t),
    err: () => undefined,
    env: {},
    readStdin: async () => new Uint8Array(),
  });
  assert.equal(english, 1);
  const report = JSON.parse(json);
  assert.deepEqual(report.summary, {
    rows: 3,
    empty: 0,
    measures: 2,
    structure: 0,
    rejected: 1,
    warnings: 0,
    skipped: 0,
    statusLost: 0,
    statusFrom: { text: 2 },
  });
  assert.equal(report.issues[0].row, 3);
  assert.match(report.issues[0].message.en, /^Row not imported: the measure's title/);
});

test('a mapping file and a scale file for a sheet with other names and other steps', async () => {
  const file = join(dir, 'projekte.csv');
  writeFileSync(file, 'Thema,Teilziel,Projekt,Stand der Umsetzung\nArbeit,Ausbildung,Paten,abgeschlossen\nArbeit,Ausbildung,Messe,läuft\n');
  const mapping = join(dir, 'mapping.json');
  writeFileSync(mapping, JSON.stringify({ columns: { Thema: 'field', Projekt: 'measure', 'Stand der Umsetzung': 'status' } }));
  const run = await konzept(
    'import',
    file,
    '--municipality',
    'Landkreis Lörrach',
    '--mapping',
    mapping,
    '--scale',
    samplePath('loerrach'),
    '-o',
    join(dir, 'p.json'),
  );
  assert.equal(run.code, 0, run.stdout);
  const concept = parseConceptOrThrow(readFileSync(join(dir, 'p.json'), 'utf8'));
  assert.deepEqual(
    measureEntries(concept).map((e) => e.measure.status?.value),
    ['done', 'running'],
  );
  assert.equal(concept.statusScale.id, 'umsetzungsstand');

  writeFileSync(mapping, JSON.stringify({ columns: { Projekt: 'titel' } }));
  const bad = await konzept('import', file, '--municipality', 'X', '--mapping', mapping, '-o', join(dir, 'q.json'));
  assert.equal(bad.code, 1);
  assert.match(bad.stdout, /"titel" ist keine Spalte \(möglich: id, kind, field/);
});

test('usage errors exit 2 with a sentence, not a stack trace', async () => {
  const xlsxToTerminal = await konzept('export', samplePath('landshut'), '--format', 'xlsx');
  assert.equal(xlsxToTerminal.code, 2);
  assert.match(xlsxToTerminal.stderr, /Eine Excel-Datei braucht -o DATEI\.xlsx\./);
  const missing = await konzept('import', join(dir, 'gibt-es-nicht.xlsx'));
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /Datei nicht gefunden/);
  const xls = join(dir, 'alt.xls');
  writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
  const old = await konzept('import', xls, '--municipality', 'X');
  assert.equal(old.code, 1);
  assert.match(old.stderr, /alten Format \(\.xls\)/);
});

test('the installed command: konzept export --template and import of it (a child process)', () => {
  const out = join(dir, 'vorlage.xlsx');
  const run = spawnSync(process.execPath, [join(ROOT, 'packages/cli/bin/konzept.js'), 'export', '--template', '-o', out], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'de_DE.UTF-8' },
  });
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(new Uint8Array(readFileSync(out)), new Uint8Array(readFileSync(TEMPLATE)));
  const empty = spawnSync(process.execPath, [join(ROOT, 'packages/cli/bin/konzept.js'), 'import', out, '--municipality', 'X'], { encoding: 'utf8' });
  assert.equal(empty.status, 0, empty.stderr);
  assert.equal(JSON.parse(empty.stdout).fields.length, 0);
});

test('workbooks from other tools: colours read, a lost status exits 1, a broken file is named, never a stack trace', async () => {
  const fixture = (name: string) => join(ROOT, 'test/fixtures/workbooks', name);
  const fill = await konzept('import', fixture('fill-only.xlsx'), '--municipality', 'X', '-o', join(dir, 'fill.json'));
  assert.equal(fill.code, 0, fill.stdout);
  assert.match(fill.stdout, /· Blatt "Maßnahmen": Status gelesen: 5 aus der Füllfarbe der Statuszelle\./);
  assert.match(fill.stdout, /Gelesen: 5 Zeilen · übernommen: 5 Maßnahmen · leer: 0 · abgelehnt: 0 · Hinweise: 0/);

  const lost = await konzept('import', fixture('status-lost.xlsx'), '--municipality', 'X', '-o', join(dir, 'lost.json'));
  assert.equal(lost.code, 1, 'a lost status is no success');
  assert.match(
    lost.stdout,
    /✗ Blatt "Maßnahmen", Zeile 3, Spalte "Status", Maßnahme "Lesepaten": Status verloren: die Füllfarbe #0070c0.*--mapping DATEI\.json/,
  );
  assert.match(lost.stdout, /Status verloren: 2 · Hinweise: 0/);
  const mapping = join(dir, 'colours.json');
  writeFileSync(mapping, JSON.stringify({ colors: { '#0070C0': 'yellow' }, status: { vertagt: 'yellow' } }));
  const mapped = await konzept('import', fixture('status-lost.xlsx'), '--municipality', 'X', '--mapping', mapping, '-o', join(dir, 'lost.json'));
  assert.equal(mapped.code, 0, mapped.stdout);
  writeFileSync(mapping, JSON.stringify({ colors: { blau: 'yellow' } }));
  const badColour = await konzept('import', fixture('status-lost.xlsx'), '--municipality', 'X', '--mapping', mapping);
  assert.equal(badColour.code, 2);
  assert.match(badColour.stderr, /"blau" ist keine Farbe \(so: "#92D050"\)/);

  const hidden = await konzept('import', fixture('hidden.xlsx'), '--municipality', 'X', '-o', join(dir, 'hidden.json'));
  assert.equal(hidden.code, 0);
  assert.match(hidden.stdout, /! Blatt "Maßnahmen", Zeile 1, Spalte "interne Notiz \(nicht veröffentlichen\)": Ausgeblendete Spalte.*--include-hidden/);
  assert.doesNotMatch(readFileSync(join(dir, 'hidden.json'), 'utf8'), /Herr M\.|12\.000/);
  const all = await konzept('import', fixture('hidden.xlsx'), '--municipality', 'X', '--include-hidden', '--include-internal', '-o', join(dir, 'hidden.json'));
  assert.equal(all.code, 0);
  assert.match(readFileSync(join(dir, 'hidden.json'), 'utf8'), /Herr M\. blockiert/);

  const ods = await konzept('import', fixture('libreoffice.ods'), '--municipality', 'X', '-o', join(dir, 'ods.json'));
  assert.equal(ods.code, 0, ods.stdout);
  assert.match(ods.stdout, /Geschrieben: .*ods\.json \(2 Felder, 4 Maßnahmen\)/);

  for (const broken of ['truncated.xlsx', 'not-a-workbook.zip']) {
    const run = await konzept('import', fixture(broken), '--municipality', 'X', '-o', join(dir, 'broken.json'));
    assert.equal(run.code, 1);
    assert.match(run.stdout, /✗ Die Datei ist (beschädigt|ein ZIP-Archiv)/);
    assert.doesNotMatch(run.stdout + run.stderr, /Error|Cannot read|undefined|\n\s+at /);
  }
});
