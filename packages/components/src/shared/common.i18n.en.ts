/** The English words of `common.i18n.ts` and `error-view.i18n.ts` (complete): the element's entries import them, the page's loader loads them for an English page. */
import { registerTranslation, type Complete } from './i18n.js';
import type { de } from './common.i18n.js';
import type { de as errorDe } from './error-view.i18n.js';

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
  'state.errorTitle': 'The data could not be shown.',
  'state.invalid': 'The file is not a valid concept export.',
  'state.network': 'The data could not be loaded. Please try again later.',
  'state.http': 'The file was not found (error {status}).',
  'state.notJson': 'There is no concept file at the given address.',
  'state.timeout': 'The server does not answer. Please try again later.',
  'state.tooLarge': 'The file is too large to show here.',
  'state.encoding': 'The file is not saved as UTF-8 and cannot be read here.',
  'state.aborted': 'Loading was cancelled.',
  'state.source': 'Source: {src}',
  'state.download': 'The data as a file (JSON)',
  'state.details': 'For the editors: what exactly is wrong',
  'state.problemIn': '“{title}”: ',
  'state.moreProblems': '… and {count} more problems.',
  'state.checkInWorkbench':
    'Check the file in the workbench (werkstatt.html in the konzept-kit folder; a double-click opens it): it names every problem with its row in the spreadsheet.',
} satisfies Complete<typeof de & typeof errorDe>);
