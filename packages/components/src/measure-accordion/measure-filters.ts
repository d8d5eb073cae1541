/**
 * The filter form a reader uses: a labelled search box, a select for the field (grouped by kind),
 * one for the kind, and a checkbox per status (label and icon). Every control has a visible label;
 * the form is a search landmark.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isFilterEmpty, type Concept, type Field, type MeasureFilter } from '@konzept-kit/sdk';
import type { RenderHost } from './measure-panel.js';
import { scaleTitle, type StatusLook } from '../shared/status.js';
import { renderStatus } from '../shared/status-label.js';
import { kindTerm } from './measure-structure.js';

export interface FilterHandlers {
  readonly onSearchInput: (event: Event) => void;
  readonly onSearchKey: (event: KeyboardEvent) => void;
  readonly onField: (event: Event) => void;
  readonly onKind: (event: Event) => void;
  readonly onStatus: (event: Event) => void;
  readonly onReset: () => void;
}

/** The `value` of the field option shown when the filter names several fields (attributes can). */
export const SEVERAL_FIELDS = '*several';

export function renderFilters(
  host: RenderHost,
  concept: Concept,
  filter: MeasureFilter,
  looks: readonly StatusLook[],
  searchText: string,
  on: FilterHandlers,
): TemplateResult {
  const statuses = new Set(filter.status ?? []);
  const fields = filter.field ?? [];
  const kinds = filter.kind ?? [];
  const kindsPresent = (['action', 'crossCutting'] as const).filter((k) => concept.fields.some((f) => f.kind === k));
  const fieldOption = (f: Field) => {
    const title = host.text(concept, f.title);
    return html`<option value=${f.id} lang=${host.fallbackLang(title)} ?selected=${fields.length === 1 && fields[0] === f.id}>${host.isolated(title)}</option>`;
  };
  const scale = scaleTitle(concept, host.language);
  return html`<div class="filters" part="filters" role="search" aria-label=${host.t('accordion.filterLabel', { measures: host.term(concept, 'measure', true) })}>
    <div class="filter filter--search">
      <label for="search">${host.t('accordion.search')}</label>
      <input
        id="search"
        part="search"
        type="search"
        autocomplete="off"
        aria-describedby="search-hint"
        .value=${searchText}
        @input=${on.onSearchInput}
        @keydown=${on.onSearchKey}
      />
      <span id="search-hint" class="hint">${host.t('accordion.searchHint', { lead: host.termInline(concept, 'lead'), partners: host.termInline(concept, 'partners', true) })}</span>
    </div>
    <div class="filter">
      <label for="field">${host.t('accordion.field', { actionField: kindTerm(host, concept, 'action'), crossCuttingField: host.termInline(concept, 'crossCuttingField') })}</label>
      <select id="field" @change=${on.onField}>
        <option value="" ?selected=${fields.length === 0}>${host.t('accordion.all')}</option>
        ${fields.length > 1 ? html`<option value=${SEVERAL_FIELDS} selected>${host.t('accordion.several', { count: fields.length })}</option>` : nothing}
        ${kindsPresent.map(
          (kind) => html`<optgroup label=${kindTerm(host, concept, kind, true)}>${concept.fields.filter((f) => f.kind === kind).map(fieldOption)}</optgroup>`,
        )}
      </select>
    </div>
    ${
      kindsPresent.length > 1
        ? html`<div class="filter">
          <label for="kind">${host.t('accordion.kind')}</label>
          <select id="kind" @change=${on.onKind}>
            <option value="" ?selected=${kinds.length !== 1}>${host.t('accordion.all')}</option>
            ${kindsPresent.map(
              (kind) => html`<option value=${kind} ?selected=${kinds.length === 1 && kinds[0] === kind}>${kindTerm(host, concept, kind, true)}</option>`,
            )}
          </select>
        </div>`
        : nothing
    }
    <fieldset class="filter filter--status" @change=${on.onStatus}>
      <legend>${scale ? html`<span lang=${host.fallbackLang(scale)}>${scale.text}</span>` : host.t('accordion.status')}</legend>
      ${looks.map(
        (look) => html`<label class="check">
          <input type="checkbox" name="status" value=${look.id} .checked=${statuses.has(look.id)} />
          ${renderStatus(host, look)}
        </label>`,
      )}
    </fieldset>
    ${
      isFilterEmpty(filter)
        ? nothing
        : html`<div class="filter filter--reset">
          <button type="button" part="button" class="button" @click=${on.onReset}>${host.t('accordion.reset')}</button>
        </div>`
    }
  </div>`;
}
