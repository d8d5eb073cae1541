/** The English words of the chart (complete): `ampel-chart.i18n.ts` and the words of its views loaded on demand (bar views, tables). The element's entries import them, the page's loader loads them for an English page. */
import { registerTranslation, type Complete } from '../shared/i18n.js';
import type { de } from './ampel-chart.i18n.js';
import type { de as barDe } from './bar-views.i18n.js';
import type { de as tableDe } from './tables.i18n.js';

registerTranslation('en', {
  'chart.summary': '{total} {measures}: {parts}.',
  'chart.summaryPart': '{count} {label} ({percent})',
  'chart.summaryDone': '{percent} {label}',
  'chart.showTable': 'Show table',
  'chart.chooseStatus': 'Choose by status',
  'chart.chooseField': 'Choose by {field} and status',
  'chart.chooseEvaluation': 'Choose a status in the reports',
  'chart.keyHint': 'Use the arrow keys to move between parts and Enter or Space to choose; choosing again clears the choice.',
  'chart.segment': '{label}: {count} of {total} ({percent})',
  'chart.fieldSegment': '{field}, {label}: {count} of {total} ({percent})',
  'chart.fieldDetails': '{total} {measures}, {done}',
  'chart.fieldEmpty': 'no {measures}',
  'chart.status': 'Status',
  'chart.count': 'Number',
  'chart.share': 'Share',
  'chart.total': 'Total',
  'chart.tableCaption': '{measures} by status',
  'chart.fieldsCaption': '{measures} by {field} and status',
  'chart.progressCaption': '{measures} by status in each report',
  'chart.change': 'Change since the previous report',
  'chart.report': 'Report',
  'chart.evaluation': 'Report of {date}',
  'chart.since': 'Since the last report ({from}): {changes}.',
  'chart.sinceNone': 'Since the last report ({from}) the distribution has stayed the same.',
  'chart.more': '{count} more {label}',
  'chart.fewer': '{count} fewer {label}',
  'chart.changed': '{count} {measures} with a new status.',
  'chart.noHistory': 'There is no history for this concept yet: a comparison needs at least two reports that rated {measures}.',
  'chart.noMeasuresFields': '{fields}: {list}',
  'chart.sum': 'sum {percent}',
  'chart.roundingNote': 'Equal numbers show equal percentages; where a row does not add up to 100 % after rounding, its sum is given with the total.',
  'chart.legendSum': 'Together {percent}: equal numbers show equal percentages, rounded.',
} satisfies Complete<typeof de & typeof barDe & typeof tableDe>);
