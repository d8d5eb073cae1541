/** Interface text all elements share: states and errors, and the separator of a list in a sentence. */
import { registerTranslation, type Complete, type Keys } from './i18n.js';

const de = {
  'data.heading': 'Daten herunterladen',
  'data.csv': 'Tabelle (CSV)',
  'data.json': 'Export (JSON)',
  'list.separator': ', ',
  'list.more': '{count} weitere anzeigen ({shown} von {total})',
  'list.shown': '{shown} von {total} angezeigt',
  'common.unrated': 'ohne Bewertung',
  'state.loading': 'Daten werden geladen …',
  'state.idle': 'Keine Daten angegeben. Bitte geben Sie mit src die Adresse des Konzept-Exports an.',
  'state.empty': 'Dieses Konzept enthält noch keine Felder.',
  'state.noMeasures': 'Dieses Konzept enthält Ziele, aber keine einzeln bewerteten {measures}.',
  'state.errorTitle': 'Die Daten konnten nicht angezeigt werden.',
  'state.invalid': 'Die Datei ist kein gültiger Konzept-Export.',
  'state.network': 'Die Daten konnten nicht geladen werden. Bitte versuchen Sie es später noch einmal.',
  'state.http': 'Die Datei wurde nicht gefunden (Fehler {status}).',
  'state.notJson': 'Unter der angegebenen Adresse liegt keine Konzept-Datei.',
  'state.timeout': 'Der Server antwortet nicht. Bitte versuchen Sie es später noch einmal.',
  'state.tooLarge': 'Die Datei ist zu groß, um sie hier anzuzeigen.',
  'state.encoding': 'Die Datei ist nicht als UTF-8 gespeichert und kann hier nicht gelesen werden.',
  'state.aborted': 'Das Laden wurde abgebrochen.',
  'state.source': 'Quelle: {src}',
  'state.download': 'Die Daten als Datei (JSON)',
  'state.details': 'Für die Redaktion: was genau nicht stimmt',
  'state.problemIn': '„{title}“: ',
  'state.moreProblems': '… und {count} weitere Probleme.',
  'state.checkInWorkbench':
    'Prüfen Sie die Datei in der Werkstatt (werkstatt.html im Ordner konzept-kit, Doppelklick genügt): Sie nennt jedes Problem mit seiner Zeile in der Tabelle.',
};

declare module './i18n.js' {
  // The German table is the list of keys (a misspelt key fails tsc): see shared/i18n.ts.
  interface TranslationKeys extends Keys<typeof de> {}
}

registerTranslation('de', de);

registerTranslation('en', {
  'data.heading': 'Get the data',
  'data.csv': 'Table (CSV)',
  'data.json': 'Export (JSON)',
  'list.separator': ', ',
  'list.more': 'Show {count} more ({shown} of {total})',
  'list.shown': '{shown} of {total} shown',
  'common.unrated': 'not rated',
  'state.loading': 'Loading data …',
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
} satisfies Complete<typeof de>);
