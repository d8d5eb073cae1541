/** The one status label of every element: icon and label, and one wording and icon for "not rated". */
import { html, type TemplateResult } from 'lit';
import { cssProps } from './css-props.js';
import type { KonzeptElement } from './konzept-element.js';
import { statusIcon, UNRATED_ICON, type StatusLook } from './status.js';

/**
 * A status as icon and label (never colour alone), coloured by the scale or the page's token; a
 * measure without a rating gets one wording ("ohne Bewertung") and one icon in every element.
 */
export function renderStatus(host: Pick<KonzeptElement, 't'>, look: StatusLook | undefined): TemplateResult {
  if (!look) {
    return html`<span class="status status--unrated" part="status">${statusIcon(UNRATED_ICON)}<span>${host.t('common.unrated')}</span></span>`;
  }
  return html`<span class="status" part="status" style=${cssProps({ '--_status-color': look.color })}
    >${statusIcon(look.icon)}<span lang=${look.lang}>${look.label}</span></span
  >`;
}
