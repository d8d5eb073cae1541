/** Interface text of `<konzept-overview>` in German, the language that is always there. English (complete) is in `konzept-overview.i18n.en.ts`, loaded by the page's language (embed/autoload.ts). */
import { registerTranslation, type Keys } from '../shared/i18n.js';

export const de = {
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
