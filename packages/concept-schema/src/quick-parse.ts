/**
 * The part of parsing a page needs for a valid export, without zod: `JSON.parse`, the fast path
 * generated from the schema (fast-path.generated.ts) and the semantic checks (without their words).
 * What it cannot decide (the export is not valid, or it is not sure) it leaves to the detailed parser
 * (parse.ts, with zod and the worded messages), which a page loads only then: `parseConceptLazily`
 * here, the same answers as `parseConcept`.
 */
import type { ConceptIssue } from './issues.js';
import { hasSemanticProblems } from './semantic-check.js';
import type { Concept } from './types.js';
import { FAST_MAX_DEPTH, INVALID, fastParse } from './fast-path.generated.js';

export interface ParseOptions {
  /** Refuse text longer than this many characters before parsing it (default 20 million, about 20 MB). */
  maxLength?: number;
  /** Refuse nesting deeper than this (default 40; a valid export needs about 10). */
  maxDepth?: number;
}

export type ParseResult =
  | { readonly success: true; readonly concept: Concept; readonly issues: readonly [] }
  | { readonly success: false; readonly concept?: undefined; readonly issues: readonly ConceptIssue[] };

export const DEFAULT_MAX_DEPTH = 40;
export const DEFAULT_MAX_LENGTH = 20_000_000;
/** Keys that would reach an object's prototype if some later code copied them naively. */
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function fail(issues: ConceptIssue[]): ParseResult {
  return { success: false, issues };
}

/** JSON text without the UTF-8 BOM that Windows editors put first (JSON.parse rejects it; people should not have to care). */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * A copy of a value given as data (not text) made only of what `JSON.parse` makes, for the fast path
 * (which uses up what it is given); undefined where the value holds anything else (a Date, undefined,
 * a class instance, a prototype key): that is the detailed parser's to judge.
 */
function jsonCopy(value: unknown, depth: number): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') return value;
  if (typeof value !== 'object' || depth > FAST_MAX_DEPTH) return undefined;
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) return undefined;
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const item = jsonCopy(value[i], depth + 1);
      if (item === undefined) return undefined;
      out[i] = item;
    }
    return out;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return undefined;
    const item = jsonCopy((value as Record<string, unknown>)[key], depth + 1);
    if (item === undefined) return undefined;
    out[key] = item;
  }
  return out;
}

/**
 * The answer for a valid export without zod; undefined when only the detailed parser can answer (it
 * words the problems, the semantic ones too). Text is parsed here; data given as a value is copied first.
 */
export function quickParse(input: unknown, options: ParseOptions = {}): ParseResult | undefined {
  let data: unknown;
  if (typeof input === 'string') {
    // Too large, or no JSON: the detailed parser says so, with the line and column.
    if (input.length > (options.maxLength ?? DEFAULT_MAX_LENGTH)) return undefined;
    try {
      data = JSON.parse(withoutBom(input));
    } catch {
      return undefined;
    }
  } else {
    data = jsonCopy(input, 0);
    if (data === undefined) return undefined;
  }
  // A maxDepth below what a valid export needs: the detailed parser says where it is too deep.
  if ((options.maxDepth ?? DEFAULT_MAX_DEPTH) < FAST_MAX_DEPTH) return undefined;
  const concept = fastParse(data);
  if (concept === INVALID) return undefined;
  return hasSemanticProblems(concept as Concept) ? undefined : { success: true, concept: concept as Concept, issues: [] };
}

type Detailed = typeof import('./parse.js');
let detailed: Detailed | undefined;
let loading: Promise<Detailed> | undefined;

/** The detailed parser (zod and its worded messages), loaded on first need. */
function loadDetailed(): Promise<Detailed> {
  loading ??= import('./parse.js').then((module) => (detailed = module));
  return loading;
}

/**
 * The answer of `parseConcept` now, if it is known without loading anything: for a valid export,
 * or once the detailed parser is loaded. Undefined otherwise (then use `parseConceptLazily`).
 */
export function parseConceptNow(input: unknown, options: ParseOptions = {}): ParseResult | undefined {
  return quickParse(input, options) ?? detailed?.parseInDetail(input, options);
}

/**
 * `parseConcept`'s answer, loading zod and the detailed messages only when the export is not valid:
 * what a page uses, so a reader of a valid export never downloads them.
 */
export async function parseConceptLazily(input: unknown, options: ParseOptions = {}): Promise<ParseResult> {
  return parseConceptNow(input, options) ?? (await loadDetailed()).parseInDetail(input, options);
}
