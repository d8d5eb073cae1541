/**
 * zod's issues in our words, German and English, with what to do: for the detailed parser (parse.ts),
 * which a page loads only for an export that is not valid.
 */
import type * as z from 'zod/mini';
import { issue, quoted, MAX_QUOTED, type BilingualText, type ConceptIssue, type IssuePath } from './issues.js';
import { LANGUAGE_TAG_PATTERN } from './language.js';
import { patternName, type PatternName } from './patterns.js';

/** Each type zod names, in German and English. */
const TYPE_NAMES: Record<string, readonly [de: string, en: string]> = {
  string: ['Text', 'text'],
  number: ['Zahl', 'number'],
  int: ['ganze Zahl', 'whole number'],
  boolean: ['true oder false', 'true or false'],
  object: ['Objekt { … }', 'object { … }'],
  array: ['Liste [ … ]', 'list [ … ]'],
  record: ['Objekt { … }', 'object { … }'],
  null: ['null', 'null'],
  undefined: ['nichts', 'nothing'],
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function typeName(t: string, lang: 'de' | 'en'): string {
  return TYPE_NAMES[t]?.[lang === 'de' ? 0 : 1] ?? t;
}

function quote(values: ReadonlyArray<unknown>): string {
  return values.map(quoted).join(', ');
}

/** Each named pattern of the schema (patterns.ts) in words, so a value that fails one is explained. */
const PATTERN_WORDS: Record<PatternName, BilingualText> = {
  id: {
    de: 'keine gültige Kennung: Buchstaben A–Z, Ziffern und . _ : - (ohne Umlaute und Leerzeichen), höchstens 128 Zeichen, z. B. "sprache-1-3"',
    en: 'not a valid id: letters A–Z, digits and . _ : - (no umlauts or spaces), at most 128 characters, e.g. "sprache-1-3"',
  },
  languageTag: { de: 'kein Sprachcode wie "de", "en" oder "tr"', en: 'not a language code such as "de", "en" or "tr"' },
  color: { de: 'keine Farbe der Form "#1a7f37"', en: 'not a colour of the form "#1a7f37"' },
  paperNumber: { de: 'keine Drucksachen-Nummer wie "2025/073"', en: 'not a council paper number such as "2025/073"' },
  municipalityKey: { de: 'kein Gemeindeschlüssel (5 oder 8 Ziffern)', en: 'not a municipality key (5 or 8 digits)' },
};

/** Turns one zod issue into ours, in both languages. `knownKeys` suggests the nearest key for a typo. */
export function fromZodIssue(raw: z.core.$ZodIssue, root: unknown, knownKeys: (path: IssuePath) => string[]): ConceptIssue[] {
  const path = raw.path as Array<string | number>;
  const input = valueAt(root, path);
  switch (raw.code) {
    case 'invalid_type': {
      if (input === undefined) {
        return [
          issue(path, 'missing', `Pflichtangabe fehlt (${typeName(raw.expected, 'de')}).`, `Required value is missing (${typeName(raw.expected, 'en')}).`),
        ];
      }
      const got = typeOf(input);
      return [
        issue(
          path,
          'type',
          `Falscher Typ: erwartet ${typeName(raw.expected, 'de')}, gefunden ${typeName(got, 'de')}.`,
          `Wrong type: expected ${typeName(raw.expected, 'en')}, found ${typeName(got, 'en')}.`,
        ),
      ];
    }
    case 'too_small':
    case 'too_big': {
      const small = raw.code === 'too_small';
      const limit = Number(raw.code === 'too_small' ? raw.minimum : raw.maximum);
      if (raw.origin === 'string') {
        if (small && limit <= 1) return [issue(path, 'tooShort', 'Darf nicht leer sein.', 'Must not be empty.')];
        return [
          small
            ? issue(path, 'tooShort', `Zu kurz: mindestens ${limit} Zeichen.`, `Too short: at least ${limit} characters.`)
            : issue(
                path,
                'tooLong',
                `Zu lang: höchstens ${limit.toLocaleString('de-DE')} Zeichen, gefunden ${(input as string).length.toLocaleString('de-DE')}.`,
                `Too long: at most ${limit.toLocaleString('en-GB')} characters, found ${(input as string).length.toLocaleString('en-GB')}.`,
              ),
        ];
      }
      if (raw.origin === 'array') {
        return [
          small
            ? issue(path, 'tooShort', `Zu wenige Einträge: mindestens ${limit}.`, `Too few entries: at least ${limit}.`)
            : issue(
                path,
                'tooLong',
                `Zu viele Einträge: höchstens ${limit.toLocaleString('de-DE')}.`,
                `Too many entries: at most ${limit.toLocaleString('en-GB')}.`,
              ),
        ];
      }
      return [
        small
          ? issue(path, 'tooSmall', `Zu klein: mindestens ${limit}.`, `Too small: at least ${limit}.`)
          : issue(path, 'tooBig', `Zu groß: höchstens ${limit}.`, `Too big: at most ${limit}.`),
      ];
    }
    case 'invalid_format': {
      const pattern = 'pattern' in raw ? String(raw.pattern) : '';
      const name = patternName(pattern);
      const words = name && PATTERN_WORDS[name];
      const shown = quoted(input);
      if (words) return [issue(path, 'format', `${shown} ist ${words.de}.`, `${shown} is ${words.en}.`)];
      return [issue(path, 'format', `${shown} hat nicht das erwartete Format.`, `${shown} does not have the expected format.`)];
    }
    case 'invalid_value':
      if (input === undefined) {
        return [issue(path, 'missing', `Pflichtangabe fehlt (erlaubt: ${quote(raw.values)}).`, `Required value is missing (allowed: ${quote(raw.values)}).`)];
      }
      return [
        issue(
          path,
          'value',
          `Unzulässiger Wert ${quoted(input)}: erlaubt ist ${quote(raw.values)}.`,
          `Value ${quoted(input)} is not allowed: use ${quote(raw.values)}.`,
        ),
      ];
    case 'unrecognized_keys':
      return raw.keys.map((key) => {
        const near = nearest(key, knownKeys(path));
        const hintDe = near ? ` Meinten Sie "${near}"?` : '';
        const hintEn = near ? ` Did you mean "${near}"?` : '';
        return issue(
          [...path, key],
          'unknownKey',
          `Unbekannte Angabe ${quoted(key)}.${hintDe} Eigene Zusatzangaben gehören unter "extra".`,
          `Unknown key ${quoted(key)}.${hintEn} Additional data of your own belongs under "extra".`,
        );
      });
    case 'invalid_union': {
      // Our only unions are texts: a string, or a map of languages.
      if (input === undefined) return [issue(path, 'missing', 'Pflichtangabe fehlt (Text).', 'Required value is missing (text).')];
      if (input !== null && typeof input === 'object' && !Array.isArray(input)) {
        // It is meant as a language map: say what is wrong inside it, not that it is no string.
        const inner = raw.errors[1] ?? [];
        if (inner.length) {
          return inner.flatMap((sub) => fromZodIssue({ ...sub, path: [...path, ...sub.path] } as z.core.$ZodIssue, root, knownKeys));
        }
      }
      return [
        issue(
          path,
          'text',
          `Erwartet ein Text oder eine Sprachtabelle wie {"de": "…", "en": "…"}, gefunden ${typeName(typeOf(input), 'de')}.`,
          `Expected a text or a language map such as {"de": "…", "en": "…"}, found ${typeName(typeOf(input), 'en')}.`,
        ),
      ];
    }
    case 'invalid_key':
      return [issue(path, 'format', 'Ungültiger Schlüssel (z. B. ein Sprachcode wie "de").', 'Invalid key (for example a language code such as "de").')];
    case 'custom': {
      const kind = (raw.params as { konzept?: string } | undefined)?.konzept;
      const shown = quoted(input);
      if (kind === 'date')
        return [
          issue(
            path,
            'date',
            `${shown} ist kein gültiges Datum der Form JJJJ-MM-TT (z. B. "2025-03-28").`,
            `${shown} is not a valid date of the form YYYY-MM-DD (e.g. "2025-03-28").`,
          ),
        ];
      if (kind === 'partialDate')
        return [
          issue(
            path,
            'date',
            `${shown} ist kein gültiges Datum (JJJJ, JJJJ-MM oder JJJJ-MM-TT).`,
            `${shown} is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD).`,
          ),
        ];
      if (kind === 'language') {
        // A tag of the wrong shape is reported once, by the pattern (invalid_format) above.
        if (typeof input !== 'string' || !LANGUAGE_TAG_PATTERN.test(input)) return [];
        return [
          issue(
            path,
            'format',
            `${shown} ist kein Sprachcode, den Browser kennen (z. B. "de", "en", "tr", "de-x-ls").`,
            `${shown} is not a language tag browsers understand (e.g. "de", "en", "tr", "de-x-ls").`,
          ),
        ];
      }
      if (kind === 'unsafeUrl')
        return [
          issue(
            path,
            'url',
            `${shown} ist als Link nicht erlaubt: nur http, https, mailto oder relative Adressen.`,
            `${shown} is not allowed as a link: only http, https, mailto or relative addresses.`,
          ),
        ];
      return [issue(path, 'other', raw.message, raw.message)];
    }
    default:
      return [issue(path, 'other', raw.message, raw.message)];
  }
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value: unknown = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The closest known key within two edits, for "did you mean". */
function nearest(key: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  // A key of a megabyte is near nothing: lower-casing it once per candidate would cost.
  if (key.length > MAX_QUOTED) return undefined;
  const lower = key.toLowerCase();
  for (const c of candidates) {
    const d = levenshtein(lower, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

function levenshtein(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}
