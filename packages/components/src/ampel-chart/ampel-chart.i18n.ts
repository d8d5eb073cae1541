/** Interface text of `<ampel-chart>` in German, the language that is always there. English (complete) is in `ampel-chart.i18n.en.ts`, loaded by the page's language (embed/autoload.ts). */
import { registerTranslation, type Keys } from '../shared/i18n.js';

export const de = {
  'chart.summary': '{total} {measures}: {parts}.',
  'chart.summaryPart': '{count} {label} ({percent})',
  'chart.summaryDone': '{percent} {label}',
  'chart.showTable': 'Tabelle anzeigen',
  'chart.chooseStatus': 'Nach Status auswählen',
  'chart.chooseField': 'Nach {field} und Status auswählen',
  'chart.chooseEvaluation': 'Status in den Berichten auswählen',
  'chart.keyHint': 'Mit den Pfeiltasten zwischen den Abschnitten wechseln, mit Eingabe oder Leertaste auswählen; nochmals wählen hebt die Auswahl auf.',
  'chart.segment': '{label}: {count} von {total} ({percent})',
  'chart.fieldSegment': '{field}, {label}: {count} von {total} ({percent})',
  'chart.fieldDetails': '{total} {measures}, {done}',
  'chart.fieldEmpty': 'keine {measures}',
  'chart.status': 'Status',
  'chart.count': 'Anzahl',
  'chart.share': 'Anteil',
  'chart.total': 'Gesamt',
  'chart.tableCaption': '{measures} nach Status',
  'chart.fieldsCaption': '{measures} nach {field} und Status',
  'chart.progressCaption': '{measures} nach Status in den Berichten',
  'chart.change': 'Veränderung zum vorigen Bericht',
  'chart.report': 'Bericht',
  'chart.evaluation': 'Bericht vom {date}',
  'chart.since': 'Seit dem letzten Bericht ({from}): {changes}.',
  'chart.sinceNone': 'Seit dem letzten Bericht ({from}) ist die Verteilung gleich geblieben.',
  'chart.more': '{count} mehr {label}',
  'chart.fewer': '{count} weniger {label}',
  'chart.changed': '{count} {measures} mit neuem Status.',
  'chart.noHistory': 'Für dieses Konzept gibt es noch keinen Verlauf: Ein Vergleich braucht mindestens zwei Berichte, in denen {measures} bewertet wurden.',
  'chart.noMeasuresFields': '{fields}: {list}',
  'chart.sum': 'Summe {percent}',
  'chart.roundingNote': 'Gleiche Anzahlen zeigen gleiche Prozente; wo eine Zeile gerundet nicht 100 % ergibt, steht ihre Summe bei der Gesamtzahl.',
  'chart.legendSum': 'Zusammen {percent}: Gleiche Anzahlen zeigen gleiche Prozente, gerundet.',
};

declare module '../shared/i18n.js' {
  // The German table is the list of keys (a misspelt key fails tsc): see shared/i18n.ts.
  interface TranslationKeys extends Keys<typeof de> {}
}

registerTranslation('de', de);
