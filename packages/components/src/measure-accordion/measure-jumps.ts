/**
 * Ways through a long list on a phone (193 measures are about 20,000 px at 320 px wide): jump
 * links to each field with hits, grouped by kind, under the toolbar, and after each field a link
 * back to the filter. Links, but inside a shadow root an address's fragment finds nothing, so the
 * element moves the focus itself (`onJump`, `onBackToFilter`).
 */
import { html, type TemplateResult } from 'lit';
import { measureTree, type Concept, type MeasureEntry } from '@konzept-kit/sdk';
import type { RenderHost } from './measure-panel.js';
import { kindHeading } from './measure-structure.js';

/** The id of a field's heading inside the element: the target of its jump link. */
export function fieldHeadingId(fieldId: string): string {
  return `field-${fieldId}`;
}

/** A `nav` of jump links to the fields that have hits (with their number), grouped by kind when there are two. */
export function renderJumps(host: RenderHost, concept: Concept, entries: readonly MeasureEntry[], onJump: (event: Event) => void): TemplateResult {
  const groups = measureTree(concept, entries);
  const links = (fields: (typeof groups)[number]['fields']) =>
    html`<ul class="jumps__list">
      ${fields.map(({ field, objectives }) => {
        const count = objectives.reduce((n, o) => n + o.entries.length, 0);
        const title = host.text(concept, field.title);
        return html`<li>
          <a href=${`#${fieldHeadingId(field.id)}`} data-field=${field.id} @click=${onJump}
            ><span lang=${host.fallbackLang(title)}>${host.isolated(title)}</span> <span class="muted">(${host.formatNumber(count)})</span></a
          >
        </li>`;
      })}
    </ul>`;
  return html`<nav class="jumps" part="jumps" aria-labelledby="jumps-label">
    <p class="jumps__label" id="jumps-label">${host.t('accordion.jumpTo')}</p>
    ${
      groups.length > 1
        ? html`<ul class="jumps__groups">
          ${groups.map((g) => html`<li><span class="hint">${kindHeading(host, concept, g.kind, true)}</span>${links(g.fields)}</li>`)}
        </ul>`
        : links(groups[0]?.fields ?? [])
    }
  </nav>`;
}

/** After a field: back to the filter (and with it, the jump links below it). */
export function renderFieldEnd(host: RenderHost, onBackToFilter: (event: Event) => void): TemplateResult {
  return html`<p class="field-end" part="field-end"><a href="#search" @click=${onBackToFilter}>${host.t('accordion.backToFilter')}</a></p>`;
}
