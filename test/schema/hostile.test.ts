/**
 * Hostile input, field by field: where test/schema/broken-exports.test.ts has one hand-picked case
 * per kind of problem (malformed JSON, 10,000-deep nesting, a few prototype keys and links), this
 * file sweeps EVERY field of the format, found by walking the schema and a sample export side by
 * side (test/hostile-fields.ts): markup in every text is kept as text, unsafe links in every link
 * field are refused where they are, every required value missing, a wrong type in every field,
 * 1 MB in every text, prototype keys in every object, doubled ids in every list that has ids.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parseConcept, type ConceptIssue, type ParseResult } from '@konzept-kit/concept-schema';
import {
  at,
  everyFieldExport,
  fieldsOf,
  plantMarkup,
  schemaPatterns,
  setAt,
  UNSAFE_LINKS,
  type Field,
  type Json,
  type Path,
} from '../hostile-fields.js';

const konstanz = JSON.parse(readFileSync(new URL('../../schema/examples/konstanz-1.0.json', import.meta.url), 'utf8')) as Json;
const base = everyFieldExport(konstanz);
const fields = fieldsOf(base);
const pathText = (path: Path) => path.map((p, i) => (typeof p === 'number' ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(p) ? `${i ? '.' : ''}${p}` : `[${JSON.stringify(p)}]`)).join('') || '(root)';
/** The first occurrence of each pattern: one case per field of the format, not per measure. */
const firsts = (kinds: Field['kind'][]) => [...new Map(fields.filter((f) => kinds.includes(f.kind)).map((f) => [f.pattern, f] as const)).values()].reverse().reverse();
const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();

function refused(result: ParseResult, label: string): readonly ConceptIssue[] {
  assert.equal(result.success, false, `${label}: accepted`);
  for (const issue of result.issues) {
    assert.ok(issue.message.de.trim() && issue.message.en.trim(), `${label}: a message is empty at ${issue.at}`);
  }
  return result.issues;
}

function expectIssueAt(result: ParseResult, path: Path, codes: readonly string[], label: string): void {
  const issues = refused(result, label);
  const want = pathText(path);
  assert.ok(
    issues.some((i) => i.at === want && codes.includes(i.code)),
    `${label}: no ${codes.join('/')} problem at ${want}; got\n${issues.map((i) => `  ${i.at} [${i.code}]`).join('\n')}`,
  );
}

test('the test export holds every text, link and extra key the schema allows (none is missed)', () => {
  assert.deepEqual(parseConcept(JSON.stringify(base)).issues, []);
  const have = new Set(fields.map((f) => `${f.kind} ${f.pattern}`));
  // Language-map forms (`title{}`) come from planting maps into the plain texts (see below).
  const missing = schemaPatterns()
    .filter((p) => !(p.pattern.endsWith('{}') && have.has(`${p.kind} ${p.pattern.slice(0, -2)}`) && fields.some((f) => f.pattern === p.pattern.slice(0, -2) && f.map)))
    .filter((p) => !have.has(`${p.kind} ${p.pattern}`));
  assert.deepEqual(missing, [], 'complete everyFieldExport() in test/hostile-fields.ts');
  assert.ok(fields.filter((f) => f.kind === 'text').length > 1000);
  assert.ok(fields.filter((f) => f.kind === 'link').length >= 8);
});

describe('markup in every text field is text, kept as it is', () => {
  for (const form of ['string', 'map'] as const) {
    test(`as ${form === 'string' ? 'plain strings' : 'language maps'}`, () => {
      const planted = plantMarkup(base, form);
      const result = parseConcept(JSON.stringify(planted.doc));
      assert.deepEqual(result.issues, []);
      for (const { path, value } of planted.texts) assert.equal(at(result.concept, path), value, pathText(path));
      const keys = fieldsOf(planted.doc).filter((f) => f.kind === 'key');
      assert.ok(keys.length >= 4 && keys.every((f) => String(f.path[f.path.length - 1]).includes('<')), 'markup in the extra keys');
      for (const f of keys) assert.equal(at(result.concept, f.path), at(planted.doc, f.path));
    });
  }
});

test('an unsafe address in every link field is refused, each where it is', () => {
  const planted = plantMarkup(base, 'string', (i) => UNSAFE_LINKS[i % UNSAFE_LINKS.length]!);
  const result = parseConcept(JSON.stringify(planted.doc));
  for (const path of planted.links) expectIssueAt(result, path, ['url'], 'unsafe link');
  assert.equal(result.issues.length, planted.links.length, result.issues.map((i) => `${i.at} [${i.code}]`).join('\n'));
});

test('every required value missing, one at a time', () => {
  let cases = 0;
  for (const object of firsts(['object'])) {
    for (const key of object.required ?? []) {
      const doc = structuredClone(base);
      delete at(doc, object.path)[key];
      expectIssueAt(parseConcept(JSON.stringify(doc)), [...object.path, key], ['missing'], `without ${pathText([...object.path, key])}`);
      cases++;
    }
  }
  assert.ok(cases >= 30, `${cases} required values`);
});

test('a value of the wrong type in every field, one at a time', () => {
  const wrong = (value: unknown): unknown =>
    typeof value === 'string' ? 42 : typeof value === 'number' ? '42' : typeof value === 'boolean' ? 'ja' : Array.isArray(value) ? { x: 1 } : value && typeof value === 'object' ? ['x'] : 'x';
  let cases = 0;
  for (const f of firsts(['text', 'link', 'other', 'list', 'object'])) {
    if (!f.path.length || f.pattern.endsWith('{}') || f.pattern.endsWith('{key}')) continue;
    const doc = structuredClone(base);
    setAt(doc, f.path, wrong(at(doc, f.path)));
    expectIssueAt(parseConcept(JSON.stringify(doc)), f.path, ['type', 'text', 'value', 'format', 'date', 'url', 'missing'], `wrong type at ${pathText(f.path)}`);
    cases++;
  }
  assert.ok(cases >= 100, `${cases} fields`);
});

test('1 MB in every text field: each reported as too long, fast', () => {
  const mb = 'M'.repeat(1_000_000);
  const doc = structuredClone(base);
  const texts = fields.filter((f) => f.kind === 'text');
  for (const f of texts) setAt(doc, f.path, mb);
  const started = performance.now();
  // An already parsed value: as text this would be over the 20 MB limit (refused before parsing).
  const result = parseConcept(doc);
  assert.ok(performance.now() - started < 5_000, 'checking took more than 5 s');
  for (const f of texts) expectIssueAt(result, f.path, ['tooLong'], `1 MB at ${pathText(f.path)}`);
});

test('__proto__, constructor and prototype keys in every object: refused there, no prototype changed', () => {
  let cases = 0;
  for (const object of firsts(['object'])) {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const doc = structuredClone(base);
      // defineProperty: an assignment to __proto__ would set the prototype, not add a key.
      Object.defineProperty(at(doc, object.path), key, { value: { polluted: true, toString: 'x' }, enumerable: true, configurable: true, writable: true });
      const text = JSON.stringify(doc);
      assert.ok(text.includes(`"${key}":{"polluted":true`), 'the key is in the text');
      expectIssueAt(parseConcept(text), [...object.path, key], ['forbiddenKey'], `${key} in ${pathText(object.path)}`);
      cases++;
    }
  }
  assert.ok(cases >= 60, `${cases} objects × keys`);
  assert.equal(({} as Json).polluted, undefined);
  assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).sort(), prototypeBefore);
});

test('an id used twice in every list whose entries have ids', () => {
  let cases = 0;
  for (const list of firsts(['list']).filter((f) => f.ids)) {
    const doc = structuredClone(base);
    const entries = at(doc, list.path) as Json[];
    if (!entries.length) continue;
    entries.push(structuredClone(entries[0]!));
    expectIssueAt(parseConcept(JSON.stringify(doc)), [...list.path, entries.length - 1, 'id'], ['duplicateId'], `doubled id in ${pathText(list.path)}`);
    cases++;
  }
  assert.ok(cases >= 7, `${cases} lists`);
});
