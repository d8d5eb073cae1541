/** Interface text of `<ampel-chart>`: German first, English complete. */
import { registerTranslation, type Complete, type Keys } from '../shared/i18n.js';

const de = {
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
} satisfies Complete<typeof de>);
