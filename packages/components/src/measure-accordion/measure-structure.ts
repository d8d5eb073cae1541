/**
 * The frame around the info boxes: headings at the level the page asks for, the heading over all
 * fields of one kind and each field's heading with its kind and goal (the guidelines and the view of
 * a concept without measures are in rare-parts.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Concept, Field, FieldKind } from '@konzept-kit/sdk';
import { heading } from '../shared/heading.js';
import type { RenderHost } from './measure-panel.js';

/** The municipality's word for a kind of field: "Handlungsfeld(er)", "Querschnittsthema/-themen". */
export function kindTerm(host: RenderHost, concept: Concept, kind: FieldKind, plural = false): string {
  return host.term(concept, kind === 'action' ? 'actionField' : 'crossCuttingField', plural);
}

/** The same word as a heading or label, marked with its language where it is a fallback. */
export function kindHeading(host: RenderHost, concept: Concept, kind: FieldKind, plural = false): unknown {
  return host.renderTerm(concept, kind === 'action' ? 'actionField' : 'crossCuttingField', plural);
}

/** A field's heading (kind label and title; `id` for a jump link to it), its goal and description. */
export function renderFieldHead(host: RenderHost, concept: Concept, field: Field, level: number, id?: string): TemplateResult {
  return html`${heading(
    level,
    { part: 'field-heading', id },
    html`<span class="kind kind--${field.kind}" part="kind">${kindHeading(host, concept, field.kind)}</span>
        <span class="field-title">${host.renderText(concept, field.title)}</span>`,
  )}
    ${
      field.goal
        ? html`<div class="goal" part="goal">
          <span class="goal__label">${host.renderTerm(concept, 'goal')}:</span>
          <span class="goal__title">${host.renderText(concept, field.goal.title)}</span>
          ${field.goal.description ? html`<p class="prose">${host.renderText(concept, field.goal.description)}</p>` : nothing}
        </div>`
        : nothing
    }
    ${field.description ? html`<p class="prose field-description">${host.renderText(concept, field.description)}</p>` : nothing}`;
}
