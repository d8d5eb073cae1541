/**
 * What the accordion's first view of a concept with measures never runs, loaded when it is needed
 * (shared/on-demand.ts): filter attributes, following a deep link or `reveal()`, the guidelines and
 * the view of a concept without measures (Landshut), and copying a measure's link. A page that
 * shows none of it never loads it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { compactFilter, filterFromParams, measureTree, type Concept, type FilterParams, type MeasureFilter } from '@konzept-kit/sdk';
import { heading } from '../shared/heading.js';
import { renderIndicators, type RenderHost } from './measure-panel.js';
import { kindHeading, renderFieldHead } from './measure-structure.js';
import type { FilterKey } from './measure-accordion.js';
import './rare-parts.i18n.js';

export { measureForFragment, revealFilter } from '@konzept-kit/sdk';

/** `filter` with the parts whose attribute changed (`keys`) as the attributes say (`status="red"`). */
export function filterFromAttributes(host: FilterParams & { readonly kind: string }, keys: Iterable<FilterKey>, filter: MeasureFilter): MeasureFilter {
  const parsed = filterFromParams(host);
  if (parsed.ignored) console.warn(`[konzept-kit] <measure-accordion kind="${host.kind}">: use "action" or "crossCutting".`);
  const next: Record<string, unknown> = { ...filter };
  for (const key of keys) next[key] = parsed[key];
  return compactFilter(next as MeasureFilter);
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

/** Where a copied link is said, and the field to copy it by hand from, once the copy button was used. */
export interface Copied {
  readonly id: string;
  readonly ok: boolean;
}

/**
 * Copies the link of a copy button (`data-url`) for the reader. Where the browser will not, `done`
 * gets `ok: false` and the element shows the link in a field, which gets the focus, selected, to
 * copy by hand.
 */
export async function copyLink(
  host: { readonly renderRoot: ParentNode; readonly updateComplete: Promise<boolean> },
  button: HTMLElement,
  done: (copied: Copied) => void,
): Promise<void> {
  const id = button.dataset['measure']!;
  let ok = false;
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(button.dataset['url']!);
      ok = true;
    }
  } catch {
    ok = false;
  }
  done({ id, ok });
  if (!ok) {
    await host.updateComplete;
    const input = host.renderRoot.querySelector<HTMLInputElement>(`input[data-copy="${CSS.escape(id)}"]`);
    input?.focus();
    input?.select();
  }
}

/** The link in a field, to copy by hand (where the browser did not copy it). */
export function renderCopyManually(host: RenderHost, id: string, url: string): TemplateResult {
  return html`<label class="copy__manual">${host.t('accordion.copyManually')}
    <input type="text" readonly data-copy=${id} .value=${url} />
  </label>`;
}
