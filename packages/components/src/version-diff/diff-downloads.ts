/**
 * "Get the data" under the version diff: the changes the reader's filter leaves as CSV (one row per
 * changed attribute, previous and new wording), or in status mode the measures whose status changed.
 * A module of its own so the one-file build can leave it out (rollup.config.js).
 */
import type { nothing, TemplateResult } from 'lit';
import type { Concept, ConceptDiff, FilteredDiff, StatusChanges } from '@konzept-kit/sdk';
import { renderDownloads } from '../shared/download.js';
import type { KonzeptElement } from '../shared/konzept-element.js';

export function renderDiffDownloads(host: KonzeptElement, diff: ConceptDiff, filtered: FilteredDiff): TemplateResult | typeof nothing {
  return renderDownloads(
    host,
    diff.to,
    () => import('./diff-data.js'),
    (m) => ({ what: host.t('diff.fileName', { from: diff.from.version }), rows: m.diffRows(diff, filtered, host.uiLanguage, m.diffWords(host, diff.to)) }),
  );
}

export function renderStatusDownloads(host: KonzeptElement, concept: Concept, changes: StatusChanges): TemplateResult | typeof nothing {
  return renderDownloads(
    host,
    concept,
    () => import('./diff-data.js'),
    (m, words) => ({ what: host.t('diff.status.fileName'), rows: m.statusChangeRows(concept, changes, host.uiLanguage, words) }),
  );
}
