/** The English words of `common.i18n.ts` (complete): the element's entries import them, the page's loader loads them for an English page. */
import { registerTranslation, type Complete } from './i18n.js';
import type { de } from './common.i18n.js';

registerTranslation('en', {
  'data.heading': 'Get the data',
  'data.csv': 'Table (CSV)',
  'data.json': 'Export (JSON)',
  'data.level': 'Level',
  'data.attribute': 'Attribute',
  'list.separator': ', ',
  'list.more': 'Show {count} more ({shown} of {total})',
  'list.shown': '{shown} of {total} shown',
  'common.unrated': 'not rated',
  'state.loading': 'Loading data …',
  'state.partNotLoaded': 'This part could not be loaded. Please reload the page; if it stays like this, a konzept-kit file is missing on the server.',
  'state.idle': 'No data given. Please set src to the address of the concept export.',
  'state.empty': 'This concept has no fields yet.',
  'state.noMeasures': 'This concept has goals but no individually rated {measures}.',
} satisfies Complete<typeof de>);
