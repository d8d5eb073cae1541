/** Interface text of `<konzept-overview>`: German first, English complete. */
import { registerTranslation, type Complete, type Keys } from '../shared/i18n.js';

const de = {
  'overview.fileName': 'ueberblick',
  'overview.version': 'Version {version}',
  'overview.adopted': 'beschlossen am {date}',
  'overview.adoptedBy': 'beschlossen am {date} ({body})',
  'overview.adoptedByOnly': 'beschlossen: {body}',
  'overview.illustrative': 'Beispieldaten',
  'overview.illustrativeDefault': 'Die Inhalte sind zur Veranschaulichung erfunden.',
  'overview.source': 'Quelle: {source}',
  'overview.papers': 'Drucksachen',
  'overview.paper': 'Drucksache {number}',
  'overview.public': 'öffentlich',
  'overview.nonPublic': 'nicht öffentlich',
  'overview.participation': 'Beteiligung',
  'overview.participants': '{count} Teilnehmende',
  'overview.perField': 'Kernaussagen und Bedarfe je {field}',
  'overview.counts': '{statements}, {needs}',
  'overview.statementCount': '{count} Kernaussagen',
  'overview.statementCountOne': '{count} Kernaussage',
  'overview.needCount': '{count} Bedarfe',
  'overview.needCountOne': '{count} Bedarf',
  'overview.statements': 'Kernaussagen',
  'overview.needs': 'Bedarfe',
  'overview.reports': 'Integrationsberichte',
  'overview.period': 'Zeitraum: {period}',
  'overview.reportLink': 'Bericht lesen',
  'overview.assessment': 'Bewertung',
  'overview.nextSteps': 'Nächste Schritte',
};

declare module '../shared/i18n.js' {
  // The German table is the list of keys (a misspelt key fails tsc): see shared/i18n.ts.
  interface TranslationKeys extends Keys<typeof de> {}
}

registerTranslation('de', de);

registerTranslation('en', {
  'overview.fileName': 'overview',
  'overview.version': 'Version {version}',
  'overview.adopted': 'adopted on {date}',
  'overview.adoptedBy': 'adopted on {date} ({body})',
  'overview.adoptedByOnly': 'adopted by: {body}',
  'overview.illustrative': 'Sample data',
  'overview.illustrativeDefault': 'The contents are invented for illustration.',
  'overview.source': 'Source: {source}',
  'overview.papers': 'Council papers',
  'overview.paper': 'Paper {number}',
  'overview.public': 'public',
  'overview.nonPublic': 'non-public',
  'overview.participation': 'Participation',
  'overview.participants': '{count} participants',
  'overview.perField': 'Key statements and needs by {field}',
  'overview.counts': '{statements}, {needs}',
  'overview.statementCount': '{count} key statements',
  'overview.statementCountOne': '{count} key statement',
  'overview.needCount': '{count} needs',
  'overview.needCountOne': '{count} need',
  'overview.statements': 'Key statements',
  'overview.needs': 'Needs',
  'overview.reports': 'Integration reports',
  'overview.period': 'Period: {period}',
  'overview.reportLink': 'Read the report',
  'overview.assessment': 'Evaluation',
  'overview.nextSteps': 'Next steps',
} satisfies Complete<typeof de>);
