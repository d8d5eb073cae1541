/** German words of what the accordion shows only sometimes (rare-parts.ts): a copied link. They load with its code. English is in `measure-accordion.i18n.en.ts` with the element's other words. */
import { registerTranslation, type Keys } from '../shared/i18n.js';

export const de = {
  'accordion.copied': 'Link kopiert.',
  'accordion.copyManually': 'Link zum Kopieren',
};

declare module '../shared/i18n.js' {
  interface TranslationKeys extends Keys<typeof de> {}
}

registerTranslation('de', de);
