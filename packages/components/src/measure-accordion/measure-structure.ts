/**
 * The frame around the info boxes: headings at the level the page asks for, the heading over all
 * fields of one kind and each field's heading with its kind and goal, the guidelines, and the whole
 * view of a concept that has goals but no measures (Landshut).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { measureTree, type Concept, type Field, type FieldKind } from '@konzept-kit/sdk';
import { heading } from '../shared/heading.js';
import { renderIndicators, type RenderHost } from './measure-panel.js';

/** The municipality's word for a kind of field: "Handlungsfeld(er)", "Querschnittsthema/-themen". */
export function kindTerm(host: RenderHost, concept: Concept, kind: FieldKind, plural = false): string {
  return host.term(concept, kind === 'action' ? 'actionField' : 'crossCuttingField', plural);
}

/** The same word as a heading or label, marked with its language where it is a fallback. */
export function kindHeading(host: RenderHost, concept: Concept, kind: FieldKind, plural = false): unknown {
  return host.renderTerm(concept, kind === 'action' ? 'actionField' : 'crossCuttingField', plural);
}

export function renderGuidelines(host: RenderHost, concept: Concept, level: number): TemplateResult | typeof nothing {
  if (!concept.guidelines.length) return nothing;
  return html`<div class="guidelines" part="guidelines">
    ${heading(level, 'group-heading', host.renderTerm(concept, 'guideline', true))}
    ${concept.guidelines.map(
      (g) => html`<div class="guideline">
        ${g.title ? heading(level + 1, 'guideline-heading', host.renderText(concept, g.title)) : nothing}
        <p class="prose">${host.renderText(concept, g.text)}</p>
      </div>`,
    )}
  </div>`;
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

/** Concepts of guidelines and goals only (Landshut): what they have, without boxes to open. */
export function renderWithoutMeasures(host: RenderHost, concept: Concept, level: number): TemplateResult {
  return html`
    <p class="note">${host.t('state.noMeasures', { measures: host.termCount(concept, 'measure', 0) })}</p>
    ${renderGuidelines(host, concept, level)}
    ${measureTree(concept, [], { includeEmpty: true }).map(
      (group) => html`<div class="group">
        ${heading(level, 'group-heading', kindHeading(host, concept, group.kind, true))}
        ${group.fields.map(
          ({ field, objectives }) => html`<div class="field" part="field">
            ${renderFieldHead(host, concept, field, level)}
            ${
              objectives.length
                ? html`<ul class="objectives">
                  ${objectives.map(
                    ({ objective }) => html`<li class="objective objective--plain" part="objective">
                      <span class="objective-title">${host.renderText(concept, objective.title)}</span>
                      ${objective.description ? html`<p class="prose">${host.renderText(concept, objective.description)}</p>` : nothing}
                      ${objective.indicators.length ? renderIndicators(host, concept, objective.indicators) : nothing}
                    </li>`,
                  )}
                </ul>`
                : nothing
            }
          </div>`,
        )}
      </div>`,
    )}
  `;
}
