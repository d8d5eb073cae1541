/**
 * The formats the schema checks with a regular expression, by name: schema.ts checks them, and
 * issues.ts explains a value that fails one in words ("not a valid id: letters A–Z …").
 */
import { LANGUAGE_TAG_PATTERN } from './language.js';

export const PATTERNS = {
  /** Ids of fields, goals, objectives, measures, statuses: ASCII, at most 128 characters. */
  id: /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/,
  /** A language tag of the right shape (schema.ts also asks `Intl`). */
  languageTag: LANGUAGE_TAG_PATTERN,
  /** A colour `#1a7f37`. */
  color: /^#[0-9a-fA-F]{6}$/,
  /** A council paper number such as `2025/073`. */
  paperNumber: /^[A-Za-z0-9][A-Za-z0-9 ./_-]{0,63}$/,
  /** The official municipality key (Gemeindeschlüssel, AGS): 5 or 8 digits. */
  municipalityKey: /^\d{5}(\d{3})?$/,
} as const;

export type PatternName = keyof typeof PATTERNS;

/** The name of a pattern as zod reports it in an issue (`/^…$/`), if it is one of ours. */
export function patternName(reported: string): PatternName | undefined {
  return (Object.keys(PATTERNS) as PatternName[]).find((name) => String(PATTERNS[name]) === reported);
}
