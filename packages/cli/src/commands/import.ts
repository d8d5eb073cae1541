/**
 * `konzept import FILE.xlsx|FILE.csv -o concept.json`: the spreadsheet an Ampeldokument is kept in,
 * as an export. Every row is accounted for: imported, empty, or rejected with its number and reason.
 */
import { countMeasures, type BilingualText } from '@konzept-kit/sdk';
import { formatSheetIssue, importSheet, type Remedies, type SheetImportOptions, type SheetImportResult, type SheetMapping } from '@konzept-kit/sdk/spreadsheet';
import type { Command } from '../command.js';
import { EXIT, UsageError } from '../errors.js';
import { loadConceptFile } from '../io.js';
import { formatNumber, type Lang } from '../lang.js';
import { readBytes, readJsonFile, writeBytes } from './sheet-files.js';

const MAPPING_FILE: BilingualText = { de: 'Die Zuordnungsdatei', en: 'The mapping file' };
const SCALE_FILE: BilingualText = { de: 'Die Statusskala', en: 'The status scale file' };

/** What fixes an issue besides the workbook, as this command's options. */
const CLI_REMEDIES: Remedies = {
  mapping: { de: 'Eigene Spaltennamen, Wörter, Farben: --mapping DATEI.json.', en: 'Column names, words, colours of your own: --mapping FILE.json.' },
  sheet: { de: 'Ein anderes Blatt: --sheet NAME.', en: 'Another sheet: --sheet NAME.' },
  municipality: { de: 'Oder als Option: --municipality NAME.', en: 'Or as an option: --municipality NAME.' },
  includeHidden: { de: 'Ausgeblendetes übernehmen: --include-hidden.', en: 'To take what is hidden: --include-hidden.' },
  includeInternal: { de: 'Interne Spalten übernehmen: --include-internal.', en: 'To take internal columns: --include-internal.' },
};

function stringRecord(value: unknown, path: string, key: string): Record<string, string> | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value !== 'object' || Array.isArray(value) || Object.values(value).some((v) => typeof v !== 'string')) {
    throw new UsageError({
      de: `Die Zuordnungsdatei ${path}: "${key}" muss ein Objekt aus Texten sein, z. B. { "Maßnahmentitel": "measure" }.`,
      en: `The mapping file ${path}: "${key}" must be an object of strings, e.g. { "Maßnahmentitel": "measure" }.`,
    });
  }
  return value as Record<string, string>;
}

async function readMapping(path: string): Promise<SheetMapping> {
  const json = await readJsonFile(path, MAPPING_FILE);
  const unknown = Object.keys(json).filter((k) => k !== 'columns' && k !== 'status' && k !== 'colors');
  if (unknown.length) {
    throw new UsageError({
      de: `Die Zuordnungsdatei ${path} kennt nur "columns", "status" und "colors", nicht ${unknown.map((k) => `"${k}"`).join(', ')}.`,
      en: `The mapping file ${path} only knows "columns", "status" and "colors", not ${unknown.map((k) => `"${k}"`).join(', ')}.`,
    });
  }
  const columns = stringRecord(json.columns, path, 'columns');
  const status = stringRecord(json.status, path, 'status');
  const colors = stringRecord(json.colors, path, 'colors');
  const bad = Object.keys(colors ?? {}).filter((hex) => !/^#?([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(hex.trim()));
  if (bad.length) {
    throw new UsageError({
      de: `Die Zuordnungsdatei ${path}: ${bad.map((b) => `"${b}"`).join(', ')} ist keine Farbe (so: "#92D050").`,
      en: `The mapping file ${path}: ${bad.map((b) => `"${b}"`).join(', ')} is not a colour (like this: "#92D050").`,
    });
  }
  return { ...(columns ? { columns } : {}), ...(status ? { status } : {}), ...(colors ? { colors } : {}) };
}

function summaryLine(result: SheetImportResult, lang: Lang): string {
  const s = result.summary;
  const n = (value: number) => formatNumber(value, lang);
  if (lang === 'de') {
    return [
      `Gelesen: ${n(s.rows)} Zeilen`,
      `übernommen: ${n(s.measures)} Maßnahmen${s.structure ? ` (und ${n(s.structure)} Zeilen nur mit Feld oder Unterziel)` : ''}`,
      `leer: ${n(s.empty)}`,
      ...(s.skipped ? [`übersprungen: ${n(s.skipped)}`] : []),
      `abgelehnt: ${n(s.rejected)}`,
      ...(s.statusLost ? [`Status verloren: ${n(s.statusLost)}`] : []),
      `Hinweise: ${n(s.warnings)}`,
    ].join(' · ');
  }
  return [
    `Read: ${n(s.rows)} rows`,
    `imported: ${n(s.measures)} measures${s.structure ? ` (and ${n(s.structure)} rows with only a field or objective)` : ''}`,
    `empty: ${n(s.empty)}`,
    ...(s.skipped ? [`skipped: ${n(s.skipped)}`] : []),
    `rejected: ${n(s.rejected)}`,
    ...(s.statusLost ? [`statuses lost: ${n(s.statusLost)}`] : []),
    `notes: ${n(s.warnings)}`,
  ].join(' · ');
}

function report(file: string, result: SheetImportResult, lang: Lang): string {
  const lines: string[] = [];
  if (result.layout) {
    const sheet = result.layout.sheet !== undefined ? (lang === 'de' ? `, Blatt "${result.layout.sheet}"` : `, sheet "${result.layout.sheet}"`) : '';
    const encoding = result.csv ? `, ${result.csv.encoding}, "${result.csv.delimiter === '\t' ? 'Tab' : result.csv.delimiter}"` : '';
    lines.push(`${file}${sheet}${encoding}, ${lang === 'de' ? 'Kopfzeile' : 'header row'} ${result.layout.headerRow}`);
    const own = result.layout.columns.filter((c) => c.role === 'extra').map((c) => `"${c.header}"`);
    if (own.length)
      lines.push(`${lang === 'de' ? 'Eigene Spalten (bei den Maßnahmen unter extra)' : 'Columns of your own (kept under extra)'}: ${own.join(', ')}`);
    const flags = result.layout.columns.filter((c) => c.role === 'flag').map((c) => `"${c.header}"`);
    if (flags.length)
      lines.push(
        `${lang === 'de' ? 'Eine Spalte je Status (ein Kreuz gibt den Status)' : 'A column per status (a mark gives the status)'}: ${flags.join(', ')}`,
      );
  }
  for (const problem of result.issues)
    lines.push(`${problem.severity === 'error' ? '✗' : problem.severity === 'warning' ? '!' : '·'} ${formatSheetIssue(problem, lang)}`);
  lines.push(summaryLine(result, lang));
  return `${lines.join('\n')}\n`;
}

export const importCommand: Command = {
  name: 'import',
  usage: {
    de: 'konzept import DATEI.xlsx|DATEI.ods|DATEI.csv [-o konzept.json] [--municipality NAME] [--title …] [--version …] [--id …] [--mapping DATEI.json] [--scale DATEI.json] [--base konzept.json] [--sheet BLATT] [--include-hidden] [--include-internal] [--json]',
    en: 'konzept import FILE.xlsx|FILE.ods|FILE.csv [-o concept.json] [--municipality NAME] [--title …] [--version …] [--id …] [--mapping FILE.json] [--scale FILE.json] [--base concept.json] [--sheet SHEET] [--include-hidden] [--include-internal] [--json]',
  },
  summary: { de: 'Ampeldokument aus Excel, LibreOffice oder CSV einlesen', en: 'read an Ampeldokument from Excel, LibreOffice or CSV' },
  details: {
    de: `Eine Zeile je Maßnahme, Spalten wie Handlungsfeld, Art, Oberziel, Unterziel, Maßnahme, Status
(grün/gelb/rot), Stand, Bemerkung, Federführung, Kooperationspartner, Zielgruppe, Zeitraum, Kennzahl.
Leere Zellen in Handlungsfeld, Oberziel und Unterziel gelten wie die Zeile darüber. CSV: Semikolon
oder Komma, UTF-8 oder Windows-1252. Eigene Spalten kommen zur Maßnahme unter "extra". Zeilen, die
nicht übernommen werden können, stehen mit Nummer und Grund in der Ausgabe. Die Vorlage:
schema/templates/ampeldokument-vorlage.xlsx.

  -o, --output DATEI   den Export hierhin schreiben (sonst auf die Standardausgabe)
  --municipality NAME  Name der Kommune (Pflicht, wenn die Tabelle kein Blatt "Konzept" hat)
  --title, --version, --id, --language   weitere Angaben zum Konzept
  --mapping DATEI      JSON { "columns": { "Projekttitel": "measure" }, "status": { "erledigt": "green" } }
  --scale DATEI        JSON der Statusskala, wenn nicht die Ampel (grün, gelb, rot)
  --base DATEI         ein Export, der liefert, was die Tabelle nicht enthält (Berichte, Beteiligung …)
  --sheet BLATT        das Blatt mit den Maßnahmen (sonst das, dessen Kopfzeile die meisten
                       bekannten Spalten nennt; Deckblätter und Titelzeilen werden übergangen)
  --include-hidden     auch ausgeblendete Zeilen und Spalten übernehmen (sonst weggelassen und genannt)
  --include-internal   auch Spalten übernehmen, die als intern gekennzeichnet sind ("interne Notiz")
  --json               Bericht als JSON { summary, issues } (braucht -o)

Der Status kommt aus dem Wort (grün, umgesetzt, 🟢, ✓), aus der Füllfarbe der Zelle oder der Zeile,
aus einem farbigen Zeichen (●) oder aus einem Kreuz in Spalten "grün", "gelb", "rot". Legenden,
Summenzeilen und Leerzeilen werden erkannt, übersprungen und genannt. Farben, die die Ampel nicht
kennt: --mapping mit "colors": { "#92D050": "green" }. Siehe docs/SPREADSHEET.md.

Rückgabewert: 0 alles übernommen, 1 Zeilen abgelehnt, ein Status nicht lesbar oder kein gültiger
Export, 2 Aufruf falsch oder Datei nicht lesbar.`,
    en: `One row per measure, with columns such as Handlungsfeld, Art, Oberziel, Unterziel, Maßnahme, Status
(grün/gelb/rot), Stand, Bemerkung, Federführung, Kooperationspartner, Zielgruppe, Zeitraum, Kennzahl.
Empty cells in Handlungsfeld, Oberziel and Unterziel count as the row above. CSV: semicolon or comma,
UTF-8 or Windows-1252. Columns of your own go to the measure's "extra". Rows that cannot be imported
are listed with their number and reason. The template: schema/templates/ampeldokument-vorlage.xlsx.

  -o, --output FILE    write the export here (else to standard output)
  --municipality NAME  name of the municipality (required when the sheet has no "Konzept" sheet)
  --title, --version, --id, --language   more about the concept
  --mapping FILE       JSON { "columns": { "Projekttitel": "measure" }, "status": { "erledigt": "green" } }
  --scale FILE         JSON of the status scale, if not the Ampel (green, yellow, red)
  --base FILE          an export that supplies what the sheet lacks (evaluations, participation …)
  --sheet SHEET        the sheet with the measures (else the one whose header names most known
                       columns; cover sheets and title rows are passed over)
  --include-hidden     take hidden rows and columns too (else left out and named)
  --include-internal   take columns marked internal ("interne Notiz") too
  --json               report as JSON { summary, issues } (needs -o)

The status comes from the word (grün, umgesetzt, 🟢, ✓), the fill colour of the cell or the row, a
coloured sign (●), or a mark in columns "grün", "gelb", "rot". Legends, summary rows and blank rows
are recognised, skipped and named. Colours the Ampel does not know: --mapping with
"colors": { "#92D050": "green" }. See docs/SPREADSHEET.md.

Exit code: 0 everything imported, 1 rows rejected, a status unreadable or no valid export, 2 wrong
usage or file unreadable.`,
  },
  options: {
    output: { type: 'string', short: 'o' },
    municipality: { type: 'string' },
    title: { type: 'string' },
    version: { type: 'string' },
    id: { type: 'string' },
    language: { type: 'string' },
    mapping: { type: 'string' },
    scale: { type: 'string' },
    base: { type: 'string' },
    sheet: { type: 'string' },
    'include-hidden': { type: 'boolean' },
    'include-internal': { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run({ positionals, values, lang, io }) {
    if (positionals.length !== 1) {
      throw new UsageError({
        de: 'import erwartet genau eine Datei. Beispiel: konzept import ampel.xlsx -o konzept.json',
        en: 'import takes exactly one file. Example: konzept import ampel.xlsx -o concept.json',
      });
    }
    const file = positionals[0]!;
    const output = values.output as string | undefined;
    if (values.json && !output) {
      throw new UsageError({ de: '--json braucht -o DATEI für den Export.', en: '--json needs -o FILE for the export.' });
    }
    const text = (key: string) => (typeof values[key] === 'string' ? (values[key] as string) : undefined);
    const options: SheetImportOptions = {
      remedies: CLI_REMEDIES,
      ...(text('municipality') !== undefined ? { municipality: text('municipality') } : {}),
      ...(text('title') !== undefined ? { title: text('title') } : {}),
      ...(text('version') !== undefined ? { version: text('version') } : {}),
      ...(text('id') !== undefined ? { id: text('id') } : {}),
      ...(text('language') !== undefined ? { language: text('language') } : {}),
      ...(text('sheet') !== undefined ? { sheet: text('sheet') } : {}),
      ...(values['include-hidden'] ? { includeHidden: true } : {}),
      ...(values['include-internal'] ? { includeInternal: true } : {}),
      ...(text('mapping') !== undefined ? { mapping: await readMapping(text('mapping')!) } : {}),
      ...(text('scale') !== undefined ? { statusScale: await scaleFrom(text('scale')!) } : {}),
      ...(text('base') !== undefined ? { base: await loadConceptFile(text('base')!, io, lang) } : {}),
    };
    const result = await importSheet(await readBytes(file, io), options);
    if (result.concept) {
      const json = `${JSON.stringify(result.concept, null, 2)}\n`;
      if (output) await writeBytes(output, json);
      else io.out(json);
    }
    const say = (line: string) => (output ? io.out(line) : io.err(line));
    if (values.json) say(`${JSON.stringify({ summary: result.summary, issues: result.issues, written: result.concept ? output : null }, null, 2)}\n`);
    else {
      say(report(file, result, lang));
      if (result.concept && output) {
        const fields = formatNumber(result.concept.fields.length, lang);
        const measures = formatNumber(countMeasures(result.concept), lang);
        say(
          lang === 'de'
            ? `Geschrieben: ${output} (${fields} Felder, ${measures} Maßnahmen)\n`
            : `Written: ${output} (${fields} fields, ${measures} measures)\n`,
        );
      } else if (!result.concept) {
        say(lang === 'de' ? 'Kein Export geschrieben (siehe oben).\n' : 'No export written (see above).\n');
      }
    }
    // A status the sheet gives but the import could not read is as bad as a rejected row.
    return result.concept && result.summary.rejected === 0 && !result.summary.statusLost ? EXIT.ok : EXIT.invalid;
  },
};

/** A scale file holds the scale itself, or a whole export whose scale is meant. */
async function scaleFrom(path: string): Promise<unknown> {
  const json = await readJsonFile(path, SCALE_FILE);
  return 'statusScale' in json ? json.statusScale : json;
}
