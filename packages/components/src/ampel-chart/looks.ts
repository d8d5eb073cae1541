/**
 * How each status of a chart looks and is named: label and icon (colour never alone), colour and
 * fill pattern, and the measures without a rating as one more, grey, part.
 */
import { html, type TemplateResult } from 'lit';
import { cssProps } from '../shared/css-props.js';
import type { Concept, StatusIcon } from '@konzept-kit/sdk';
import type { KonzeptElement } from '../shared/konzept-element.js';
import { statusIcon, statusLooks, UNRATED_ICON } from '../shared/status.js';
import { patternFill } from './patterns.js';
import './ampel-chart.i18n.js';

export interface Look {
  readonly label: string;
  readonly lang: string;
  readonly color: string;
  readonly icon: StatusIcon;
  readonly pattern: string;
}

/** Status id → look; the key `undefined` is the measures without a rating. */
export type Looks = ReadonlyMap<string | undefined, Look>;

export function chartLooks(host: KonzeptElement, concept: Concept): Looks {
  const looks = new Map<string | undefined, Look>();
  statusLooks(concept, host.language).forEach((s, i) =>
    looks.set(s.id, { label: s.label, lang: s.lang, color: s.color, icon: s.icon, pattern: patternFill(i) }),
  );
  looks.set(undefined, {
    label: host.t('common.unrated'),
    lang: host.uiLanguage,
    color: 'var(--konzept-status-unrated, #6b7280)',
    icon: UNRATED_ICON,
    pattern: patternFill(concept.statusScale.statuses.length),
  });
  return looks;
}

/** A status's label inside a sentence; one in another language than the reader's (an export without it) carries its `lang`. */
export function lookLabel(host: KonzeptElement, look: Look): unknown {
  return host.renderLocalized({ text: look.label, lang: look.lang });
}

/** A status as text: icon and label. */
export function statusLabel(look: Look): TemplateResult {
  return html`<span class="cell-status">${statusIcon(look.icon)}<span lang=${look.lang}>${look.label}</span></span>`;
}

/** A small square in the status's colour and pattern, for the legend. */
export function swatch(look: Look): TemplateResult {
  return html`<svg class="swatch" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
    <rect class="segment__fill" width="16" height="16" style=${cssProps({ fill: look.color })}></rect>
    <rect class="segment__pattern swatch__pattern" width="16" height="16" fill=${look.pattern}></rect>
  </svg>`;
}
