/** German words of the chart's bar views (`view="fields"`, `view="progress"`) and their tables: they load with that code. English is in `ampel-chart.i18n.en.ts` with the element's other words. */
import { registerTranslation, type Keys } from '../shared/i18n.js';

export const de = {
  'chart.chooseField': 'Nach {field} und Status auswählen',
  'chart.chooseEvaluation': 'Status in den Berichten auswählen',
  'chart.fieldSegment': '{field}, {label}: {count} von {total} ({percent})',
  'chart.fieldDetails': '{total} {measures}, {done}',
  'chart.fieldEmpty': 'keine {measures}',
  'chart.change': 'Veränderung zum vorigen Bericht',
  'chart.report': 'Bericht',
  'chart.evaluation': 'Bericht vom {date}',
  'chart.since': 'Seit dem letzten Bericht ({from}): {changes}.',
  'chart.sinceNone': 'Seit dem letzten Bericht ({from}) ist die Verteilung gleich geblieben.',
  'chart.more': '{count} mehr {label}',
  'chart.fewer': '{count} weniger {label}',
  'chart.changed': '{count} {measures} mit neuem Status.',
  'chart.noHistory': 'Für dieses Konzept gibt es noch keinen Verlauf: Ein Vergleich braucht mindestens zwei Berichte, in denen {measures} bewertet wurden.',
};

declare module '../shared/i18n.js' {
  interface TranslationKeys extends Keys<typeof de> {}
}

registerTranslation('de', de);
