/** Interface text all elements share: states, and the separator of a list in a sentence (the words of the error view load with it: error-view.i18n.ts). English (complete) is in `common.i18n.en.ts`, loaded by the page's language (embed/autoload.ts). */
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
  'state.partNotLoaded':
    'Dieser Teil konnte nicht geladen werden. Bitte laden Sie die Seite neu; bleibt es so, fehlt auf dem Server eine Datei von konzept-kit.',
  'state.idle': 'Keine Daten angegeben. Bitte geben Sie mit src die Adresse des Konzept-Exports an.',
  'state.empty': 'Dieses Konzept enthält noch keine Felder.',
  'state.noMeasures': 'Dieses Konzept enthält Ziele, aber keine einzeln bewerteten {measures}.',
};

declare module './i18n.js' {
  // The German table is the list of keys (a misspelt key fails tsc): see shared/i18n.ts.
  interface TranslationKeys extends Keys<typeof de> {}
}

registerTranslation('de', de);
