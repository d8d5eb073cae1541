/**
 * `<version-diff mode="status">`: the measures whose status changed between two evaluations of one
 * version ("since the last report: these measures turned green"), grouped by their new status, each
 * with before → after as label and icon. The SDK (`statusChanges`) decides what changed.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { cssProps } from '../shared/css-props.js';
import {
  evaluationsByDate,
  measureAnchors,
  measureEntries,
  measureForFragment,
  statusChanges,
  type ChangeFilter,
  type Concept,
  type MeasureStatusChange,
  type StatusChangeGroup,
  type StatusChanges,
} from '@konzept-kit/sdk';
import { statusIcon, statusLook } from '../shared/status.js';
import { DIFF_MORE, place, renderBeforeAfter, renderStatusLabel } from './change-view.js';
import type { KonzeptElement } from '../shared/konzept-element.js';
import type { ConceptSource } from '../shared/concept-source.js';
import { scrollAndFocus } from '../shared/focus.js';
import { firstPage, renderMore } from '../shared/paging.js';
import { renderStatusDownloads } from './diff-downloads.js';
import './status-mode.i18n.js';
import { heading as renderHeading } from '../shared/heading.js';

export { statusStyles } from './status-mode.styles.js';

/** The status changes for one concept, pair of evaluations and choice of fields. */
interface Computed {
  readonly concept: Concept;
  readonly from?: string;
  readonly to?: string;
  readonly fields?: readonly string[];
  readonly result: StatusChanges | undefined;
  readonly items: readonly MeasureStatusChange[];
}

/** What the status mode uses of its `<version-diff>` (an interface, so the element's module and this one do not import each other). */
export interface StatusModeHost extends KonzeptElement {
  fromEvaluation: string;
  toEvaluation: string;
  chosenEvaluations: { from?: string; to?: string };
  filter: ChangeFilter;
  anchorPrefix: string;
  label: string;
  readonly toSide: ConceptSource;
  showMore(): void;
  heading(offset: number): number;
}

export class StatusMode {
  private memo?: Computed;

  constructor(private readonly host: StatusModeHost) {}

  private get evaluations(): { from?: string; to?: string } {
    const chosen = this.host.chosenEvaluations;
    return { from: chosen.from ?? (this.host.fromEvaluation || undefined), to: chosen.to ?? (this.host.toEvaluation || undefined) };
  }

  /** The status changes shown; the same object until the concept, the evaluations or the fields change. */
  result(concept: Concept): StatusChanges | undefined {
    return this.computed(concept).result;
  }

  /** Every change listed, in the order shown (the list the page limit counts; the same object as long as the result). */
  items(concept: Concept): readonly MeasureStatusChange[] {
    return this.computed(concept).items;
  }

  private computed(concept: Concept): Computed {
    const { from, to } = this.evaluations;
    const fields = this.host.filter.fields;
    const m = this.memo;
    if (m && m.concept === concept && m.from === from && m.to === to && m.fields === fields) return m;
    const result = statusChanges(concept, from, to, { fields });
    this.memo = { concept, from, to, fields, result, items: result?.groups.flatMap((g) => g.changes) ?? [] };
    return this.memo;
  }

  /** Where the measure a fragment names stands in {@link items}; -1 when it is not listed. */
  indexOf(concept: Concept, fragment: string): number {
    const id = measureForFragment(concept, fragment, this.host.anchorPrefix);
    return id === undefined ? -1 : this.items(concept).findIndex((c) => c.entry.measure.id === id);
  }

  /** Widens the selection (before rendering) so the measure a fragment names is shown. */
  reveal(fragment: string): void {
    const concept = this.host.toSide.concept;
    const fields = this.host.filter.fields;
    if (!concept || !fields?.length) return;
    const id = measureForFragment(concept, fragment, this.host.anchorPrefix);
    const entry = id === undefined ? undefined : measureEntries(concept).find((e) => e.measure.id === id);
    if (entry && !fields.includes(entry.field.id)) this.host.filter = { ...this.host.filter, fields: undefined };
  }

  /** Focuses the measure a fragment names; `wait` while the data is not there yet. */
  follow(fragment: string): 'done' | 'wait' {
    const source = this.host.toSide;
    const concept = source.concept;
    if (!concept) return source.state === 'loading' || source.state === 'idle' ? 'wait' : 'done';
    const prefix = this.host.anchorPrefix;
    const id = measureForFragment(concept, fragment, prefix);
    const anchor = id && measureAnchors(concept, prefix).byMeasure.get(id);
    const target = anchor && this.host.renderRoot.querySelector<HTMLElement>(`[id="${anchor}"]`);
    if (target) scrollAndFocus(target);
    return 'done';
  }

  /** The view, with the first `limit` changes over all groups. */
  render(concept: Concept, limit: number): TemplateResult {
    const host = this.host;
    const { from, to } = this.evaluations;
    const all = evaluationsByDate(concept);
    const result = this.result(concept);
    const chosen = Boolean(from || to);
    const h = host.heading(0);
    const heading = host.t(chosen ? 'diff.status.headingChosen' : 'diff.status.heading');
    let body: TemplateResult;
    if (all.length < 2) body = this.message(host.t('diff.status.tooFew', { count: host.formatNumber(all.length) }));
    else if (from && to && from === to) body = this.message(host.t('diff.status.sameEvaluation'));
    else if (!result) {
      const unknown = [from, to].find((id) => id && !all.some((e) => e.id === id)) ?? '';
      body = this.message(host.t('diff.status.unknown', { id: unknown }));
    } else {
      const page = firstPage(result.groups, (g) => g.changes, limit);
      const shown = page.reduce((n, slice) => n + slice.items.length, 0);
      body = html`${this.renderSummary(concept, result.total, result.same, result.groups)} ${this.renderFilters(concept, result.progress.from.id, result.progress.to.id)}
      ${
        result.groups.length
          ? page.map(({ list, items }) => this.renderGroup(concept, list, items))
          : html`<p class="empty" part="empty">${host.t('diff.status.none')}</p>`
      }
      ${renderMore(host, shown, result.total, host.showMore, DIFF_MORE)}
      ${result.total ? renderStatusDownloads(host, concept, result) : nothing}`;
    }
    const evaluation = (e: Concept['evaluations'][number]) =>
      host.tHtml('diff.status.evaluation', { title: e.title ? host.renderText(concept, e.title) : e.id, date: host.formatDate(e.date) });
    return html`<section class="base" part="base" lang=${host.language} dir=${host.direction} aria-label=${host.label || nothing} aria-labelledby=${host.label ? nothing : 'heading'}>
      ${renderHeading(h, { id: 'heading', class: 'heading', part: 'heading' }, heading)}
      ${result ? html`<p class="compared muted">${host.tHtml('diff.status.compared', { from: evaluation(result.progress.from), to: evaluation(result.progress.to) })}</p>` : nothing}
      ${body}
    </section>`;
  }

  private message(text: string): TemplateResult {
    return html`<div class="state" part="state" role="status"><p>${text}</p></div>`;
  }

  private renderSummary(concept: Concept, total: number, same: number, groups: readonly StatusChangeGroup[]): TemplateResult {
    const host = this.host;
    const h = host.heading(1);
    const head =
      total === 1
        ? host.t('diff.status.summaryOne', { measure: host.termCount(concept, 'measure', 1) })
        : host.t('diff.status.summary', { count: host.formatNumber(total), measures: host.termCount(concept, 'measure', total) });
    const parts = groups.map((g) => `${host.formatNumber(g.changes.length)} ${this.groupLabel(concept, g.status)}`);
    return html`<div class="summary" part="summary" role="group" aria-labelledby="summary-heading">
      ${renderHeading(h, { id: 'summary-heading', class: 'visually-hidden' }, host.t('diff.summary'))}
      <p class="summary__text">
        ${head}${parts.length ? `: ${parts.join(host.t('list.separator'))}` : ''}. ${host.t('diff.status.unchangedCount', { count: host.formatNumber(same) })}.
      </p>
    </div>`;
  }

  private groupLabel(concept: Concept, status: string | undefined): string {
    return statusLook(concept, status, this.host.language)?.label ?? this.host.t('diff.status.groupNone');
  }

  private renderFilters(concept: Concept, fromId: string, toId: string): TemplateResult {
    const host = this.host;
    const all = evaluationsByDate(concept);
    const fieldId = host.filter.fields?.length === 1 ? host.filter.fields[0]! : '';
    const h = host.heading(1);
    const choose = (side: 'from' | 'to', value: string) => {
      host.chosenEvaluations = { from: fromId, to: toId, [side]: value };
    };
    const options = (selected: string) =>
      all.map((e) => {
        const title = e.title ? host.text(concept, e.title) : undefined;
        return html`<option value=${e.id} lang=${title ? host.fallbackLang(title) : nothing} ?selected=${e.id === selected}>${title ? host.isolated(title) : e.id} (${host.formatDate(e.date)})</option>`;
      });
    return html`<div class="filters" part="filters" role="group" aria-labelledby="filters-heading">
      ${renderHeading(h, { id: 'filters-heading', class: 'visually-hidden' }, host.t('diff.filters'))}
      <div class="filters__row">
        <label class="select">
          <span>${host.t('diff.status.fromEvaluation')}</span>
          <select name="from-evaluation" @change=${(e: Event) => choose('from', (e.target as HTMLSelectElement).value)}>${options(fromId)}</select>
        </label>
        <label class="select">
          <span>${host.t('diff.status.toEvaluation')}</span>
          <select name="to-evaluation" @change=${(e: Event) => choose('to', (e.target as HTMLSelectElement).value)}>${options(toId)}</select>
        </label>
        <label class="select">
          <span>${host.t('diff.field', { actionField: host.term(concept, 'actionField'), crossCuttingField: host.termInline(concept, 'crossCuttingField') })}</span>
          <select name="field" @change=${(e: Event) => {
            const value = (e.target as HTMLSelectElement).value;
            host.filter = { ...host.filter, fields: value ? [value] : undefined };
          }}>
            <option value="" ?selected=${fieldId === ''}>${host.t('diff.allFields')}</option>
            ${concept.fields.map((f) => {
              const title = host.text(concept, f.title);
              return html`<option value=${f.id} lang=${host.fallbackLang(title)} ?selected=${f.id === fieldId}>${host.isolated(title)}</option>`;
            })}
          </select>
        </label>
      </div>
    </div>`;
  }

  /** A new status with its changes on this page (`changes`); the heading counts all of them. */
  private renderGroup(concept: Concept, group: StatusChangeGroup, changes: readonly MeasureStatusChange[]): TemplateResult {
    const host = this.host;
    const look = statusLook(concept, group.status, host.language);
    const h = host.heading(1);
    const id = `status-${group.status ?? 'none'}`;
    const label = look ? host.t('diff.status.group', { label: look.label }) : host.t('diff.status.groupNone');
    return html`<section class="field group" part="field" aria-labelledby=${id} style=${cssProps(look ? { '--_status-color': look.color, '--_kind': look.color } : {})}>
      ${renderHeading(h, { id, class: 'field__heading group__heading' }, html`${statusIcon(look?.icon ?? 'question')}<span>${label}</span> <span class="field__kind">(${host.formatNumber(group.changes.length)})</span>`)}
      <ul class="changes" role="list">
        ${changes.map((change) => this.renderChange(concept, change))}
      </ul>
    </section>`;
  }

  private renderChange(concept: Concept, change: MeasureStatusChange): TemplateResult {
    const host = this.host;
    const anchor = measureAnchors(concept, host.anchorPrefix).byMeasure.get(change.entry.measure.id)!;
    const title = host.text(concept, change.entry.measure.title).text;
    const note = change.direction === 'rated' || change.direction === 'unrated' ? host.t(`diff.status.direction.${change.direction}`) : undefined;
    return html`<li class="change change--status" part="change" id=${anchor} tabindex="-1">
      <p class="change__title change__title--status">${host.renderText(concept, change.entry.measure.title)}</p>
      <p class="status-change">
        ${renderBeforeAfter(host, renderStatusLabel(host, concept, change.from), renderStatusLabel(host, concept, change.to))}
        ${note ? html`<span class="muted">(${note})</span>` : nothing}
      </p>
      <p class="change__meta">
        <span class="place muted">${place(host, concept, change.entry)}</span>
        <a class="change__link" part="link" href="#${anchor}">${host.t('diff.link')}<span class="visually-hidden">${host.t('diff.linkTo', { title })}</span></a>
      </p>
    </li>`;
  }
}
