/**
 * A small hand-made export for the accordion's SDK tests: umlauts and "ß" in the texts, ids that
 * sanitize alike, indicators, a history over two evaluations, participation and both kinds of field.
 */
import { parseConceptOrThrow, type Concept } from '@konzept-kit/sdk';
import { exportHead, history } from './fixtures.js';

export function accordionInput(): Record<string, any> {
  return {
    ...exportHead('Beispielkreis', '2.0', { 'ev-2025': '2025-03-28', 'ev-2023': '2023-04-01' }),
    participation: [
      { id: 'konf-2023', kind: 'conference', title: 'Integrationskonferenz', date: '2023-11-18', participants: 150, statements: ['Mehr Kurse am Abend'] },
      { id: 'padlet-spr', kind: 'padlet', title: 'Padlet Sprache', date: '2023-11-20', dateTo: '2024-01-31' },
    ],
    fields: [
      {
        id: 'sprache',
        kind: 'action',
        title: 'Sprache',
        goal: { title: 'Alle können sich auf Deutsch verständigen.' },
        objectives: [
          {
            id: 'spr-1',
            title: 'Deutschkurse ausbauen',
            measures: [
              {
                id: 'SPR-1.1',
                title: 'Sprachkurse für Eltern',
                description: 'Diese Maßnahme bietet Kurse am Vormittag.',
                status: { value: 'green', evaluation: 'ev-2025', note: 'Läuft.' },
                history: history({ 'ev-2023': 'yellow', 'ev-2025': 'green' }),
                participation: ['konf-2023'],
                indicators: [{ title: 'Kursplätze', baseline: 20, target: 120, current: 70 }],
              },
              {
                id: 'spr_1_1',
                title: 'Dolmetscherpool für Ärzte',
                status: { value: 'red', evaluation: 'ev-2025' },
                lead: { unit: 'Gesundheitsamt' },
                partners: ['Caritas'],
              },
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
            id: 'ehr-1',
            title: 'Ehrenamt stärken',
            measures: [{ id: 'EHR-1.1', title: 'Qualifizierung Ehrenamtlicher', status: { value: 'yellow', date: '2025-01-15' } }],
          },
          { id: 'ehr-2', title: 'Ohne Maßnahmen' },
        ],
      },
    ],
  };
}

export function accordionConcept(): Concept {
  return parseConceptOrThrow(accordionInput());
}
