/**
 * Broken exports, one per kind of problem a web editor (or an attacker) produces. Each must be
 * refused with the JSON path of the problem and a message in German and in English.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseConcept, type ConceptIssue, type IssueCode, type ParseResult } from '@konzept-kit/sdk';
import { rawMeasure, smallInput } from '../sdk/fixtures.js';

type Json = Record<string, any>;

function problems(result: ParseResult): readonly ConceptIssue[] {
  assert.equal(result.success, false, 'the export should have been refused');
  for (const problem of result.issues) {
    assert.ok(problem.message.de.trim(), `German message empty at ${problem.at}`);
    assert.ok(problem.message.en.trim(), `English message empty at ${problem.at}`);
    assert.notEqual(problem.message.de, problem.message.en, `message not translated at ${problem.at}: ${problem.message.en}`);
  }
  return result.issues;
}

/** Asserts a problem at exactly this path (and code), and returns it. */
function expectIssue(result: ParseResult, at: string, code?: IssueCode): ConceptIssue {
  const all = problems(result);
  const found = all.find((p) => p.at === at && (code === undefined || p.code === code));
  assert.ok(found, `no ${code ?? ''} problem at ${at}; got:\n${all.map((p) => `  ${p.at} [${p.code}] ${p.message.en}`).join('\n')}`);
  return found;
}

function broken(edit: (input: Json) => void): ParseResult {
  const input = smallInput();
  edit(input);
  return parseConcept(JSON.stringify(input));
}

test('the unbroken fixture is valid (so every refusal below is caused by its edit)', () => {
  const result = parseConcept(JSON.stringify(smallInput()));
  assert.deepEqual(result.issues, []);
  assert.equal(result.success, true);
});

describe('not JSON', () => {
  test('a trailing comma is located by line and column', () => {
    const text = '{\n  "formatVersion": 1,\n  "id": "x",\n}';
    const problem = expectIssue(parseConcept(text), '(root)', 'json');
    assert.match(problem.message.de, /Zeile 4, Spalte 1/);
    assert.match(problem.message.en, /line 4, column 1/);
  });

  test('single quotes are located on their line', () => {
    const problem = expectIssue(parseConcept('{\n  "formatVersion": 1,\n    \'id\': "x"\n}'), '(root)', 'json');
    assert.match(problem.message.en, /line 3, column 5/);
    assert.match(problem.message.de, /einfache statt doppelter Anführungszeichen/);
  });

  test(
    'an error after a long (2.5 MB) but valid string is located at the error, not at the string',
    () => {
      const problem = expectIssue(parseConcept(`{\n "summary": "${'x'.repeat(2_500_000)}",\n "a": 1,\n}`), '(root)', 'json');
      assert.match(problem.message.en, /line 4, column 1/);
    },
  );

  test('a file cut off in the middle says so', () => {
    const problem = expectIssue(parseConcept('{"formatVersion": 1, "fields": [{"id": "a"'), '(root)', 'json');
    assert.match(problem.message.de, /am Ende/);
    assert.match(problem.message.en, /at the end/);
  });

  test('an empty file and a file of blanks are called empty', () => {
    for (const text of ['', '   \n\t\n', '\uFEFF']) {
      const problem = expectIssue(parseConcept(text), '(root)', 'json');
      assert.match(problem.message.de, /leer/);
      assert.match(problem.message.en, /empty/);
    }
  });
});

describe('hostile sizes and shapes', () => {
  test('text longer than maxLength is refused before parsing', () => {
    const problem = expectIssue(parseConcept(`"${'x'.repeat(200)}"`, { maxLength: 100 }), '(root)', 'tooLarge');
    assert.match(problem.message.en, /too large/);
  });

  test('a real 50 MB string is refused by the default limit of 20 MB, fast', () => {
    const text = `{"title": "${'a'.repeat(50_000_000)}"}`;
    const started = performance.now();
    const problem = expectIssue(parseConcept(text), '(root)', 'tooLarge');
    assert.ok(performance.now() - started < 2_000, 'refusing a 50 MB string took more than 2 s');
    assert.match(problem.message.de, /50 MB, erlaubt sind 20 MB/);
    assert.match(problem.message.en, /50 MB, the limit is 20 MB/);
  });

  test('10,000-deep nesting is refused without a stack overflow', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const text = `{"formatVersion": 1, "extra": {"x": ${deep}}}`;
    const problem = expectIssue(parseConcept(text), 'extra.x[0][0][0][0][0][0][0][0][0][0]', 'tooDeep');
    assert.match(problem.message.en, /deeper than 40 levels/);
  });

  test('10,000-deep nesting given as an object is refused too', () => {
    let value: unknown = {};
    for (let i = 0; i < 10_000; i++) value = { a: value };
    const problem = expectIssue(parseConcept({ ...smallInput(), extra: value }), 'extra.a.a.a.a.a.a.a.a.a.a.a', 'tooDeep');
    assert.ok(problem);
  });

  test('a title of 1 MB is too long, and says how long', () => {
    const result = broken((input) => (input.title = 'T'.repeat(1_000_000)));
    const problem = expectIssue(result, 'title', 'tooLong');
    assert.match(problem.message.de, /höchstens 2\.000 Zeichen, gefunden 1\.000\.000/);
    assert.match(problem.message.en, /at most 2,000 characters, found 1,000,000/);
  });

  test('a description of 1 MB in a measure is too long', () => {
    const result = broken((input) => (rawMeasure(input, 0, 0, 1).description = 'd'.repeat(1_000_000)));
    expectIssue(result, 'fields[0].objectives[0].measures[1].description', 'tooLong');
  });
});

describe('prototype pollution', () => {
  const before = Object.getOwnPropertyNames(Object.prototype).sort();

  // Spliced into the JSON text: in an object literal, `__proto__` would set the prototype instead.
  for (const [key, after, at] of [
    ['__proto__', '{', '__proto__'],
    ['constructor', '"id":"sprache",', 'fields[0].constructor'],
    ['prototype', '"id":"sprache-1-1",', 'fields[0].objectives[0].measures[0].prototype'],
  ] as const) {
    test(`"${key}" (at ${at}) is refused and changes no prototype`, () => {
      const text = JSON.stringify(smallInput()).replace(after, `${after}"${key}":{"polluted":true},`);
      assert.ok(text.includes(`"${key}":{"polluted":true}`));
      const problem = expectIssue(parseConcept(text), at, 'forbiddenKey');
      assert.match(problem.message.en, new RegExp(`"${key}" is not allowed`));
      assert.equal(({} as Json).polluted, undefined);
      assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
      assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).sort(), before);
    });
  }

  test('an already parsed value with an own __proto__ key is refused too', () => {
    const input = JSON.parse(`{"__proto__": {"polluted": true}, "formatVersion": 1}`);
    expectIssue(parseConcept(input), '__proto__', 'forbiddenKey');
    assert.equal(({} as Json).polluted, undefined);
  });
});

describe('missing required values', () => {
  const required: Array<[string, (input: Json) => void]> = [
    ['formatVersion', (i) => delete i.formatVersion],
    ['id', (i) => delete i.id],
    ['title', (i) => delete i.title],
    ['version', (i) => delete i.version],
    ['municipality', (i) => delete i.municipality],
    ['fields', (i) => delete i.fields],
    ['municipality.name', (i) => delete i.municipality.name],
    ['fields[0].id', (i) => delete i.fields[0].id],
    ['fields[0].kind', (i) => delete i.fields[0].kind],
    ['fields[0].title', (i) => delete i.fields[0].title],
    ['fields[0].objectives[0].id', (i) => delete i.fields[0].objectives[0].id],
    ['fields[0].objectives[0].title', (i) => delete i.fields[0].objectives[0].title],
    ['fields[0].objectives[0].measures[2].id', (i) => delete rawMeasure(i, 0, 0, 2).id],
    ['fields[0].objectives[0].measures[2].title', (i) => delete rawMeasure(i, 0, 0, 2).title],
    ['fields[0].objectives[0].measures[2].status.value', (i) => delete rawMeasure(i, 0, 0, 2).status.value],
    ['fields[0].objectives[0].measures[2].history[0].evaluation', (i) => delete rawMeasure(i, 0, 0, 2).history[0].evaluation],
    ['fields[0].objectives[0].measures[2].lead.unit', (i) => delete rawMeasure(i, 0, 0, 2).lead.unit],
    ['evaluations[1].date', (i) => delete i.evaluations[1].date],
  ];
  for (const [at, edit] of required) {
    test(at, () => {
      const result = broken(edit);
      const problem = expectIssue(result, at, 'missing');
      assert.match(problem.message.de, /Pflichtangabe fehlt/);
      assert.match(problem.message.en, /Required value is missing/);
      // One missing value is one problem, not a cascade.
      assert.equal(result.issues.length, 1, result.issues.map((p) => p.at).join(', '));
    });
  }
});

describe('wrong types', () => {
  const cases: Array<[string, IssueCode, (input: Json) => void, RegExp]> = [
    ['formatVersion', 'value', (i) => (i.formatVersion = '1'), /"1" is not allowed: use 1/],
    ['id', 'type', (i) => (i.id = 42), /expected text, found number/],
    ['fields', 'type', (i) => (i.fields = {}), /expected list \[ … \], found object/],
    ['title', 'text', (i) => (i.title = 42), /Expected a text or a language map/],
    ['fields[0].kind', 'value', (i) => (i.fields[0].kind = 'Handlungsfeld'), /use "action", "crossCutting"/],
    ['fields[0].objectives[0].measures[0].addedLater', 'type', (i) => (rawMeasure(i, 0, 0, 0).addedLater = 'ja'), /expected true or false, found text/],
    ['fields[0].objectives[0].measures[2].partners[1]', 'text', (i) => (rawMeasure(i, 0, 0, 2).partners[1] = ['x']), /found list/],
    ['fields[0].objectives', 'type', (i) => (i.fields[0].objectives = null), /expected list \[ … \], found null/],
    ['fields[1].title["xx-1234567890"]', 'format', (i) => (i.fields[1].title = { de: 'Gesundheit', 'xx-1234567890': 'y' }), /language code/],
  ];
  for (const [at, code, edit, english] of cases) {
    test(`${at}: ${code}`, () => {
      const result = broken(edit);
      assert.match(expectIssue(result, at, code).message.en, english);
    });
  }
});

describe('unknown keys', () => {
  test('a typo at the root suggests the known key', () => {
    const problem = expectIssue(broken((i) => (i.titel = 'x')), 'titel', 'unknownKey');
    assert.match(problem.message.de, /Meinten Sie "title"\?/);
    assert.match(problem.message.en, /Did you mean "title"\?/);
  });

  test('a typo in a measure suggests the key of a measure', () => {
    const problem = expectIssue(broken((i) => (rawMeasure(i, 0, 0, 0).descripton = 'x')), 'fields[0].objectives[0].measures[0].descripton', 'unknownKey');
    assert.match(problem.message.en, /Did you mean "description"\?/);
    assert.match(problem.message.de, /unter "extra"/);
  });

  test('a key like no known one gets no suggestion, but the hint at extra', () => {
    const problem = expectIssue(broken((i) => (i.fields[0].farbe = 'rot')), 'fields[0].farbe', 'unknownKey');
    assert.doesNotMatch(problem.message.en, /Did you mean/);
    assert.match(problem.message.en, /belongs under "extra"/);
  });
});

describe('ids', () => {
  for (const bad of ['sprache 1', 'Maßnahme', '-sprache', '', 'x'.repeat(129)]) {
    test(`${JSON.stringify(bad.length > 20 ? `${bad.slice(0, 10)}…` : bad)} is not a valid id`, () => {
      const problem = expectIssue(broken((i) => (i.fields[0].id = bad)), 'fields[0].id', 'format');
      assert.match(problem.message.de, /keine gültige Kennung/);
      assert.match(problem.message.en, /not a valid id/);
    });
  }

  const duplicates: Array<[string, string, (input: Json) => void]> = [
    ['field', 'fields[1].id', (i) => (i.fields[1].id = 'sprache')],
    ['objective', 'fields[1].objectives[0].id', (i) => (i.fields[1].objectives[0].id = 'sprache-1')],
    ['measure', 'fields[2].objectives[0].measures[0].id', (i) => (rawMeasure(i, 2, 0, 0).id = 'sprache-1-1')],
    ['evaluation', 'evaluations[2].id', (i) => i.evaluations.push({ id: 'ev-2024', date: '2024-09-01' })],
    [
      'status',
      'statusScale.statuses[3].id',
      (i) =>
        (i.statusScale = {
          statuses: ['green', 'yellow', 'red', 'green'].map((id, n) => ({ id, label: `Stufe ${n}` })),
        }),
    ],
  ];
  for (const [kind, at, edit] of duplicates) {
    test(`a duplicate ${kind} id is reported where it occurs the second time`, () => {
      const result = broken(edit);
      const problem = expectIssue(result, at, 'duplicateId');
      assert.match(problem.message.en, /is used twice/);
      assert.equal(result.issues.length, 1, result.issues.map((p) => p.at).join(', '));
    });
  }
});

describe('references', () => {
  test('a status that is not in the scale', () => {
    const problem = expectIssue(broken((i) => (rawMeasure(i, 0, 0, 0).status.value = 'blue')), 'fields[0].objectives[0].measures[0].status.value', 'unknownStatus');
    assert.match(problem.message.de, /"blue" steht nicht in der Statusskala \(erlaubt: "green", "yellow", "red"\)/);
  });

  test('a status in the history that is not in the scale', () => {
    expectIssue(broken((i) => (rawMeasure(i, 2, 0, 0).history[0].status = 'orange')), 'fields[2].objectives[0].measures[0].history[0].status', 'unknownStatus');
  });

  test("the scale's unrated status must be one of its statuses", () => {
    expectIssue(broken((i) => (i.statusScale = { statuses: [{ id: 'green', label: 'g' }, { id: 'yellow', label: 'y' }, { id: 'red', label: 'r' }], unrated: 'grey' })), 'statusScale.unrated', 'unknownStatus');
  });

  test('a history entry pointing at an unknown evaluation', () => {
    const problem = expectIssue(broken((i) => (rawMeasure(i, 0, 0, 0).history[0].evaluation = 'ev-2023')), 'fields[0].objectives[0].measures[0].history[0].evaluation', 'unknownEvaluation');
    assert.match(problem.message.en, /"ev-2023" is not listed under "evaluations"/);
  });

  test('two history entries for one evaluation', () => {
    expectIssue(broken((i) => (rawMeasure(i, 0, 0, 0).history[1].evaluation = 'ev-2024')), 'fields[0].objectives[0].measures[0].history[1].evaluation', 'duplicateId');
  });

  test('a measure pointing at an unknown participation input', () => {
    expectIssue(broken((i) => (rawMeasure(i, 0, 0, 0).participation = ['padlet-9'])), 'fields[0].objectives[0].measures[0].participation[0]', 'unknownReference');
  });
});

describe('dates', () => {
  test('30 February does not exist', () => {
    const problem = expectIssue(broken((i) => (i.evaluations[0].date = '2025-02-30')), 'evaluations[0].date', 'date');
    assert.match(problem.message.de, /JJJJ-MM-TT/);
    assert.match(problem.message.en, /YYYY-MM-DD/);
  });

  test('29 February only in a leap year', () => {
    expectIssue(broken((i) => (i.adopted = '2023-02-29')), 'adopted', 'date');
    assert.equal(parseConcept({ ...smallInput(), adopted: '2024-02-29' }).success, true);
  });

  test('a German date and a timestamp are not YYYY-MM-DD', () => {
    expectIssue(broken((i) => (i.evaluations[1].date = '28.03.2025')), 'evaluations[1].date', 'date');
    expectIssue(broken((i) => (i.evaluations[1].date = '2025-03-28T10:00:00Z')), 'evaluations[1].date', 'date');
  });

  test('a month 13 in a timeframe', () => {
    expectIssue(broken((i) => (rawMeasure(i, 0, 0, 0).timeframe = { start: '2025-13' })), 'fields[0].objectives[0].measures[0].timeframe.start', 'date');
  });

  test('a timeframe that ends before it starts', () => {
    const problem = expectIssue(broken((i) => (rawMeasure(i, 0, 0, 0).timeframe = { start: '2025-06', end: '2024' })), 'fields[0].objectives[0].measures[0].timeframe.end', 'dateOrder');
    assert.match(problem.message.de, /Das Ende \(2024\) liegt vor dem Anfang \(2025-06\)/);
    // Ending in the year it starts is fine, however coarse.
    const sameYear = smallInput();
    rawMeasure(sameYear, 0, 0, 0).timeframe = { start: '2025-06', end: '2025' };
    assert.equal(parseConcept(sameYear).success, true);
  });

  test('a conference that ends before it starts', () => {
    const result = broken((i) => (i.participation = [{ id: 'konf', kind: 'conference', title: 'Integrationskonferenz', date: '2023-11-20', dateTo: '2023-11-19' }]));
    expectIssue(result, 'participation[0].dateTo', 'dateOrder');
  });
});

describe('links', () => {
  const unsafe = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox'];
  unsafe.forEach((url, n) => {
    test(`${JSON.stringify(url)} is refused`, () => {
      const result = broken((i) => (rawMeasure(i, 0, 0, 0).links = [{ url: 'https://www.lrakn.de' }, { url }]));
      const problem = expectIssue(result, 'fields[0].objectives[0].measures[0].links[1].url', 'url');
      assert.match(problem.message.en, /only http, https, mailto or relative addresses/);
      assert.equal(result.issues.length, 1, `case ${n}`);
    });
  });

  test('a javascript: link as the municipality URL and in a council paper', () => {
    expectIssue(broken((i) => (i.municipality.url = 'javascript:void(0)')), 'municipality.url', 'url');
    expectIssue(broken((i) => (i.councilPapers = [{ number: '2025/073', url: 'javascript:x' }])), 'councilPapers[0].url', 'url');
  });

  test('http, https, mailto and relative links are fine', () => {
    const input = smallInput();
    rawMeasure(input, 0, 0, 0).links = ['https://www.lrakn.de/a', 'http://x.de', 'mailto:integration@lrakn.de', '/seite', 'seite.html', '#anker'].map((url) => ({ url }));
    assert.deepEqual(parseConcept(input).issues, []);
  });
});
