/**
 * The Node half of the fuzzer: what must hold for every mutant, whatever it is.
 * - nothing throws out of `decodeExport` or `parseConcept`;
 * - the fast path agrees with zod: where it accepts, zod accepts with the same output;
 * - Object.prototype is unchanged;
 * - every message and path is bounded (MAX_MESSAGE, 4,000 characters);
 * - time is linear in size: recorded per mutant (ms per MB) for the report and its bound.
 */
import { isDeepStrictEqual } from 'node:util';
import { decodeExport, MAX_MESSAGE, parseConcept, schemas, checkSemantics } from '@konzept-kit/sdk';
import { fastParse, INVALID } from '../../packages/concept-schema/src/fast-path.generated.js';
import { hasSemanticProblems } from '../../packages/concept-schema/src/semantic-check.js';
import type { Concept } from '@konzept-kit/sdk';
import type { Mutant } from './mutants.js';

export interface Outcome {
  readonly bytes: number;
  readonly ms: number;
  readonly valid: boolean;
  readonly issues: number;
  readonly longestMessage: number;
  /** The fast path said "not sure" where zod accepted (slower, not wrong). */
  readonly fastMiss: boolean;
  readonly failures: readonly string[];
}

const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort().join();

/**
 * Bounded time, linear in size: 250 ms, plus 2.5 s per MB (an invalid export with 20,000 problems
 * in 0.7 MB took 1.6 s on a machine with a load of 28 on two cores). A check that grew quadratically (40,000 doubled ids: 8 s for 1.6 MB)
 * is far beyond it.
 */
export function timeBound(bytes: number): number {
  return 250 + (bytes / 1_000_000) * 2_500;
}

export function check(mutant: Mutant, { compare = true } = {}): Outcome {
  const failures: string[] = [];
  let text: string | undefined;
  const start = performance.now();
  let valid = false;
  let issues = 0;
  let longestMessage = 0;
  try {
    const decoded = decodeExport(mutant.bytes);
    if (decoded.ok) text = decoded.text;
    else longestMessage = Math.max(decoded.message.de.length, decoded.message.en.length);
  } catch (error) {
    failures.push(`decodeExport threw: ${String(error).slice(0, 200)}`);
  }
  if (text !== undefined) {
    try {
      const result = parseConcept(text);
      valid = result.success;
      issues = result.issues.length;
      for (const issue of result.issues) {
        longestMessage = Math.max(longestMessage, issue.message.de.length, issue.message.en.length);
        if (issue.at.length > 4_000) failures.push(`a path of ${issue.at.length} characters (${issue.code})`);
      }
    } catch (error) {
      failures.push(`parseConcept threw: ${String(error).slice(0, 200)}`);
    }
  }
  const ms = performance.now() - start;
  if (longestMessage > MAX_MESSAGE) failures.push(`a message of ${longestMessage} characters`);
  if (ms > timeBound(mutant.bytes.length)) failures.push(`took ${Math.round(ms)} ms for ${mutant.bytes.length} bytes`);
  if (Object.getOwnPropertyNames(Object.prototype).sort().join() !== prototypeBefore || ({} as Record<string, unknown>)['polluted'] !== undefined) {
    failures.push('Object.prototype changed');
  }
  let fastMiss = false;
  if (compare && text !== undefined) {
    const agreement = compareWithZod(text);
    fastMiss = agreement.fastMiss;
    if (agreement.failure) failures.push(agreement.failure);
  }
  return { bytes: mutant.bytes.length, ms, valid, issues, longestMessage, fastMiss, failures };
}

/** The fast path against zod on the same JSON: where the fast path accepts, zod must too, with the same output. */
function compareWithZod(text: string): { fastMiss: boolean; failure?: string } {
  let first: unknown;
  let second: unknown;
  try {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    first = JSON.parse(body);
    second = JSON.parse(body);
  } catch {
    return { fastMiss: false };
  }
  let viaFast: unknown;
  try {
    viaFast = fastParse(first);
  } catch (error) {
    return { fastMiss: false, failure: `the fast path threw: ${String(error).slice(0, 200)}` };
  }
  const viaZod = schemas().concept.safeParse(second, { reportInput: false });
  if (viaFast === INVALID) return { fastMiss: viaZod.success };
  if (!viaZod.success)
    return { fastMiss: false, failure: `the fast path accepted what zod refuses: ${viaZod.error.issues[0]?.path.join('.')} ${viaZod.error.issues[0]?.code}` };
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(viaFast)), JSON.parse(JSON.stringify(viaZod.data))))
    return { fastMiss: false, failure: 'the fast path and zod give different output' };
  // Both accept: the semantic checks decide validity for both alike; a page asks only whether there is a problem.
  if (hasSemanticProblems(viaFast as Concept) !== checkSemantics(viaFast).length > 0)
    return { fastMiss: false, failure: 'hasSemanticProblems and checkSemantics disagree' };
  return { fastMiss: false };
}
