/**
 * The CLI speaks German by default and English on request (`--lang en`, or a locale such as
 * `LANG=en_GB.UTF-8`), like the rest of the kit. Numbers and percentages go through `Intl`.
 */
import { UsageError } from './errors.js';

export type Lang = 'de' | 'en';

export const LANGS: readonly Lang[] = ['de', 'en'];

const LOCALES: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };

/**
 * `--lang` wins; otherwise the first locale variable set (POSIX order: LC_ALL, LC_MESSAGES, LANG)
 * decides, and only English switches away from German.
 */
export function resolveLang(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): Lang {
  if (flag !== undefined) {
    const base = flag.toLowerCase().split(/[-_]/)[0];
    if (base === 'de' || base === 'en') return base;
    throw new UsageError({
      de: `Unbekannte Sprache "${flag}": erlaubt sind de und en.`,
      en: `Unknown language "${flag}": use de or en.`,
    });
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('en') ? 'en' : 'de';
}

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang]).format(value);
}

/** A whole percentage as the language writes it: "73 %" in German, "73%" in English. */
export function formatPercent(percent: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
}

/** Choices joined the way the language does it: "a, b oder c" / "a, b or c". */
export function formatAlternatives(items: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(LOCALES[lang], { type: 'disjunction' }).format(items);
}
