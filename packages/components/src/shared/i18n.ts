/**
 * Interface text. German is the default and English is always complete; further languages are
 * registered (by us or by a developer) without touching the elements: `registerTranslation('tr', {…})`.
 * A language follows the nearest `lang` attribute, as in Shoelace's localize controller.
 *
 * The registry lives on `globalThis` under a shared symbol: the languages file loaded as its own
 * script (dist/konzept-kit-i18n.js) fills the same registry as the main bundle, and elements that
 * rendered before it arrived render again in the new language.
 */
export type TranslationParams = Readonly<Record<string, string | number>>;
export type TranslationValue = string | ((params: TranslationParams) => string);

/**
 * The keys of the interface text, filled by each `*.i18n.ts` from its German table (declaration
 * merging: `interface TranslationKeys extends Keys<typeof de> {}`). A key that is not in a German
 * table fails `tsc`, in an element's `t()` and in every language file.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface TranslationKeys {}
export type TranslationKey = keyof TranslationKeys & string;
/** What a German table gives `TranslationKeys`. */
export type Keys<Table> = Record<keyof Table & string, true>;
/** The words a language may add for the levels and for known status scales (shared/terms.ts, shared/status.ts). */
export type TermKey = `term.${string}` | `status.${string}`;
/** A language's entries: any key of the German tables (misspelt ones fail `tsc`), and words for levels and scales. */
export type Translation = { readonly [K in TranslationKey]?: TranslationValue } & { readonly [K in TermKey]?: TranslationValue };
/** A table that has every key of the German one (English is always complete). */
export type Complete<Table> = { readonly [K in keyof Table]: TranslationValue };

interface TranslationStore {
  readonly entries: Map<string, Record<string, TranslationValue>>;
  /** Counts registrations: rendering that is skipped while nothing changed (Lit's `guard`) compares it. */
  revision?: number;
  /** Called after every registration (elements re-render). */
  readonly listeners: Set<() => void>;
  /** Words not loaded yet, by language: loaded when an element first speaks it ({@link requestLanguage}). */
  sources?: Map<string, (() => Promise<unknown>)[]>;
}

const STORE = Symbol.for('konzept-kit.translations');
const store: TranslationStore = ((globalThis as { [STORE]?: TranslationStore })[STORE] ??= { entries: new Map(), listeners: new Set() });
const registry = store.entries;

/** Adds or overrides entries for a language (`de`, `en`, `tr`, `ar`, `uk`, `de-x-ls` …). */
export function registerTranslation(lang: string, entries: Translation): void {
  const key = lang.toLowerCase();
  registry.set(key, { ...registry.get(key), ...entries });
  store.revision = (store.revision ?? 0) + 1;
  store.listeners.forEach((listener) => listener());
}

/**
 * Changes with every `registerTranslation`, also one that only changes words of the language
 * already in use (which leaves `uiLanguage` as it was).
 */
export function translationRevision(): number {
  return store.revision ?? 0;
}

/** Calls `listener` after every `registerTranslation`; returns the function that stops it. */
export function onTranslationsChanged(listener: () => void): () => void {
  store.listeners.add(listener);
  return () => store.listeners.delete(listener);
}

/**
 * The languages whose words `lang` reads: itself, its base language, and English behind every
 * language but German (see `lookup`). German is always there.
 */
export function languagesBehind(lang: string): string[] {
  const wanted = lang.toLowerCase();
  const base = wanted.split('-')[0]!;
  return [...new Set([wanted, base, ...(base === 'de' ? [] : ['en'])])].filter((l) => l !== 'de');
}

/**
 * Where the words of `lang` come from when a page asks for it later: the page's loader
 * (embed/autoload.ts) loads an element's English beside its code on an English page, and leaves
 * this here on any other page, for a `lang` that changes to English.
 */
export function addTranslationSource(lang: string, load: () => Promise<unknown>): void {
  const sources = (store.sources ??= new Map());
  const key = lang.toLowerCase();
  sources.set(key, [...(sources.get(key) ?? []), load]);
}

/** Loads the words `lang` reads that are not loaded yet (they register themselves; elements then render again). */
export function requestLanguage(lang: string): void {
  const sources = store.sources;
  if (!sources?.size) return;
  for (const key of languagesBehind(lang)) {
    const loads = sources.get(key);
    if (!loads) continue;
    sources.delete(key);
    for (const load of loads) void loadTranslation(key, load);
  }
}

/** Loads words of `lang` that register themselves; a missing file (an incomplete upload) leaves the German words. */
export function loadTranslation(lang: string, load: () => Promise<unknown>): Promise<unknown> {
  return load().catch((error: unknown) => console.error(`konzept-kit: the words for "${lang}" did not load`, error));
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

/**
 * The language's word, else its base language's (Leichte Sprache `de-x-ls` falls back to German,
 * which its readers read, before English), else English, else German.
 */
function lookup(lang: string, key: string): TranslationValue | undefined {
  const chosen = interfaceLanguage(lang);
  const base = chosen.split('-')[0]!;
  return registry.get(chosen)?.[key] ?? registry.get(base)?.[key] ?? registry.get('en')?.[key] ?? registry.get('de')?.[key];
}

function fill(value: TranslationValue, params: TranslationParams): string {
  if (typeof value === 'function') return value(params);
  return value.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translate(lang: string, key: string, params: TranslationParams = {}): string {
  const value = lookup(lang, key);
  return value === undefined ? key : fill(value, params);
}

/** Stands for a non-text parameter while the sentence is put together (never in real text). */
const marker = (i: number) => `\u0001${i}\u0002`;

/**
 * Like `translate`, but parameters may be rendered content (a Lit template with `lang` on a text
 * that fell back to another language): the result is a list of strings and those values, in the
 * order the language's sentence puts them.
 */
export function translateParts(lang: string, key: string, params: Readonly<Record<string, unknown>> = {}): unknown[] {
  const value = lookup(lang, key);
  if (value === undefined) return [key];
  const values: unknown[] = [];
  const textParams: Record<string, string | number> = {};
  for (const [name, param] of Object.entries(params)) {
    if (typeof param === 'string' || typeof param === 'number') textParams[name] = param;
    else textParams[name] = marker(values.push(param) - 1);
  }
  return fill(value, textParams)
    .split(/(\u0001\d+\u0002)/)
    .filter((part) => part !== '')
    .map((part) => {
      const index = /^\u0001(\d+)\u0002$/.exec(part)?.[1];
      return index === undefined ? part : values[Number(index)];
    });
}

/** Right-to-left scripts among interface languages. */
export function isRtl(lang: string): boolean {
  return ['ar', 'fa', 'he', 'ur', 'ps', 'ckb'].includes(lang.toLowerCase().split('-')[0]!);
}
