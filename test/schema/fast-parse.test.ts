/**
 * The fast path for export text (packages/concept-schema/src/fast-path.generated.ts, generated from
 * the zod schema by fast-path-source.ts) against zod's path
 * (`parseConcept` of an already parsed value goes through zod): on every sample, on generated
 * exports and on thousands of broken variants, both must give the same answer, the same problems
 * and the same concept, key by key and in the same order, frozen.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parseConcept, parseConceptLazily, parseConceptNow, type ParseResult } from '@konzept-kit/concept-schema';
import { FAST_MAX_DEPTH, INVALID, fastParse } from '../../packages/concept-schema/src/fast-path.generated.js';
import { quickParse } from '../../packages/concept-schema/src/quick-parse.js';
import { conceptFastPathSource, fastPathSource, Unsupported } from '../../packages/concept-schema/src/fast-path-source.js';
import { evolveConcept, generateConcept } from '../../bench/generate.js';
import { smallInput } from '../sdk/fixtures.js';

type Json = Record<string, any>;
const SAMPLES = ['konstanz-1.0', 'konstanz-2.0', 'landshut', 'loerrach'];
const sampleText = (name: string) => readFileSync(new URL(`../../schema/examples/${name}.json`, import.meta.url), 'utf8');

/** Differences in values, key order or frozenness, as a path; undefined when there are none. */
function difference(a: unknown, b: unknown, path = '$'): string | undefined {
  if (Object.is(a, b)) return undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return `${path}: ${String(a)} ≠ ${String(b)}`;
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: list and object`;
  if (Object.isFrozen(a) !== Object.isFrozen(b)) return `${path}: frozen on one side only`;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.join('\u0000') !== kb.join('\u0000')) return `${path}: keys [${ka}] ≠ [${kb}]`;
  for (const key of ka) {
    const found = difference((a as Json)[key], (b as Json)[key], `${path}.${key}`);
    if (found) return found;
  }
  return undefined;
}

/** Text (fast path first) and parsed value (zod only) must come to the same result. */
function expectSame(text: string, label: string): ParseResult {
  const viaText = parseConcept(text);
  const viaZod = parseConcept(JSON.parse(text));
  assert.equal(viaText.success, viaZod.success, `${label}: valid on one path only`);
  if (viaText.success) assert.equal(difference(viaText.concept, viaZod.concept), undefined, label);
  else assert.deepEqual(viaText.issues, viaZod.issues, label);
  return viaText;
}

test('the concept schema has a fast path, and a valid export never nests deeper than it allows', () => {
  assert.ok(FAST_MAX_DEPTH >= 8 && FAST_MAX_DEPTH <= 16, `maxDepth ${FAST_MAX_DEPTH}`);
  assert.equal(fastParse('not an object'), INVALID);
});

test('fast-path.generated.ts is what `npm run schema` generates from the zod schema now', () => {
  const file = readFileSync(new URL('../../packages/concept-schema/src/fast-path.generated.ts', import.meta.url), 'utf8');
  assert.equal(file, conceptFastPathSource(), 'stale: run `npm run schema` and commit the file');
});

test('a schema with a kind the fast path does not follow gets none: generating it fails, so parsing is never laxer', async () => {
  const z = await import('zod/mini');
  const refinements = {};
  assert.throws(() => fastPathSource(z.strictObject({ at: z.string().check(z.email()) }), refinements), Unsupported);
  assert.throws(() => fastPathSource(z.object({ a: z.string() }), refinements), Unsupported, 'a non-strict object');
  assert.throws(() => fastPathSource(z.strictObject({ a: z.string().check(z.refine((v) => v !== 'x')) }), refinements), Unsupported, 'an unnamed refinement');
  // An object tried first could be completed and frozen before it is refused, changing what the next option sees.
  const object = z.strictObject({ a: z._default(z.array(z.string()), []) });
  assert.throws(() => fastPathSource(z.strictObject({ u: z.union([object, z.string()]) }), refinements), Unsupported, 'a union with an object first');
  assert.throws(() => fastPathSource(z.strictObject({ '1': z.string() }), refinements), Unsupported, 'an integer-like key (JSON.parse puts it first)');
});

test('the default Ampel is imported from defaults.ts, not written out again in the generated file', () => {
  const file = readFileSync(new URL('../../packages/concept-schema/src/fast-path.generated.ts', import.meta.url), 'utf8');
  assert.match(file, /import \{ AMPEL_SCALE \} from "\.\/defaults\.js"/);
  assert.doesNotMatch(file, /Traffic light/);
});

test('parseConceptNow answers a valid export without the detailed parser; parseConceptLazily answers everything as parseConcept does', async () => {
  const text = sampleText('landshut');
  const now = parseConceptNow(text);
  assert.equal(now?.success, true);
  assert.equal(difference(now!.concept, parseConcept(JSON.parse(text)).concept), undefined);
  // Data given as a value (not text) is copied, so the caller's value stays as it was.
  const given = JSON.parse(text);
  assert.equal(difference(parseConceptNow(given)!.concept, parseConcept(JSON.parse(text)).concept), undefined);
  assert.equal(Object.isFrozen(given), false);
  const broken = { ...given, fields: [{ ...given.fields[0], kind: 'lila' }] };
  assert.deepEqual((await parseConceptLazily(broken)).issues, parseConcept(broken).issues);
  assert.deepEqual((await parseConceptLazily(JSON.stringify(broken))).issues, parseConcept(JSON.stringify(broken)).issues);
  assert.deepEqual((await parseConceptLazily('{"a":')).issues, parseConcept('{"a":').issues);
  for (const odd of [{ ...given, adopted: new Date() }, { ...given, summary: undefined }, Object.assign(Object.create({ x: 1 }), given)]) {
    assert.deepEqual((await parseConceptLazily(odd)).success, parseConcept(odd).success);
  }
});

test('an export that only the semantic checks refuse is left to the detailed parser, which words the problem', async () => {
  const input = smallInput();
  input.fields[1].id = input.fields[0].id;
  const text = JSON.stringify(input);
  assert.equal(quickParse(text), undefined);
  const result = parseConcept(text);
  assert.equal(result.success, false);
  assert.equal(result.issues[0]?.code, 'duplicateId');
  assert.match(result.issues[0]!.message.en, /^The id "[^"]+" is used twice: a field with this id is already at fields\[0\]\.$/);
  assert.deepEqual(result.issues, parseConcept(input).issues);
  assert.deepEqual((await parseConceptLazily(text)).issues, result.issues);
});

test('every semantic check refuses on the fast path what the detailed parser refuses, and nothing more', () => {
  /** A small export with a participation input, a guideline and an integration report to refer to. */
  const base = (): Json => {
    const input = smallInput();
    input.statusScale = { id: 'ampel', statuses: [{ id: 'green', label: 'grün' }, { id: 'yellow', label: 'gelb' }, { id: 'red', label: 'rot' }, { id: 'none', label: '–' }], unrated: 'none' };
    input.participation = [{ id: 'p1', kind: 'workshop', title: 'Werkstatt', date: '2024-05-02', dateTo: '2024-05-03', field: 'sprache' }];
    input.guidelines = [{ id: 'g1', text: 'Leitlinie', field: 'sprache' }];
    input.integrationReports = [{ id: 'r1', title: 'Bericht', date: '2025-01-01', measures: [{ title: 'M', field: 'sprache', assessment: 'gut' }] }];
    const first = input.fields[0].objectives[0].measures[0];
    first.participation = ['p1'];
    first.timeframe = { start: '2024-05', end: '2024' };
    return input;
  };
  const measureOf = (input: Json) => input.fields[0].objectives[0].measures[0];
  const problems: Record<string, (input: Json) => void> = {
    'a doubled status': (i) => (i.statusScale.statuses[1].id = 'green'),
    'an unknown unrated status': (i) => (i.statusScale.unrated = 'grau'),
    'a doubled evaluation': (i) => (i.evaluations[1].id = i.evaluations[0].id),
    'a doubled field': (i) => (i.fields[1].id = i.fields[0].id),
    'a doubled participation input': (i) => i.participation.push({ ...i.participation[0] }),
    'a participation input in an unknown field': (i) => (i.participation[0].field = 'nirgends'),
    'a participation input that ends before it starts': (i) => (i.participation[0].dateTo = '2024-05-01'),
    'a doubled guideline': (i) => i.guidelines.push({ ...i.guidelines[0] }),
    'a guideline in an unknown field': (i) => (i.guidelines[0].field = 'nirgends'),
    'a doubled integration report': (i) => i.integrationReports.push({ ...i.integrationReports[0] }),
    'a reported measure in an unknown field': (i) => (i.integrationReports[0].measures[0].field = 'nirgends'),
    'an objective doubled in another field': (i) => (i.fields[1].objectives[0].id = i.fields[0].objectives[0].id),
    'a measure doubled in another objective': (i) => (i.fields[1].objectives[0].measures[0].id = measureOf(i).id),
    'an unknown status': (i) => (measureOf(i).status.value = 'lila'),
    'a status of an unknown evaluation': (i) => (measureOf(i).status.evaluation = 'ev-1999'),
    'a report of an unknown status': (i) => (measureOf(i).history[0].status = 'lila'),
    'a report of an unknown evaluation': (i) => (measureOf(i).history[0].evaluation = 'ev-1999'),
    'an evaluation reported twice': (i) => (measureOf(i).history[1].evaluation = measureOf(i).history[0].evaluation),
    'a timeframe that ends before it starts': (i) => (measureOf(i).timeframe.end = '2023-12'),
    'an unknown participation input': (i) => measureOf(i).participation.push('p2'),
  };
  const valid = JSON.stringify(base());
  assert.equal(quickParse(valid)?.success, true, 'the base export (a timeframe from May 2024 to 2024 included) is valid');
  assert.equal(parseConcept(JSON.parse(valid)).success, true);
  for (const [label, spoil] of Object.entries(problems)) {
    const input = base();
    spoil(input);
    const text = JSON.stringify(input);
    assert.notEqual(fastParse(JSON.parse(text)), INVALID, `${label}: valid in shape`);
    assert.equal(quickParse(text), undefined, `${label}: the fast path accepted it`);
    assert.equal(parseConcept(JSON.parse(text)).success, false, `${label}: zod's path accepted it`);
  }
});

/** A valid export takes the fast path (a miss is not wrong, but as slow as zod and it loads zod on a page). */
function expectFast(text: string, label: string): void {
  assert.notEqual(fastParse(JSON.parse(text)), INVALID, `${label}: the fast path refused a valid export`);
}

describe('valid exports: the same concept on both paths', () => {
  for (const name of SAMPLES) {
    test(name, () => {
      assert.equal(expectSame(sampleText(name), name).success, true);
      expectFast(sampleText(name), name);
    });
  }

  test('generated exports of 200 measures and their next version', () => {
    const first = generateConcept(200);
    assert.equal(expectSame(JSON.stringify(first), 'generated').success, true);
    assert.equal(expectSame(JSON.stringify(evolveConcept(first)), 'generated v2').success, true);
    expectFast(JSON.stringify(first), 'generated');
  });

  test('keys in another order than the schema, and every list given though empty', () => {
    const input = smallInput();
    const reverse = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reverse)
        : value && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverse(v)]))
          : value;
    assert.equal(expectSame(JSON.stringify(reverse(input)), 'reversed keys').success, true);
    expectFast(JSON.stringify(reverse(input)), 'reversed keys');
    for (const field of input.fields) for (const objective of field.objectives) for (const m of objective.measures) {
      Object.assign(m, { history: m.history ?? [], partners: [], targetGroups: [], indicators: [], links: [], councilPapers: [], participation: [] });
    }
    assert.equal(expectSame(JSON.stringify(input), 'explicit empty lists').success, true);
    expectFast(JSON.stringify(input), 'explicit empty lists');
  });

  test('a maxDepth below what a valid export needs is still reported as too deep', () => {
    const text = sampleText('loerrach');
    const result = parseConcept(text, { maxDepth: 3 });
    assert.equal(result.success, false);
    assert.deepEqual(result.issues, parseConcept(JSON.parse(text), { maxDepth: 3 }).issues);
    assert.equal(result.issues[0]?.code, 'tooDeep');
  });
});

describe('broken variants of a small export: the same problems on both paths', () => {
  /** Every path to a value in the fixture, objects and lists included. */
  function paths(value: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
    if (value === null || typeof value !== 'object') return [at];
    const children = Array.isArray(value) ? value.map((v, i) => paths(v, [...at, i])) : Object.entries(value).map(([k, v]) => paths(v, [...at, k]));
    return [at, ...children.flat()];
  }
  const edit = (path: Array<string | number>, change: (parent: Json, key: string | number) => void): string => {
    const input = smallInput();
    let parent: Json = input;
    for (const key of path.slice(0, -1)) parent = parent[key as string];
    change(parent, path[path.length - 1]!);
    return JSON.stringify(input);
  };
  const all = paths(smallInput()).filter((p) => p.length > 0);
  const replacements: unknown[] = [null, 0, -1, 1.5, 1e300, '', 'x', 'x'.repeat(2_001), '2025-02-30', '2025', 'javascript:alert(1)', true, [], {}, ['x'], { de: 'x' }, { 'xx-1234567890': 'y' }];

  test(`each of ${all.length} values deleted`, () => {
    for (const path of all) {
      expectSame(
        edit(path, (parent, key) => (Array.isArray(parent) ? parent.splice(key as number, 1) : delete parent[key])),
        `delete ${path.join('.')}`,
      );
    }
  });

  test(`each value replaced by ${replacements.length} others of every JSON type`, () => {
    for (const path of all) {
      for (const value of replacements) expectSame(edit(path, (parent, key) => (parent[key] = value)), `${path.join('.')} = ${JSON.stringify(value)}`);
    }
  });

  test('an unknown key and the prototype keys added to every object', () => {
    for (const path of [[], ...all]) {
      for (const key of ['unknown', '__proto__', 'constructor', 'prototype']) {
        const input = smallInput();
        let target: Json = input;
        for (const k of path) target = target[k as string];
        if (target === null || typeof target !== 'object' || Array.isArray(target)) continue;
        // Spliced into the text: an object literal's __proto__ would set the prototype instead.
        const text = JSON.stringify(input).replace(JSON.stringify(target), JSON.stringify(target).replace(/^\{/, `{"${key}":"x",`));
        expectSame(text, `${path.join('.')} + ${key}`);
        assert.equal(({} as Json).x, undefined);
      }
    }
  });

  test('an empty list where one entry is needed, and doubled ids', () => {
    expectSame(edit(['statusScale'], (parent) => (parent.statusScale = { statuses: [] })), 'no statuses');
    expectSame(edit(['fields', 1, 'id'], (parent) => (parent.id = 'sprache')), 'doubled field');
    expectSame(
      edit(['fields', 1, 'objectives', 0, 'measures', 0, 'id'], (parent) => (parent.id = 'sprache-1-1')),
      'doubled measure',
    );
  });
});
