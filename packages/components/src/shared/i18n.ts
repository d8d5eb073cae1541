/**
 * Interface text. German is the default and English is always complete; further languages are
 * registered (by us or by a developer) without touching the elements: `registerTranslation('tr', {…})`.
 * A language follows the nearest `lang` attribute, as in Shoelace's localize controller.
 */
export type TranslationParams = Readonly<Record<string, string | number>>;
export type TranslationValue = string | ((params: TranslationParams) => string);
export type Translation = Readonly<Record<string, TranslationValue>>;

const registry = new Map<string, Record<string, TranslationValue>>();

/** Adds or overrides entries for a language (`de`, `en`, `tr`, `ar`, `uk`, `de-x-ls` …). */
export function registerTranslation(lang: string, entries: Translation): void {
  const key = lang.toLowerCase();
  registry.set(key, { ...registry.get(key), ...entries });
}

/** Languages with any registered entries. */
export function registeredLanguages(): string[] {
  return [...registry.keys()];
}

/** All registered entries of one language (for completeness tests and tools). */
export function translationOf(lang: string): Readonly<Record<string, TranslationValue>> {
  return registry.get(lang.toLowerCase()) ?? {};
}

/** The most specific registered language for a tag: `de-x-ls` if registered, `en` for `en-GB`, else German. */
export function interfaceLanguage(lang: string): string {
  const wanted = lang.toLowerCase();
  if (registry.has(wanted)) return wanted;
  const base = wanted.split('-')[0]!;
  if (registry.has(base)) return base;
  return 'de';
}

export function translate(lang: string, key: string, params: TranslationParams = {}): string {
  const chosen = interfaceLanguage(lang);
  const value = registry.get(chosen)?.[key] ?? registry.get('en')?.[key] ?? registry.get('de')?.[key];
  if (value === undefined) return key;
  if (typeof value === 'function') return value(params);
  return value.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Right-to-left scripts among interface languages. */
export function isRtl(lang: string): boolean {
  return ['ar', 'fa', 'he', 'ur', 'ps', 'ckb'].includes(lang.toLowerCase().split('-')[0]!);
}
