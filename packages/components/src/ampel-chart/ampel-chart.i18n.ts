/** Interface text of `<ampel-chart>` in German, the language that is always there (the words of the bar views and of the tables load with their code: bar-views.i18n.ts, tables.i18n.ts). English (complete) is in `ampel-chart.i18n.en.ts`, loaded by the page's language (embed/autoload.ts). */
import { registerTranslation, type Keys } from '../shared/i18n.js';

export const de = {
  'chart.summary': '{total} {measures}: {parts}.',
  'chart.summaryPart': '{count} {label} ({percent})',
  'chart.summaryDone': '{percent} {label}',
  'chart.showTable': 'Tabelle anzeigen',
  'chart.chooseStatus': 'Nach Status auswählen',
  'chart.keyHint': 'Mit den Pfeiltasten zwischen den Abschnitten wechseln, mit Eingabe oder Leertaste auswählen; nochmals wählen hebt die Auswahl auf.',
  'chart.segment': '{label}: {count} von {total} ({percent})',
  'chart.tableCaption': '{measures} nach Status',
  'chart.fieldsCaption': '{measures} nach {field} und Status',
  'chart.progressCaption': '{measures} nach Status in den Berichten',
  'chart.noMeasuresFields': '{fields}: {list}',
  'chart.legendSum': 'Zusammen {percent}: Gleiche Anzahlen zeigen gleiche Prozente, gerundet.',
};

declare module '../shared/i18n.js' {
  // The German table is the list of keys (a misspelt key fails tsc): see shared/i18n.ts.
  interface TranslationKeys extends Keys<typeof de> {}
}

registerTranslation('de', de);
