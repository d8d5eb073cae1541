/**
 * Reading and writing one value of the export in a sheet's cell, by kind: texts (with their
 * translations in neighbouring columns), ids, dates, numbers, yes/no, words for enumerations,
 * lists one per line, and council papers by their number.
 */
import { LIMITS, type BilingualText, type CouncilPaper, type Text } from '@konzept-kit/concept-schema';
import { cellText, parseDate, parseNumber, parseYesNo, splitList, type Cell } from './cells.js';
import { isValidId } from './ids.js';
import { joinText, splitText } from './languages.js';

export type ValueKind =
  | { readonly type: 'text'; readonly max: number }
  | { readonly type: 'string'; readonly max: number }
  | { readonly type: 'id' }
  | { readonly type: 'date' }
  | { readonly type: 'number' }
  | { readonly type: 'int' }
  | { readonly type: 'bool' }
  /** `words`: the word in the sheet → the value in the export (first word of a value is the one written). */
  | { readonly type: 'enum'; readonly words: Readonly<Record<string, string>> }
  | { readonly type: 'lines' }
  /** A council paper by its number (`paper`), or several, one per line (`papers`). */
  | { readonly type: 'paper' }
  | { readonly type: 'papers' }
  /** Amtlicher Gemeindeschlüssel: Excel drops its leading zero. */
  | { readonly type: 'ags' };

export const SHORT_TEXT: ValueKind = { type: 'text', max: LIMITS.shortText };
export const LONG_TEXT: ValueKind = { type: 'text', max: LIMITS.longText };
export const ID: ValueKind = { type: 'id' };
export const DATE: ValueKind = { type: 'date' };
export const BOOL: ValueKind = { type: 'bool' };

export interface ValueContext {
  /** The concept's language: what the main column of a text holds. */
  readonly lang: string;
  /** Council papers of the concept by number, so a number in a cell becomes the whole paper. */
  readonly papers: ReadonlyMap<string, CouncilPaper>;
}

export type ReadResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: BilingualText };

const ok = (value: unknown): ReadResult => ({ ok: true, value });
const bad = (de: string, en: string): ReadResult => ({ ok: false, message: { de, en } });

function tooLong(text: string, max: number): ReadResult | undefined {
  return text.length > max
    ? bad(
        `Zu lang: höchstens ${max.toLocaleString('de-DE')} Zeichen, gefunden ${text.length.toLocaleString('de-DE')}.`,
        `Too long: at most ${max.toLocaleString('en-GB')} characters, found ${text.length.toLocaleString('en-GB')}.`,
      )
    : undefined;
}

/**
 * The value of `main` (and its translations in `variants`) as the export wants it; `undefined`
 * value for an empty cell.
 */
export function readValue(kind: ValueKind, main: Cell, variants: ReadonlyMap<string, Cell>, context: ValueContext): ReadResult {
  const text = cellText(main);
  switch (kind.type) {
    case 'text': {
      const texts = new Map([...variants].map(([lang, cell]) => [lang, cellText(cell)] as const));
      for (const t of [text, ...texts.values()]) {
        const problem = tooLong(t, kind.max);
        if (problem) return problem;
      }
      return ok(joinText(text, texts, context.lang));
    }
    case 'string':
      return tooLong(text, kind.max) ?? ok(text || undefined);
    case 'id':
      if (!text) return ok(undefined);
      return isValidId(text)
        ? ok(text)
        : bad(
            `"${text}" ist keine gültige Kennung (Buchstaben A–Z, Ziffern und . _ : -, ohne Leerzeichen).`,
            `"${text}" is not a valid id (letters A–Z, digits and . _ : -, no spaces).`,
          );
    case 'date': {
      if (!text) return ok(undefined);
      const iso = parseDate(main);
      return iso ? ok(iso) : bad(`"${text}" ist kein Datum (z. B. 28.03.2025).`, `"${text}" is not a date (e.g. 28.03.2025).`);
    }
    case 'number':
    case 'int': {
      if (!text) return ok(undefined);
      const n = parseNumber(main);
      if (n === undefined) return bad(`"${text}" ist keine Zahl.`, `"${text}" is not a number.`);
      if (kind.type === 'int' && !Number.isInteger(n)) return bad(`"${text}" ist keine ganze Zahl.`, `"${text}" is not a whole number.`);
      return ok(n);
    }
    case 'bool': {
      if (!text) return ok(undefined);
      const yes = parseYesNo(main);
      return yes === undefined ? bad(`"${text}" ist weder "ja" noch "nein".`, `"${text}" is neither "ja" (yes) nor "nein" (no).`) : ok(yes);
    }
    case 'enum': {
      if (!text) return ok(undefined);
      const key = text.toLowerCase().replace(/[\s-]+/g, '');
      for (const [word, value] of Object.entries(kind.words)) {
        if (word.toLowerCase().replace(/[\s-]+/g, '') === key || value.toLowerCase() === text.toLowerCase()) return ok(value);
      }
      const allowed = [...new Set(Object.keys(kind.words))].join(', ');
      return bad(`"${text}" ist nicht vorgesehen (erlaubt: ${allowed}).`, `"${text}" is not allowed (use: ${allowed}).`);
    }
    case 'lines': {
      const items = text
        ? text
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean)
        : [];
      for (const item of items) {
        const problem = tooLong(item, LIMITS.longText);
        if (problem) return problem;
      }
      return ok(items);
    }
    case 'paper':
      return ok(text ? (context.papers.get(text) ?? { number: text }) : undefined);
    case 'papers':
      return ok(splitList(main).map((number) => context.papers.get(number) ?? { number }));
    case 'ags': {
      if (!text) return ok(undefined);
      const digits = /^\d+$/.test(text) && text.length < 8 ? text.padStart(text.length <= 5 ? 5 : 8, '0') : text;
      return ok(digits);
    }
  }
}

/** A value for a cell (dates as Date, so Excel shows them as dates) and its translations. */
export function writeValue(kind: ValueKind, value: unknown, lang: string): { main: Cell; variants: Map<string, string> } {
  const none = { main: null, variants: new Map<string, string>() };
  if (value === undefined || value === null) return none;
  switch (kind.type) {
    case 'text':
      return splitText(value as Text, lang);
    case 'date':
      return { main: new Date(`${value as string}T00:00:00Z`), variants: new Map() };
    case 'bool':
      return { main: value ? 'ja' : 'nein', variants: new Map() };
    case 'enum': {
      const word = Object.entries(kind.words).find(([, v]) => v === value)?.[0] ?? String(value);
      return { main: word, variants: new Map() };
    }
    case 'lines':
      return { main: (value as string[]).join('\n'), variants: new Map() };
    case 'paper':
      return { main: (value as CouncilPaper).number, variants: new Map() };
    case 'papers':
      return { main: (value as CouncilPaper[]).map((p) => p.number).join('\n'), variants: new Map() };
    case 'number':
    case 'int':
      return { main: value as number, variants: new Map() };
    default:
      return { main: String(value), variants: new Map() };
  }
}
