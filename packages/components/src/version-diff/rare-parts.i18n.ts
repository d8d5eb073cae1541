/** German words of what a diff shows only sometimes (rare-parts.ts): no address given, a side that failed. They load with its code. English is in `version-diff.i18n.en.ts` with the element's other words. */
import { registerTranslation, type Keys } from '../shared/i18n.js';

export const de = {
  'diff.idle': 'Bitte geben Sie mit den Attributen from und to die Adressen der beiden Versionen an.',
  'diff.idleFrom': 'Die frühere Version fehlt: Bitte geben Sie ihre Adresse mit dem Attribut from an.',
  'diff.idleTo': 'Die neuere Version fehlt: Bitte geben Sie ihre Adresse mit dem Attribut to an.',
  'diff.side.from': 'Die frühere Version (from) konnte nicht angezeigt werden.',
  'diff.side.to': 'Die neuere Version (to) konnte nicht angezeigt werden.',
  'diff.side.status': 'Das Konzept konnte nicht angezeigt werden.',
};

declare module '../shared/i18n.js' {
  interface TranslationKeys extends Keys<typeof de> {}
}

registerTranslation('de', de);
