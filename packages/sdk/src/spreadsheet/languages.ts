/**
 * Texts in more than one language in a sheet: the column "Maßnahme" holds the concept's language,
 * a column "Maßnahme (en)" the English text beside it. Together they make `{ "de": …, "en": … }`;
 * a text with no other language stays a plain string.
 */
import type { Text } from '@konzept-kit/concept-schema';

const LANGUAGE_SUFFIX = /^(.*?)\s*[([]\s*([a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*)\s*[)\]]$/;

/** `Maßnahme (en)` → `{ base: 'Maßnahme', lang: 'en' }`. */
export function languageColumn(header: string): { base: string; lang: string } | undefined {
  const m = LANGUAGE_SUFFIX.exec(header.trim());
  return m && m[1] ? { base: m[1], lang: m[2]! } : undefined;
}

export function withLanguage(header: string, lang: string): string {
  return `${header} (${lang})`;
}

/** The text of a cell and its translations, as the export stores it. */
export function joinText(main: string, variants: ReadonlyMap<string, string>, lang: string): Text | undefined {
  const others = [...variants].filter(([l, text]) => l !== lang && text !== '');
  if (!others.length) return main === '' ? undefined : main;
  const map: Record<string, string> = {};
  if (main !== '') map[lang] = main;
  for (const [l, text] of others) if (!(l in map)) map[l] = text;
  return map;
}

/** A text split for a sheet: the concept's language in the main column, the others beside it. */
export function splitText(text: Text | undefined, lang: string): { main: string; variants: Map<string, string> } {
  if (text === undefined) return { main: '', variants: new Map() };
  if (typeof text === 'string') return { main: text, variants: new Map() };
  const variants = new Map<string, string>();
  let main = '';
  for (const [l, value] of Object.entries(text)) {
    if (l === lang) main = value;
    else variants.set(l, value);
  }
  return { main, variants };
}
