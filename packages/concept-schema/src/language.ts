/**
 * Language tags: the schema accepts only tags every `Intl` formatter takes. A tag of the right
 * shape can still make `Intl` throw ("en-x", "fr-1": a RangeError that left an element on
 * "Daten werden geladen …" for ever), so the pattern is followed by the browser's own check.
 */

/** The shape of a language tag as the export writes it (`de`, `en-GB`, `de-x-ls`). */
export const LANGUAGE_TAG_PATTERN = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/;

const known = new Map<string, boolean>();

/** Whether `Intl` accepts the tag: canonicalized, and a number, date, plural and case formatter built with it. */
export function isLanguageTag(tag: string): boolean {
  if (typeof tag !== 'string' || !LANGUAGE_TAG_PATTERN.test(tag)) return false;
  let ok = known.get(tag);
  if (ok !== undefined) return ok;
  try {
    Intl.getCanonicalLocales(tag);
    new Intl.NumberFormat(tag).format(1);
    new Intl.DateTimeFormat(tag).format(0);
    new Intl.PluralRules(tag).select(1);
    'A'.toLocaleLowerCase(tag);
    ok = true;
  } catch {
    ok = false;
  }
  // An export has a handful of languages; a hostile one with thousands gets no unbounded cache.
  if (known.size < 1_000) known.set(tag, ok);
  return ok;
}

/**
 * A locale that `Intl` takes, for a tag from anywhere (an export, a page's `lang`): the tag itself,
 * else its first part ("en" of "en-x"), else `fallback`. Every formatter of ours goes through it.
 */
export function safeLocale(tag: string | undefined, fallback = 'de'): string {
  if (tag && isLanguageTag(tag)) return tag;
  const base = tag?.split('-')[0];
  return base && isLanguageTag(base) ? base : fallback;
}
