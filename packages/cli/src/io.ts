/**
 * Everything the CLI touches outside itself goes through `Io`, so a command can run in a test
 * without a terminal. Reading an export turns every way a path can be wrong into a `CliError`.
 */
import { readFile, stat } from 'node:fs/promises';
import { formatIssue, parseConcept, type Concept, type ConceptIssue } from '@konzept-kit/sdk';
import { CliError, EXIT } from './errors.js';
import type { Lang } from './lang.js';

export interface Io {
  /** Writes to standard output (add the newline yourself). */
  out(text: string): void;
  err(text: string): void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The whole of standard input, for the file name `-`. */
  readStdin(): Promise<string>;
}

export const processIo: Io = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  env: process.env,
  async readStdin() {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

/**
 * Bytes we read at most: parseConcept refuses more than 20 million characters, which UTF-8 can
 * spell in up to 80 MB; anything larger is refused before it is read into memory.
 */
const MAX_FILE_BYTES = 80_000_000;

/** Reads a file (or standard input for `-`) as text; `exitCode` is what a failure exits with. */
export async function readText(path: string, io: Io, exitCode: number = EXIT.usage): Promise<string> {
  if (path === '-') return io.readStdin();
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      throw new CliError({ de: `${path} ist ein Ordner, keine Datei.`, en: `${path} is a folder, not a file.` }, exitCode);
    }
    if (info.size > MAX_FILE_BYTES) {
      const mb = Math.round(info.size / 1_000_000);
      throw new CliError(
        { de: `${path} ist zu groß (${mb} MB); ein Export hat höchstens 20 MB.`, en: `${path} is too large (${mb} MB); an export has at most 20 MB.` },
        exitCode,
      );
    }
    return await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(readFailure(path, (error as NodeJS.ErrnoException).code), exitCode);
  }
}

function readFailure(path: string, code: string | undefined) {
  switch (code) {
    case 'ENOENT':
      return { de: `Datei nicht gefunden: ${path}`, en: `File not found: ${path}` };
    case 'EACCES':
    case 'EPERM':
      return { de: `Keine Berechtigung, ${path} zu lesen.`, en: `No permission to read ${path}.` };
    case 'ENOTDIR':
      return { de: `Pfad nicht gefunden: ${path}`, en: `Path not found: ${path}` };
    default:
      return { de: `${path} konnte nicht gelesen werden (${code ?? 'unbekannter Fehler'}).`, en: `${path} could not be read (${code ?? 'unknown error'}).` };
  }
}

/** One problem of one file, as `validate` lists it: `FILE: path: message`. */
export function formatFileIssue(file: string, problem: ConceptIssue, lang: Lang): string {
  return `${file}: ${formatIssue(problem, lang)}`;
}

/**
 * Reads and parses an export for a command that needs a valid one (`stats`, `diff`): an unreadable
 * path exits 2, an invalid export lists its problems on stderr and exits 1.
 */
export async function loadConceptFile(path: string, io: Io, lang: Lang): Promise<Concept> {
  const result = parseConcept(await readText(path, io));
  if (result.success) return result.concept;
  for (const problem of result.issues) io.err(`${formatFileIssue(path, problem, lang)}\n`);
  const n = result.issues.length;
  throw new CliError(
    {
      de: `${path} ist kein gültiger Export (${n === 1 ? 'ein Problem' : `${n} Probleme`}, siehe oben).`,
      en: `${path} is not a valid export (${n === 1 ? 'one problem' : `${n} problems`}, see above).`,
    },
    EXIT.invalid,
  );
}
