/** German words of the synopsis (`view="synopsis"`) and of its columns in the downloads: they load with that code. English is in `version-diff.i18n.en.ts` with the element's other words. */
import { registerTranslation, type Keys } from '../shared/i18n.js';

export const de = {
  'diff.synopsis.caption': 'Synopse: Version {from} und Version {to}',
  'diff.synopsis.before': 'Bisherige Fassung (Version {version})',
  'diff.synopsis.after': 'Neue Fassung (Version {version})',
  'diff.synopsis.new': '(bisher nicht enthalten)',
  'diff.synopsis.gone': '(gestrichen)',
};

declare module '../shared/i18n.js' {
  interface TranslationKeys extends Keys<typeof de> {}
}

registerTranslation('de', de);
