/**
 * Files for `import` and `export`: spreadsheets are bytes, not text, and mapping and scale files
 * are small JSON files an editor writes by hand, so their mistakes get a plain message.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import type { BilingualText } from '@konzept-kit/sdk';
import { CliError, EXIT } from '../errors.js';
import { readInput, type Io } from '../io.js';

/** An .xlsx is refused above 20 MB by the SDK; a CSV of that size is far beyond any Ampeldokument. */
const MAX_SHEET_BYTES = 50_000_000;

function failure(path: string, code: string | undefined): BilingualText {
  if (code === 'ENOENT') return { de: `Datei nicht gefunden: ${path}`, en: `File not found: ${path}` };
  if (code === 'EACCES' || code === 'EPERM') return { de: `Keine Berechtigung für ${path}.`, en: `No permission for ${path}.` };
  if (code === 'EISDIR') return { de: `${path} ist ein Ordner, keine Datei.`, en: `${path} is a folder, not a file.` };
  return { de: `${path} konnte nicht gelesen werden (${code ?? 'unbekannter Fehler'}).`, en: `${path} could not be read (${code ?? 'unknown error'}).` };
}

/** A spreadsheet's bytes; `-` reads standard input (once) when the command passes its `io`. */
export async function readBytes(path: string, io?: Io): Promise<Uint8Array> {
  if (path === '-' && io) return readInput(path, io, EXIT.usage, MAX_SHEET_BYTES);
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new CliError(failure(path, 'EISDIR'), EXIT.usage);
    if (info.size > MAX_SHEET_BYTES) {
      const mb = Math.round(info.size / 1_000_000);
      throw new CliError({ de: `${path} ist zu groß (${mb} MB).`, en: `${path} is too large (${mb} MB).` }, EXIT.usage);
    }
    return new Uint8Array(await readFile(path));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(failure(path, (error as NodeJS.ErrnoException).code), EXIT.usage);
  }
}

/** A small JSON file (mapping, scale): its object, or a message naming the file. */
export async function readJsonFile(path: string, what: BilingualText): Promise<Record<string, unknown>> {
  const bytes = await readBytes(path);
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes).replace(/^\ufeff/, ''));
  } catch {
    throw new CliError(
      {
        de: `${what.de} ${path} ist kein gültiges JSON (fehlt ein Komma, eine Klammer oder ein Anführungszeichen?).`,
        en: `${what.en} ${path} is not valid JSON (a comma, a bracket or a quotation mark missing?).`,
      },
      EXIT.usage,
    );
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new CliError({ de: `${what.de} ${path} muss ein JSON-Objekt { … } sein.`, en: `${what.en} ${path} must be a JSON object { … }.` }, EXIT.usage);
  }
  return value as Record<string, unknown>;
}

export async function writeBytes(path: string, bytes: Uint8Array | string): Promise<void> {
  try {
    await writeFile(path, bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      { de: `${path} konnte nicht geschrieben werden (${code ?? 'unbekannter Fehler'}).`, en: `${path} could not be written (${code ?? 'unknown error'}).` },
      EXIT.usage,
    );
  }
}
