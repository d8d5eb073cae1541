/**
 * The checks of the export format that are plain code, not zod: limits, real dates, safe links. The
 * zod schema (schema.ts) uses them, and so does the fast path generated from it (fast-path.generated.ts),
 * which a page runs without loading zod.
 */
/** Limits that keep a hostile or broken export from freezing a reader's browser. */
export const LIMITS = {
  /** Titles, labels, names. */
  shortText: 2_000,
  /** Descriptions, notes. */
  longText: 50_000,
  /** Entries in any one list. */
  listItems: 100_000,
} as const;

/** The number written by `length` ASCII digits at `start`, or -1 if any is not a digit 0–9. */
function digitsAt(value: string, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i++) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Checked by hand, not with a RegExp and a Date: an export of 10,000 measures has some 40,000 dates. */
function isRealYearMonthDay(y: number, mo: number, d: number): boolean {
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (mo === 2 && leap ? 29 : DAYS_IN_MONTH[mo - 1]!);
}

/** A calendar date `YYYY-MM-DD` that exists (no 30 February). */
export function isRealDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  return isRealYearMonthDay(digitsAt(value, 0, 4), digitsAt(value, 5, 2), digitsAt(value, 8, 2));
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: timeframes are often only known to the year. */
export function isRealPartialDate(value: string): boolean {
  if (value.length === 4) return isRealYearMonthDay(digitsAt(value, 0, 4), 1, 1);
  if (value.length === 7) return value.charCodeAt(4) === 45 && isRealYearMonthDay(digitsAt(value, 0, 4), digitsAt(value, 5, 2), 1);
  return isRealDate(value);
}

/** Links may only point where a reader can safely go: no `javascript:` or `data:` URLs. */
export function isSafeUrl(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed !== value || trimmed === '') return false;
  // Control characters and whitespace inside a scheme are how `java\tscript:` slips past filters.
  if (/[\u0000-\u001F\u007F\s]/.test(value)) return false;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(value);
  // No scheme: a relative link (or protocol-relative, which stays on http/https).
  if (!scheme) return true;
  return ['http', 'https', 'mailto'].includes(scheme[1]!.toLowerCase());
}
