/**
 * A short seeded run of the fuzzer's Node half (`npm run fuzz` runs 20,000): 300 mutants of the
 * sample exports, each checked as test/fuzz/check.ts says (nothing thrown, fast path equals zod,
 * prototype untouched, messages bounded, time linear in size).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { check } from '../fuzz/check.js';
import { generator } from '../fuzz/mutants.js';

const folder = new URL('../../schema/examples/', import.meta.url);
const samples = readdirSync(folder)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ name: f, json: JSON.parse(readFileSync(new URL(f, folder), 'utf8')) }));

test('300 seeded mutants: nothing thrown, fast path equals zod, prototype untouched, messages bounded, time linear', () => {
  const next = generator(18, samples);
  const failures: string[] = [];
  for (let i = 0; i < 300; i++) {
    const mutant = next();
    let outcome = check(mutant);
    if (outcome.failures.length && outcome.failures.every((f) => f.startsWith('took'))) outcome = check(mutant, { compare: false });
    if (outcome.failures.length) failures.push(`mutant ${i} (${mutant.base}; ${mutant.kinds.join('+')}): ${outcome.failures.join('; ')}`);
  }
  assert.deepEqual(failures, []);
});
