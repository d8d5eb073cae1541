/**
 * import(export(sample)) for every sample export, compared value by value.
 *
 * What a sheet cannot carry, and so is excluded from the comparison:
 * - .xlsx: only `$schema` (where the JSON file finds its schema; a property of the file).
 * - .csv alone (one sheet, no Konzept/Statusskala/Berichte/… sheets): the concept's metadata,
 *   scale and lists come from options instead; council papers on a measure keep only their number,
 *   evaluations created from the history headers only id and date, and references to participation
 *   inputs (unknown without the list) move to `extra`. With `base` (the export the CSV came from),
 *   a CSV gives the whole sample back too.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { conceptStats, measureEntries, textOf, type Concept } from '@konzept-kit/sdk';
import { exportCsv, exportXlsx, formatSheetIssue, importSheet, readXlsx } from '@konzept-kit/sdk/spreadsheet';
import { plain, SAMPLES, sampleConcept } from './spreadsheet-helpers.js';

type Json = Record<string, any>;

function issuesText(result: { issues: readonly Parameters<typeof formatSheetIssue>[0][] }): string {
  return result.issues.map((i) => formatSheetIssue(i, 'en')).join('\n');
}

for (const name of SAMPLES) {
  test(`${name}: xlsx round trip gives the sample back (all but $schema)`, async () => {
    const sample = sampleConcept(name);
    const result = await importSheet(await exportXlsx(sample));
    assert.deepEqual(result.issues, [], issuesText(result));
    assert.deepEqual(plain(result.concept!), plain(sample));
    assert.equal(result.summary.measures, measureEntries(sample).length);
    assert.equal(result.summary.rejected, 0);
  });

  test(`${name}: csv round trip with the sample as base gives the sample back`, async () => {
    const sample = sampleConcept(name);
    const result = await importSheet(exportCsv(sample), { base: sample });
    assert.deepEqual(result.issues, [], issuesText(result));
    assert.deepEqual(plain(result.concept!), plain(sample));
  });

  test(`${name}: csv round trip alone keeps every field, objective and measure`, async () => {
    const sample = sampleConcept(name);
    const result = await importSheet(exportCsv(sample), {
      id: sample.id,
      title: typeof sample.title === 'string' ? sample.title : sample.title.de,
      version: sample.version,
      municipality: typeof sample.municipality.name === 'string' ? sample.municipality.name : sample.municipality.name.de,
      statusScale: sample.statusScale,
    });
    assert.ok(result.concept, issuesText(result));
    assert.equal(result.summary.rejected, 0);
    assert.ok(result.issues.every((i) => i.severity === 'warning'));
    // The documented exclusions, applied to the sample: papers by number, participation to extra.
    const expected = plain(sample).fields as Json[];
    for (const field of expected) {
      for (const objective of field.objectives) {
        for (const measure of objective.measures) {
          measure.councilPapers = measure.councilPapers.map((p: Json) => ({ number: p.number }));
          if (measure.participation.length) {
            measure.extra = {
              ...measure.extra,
              ...Object.fromEntries(measure.participation.map((ref: string, i: number) => [i ? `Beteiligung (${i + 1})` : 'Beteiligung', ref])),
            };
            measure.participation = [];
          }
        }
      }
    }
    assert.deepEqual(plain(result.concept!).fields, expected);
    assert.deepEqual(
      result.concept!.evaluations.map((e) => [e.id, e.date]),
      sample.evaluations
        .filter((e) => measureEntries(sample).some((m) => m.measure.history.some((h) => h.evaluation === e.id) || m.measure.status?.evaluation === e.id))
        .map((e) => [e.id, e.date])
        .sort(),
    );
    assert.deepEqual(conceptStats(result.concept!).byStatus, conceptStats(sample).byStatus);
  });
}

test('the exported workbook is laid out for editors: sheets, frozen bold header, status drop-down, dates as dates', async () => {
  const sample: Concept = sampleConcept('konstanz-1.0');
  const bytes = await exportXlsx(sample);
  const workbook = await readXlsx(bytes);
  assert.deepEqual(
    workbook.sheets.map((s) => s.name),
    ['Maßnahmen', 'Konzept', 'Statusskala', 'Berichte', 'Drucksachen', 'Beteiligung', 'Anleitung'],
  );
  const [header, first] = workbook.sheets[0]!.rows;
  assert.deepEqual(header!.slice(0, 15), [
    'ID',
    'Art',
    'Handlungsfeld',
    'Oberziel',
    'Beschreibung Oberziel',
    'Unterziel',
    'Maßnahme',
    'Beschreibung',
    'Status',
    'Stand',
    'Bemerkung',
    'Bericht',
    'Status 15.10.2019 (eval-2019-10)',
    'Bemerkung 15.10.2019 (eval-2019-10)',
    'Status 20.04.2021 (eval-2021-04)',
  ]);
  assert.deepEqual(header!.slice(-2), ['Feld-ID', 'Unterziel-ID']);
  assert.equal(first![0], 'spr-1-1');
  assert.equal(first![8], 'grün');
  assert.ok(first![9] instanceof Date, 'Stand is a date cell');

  const ExcelJS = (await import('exceljs')).default;
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('Maßnahmen')!;
  assert.equal(sheet.views[0]?.state, 'frozen');
  assert.equal(sheet.getRow(1).font?.bold, true);
  assert.equal(sheet.getCell('J2').numFmt, 'dd.mm.yyyy');
  assert.deepEqual(sheet.getCell('I2').dataValidation?.formulae, ['"grün,gelb,rot"']);
});

test('an editor works in the exported workbook: a status changed, a row added without id, a row deleted', async () => {
  const sample = sampleConcept('konstanz-1.0');
  const ExcelJS = (await import('exceljs')).default;
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await exportXlsx(sample)) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('Maßnahmen')!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
  const col = (name: string) => headers.indexOf(name) + 1;
  sheet.getRow(3).getCell(col('Status')).value = 'rot';
  sheet.getRow(3).getCell(col('Bemerkung')).value = 'Förderung ausgelaufen.';
  sheet.spliceRows(4, 1);
  const added = sheet.addRow([]);
  added.getCell(col('Handlungsfeld')).value = 'Sprache';
  added.getCell(col('Unterziel')).value = textOf(sample.fields[0]!.objectives[0]!.title);
  added.getCell(col('Maßnahme')).value = 'Sprachpatenschaften';
  added.getCell(col('Status')).value = 'Gelb';
  const result = await importSheet(new Uint8Array(await book.xlsx.writeBuffer()));
  assert.deepEqual(result.issues, [], issuesText(result));
  const after = result.concept!;
  const before = measureEntries(sample);
  const now = measureEntries(after);
  assert.equal(now.length, before.length);
  assert.deepEqual(now.find((e) => e.measure.id === before[1]!.measure.id)!.measure.status, {
    ...before[1]!.measure.status,
    value: 'red',
    note: 'Förderung ausgelaufen.',
  });
  assert.equal(
    now.find((e) => e.measure.id === before[2]!.measure.id),
    undefined,
    'the deleted row is gone',
  );
  const fresh = now.find((e) => e.measure.title === 'Sprachpatenschaften')!;
  assert.equal(fresh.objective.id, sample.fields[0]!.objectives[0]!.id, 'joins the objective named in its row');
  assert.equal(fresh.measure.status?.value, 'yellow');
  assert.ok(!before.some((e) => e.measure.id === fresh.measure.id), `new id ${fresh.measure.id} is unique`);
  // Every other measure is untouched.
  const untouched = (id: string) => now.find((e) => e.measure.id === id)?.measure;
  for (const entry of before.slice(3)) assert.deepEqual(untouched(entry.measure.id), entry.measure);
});

test('an office sheet with colours only comes back as colour and text: fill by conditional formatting, the word in the cell', async () => {
  const { readFileSync } = await import('node:fs');
  const office = new Uint8Array(readFileSync(new URL('../fixtures/workbooks/fill-only.xlsx', import.meta.url)));
  const first = await importSheet(office, { municipality: 'Landkreis Musterstadt' });
  const statuses = (concept: Concept) => measureEntries(concept).map((e) => e.measure.status?.value);
  assert.deepEqual(statuses(first.concept!), ['green', 'yellow', 'red', 'green', 'yellow']);

  const exported = await exportXlsx(first.concept!);
  const ExcelJS = (await import('exceljs')).default;
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(exported as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('Maßnahmen')!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  const column = header.indexOf('Status') + 1;
  const letter = sheet.getColumn(column).letter;
  // The word, for readers and screen readers …
  assert.deepEqual(
    [2, 3, 4, 5, 6].map((r) => sheet.getCell(r, column).value),
    ['grün', 'gelb', 'rot', 'grün', 'gelb'],
  );
  // … and the colour of the scale, for the eye, on every row the drop-down offers.
  const rules = (
    sheet as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ formulae: string[]; style: { fill: { bgColor: { argb: string } } } }> }> }
  ).conditionalFormattings;
  const onStatus = rules.find((r) => r.ref.startsWith(`${letter}2:`))!;
  assert.ok(onStatus, `conditional formatting on ${letter}`);
  assert.deepEqual(
    onStatus.rules.map((r) => [r.formulae[0], r.style.fill.bgColor.argb]),
    [
      ['"grün"', 'FF0B7A61'],
      ['"gelb"', 'FFA87900'],
      ['"rot"', 'FFB42318'],
    ],
  );
  assert.deepEqual(sheet.getCell(`${letter}2`).dataValidation?.formulae, ['"grün,gelb,rot"']);

  const again = await importSheet(exported);
  assert.deepEqual(statuses(again.concept!), statuses(first.concept!));
  assert.deepEqual(again.issues, [], issuesText(again));
});

test('the export’s status colours mean their status to the importer too (a sheet coloured like ours, without words)', async () => {
  const { colourReader } = await import('@konzept-kit/sdk/spreadsheet');
  const sample = sampleConcept('konstanz-1.0');
  const read = colourReader(sample.statusScale);
  for (const status of sample.statusScale.statuses) assert.equal(read(status.color), status.id, status.color);
  const loerrach = sampleConcept('loerrach');
  const readOther = colourReader(loerrach.statusScale);
  for (const status of loerrach.statusScale.statuses.filter((s) => s.color))
    assert.equal(readOther(status.color), status.id, `${loerrach.statusScale.id} ${status.color}`);
});
