/**
 * Texts in an export are a plain string (in the concept's language) or a language map. Readers get
 * their language where the export has it, else the concept's own, and the result says which
 * language it is in, so an element can mark a fallback with `lang` for screen readers.
 */
import { DEFAULT_TERMS, type Concept, type Level, type Text } from '@konzept-kit/concept-schema';

export interface LocalizedText {
  readonly text: string;
  /** The language the text is actually in (BCP 47). */
  readonly lang: string;
}

/** The base of a language tag: `de-x-ls` → `de`, `en-GB` → `en`. */
export function baseLanguage(lang: string): string {
  return lang.toLowerCase().split('-')[0] ?? lang;
}

/**
 * Picks the best text for `lang`: exact tag, then same base language, then `fallback` (the
 * concept's language), then German, then whatever comes first.
 */
export function localize(value: Text | undefined, lang: string, fallback = 'de'): LocalizedText {
  if (value === undefined) return { text: '', lang: fallback };
  if (typeof value === 'string') return { text: value, lang: fallback };
  const keys = Object.keys(value);
  const wanted = lang.toLowerCase();
  const pick =
    keys.find((k) => k.toLowerCase() === wanted) ??
    keys.find((k) => baseLanguage(k) === baseLanguage(wanted) && !k.includes('-x-')) ??
    keys.find((k) => k.toLowerCase() === fallback.toLowerCase()) ??
    keys.find((k) => baseLanguage(k) === baseLanguage(fallback)) ??
    keys.find((k) => baseLanguage(k) === 'de') ??
    keys[0];
  return pick === undefined ? { text: '', lang: fallback } : { text: value[pick] ?? '', lang: pick };
}

/** Shorthand when only the string matters (sorting, searching, CSV). */
export function textOf(value: Text | undefined, lang = 'de', fallback = 'de'): string {
  return localize(value, lang, fallback).text;
}

/**
 * The municipality's own word for a level ("Themenfeld" in Lörrach, "Handlungsfeld" in Konstanz),
 * or the default in the reader's language (German or English; other interface languages add theirs
 * through `fallbackTerms`).
 */
export function termFor(
  concept: Pick<Concept, 'terms' | 'language'> | undefined,
  level: Level,
  lang: string,
  plural = false,
  fallbackTerms?: Partial<Record<Level, { singular: string; plural: string }>>,
): LocalizedText {
  const own = concept?.terms?.[level];
  if (own) return localize(plural ? own.plural : own.singular, lang, concept?.language ?? 'de');
  const given = fallbackTerms?.[level];
  if (given) return { text: plural ? given.plural : given.singular, lang };
  const defaults = DEFAULT_TERMS[level][plural ? 'plural' : 'singular'];
  const useEnglish = baseLanguage(lang) === 'en';
  return useEnglish ? { text: defaults.en, lang: 'en' } : { text: defaults.de, lang: 'de' };
}
