/**
 * "Get the data" under the overview: participation and integration reports as CSV. A module of its
 * own so the one-file build can leave it out (rollup.config.js).
 */
import type { nothing, TemplateResult } from 'lit';
import type { Concept } from '@konzept-kit/sdk';
import { renderDownloads } from '../shared/download.js';
import type { KonzeptElement } from '../shared/konzept-element.js';

export function renderOverviewDownloads(host: KonzeptElement, concept: Concept): TemplateResult | typeof nothing {
  return renderDownloads(
    host,
    concept,
    () => import('./overview-data.js'),
    (m) => ({ what: host.t('overview.fileName'), rows: m.overviewRows(concept, host.uiLanguage) }),
  );
}
