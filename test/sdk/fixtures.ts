/**
 * Small hand-made exports for the Node tests: few enough measures to count by hand, every
 * status of the Ampel, one unrated measure, two evaluations with a history, both kinds of field.
 */
import { parseConceptOrThrow, type Concept } from '@konzept-kit/sdk';

type Json = Record<string, any>;

export function measure(id: string, title: string, status?: string, more: Json = {}): Json {
  return { id, title, ...(status ? { status: { value: status, evaluation: 'ev-2025' } } : {}), ...more };
}

/**
 * Sprache (action): 3 green-ish measures over two objectives; Gesundheit (action): one green,
 * one unrated; Ehrenamt (cross-cutting): one yellow. Totals: 7 measures, 3 green, 2 yellow,
 * 1 red, 1 unrated.
 */
export function smallInput(): Json {
  return {
    formatVersion: 1,
    id: 'testkreis',
    title: 'Integrationskonzept Testkreis',
    version: '1.0',
    municipality: { name: 'Landkreis Testkreis', kind: 'district' },
    evaluations: [
      { id: 'ev-2024', date: '2024-03-01', title: 'Ampeldokument 2024' },
      { id: 'ev-2025', date: '2025-03-28', title: 'Ampeldokument 2025' },
    ],
    fields: [
      {
        id: 'sprache',
        kind: 'action',
        title: 'Sprache',
        objectives: [
          {
            id: 'sprache-1',
            title: 'Deutschkurse ausbauen',
            measures: [
              measure('sprache-1-1', 'Sprachkurse für Eltern mit Kinderbetreuung', 'green', {
                description: 'Kurse am Vormittag in den Familienzentren.',
                history: [
                  { evaluation: 'ev-2024', status: 'yellow' },
                  { evaluation: 'ev-2025', status: 'green' },
                ],
              }),
              measure('sprache-1-2', 'Sprachcafé in der Stadtbibliothek', 'green', {
                history: [
                  { evaluation: 'ev-2024', status: 'green' },
                  { evaluation: 'ev-2025', status: 'green' },
                ],
              }),
              measure('sprache-1-3', 'Dolmetscherpool für Ärzte und Behörden', 'yellow', {
                lead: { unit: 'Integrationsbeauftragte' },
                partners: ['Caritas', 'Diakonie'],
                history: [{ evaluation: 'ev-2025', status: 'yellow' }],
              }),
            ],
          },
          {
            id: 'sprache-2',
            title: 'Sprachförderung in Kitas',
            measures: [
              measure('sprache-2-1', 'Maßnahme zur alltagsintegrierten Sprachbildung', 'red', {
                history: [
                  { evaluation: 'ev-2024', status: 'yellow' },
                  { evaluation: 'ev-2025', status: 'red' },
                ],
              }),
            ],
          },
        ],
      },
      {
        id: 'gesundheit',
        kind: 'action',
        title: { de: 'Gesundheit', en: 'Health' },
        objectives: [
          {
            id: 'gesundheit-1',
            title: 'Zugang zum Gesundheitssystem',
            measures: [
              measure('gesundheit-1-1', 'Gesundheitslotsen ausbilden', 'green', {
                targetGroups: ['Geflüchtete'],
                history: [{ evaluation: 'ev-2025', status: 'green' }],
              }),
              measure('gesundheit-1-2', 'Mehrsprachige Informationen zur Impfung'),
            ],
          },
        ],
      },
      {
        id: 'ehrenamt',
        kind: 'crossCutting',
        title: 'Ehrenamtliches Engagement',
        objectives: [
          {
            id: 'ehrenamt-1',
            title: 'Ehrenamt stärken',
            measures: [
              measure('ehrenamt-1-1', 'Fortbildungen für Ehrenamtliche', 'yellow', {
                history: [
                  { evaluation: 'ev-2024', status: 'red' },
                  { evaluation: 'ev-2025', status: 'yellow' },
                ],
              }),
            ],
          },
        ],
      },
    ],
  };
}

export function smallConcept(): Concept {
  return parseConceptOrThrow(smallInput());
}

/** Parses an export built by `edit` from the small one. */
export function variant(edit: (input: Json) => void): Concept {
  const input = smallInput();
  edit(input);
  return parseConceptOrThrow(input);
}

/** The measure at a field/objective/measure index of a raw export, for editing. */
export function rawMeasure(input: Json, field: number, objective: number, index: number): Json {
  return input.fields[field].objectives[objective].measures[index];
}
