/**
 * Loaded on the first click on "get the data" (shared/download.ts): the changes a filter leaves (and
 * the status changes) as CSV rows in this element's words, and the saving.
 */
import type { Concept, DiffCsvWords } from '@konzept-kit/sdk';
import type { TranslationKey } from '../shared/i18n.js';
import type { KonzeptElement } from '../shared/konzept-element.js';
// The synopsis' column headers name the two versions in the CSV too; the structure's words name its attributes.
import './synopsis-view.i18n.js';
import './structure-view.i18n.js';

export { diffRows, statusChangeRows } from '@konzept-kit/sdk';
export { saveData } from '../shared/data-files.js';

/** The CSV's words as the element shows them: its kinds, attributes and levels, the synopsis' column headers. */
export function diffWords(host: KonzeptElement, concept: Concept): DiffCsvWords {
  return {
    field: host.term(concept, 'actionField'),
    level: host.t('data.level'),
    id: 'ID',
    change: host.t('diff.kinds'),
    attribute: host.t('data.attribute'),
    before: (version) => host.t('diff.synopsis.before', { version }),
    after: (version) => host.t('diff.synopsis.after', { version }),
    kind: (kind) => host.t(`diff.kind.${kind}`),
    levelName: (level) => (level === 'concept' ? host.t('diff.details') : host.term(concept, level)),
    attributeName: (attribute, detail) =>
      detail
        ? host.t(`diff.detail.${attribute}` as TranslationKey)
        : attribute === 'lead' || attribute === 'partners'
          ? host.term(concept, attribute, attribute === 'partners')
          : host.t(`diff.attribute.${attribute}` as TranslationKey),
  };
}
