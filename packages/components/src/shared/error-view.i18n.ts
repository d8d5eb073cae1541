/** German words of the error view (error-view.ts): they load with its code, when a load fails. English is in `error-view.i18n.en.ts`, which loads with it. */
import { registerTranslation, type Keys } from './i18n.js';

export const de = {
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
  interface TranslationKeys extends Keys<typeof de> {}
}

registerTranslation('de', de);
