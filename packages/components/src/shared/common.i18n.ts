/** Interface text all elements share: states and errors, and the separator of a list in a sentence. English (complete) is in `common.i18n.en.ts`, loaded by the page's language (embed/autoload.ts). */
import { registerTranslation, type Keys } from './i18n.js';

export const de = {
  'data.heading': 'Daten herunterladen',
  'data.csv': 'Tabelle (CSV)',
  'data.json': 'Export (JSON)',
  'data.level': 'Ebene',
  'data.attribute': 'Angabe',
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
