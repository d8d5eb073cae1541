/**
 * A value of an export in plain words, for what is not running text: partners, indicators, a lead,
 * council papers. The synopsis shows it in a table cell; the CSV of a diff writes it in one.
 */
import { isLanguageTag, type Text } from '@konzept-kit/concept-schema';

export interface PlainWords {
  /** A text of the export in the reader's language. */
  readonly text: (value: Text) => string;
  /** A number as the reader writes it (default: as JavaScript writes it). */
  readonly number?: (value: number) => string;
  /** The word before an indicator's target: "Ziel". */
  readonly target?: string;
}

/**
 * A plain string or a language map: `{ "de": "…", "en": "…" }`. Its keys must be language tags: a
 * lead `{ "unit": "Integrationsbüro" }` or a map of ids is an object of strings too, and read as a
 * text it put "unit" into a `lang` attribute.
 */
export function isText(value: unknown): value is Text {
  return (
    typeof value === 'string' ||
    (!!value && typeof value === 'object' && !Array.isArray(value) && Object.entries(value).every(([k, v]) => typeof v === 'string' && isLanguageTag(k)))
  );
}

export function plainValue(value: unknown, words: PlainWords): string {
  if (value === undefined || value === null) return '';
  const number = words.number ?? String;
  if (typeof value === 'number') return number(value);
  if (isText(value)) return words.text(value);
  if (Array.isArray(value)) return value.map((v) => plainValue(v, words)).join('; ');
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const name = o['title'] ?? o['unit'] ?? o['name'] ?? o['number'] ?? o['label'];
    if (name !== undefined) {
      const target = typeof o['target'] === 'number' && words.target ? ` (${words.target} ${number(o['target'])})` : '';
      return `${o['number'] && o['title'] ? `${String(o['number'])} ` : ''}${plainValue(name, words)}${target}`;
    }
    return Object.entries(o)
      .map(([k, v]) => `${k}: ${plainValue(v, words)}`)
      .join(', ');
  }
  return String(value);
}
