/** The English words of `konzept-overview.i18n.ts` (complete): the element's entries import them, the page's loader loads them for an English page. */
import { registerTranslation, type Complete } from '../shared/i18n.js';
import type { de } from './konzept-overview.i18n.js';

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
