/**
 * `sameJson` (the diff's attribute comparison) must answer exactly as comparing `canonicalJson`
 * strings did: key order ignored, keys holding undefined ignored, null and undefined alike as values.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalJson } from '@konzept-kit/sdk';
import { sameJson } from '../../packages/sdk/src/same-json.js';
import { Random } from '../../scripts/random.js';

const ATOMS: unknown[] = [undefined, null, 0, -0, 1, 2.5, NaN, Infinity, '', '0', 'null', 'a', 'A', true, false];

function value(rng: Random, depth: number): unknown {
  const r = rng.next();
  if (depth > 3 || r < 0.5) return rng.pick(ATOMS);
  if (r < 0.75) return Array.from({ length: rng.int(0, 3) }, () => value(rng, depth + 1));
  return Object.fromEntries(Array.from({ length: rng.int(0, 3) }, () => [rng.pick(['a', 'b', 'c', 'de', 'en']), value(rng, depth + 1)]));
}

/** A copy with keys reordered and, now and then, one thing changed. */
function variant(rng: Random, v: unknown): unknown {
  if (rng.chance(0.08)) return value(rng, 2);
  if (Array.isArray(v)) return v.map((x) => variant(rng, x));
  if (v && typeof v === 'object') {
    const entries = Object.entries(v).map(([k, x]) => [k, variant(rng, x)] as const);
    if (rng.chance(0.5)) entries.reverse();
    if (rng.chance(0.1)) entries.push([rng.pick(['a', 'z']), rng.pick(ATOMS)]);
    return Object.fromEntries(entries);
  }
  return v;
}

test('sameJson agrees with comparing canonicalJson strings on 20,000 random pairs', () => {
  const rng = new Random(7);
  let equal = 0;
  for (let i = 0; i < 20_000; i++) {
    const a = value(rng, 0);
    const b = rng.chance(0.3) ? value(rng, 0) : variant(rng, a);
    const expected = canonicalJson(a) === canonicalJson(b);
    if (expected) equal++;
    assert.equal(sameJson(a, b), expected, `${canonicalJson(a)} vs ${canonicalJson(b)}`);
    assert.equal(sameJson(b, a), expected);
  }
  assert.ok(equal > 2_000 && equal < 18_000, `too one-sided a sample: ${equal} equal pairs`);
});

test('the cases a diff meets: texts, language maps in another key order, lists', () => {
  assert.equal(sameJson('Sprachkurse', 'Sprachkurse'), true);
  assert.equal(sameJson({ de: 'Sprache', en: 'Language' }, { en: 'Language', de: 'Sprache' }), true);
  assert.equal(sameJson('Sprache', { de: 'Sprache' }), false);
  assert.equal(sameJson(['a', 'b'], ['b', 'a']), false);
  assert.equal(sameJson({ unit: 'Amt', url: undefined }, { unit: 'Amt' }), true);
  assert.equal(sameJson({ unit: 'Amt', url: null }, { unit: 'Amt' }), false);
  assert.equal(sameJson(undefined, null), true);
});
