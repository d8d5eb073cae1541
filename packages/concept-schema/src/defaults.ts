/**
 * Defaults the export may leave out: the three-colour Ampel of the Konstanz Ampeldokument, and the
 * usual German and English words for each level of a concept.
 */

/** The Ampel as defined in Konstanz's Drucksache 2025/073: green done, yellow under way, red not implemented. */
export const AMPEL_SCALE = {
  id: 'ampel',
  title: { de: 'Ampel', en: 'Traffic light' },
  statuses: [
    {
      id: 'green',
      label: { de: 'umgesetzt', en: 'implemented' },
      description: {
        de: 'Die Maßnahme ist realisiert oder hat stattgefunden.',
        en: 'The measure has been realised or has taken place.',
      },
      color: '#0b7a61',
      icon: 'check' as const,
      done: true,
    },
    {
      id: 'yellow',
      label: { de: 'in Arbeit', en: 'under way' },
      description: {
        de: 'Die Maßnahme ist in der Planungs- oder Realisierungsphase oder wird überarbeitet.',
        en: 'The measure is being planned, implemented or reworked.',
      },
      color: '#a87900',
      icon: 'progress' as const,
    },
    {
      id: 'red',
      label: { de: 'nicht umgesetzt', en: 'not implemented' },
      description: {
        de: 'Die Maßnahme konnte nicht umgesetzt werden.',
        en: 'The measure could not be implemented.',
      },
      color: '#b42318',
      icon: 'cross' as const,
    },
  ],
};

export type Level = 'actionField' | 'crossCuttingField' | 'goal' | 'objective' | 'measure' | 'guideline' | 'lead' | 'partners';

/** The words for each level when the export does not give its own. */
export const DEFAULT_TERMS: Record<Level, { singular: { de: string; en: string }; plural: { de: string; en: string } }> = {
  actionField: {
    singular: { de: 'Handlungsfeld', en: 'Field of action' },
    plural: { de: 'Handlungsfelder', en: 'Fields of action' },
  },
  crossCuttingField: {
    singular: { de: 'Querschnittsthema', en: 'Cross-cutting theme' },
    plural: { de: 'Querschnittsthemen', en: 'Cross-cutting themes' },
  },
  goal: { singular: { de: 'Oberziel', en: 'Goal' }, plural: { de: 'Oberziele', en: 'Goals' } },
  objective: { singular: { de: 'Unterziel', en: 'Objective' }, plural: { de: 'Unterziele', en: 'Objectives' } },
  measure: { singular: { de: 'Maßnahme', en: 'Measure' }, plural: { de: 'Maßnahmen', en: 'Measures' } },
  guideline: { singular: { de: 'Leitlinie', en: 'Guideline' }, plural: { de: 'Leitlinien', en: 'Guidelines' } },
  lead: { singular: { de: 'Federführung', en: 'Lead' }, plural: { de: 'Federführung', en: 'Lead' } },
  partners: {
    singular: { de: 'Kooperationspartner', en: 'Partner' },
    plural: { de: 'Kooperationspartner', en: 'Partners' },
  },
};
