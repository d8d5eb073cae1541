/**
 * Everything the CLI touches outside itself goes through `Io`, so a command can run in a test
 * without a terminal. Reading an export turns every way a path can be wrong into a `CliError`.
 */
import { readFile, stat } from 'node:fs/promises';
import { decodeExport, formatIssue, parseConcept, type Concept, type ConceptIssue } from '@konzept-kit/sdk';
import { CliError, EXIT } from './errors.js';
import type { Lang } from './lang.js';

export interface Io {
  /** Writes to standard output (add the newline yourself). */
  out(text: string): void;
  err(text: string): void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The whole of standard input as bytes, for the file name `-` (decoded like a file). */
  readStdin(): Promise<Uint8Array>;
}

export const processIo: Io = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  env: process.env,
  async readStdin() {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return new Uint8Array(Buffer.concat(chunks));
  },
};

/**
 * Bytes we read at most: parseConcept refuses more than 20 million characters, which UTF-8 can
 * spell in up to 80 MB; anything larger is refused before it is read into memory.
 */
const MAX_FILE_BYTES = 80_000_000;

/** Standard input can be read once: a second `-` on one command line would get nothing. */
const stdinTaken = new WeakSet<Io>();

export const STDIN_ONCE = {
  de: 'Die Standardeingabe ("-") kann nur einmal gelesen werden: geben Sie höchstens eine Datei als "-" an.',
  en: 'Standard input ("-") can only be read once: give at most one file as "-".',
};

/** The bytes of a file, or of standard input for `-`, refused above `maxBytes` before reading. */
export async function readInput(path: string, io: Io, exitCode: number = EXIT.usage, maxBytes = MAX_FILE_BYTES): Promise<Uint8Array> {
  if (path === '-') {
    if (stdinTaken.has(io)) throw new CliError(STDIN_ONCE, exitCode);
    stdinTaken.add(io);
    return io.readStdin();
  }
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      throw new CliError({ de: `${path} ist ein Ordner, keine Datei.`, en: `${path} is a folder, not a file.` }, exitCode);
    }
    if (info.size > maxBytes) {
      const mb = Math.round(info.size / 1_000_000);
      throw new CliError(
        { de: `${path} ist zu groß (${mb} MB); ein Export hat höchstens 20 MB.`, en: `${path} is too large (${mb} MB); an export has at most 20 MB.` },
        exitCode,
      );
    }
    return new Uint8Array(await readFile(path));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(readFailure(path, (error as NodeJS.ErrnoException).code), exitCode);
  }
}

/**
 * Reads an export (a file, or standard input for `-`) as text in the encoding it was saved in
 * (decodeExport: UTF-8, UTF-16, Windows-1252 with a warning on stderr); an encoding it refuses,
 * and every way a path can be wrong, is a `CliError` that exits with `exitCode`.
 */
export async function readText(path: string, io: Io, lang: Lang, exitCode: number = EXIT.usage): Promise<string> {
  const decoded = decodeExport(await readInput(path, io, exitCode));
  if (!decoded.ok) {
    throw new CliError({ de: `${path} kann nicht gelesen werden. ${decoded.message.de}`, en: `${path} cannot be read. ${decoded.message.en}` }, exitCode);
  }
  if (decoded.warning) io.err(`konzept: ${path}: ${decoded.warning[lang]}\n`);
  return decoded.text;
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
  const result = parseConcept(await readText(path, io, lang));
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
