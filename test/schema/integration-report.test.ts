import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parseConcept, parseConceptOrThrow } from '@konzept-kit/concept-schema';

const example = (name: string) => JSON.parse(readFileSync(new URL(`../../schema/examples/${name}.json`, import.meta.url), 'utf8'));

describe("Landshut's integration report", () => {
  test('the example carries a report with its date, period and three measures evaluated in words', () => {
    const concept = parseConceptOrThrow(example('landshut'));
    assert.equal(concept.integrationReports.length, 1);
    const report = concept.integrationReports[0]!;
    assert.equal(report.date, '2024-10-15');
    assert.deepEqual([report.period?.start, report.period?.end], ['2021', '2023']);
    assert.equal(report.measures.length, 3);
    for (const m of report.measures) {
      assert.ok(typeof m.assessment === 'object' && m.assessment['de']!.length > 100, 'a narrative evaluation in German');
      assert.ok(typeof m.assessment === 'object' && m.assessment['en']!.length > 100, 'and in English');
      assert.ok(concept.fields.some((f) => f.id === m.field), `${m.field} is a field of the concept`);
    }
    assert.equal(concept.fields.flatMap((f) => f.objectives.flatMap((o) => o.measures)).length, 0, 'the concept itself still has no measures');
  });

  test('a concept without reports gets an empty list; a report measure naming no field of the concept is a problem', () => {
    const konstanz = parseConceptOrThrow(example('konstanz-1.0'));
    assert.deepEqual(konstanz.integrationReports, []);
    const json = example('landshut');
    json.integrationReports[0].measures[1].field = 'sport';
    const result = parseConcept(json);
    assert.equal(result.success, false);
    assert.ok(!result.success && result.issues.some((i) => i.at === 'integrationReports[0].measures[1].field' && /kein Feld "sport"/.test(i.message.de)));
  });

  test('a report needs a date and every evaluated measure its evaluation', () => {
    const json = example('landshut');
    delete json.integrationReports[0].date;
    delete json.integrationReports[0].measures[0].assessment;
    const result = parseConcept(json);
    assert.equal(result.success, false);
    const paths = result.success ? [] : result.issues.map((i) => i.at);
    assert.ok(paths.includes('integrationReports[0].date'), paths.join(', '));
    assert.ok(paths.includes('integrationReports[0].measures[0].assessment'), paths.join(', '));
  });
});

describe('participation per field', () => {
  test("Konstanz's inputs per field carry key statements, needs and their source, council paper 2024/140", () => {
    const concept = parseConceptOrThrow(example('konstanz-1.0'));
    const language = concept.participation.find((p) => p.field === 'sprache')!;
    assert.ok(language.statements.length > 0);
    assert.ok(language.needs.length > 0);
    assert.match(String(language.needs[0]), /^Bedarf/);
    assert.equal(language.councilPaper?.number, '2024/140');
    assert.equal(concept.participation.filter((p) => p.field).length, 11, 'one per field and theme');
  });
});
