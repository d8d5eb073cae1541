/** `konzept validate FILE…`: every problem of every file, one line each, and an exit code for CI. */
import { countMeasures, parseConcept } from '@konzept-kit/sdk';
import type { Command } from '../command.js';
import { CliError, EXIT, UsageError } from '../errors.js';
import { formatFileIssue, readText } from '../io.js';
import { formatNumber } from '../lang.js';

export const validateCommand: Command = {
  name: 'validate',
  usage: { de: 'konzept validate DATEI…', en: 'konzept validate FILE…' },
  summary: { de: 'Exporte prüfen und jedes Problem nennen', en: 'check exports and list every problem' },
  details: {
    de: `Prüft jede Datei gegen das Format (schema/concept.schema.json) und die Regeln dazu:
eindeutige Kennungen, Status aus der Statusskala, gültige Daten und Links.
Jedes Problem steht in einer Zeile: DATEI: Pfad: Meldung. "-" liest die Standardeingabe.

Rückgabewert: 0 alle gültig, 1 mindestens eine ungültig oder nicht lesbar, 2 Aufruf falsch.`,
    en: `Checks each file against the format (schema/concept.schema.json) and its rules:
unique ids, statuses from the status scale, valid dates and links.
Each problem is one line: FILE: path: message. "-" reads standard input.

Exit code: 0 all valid, 1 at least one invalid or unreadable, 2 wrong usage.`,
  },
  options: {},
  async run({ positionals, lang, io }) {
    if (positionals.length === 0) {
      throw new UsageError({ de: 'Welche Dateien? Beispiel: konzept validate konzept.json', en: 'Which files? Example: konzept validate concept.json' });
    }
    let valid = 0;
    for (const file of positionals) {
      let text: string;
      try {
        text = await readText(file, io, lang, EXIT.invalid);
      } catch (error) {
        if (!(error instanceof CliError)) throw error;
        io.out(`${file}: ${error.text[lang]}\n`);
        continue;
      }
      const result = parseConcept(text);
      if (result.success) {
        valid++;
        const n = formatNumber(countMeasures(result.concept), lang);
        io.out(lang === 'de' ? `${file}: gültig (${n} Maßnahmen)\n` : `${file}: valid (${n} measures)\n`);
      } else {
        for (const problem of result.issues) io.out(`${formatFileIssue(file, problem, lang)}\n`);
      }
    }
    if (positionals.length > 1) {
      const total = positionals.length;
      io.out(lang === 'de' ? `${valid} von ${total} Dateien gültig.\n` : `${valid} of ${total} files valid.\n`);
    }
    return valid === positionals.length ? EXIT.ok : EXIT.invalid;
  },
};
