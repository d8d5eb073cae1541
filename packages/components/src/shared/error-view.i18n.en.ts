/** The English words of `error-view.i18n.ts` (complete): they load with the error view, on every page (English stands behind every language but German). */
import { registerTranslation, type Complete } from './i18n.js';
import type { de } from './error-view.i18n.js';

registerTranslation('en', {
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
} satisfies Complete<typeof de>);
