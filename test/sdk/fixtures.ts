/**
 * Small hand-made exports for the Node tests: few enough measures to count by hand, every
 * status of the Ampel, one unrated measure, two evaluations with a history, both kinds of field.
 */
import { parseConceptOrThrow, type Concept, type WordPart } from '@konzept-kit/sdk';

type Json = Record<string, any>;

export function measure(id: string, title: string, status?: string, more: Json = {}): Json {
  return { id, title, ...(status ? { status: { value: status, evaluation: 'ev-2025' } } : {}), ...more };
}

/**
 * The top of a small export: `Landkreis <name>`, and its evaluations (id → date) titled
 * "Ampeldokument <year>".
 */
export function exportHead(name: string, version: string, evaluations: Record<string, string>): Json {
  return {
    formatVersion: 1,
    id: name.toLowerCase(),
    title: `Integrationskonzept ${name}`,
    version,
    municipality: { name: `Landkreis ${name}`, kind: 'district' },
    evaluations: Object.entries(evaluations).map(([id, date]) => ({ id, date, title: `Ampeldokument ${date.slice(0, 4)}` })),
  };
}

/** A measure's history: evaluation id → status, in the order given. */
export const history = (statuses: Record<string, string>): Json[] => Object.entries(statuses).map(([evaluation, status]) => ({ evaluation, status }));

/**
 * Sprache (action): 3 green-ish measures over two objectives; Gesundheit (action): one green,
 * one unrated; Ehrenamt (cross-cutting): one yellow. Totals: 7 measures, 3 green, 2 yellow,
 * 1 red, 1 unrated.
 */
export function smallInput(): Json {
  return {
    ...exportHead('Testkreis', '1.0', { 'ev-2024': '2024-03-01', 'ev-2025': '2025-03-28' }),
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
                history: history({ 'ev-2024': 'yellow', 'ev-2025': 'green' }),
              }),
              measure('sprache-1-2', 'Sprachcafé in der Stadtbibliothek', 'green', {
                history: history({ 'ev-2024': 'green', 'ev-2025': 'green' }),
              }),
              measure('sprache-1-3', 'Dolmetscherpool für Ärzte und Behörden', 'yellow', {
                lead: { unit: 'Integrationsbeauftragte' },
                partners: ['Caritas', 'Diakonie'],
                history: history({ 'ev-2025': 'yellow' }),
              }),
            ],
          },
          {
            id: 'sprache-2',
            title: 'Sprachförderung in Kitas',
            measures: [
              measure('sprache-2-1', 'Maßnahme zur alltagsintegrierten Sprachbildung', 'red', {
                history: history({ 'ev-2024': 'yellow', 'ev-2025': 'red' }),
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
                history: history({ 'ev-2025': 'green' }),
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
                history: history({ 'ev-2024': 'red', 'ev-2025': 'yellow' }),
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

/** The text a word diff rebuilds: the old one without its insertions, the new one without its deletions. */
export function rebuilt(parts: readonly WordPart[], side: 'before' | 'after'): string {
  const other = side === 'before' ? 'inserted' : 'deleted';
  return parts
    .filter((p) => p.kind !== other)
    .map((p) => p.text)
    .join('');
}

/** The words a word diff marks, as `[kind, text]` pairs in order. */
export const changedWords = (parts: readonly WordPart[]): string[][] => parts.filter((p) => p.kind !== 'same').map((p) => [p.kind, p.text]);
