/** German words of the chart's tables: they load with their code (tables.ts). English is in `ampel-chart.i18n.en.ts` with the element's other words. */
import { registerTranslation, type Keys } from '../shared/i18n.js';

export const de = {
  'chart.status': 'Status',
  'chart.count': 'Anzahl',
  'chart.share': 'Anteil',
  'chart.total': 'Gesamt',
  'chart.sum': 'Summe {percent}',
  'chart.roundingNote': 'Gleiche Anzahlen zeigen gleiche Prozente; wo eine Zeile gerundet nicht 100 % ergibt, steht ihre Summe bei der Gesamtzahl.',
};

declare module '../shared/i18n.js' {
  interface TranslationKeys extends Keys<typeof de> {}
}

registerTranslation('de', de);
