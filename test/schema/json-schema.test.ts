/**
 * The published JSON Schema: fresh (the committed file is what the zod schema generates today),
 * valid for an independent validator (Ajv, draft 2020-12), accepting every example export, and
 * refusing what the parser refuses where JSON Schema can say it (dates, links, unknown keys).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { isRealDate, isRealPartialDate, isSafeUrl, parseConcept } from '@konzept-kit/sdk';
import { CONCEPT_SCHEMA_ID, conceptJsonSchema, renderConceptJsonSchema } from '../../packages/cli/src/json-schema.js';
import { rawMeasure, smallInput } from '../sdk/fixtures.js';

const SCHEMA_FILE = new URL('../../schema/concept.schema.json', import.meta.url);
const EXAMPLES = new URL('../../schema/examples/', import.meta.url);

function validator() {
  // strict: Ajv refuses unknown keywords and formats, so a schema it compiles means what it says.
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));
}

test('schema/concept.schema.json is what `npm run schema` generates now', () => {
  assert.equal(readFileSync(SCHEMA_FILE, 'utf8'), renderConceptJsonSchema(), 'stale: run `npm run schema` and commit the file');
});

test('the schema is draft 2020-12 with a stable $id, German title and named building blocks', () => {
  const schema = conceptJsonSchema();
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(schema.$id, CONCEPT_SCHEMA_ID);
  assert.match(String(schema.title), /Integrationskonzept/);
  const defs = schema.$defs as Record<string, { title?: string }>;
  for (const name of ['measure', 'field', 'objective', 'evaluation', 'councilPaper', 'id', 'text', 'longText', 'date', 'partialDate', 'url']) {
    assert.ok(defs[name]?.title, `$defs.${name} has a title`);
  }
  // Keys with a default may be left out: io "input".
  assert.deepEqual(schema.required, ['formatVersion', 'id', 'title', 'version', 'municipality', 'fields']);
});

describe('with Ajv (an independent validator)', () => {
  const validate = validator();
  const errors = () => (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join('; ');

  test('every example export in schema/examples is valid', () => {
    const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json'));
    assert.ok(files.length >= 4, `expected at least 4 examples, found ${files.join(', ') || 'none'}`);
    for (const file of files) {
      const data = JSON.parse(readFileSync(new URL(file, EXAMPLES), 'utf8'));
      assert.ok(validate(data), `${file}: ${errors()}`);
      assert.equal(parseConcept(data).success, true, `${file} is valid for the parser too`);
    }
  });

  test('the small fixture is valid', () => {
    assert.ok(validate(smallInput()), errors());
  });

  const refused: Array<[string, string, (input: Record<string, any>) => void]> = [
    ['an impossible date', '/evaluations/0/date', (i) => (i.evaluations[0].date = '2025-02-30')],
    ['a German date', '/evaluations/0/date', (i) => (i.evaluations[0].date = '28.03.2025')],
    ['a month 13', '/fields/0/objectives/0/measures/0/timeframe/start', (i) => (rawMeasure(i, 0, 0, 0).timeframe = { start: '2025-13' })],
    ['a javascript: link', '/fields/0/objectives/0/measures/0/links/0/url', (i) => (rawMeasure(i, 0, 0, 0).links = [{ url: 'javascript:alert(1)' }])],
    ['an unknown key', '/fields/0', (i) => (i.fields[0].farbe = 'rot')],
    ['a missing title', '/fields/0/objectives/0/measures/0', (i) => delete rawMeasure(i, 0, 0, 0).title],
    ['an invalid id', '/fields/0/id', (i) => (i.fields[0].id = 'sprache 1')],
    ['a wrong kind', '/fields/0/kind', (i) => (i.fields[0].kind = 'Handlungsfeld')],
  ];
  for (const [what, path, edit] of refused) {
    test(`refuses ${what}, like the parser`, () => {
      const input = smallInput();
      edit(input);
      assert.equal(parseConcept(input).success, false);
      assert.equal(validate(input), false, `Ajv accepted ${what}`);
      assert.ok(validate.errors!.some((e) => e.instancePath === path), `no error at ${path}: ${errors()}`);
    });
  }
});

describe('patterns for what zod checks with a function', () => {
  const defs = conceptJsonSchema().$defs as Record<string, { pattern: string }>;
  const matches = (name: string, value: string) => new RegExp(defs[name]!.pattern, 'u').test(value);

  test('the link pattern agrees with isSafeUrl', () => {
    const urls = [
      'https://www.lrakn.de/integration',
      'HTTP://X.DE',
      'mailto:integration@lrakn.de',
      '/relativ/seite.html',
      'seite.html',
      '#anker',
      '//cdn.example.org/x',
      'https:',
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'java\tscript:alert(1)',
      'java\u0000script:alert(1)',
      ' https://x.de',
      'https://x.de ',
      'https://x.de/a b',
      'data:text/html,x',
      'vbscript:x',
      'https.evil:x',
      'httpx://x',
      'file:///etc/passwd',
      'a:b',
      '\u00a0https://x.de',
    ];
    for (const url of urls) assert.equal(matches('url', url), isSafeUrl(url), `${JSON.stringify(url)}: pattern and isSafeUrl disagree`);
  });

  test('the date patterns agree with isRealDate and isRealPartialDate (except the calendar, left to format: date)', () => {
    const dates = ['2025-03-28', '1900-01-01', '2200-12-31', '1899-12-31', '2201-01-01', '2025-13-01', '2025-00-10', '2025-01-32', '25-01-01', '2025-1-1', '2025-03-28T00:00'];
    for (const date of dates) assert.equal(matches('date', date), isRealDate(date), `${date}: pattern and isRealDate disagree`);
    const partial = ['2025', '2025-06', '2025-06-30', '1899', '2025-13', '2025-06-31x', '20255'];
    for (const date of partial) assert.equal(matches('partialDate', date), isRealPartialDate(date), `${date}: pattern and isRealPartialDate disagree`);
  });
});
