/**
 * `konzept export concept.json --format xlsx|csv -o FILE`: an export back into the spreadsheet
 * editors keep, with the same German columns `konzept import` reads. `--template` writes the empty
 * template instead.
 */
import { exportCsv, exportXlsx, templateXlsx } from '@konzept-kit/sdk/spreadsheet';
import type { Command } from '../command.js';
import { EXIT, UsageError } from '../errors.js';
import { loadConceptFile } from '../io.js';
import { writeBytes } from './sheet-files.js';

type Format = 'xlsx' | 'csv';

function formatOf(explicit: string | undefined, output: string | undefined): Format {
  const given = explicit ?? (output && /\.(xlsx|csv)$/i.exec(output)?.[1]?.toLowerCase());
  if (given === 'xlsx' || given === 'csv') return given;
  if (explicit !== undefined) {
    throw new UsageError({ de: `Unbekanntes Format "${explicit}": xlsx oder csv.`, en: `Unknown format "${explicit}": use xlsx or csv.` });
  }
  return 'xlsx';
}

export const exportCommand: Command = {
  name: 'export',
  usage: {
    de: 'konzept export DATEI.json [--format xlsx|csv] -o TABELLE | konzept export --template -o vorlage.xlsx',
    en: 'konzept export FILE.json [--format xlsx|csv] -o SHEET | konzept export --template -o template.xlsx',
  },
  summary: { de: 'Export als Excel- oder CSV-Tabelle ausgeben', en: 'write an export as an Excel or CSV sheet' },
  details: {
    de: `Schreibt eine Zeile je Maßnahme mit den Spalten, die "konzept import" liest; Felder und Unterziele
ohne Maßnahmen bekommen eine eigene Zeile. Die Excel-Datei enthält außerdem die Blätter Konzept,
Statusskala, Berichte, Drucksachen, Beteiligung und Leitlinien (soweit vorhanden) und eine Anleitung;
"konzept import" macht daraus wieder denselben Export. CSV (UTF-8 mit BOM, Semikolon) enthält nur
die Maßnahmen: beim Einlesen ergänzt --base den Rest.

  --format xlsx|csv   Format (sonst nach der Endung von -o, Standard xlsx)
  -o, --output DATEI  Zieldatei (CSV ohne -o: Standardausgabe)
  --template          die leere Vorlage mit Anleitung schreiben

Rückgabewert: 0 geschrieben, 1 Export ungültig, 2 Aufruf falsch oder Datei nicht lesbar.`,
    en: `Writes one row per measure with the columns "konzept import" reads; fields and objectives without
measures get a row of their own. The Excel file also holds the sheets Konzept, Statusskala, Berichte,
Drucksachen, Beteiligung and Leitlinien (where present) and instructions; "konzept import" turns it
back into the same export. CSV (UTF-8 with BOM, semicolons) holds the measures only: --base supplies
the rest when reading it back.

  --format xlsx|csv   format (else from the extension of -o, default xlsx)
  -o, --output FILE   where to write (CSV without -o: standard output)
  --template          write the empty template with instructions

Exit code: 0 written, 1 export invalid, 2 wrong usage or file unreadable.`,
  },
  options: {
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    template: { type: 'boolean' },
  },
  async run({ positionals, values, lang, io }) {
    const output = values.output as string | undefined;
    const format = formatOf(values.format as string | undefined, output);
    if (values.template) {
      if (positionals.length) throw new UsageError({ de: '--template nimmt keine Datei.', en: '--template takes no file.' });
      if (!output) throw new UsageError({ de: '--template braucht -o DATEI.xlsx.', en: '--template needs -o FILE.xlsx.' });
      await writeBytes(output, await templateXlsx());
      io.out(lang === 'de' ? `Vorlage geschrieben: ${output}\n` : `Template written: ${output}\n`);
      return EXIT.ok;
    }
    if (positionals.length !== 1) {
      throw new UsageError({
        de: 'export erwartet genau eine Datei. Beispiel: konzept export konzept.json -o ampel.xlsx',
        en: 'export takes exactly one file. Example: konzept export concept.json -o ampel.xlsx',
      });
    }
    if (format === 'xlsx' && !output) {
      throw new UsageError({ de: 'Eine Excel-Datei braucht -o DATEI.xlsx.', en: 'An Excel file needs -o FILE.xlsx.' });
    }
    const concept = await loadConceptFile(positionals[0]!, io, lang);
    if (format === 'csv') {
      const bytes = exportCsv(concept);
      if (output) await writeBytes(output, bytes);
      else io.out(new TextDecoder().decode(bytes));
    } else {
      await writeBytes(output!, await exportXlsx(concept));
    }
    if (output) io.out(lang === 'de' ? `Geschrieben: ${output}\n` : `Written: ${output}\n`);
    return EXIT.ok;
  },
};
