/** German words of the status mode (`mode="status"`): they load with its code. English is in `version-diff.i18n.en.ts` with the element's other words. */
import { registerTranslation, type Keys } from '../shared/i18n.js';

export const de = {
  'diff.status.heading': 'Statusänderungen seit dem letzten Bericht',
  'diff.status.fileName': 'statusaenderungen',
  'diff.status.headingChosen': 'Statusänderungen zwischen zwei Berichten',
  'diff.status.compared': 'Verglichen werden {from} und {to}.',
  'diff.status.evaluation': '{title} ({date})',
  'diff.status.summary': '{count} {measures} mit neuem Status',
  'diff.status.summaryOne': '1 {measure} mit neuem Status',
  'diff.status.unchangedCount': '{count} unverändert',
  'diff.status.sameEvaluation': 'Bitte wählen Sie zwei verschiedene Berichte.',
  'diff.status.group': 'Jetzt: {label}',
  'diff.status.groupNone': 'Nicht mehr bewertet',
  'diff.status.none': 'Zwischen den beiden Berichten hat sich kein Status geändert.',
  'diff.status.tooFew': 'Für einen Vergleich braucht es mindestens zwei Bewertungen; dieser Export enthält {count}.',
  'diff.status.unknown': 'Die Bewertung „{id}“ gibt es in diesem Export nicht.',
  'diff.status.fromEvaluation': 'Früherer Bericht',
  'diff.status.toEvaluation': 'Späterer Bericht',
  'diff.status.direction.rated': 'erstmals bewertet',
  'diff.status.direction.unrated': 'nicht mehr bewertet',
};

declare module '../shared/i18n.js' {
  interface TranslationKeys extends Keys<typeof de> {}
}

registerTranslation('de', de);
