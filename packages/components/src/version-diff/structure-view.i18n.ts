/** German words of what a diff shows only for some exports (structure-view.ts): they load with its code. English is in `version-diff.i18n.en.ts` with the element's other words. */
import { registerTranslation, type Keys } from '../shared/i18n.js';

export const de = {
  'diff.noChanges': 'Keine Änderungen: Beide Versionen enthalten dieselben {count} {measures}.',
  'diff.noMeasures': 'Keine Änderungen: Keine der beiden Versionen enthält {measures}.',
  'diff.identical': 'Keine Änderungen: Beide Versionen sind inhaltlich gleich.',
  'diff.idConflicts':
    'Achtung: {count} Kennungen stehen in beiden Versionen für {measures} mit ganz anderem Text (zum Beispiel {examples}). Vermutlich sind es Zeilennummern, keine festen Kennungen. Diese {measures} wurden deshalb über den Text zugeordnet.',
  'diff.idConflictsKept':
    'Achtung: {count} Kennungen stehen in beiden Versionen für {measures} mit ganz anderem Text (zum Beispiel {examples}). Vermutlich sind es Zeilennummern, keine festen Kennungen; die Zuordnung über die Kennung ist hier wahrscheinlich falsch.',
  'diff.structureSummary': 'Außerdem: {parts}.',
  'diff.countEntries': '{shown} von {total} Einträgen angezeigt',
  'diff.attribute.kind': 'Art',
  'diff.attribute.text': 'Text',
  'diff.byText': '{count} per Textvergleich zugeordnet, weil Kennungen fehlen oder sich geändert haben.',
  'diff.matchedByText': 'per Textvergleich zugeordnet ({percent})',
  'diff.matchedByTextHint': '{measure} ohne gemeinsame Kennung in beiden Versionen: über die Ähnlichkeit der Texte zugeordnet.',
};

declare module '../shared/i18n.js' {
  interface TranslationKeys extends Keys<typeof de> {}
}

registerTranslation('de', de);
