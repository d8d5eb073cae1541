/**
 * The synopsis (Synopse): the council's own format for a revised text, old wording and new wording
 * side by side, deletions marked on the left, insertions on the right. It prints as an annex to a
 * Sitzungsvorlage: a real table whose header repeats on every printed page, no buttons. Below
 * 30rem the two columns stack, each cell saying which wording it holds.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TranslationKey } from '../shared/i18n.js';
import {
  isText,
  plainValue,
  type Concept,
  type ConceptAttribute,
  type ConceptDiff,
  type DetailChange,
  type ElementChange,
  type FieldDiff,
  type MeasureChange,
  type Text,
} from '@konzept-kit/sdk';
import { kindIcon, renderWordDiff, type ChangeHost, type Concepts } from './change-view.js';
import { elementTitle, levelTerm } from './structure-view.js';
import './synopsis-view.i18n.js';

export { synopsisStyles } from './synopsis-view.styles.js';

type Side = 'before' | 'after';

/** A value in plain words, for attributes that are not running text (partners, indicators, a lead …). */
function plain(host: ChangeHost, concept: Concept, value: unknown): string {
  return plainValue(value, { text: (v) => host.text(concept, v).text, number: (n) => host.formatNumber(n), target: host.t('diff.indicator.target') });
}

/** One attribute in one column: running text word by word, anything else in plain words. */
function cellAttribute(host: ChangeHost, concepts: Concepts, label: unknown, before: unknown, after: unknown, side: Side): TemplateResult {
  const concept = side === 'before' ? concepts.from : concepts.to;
  const value = side === 'before' ? before : after;
  let content: unknown;
  if ((before === undefined || isText(before)) && (after === undefined || isText(after)) && (before !== undefined || after !== undefined)) {
    const old = before === undefined ? '' : host.text(concepts.from, before as Text).text;
    const now = after === undefined ? undefined : host.text(concepts.to, after as Text);
    content = value === undefined ? html`<em>${host.t('diff.none')}</em>` : renderWordDiff(host, old, now?.text ?? '', now?.lang, side);
  } else {
    content = value === undefined ? html`<em>${host.t('diff.none')}</em>` : plain(host, concept, value);
  }
  return html`<div class="synopsis__attribute"><span class="synopsis__label">${label}</span> ${content}</div>`;
}

function sideLabel(host: ChangeHost, side: Side, concepts: Concepts): string {
  return host.t(side === 'before' ? 'diff.synopsis.before' : 'diff.synopsis.after', { version: (side === 'before' ? concepts.from : concepts.to).version });
}

/** A table cell of one side; in the stacked layout it names its side. */
function cell(host: ChangeHost, side: Side, concepts: Concepts, content: unknown): TemplateResult {
  return html`<td class="synopsis__cell synopsis__cell--${side}"><span class="synopsis__side" aria-hidden="true">${sideLabel(host, side, concepts)}</span>${content}</td>`;
}

function emptyCell(host: ChangeHost, side: Side, concepts: Concepts, kind: 'added' | 'removed'): TemplateResult {
  return cell(host, side, concepts, html`<p class="synopsis__none muted">${host.t(kind === 'added' ? 'diff.synopsis.new' : 'diff.synopsis.gone')}</p>`);
}

/** One row: a heading for the pair (its kind and what it is), then the old and the new wording. */
function pairRow(host: ChangeHost, concepts: Concepts, kind: MeasureChange['kind'], heading: unknown, side: (s: Side) => unknown, id?: string): TemplateResult {
  return html`<tr class="synopsis__row kind--${kind}" id=${id ?? nothing}>
    <td class="synopsis__what" colspan="2"><span class="badge kind--${kind}">${kindIcon(kind)}${host.t(`diff.kind.${kind}`)}</span> ${heading}</td>
  </tr>
  <tr class="synopsis__row synopsis__row--texts kind--${kind}">
    ${kind === 'added' ? emptyCell(host, 'before', concepts, 'added') : cell(host, 'before', concepts, side('before'))}
    ${kind === 'removed' ? emptyCell(host, 'after', concepts, 'removed') : cell(host, 'after', concepts, side('after'))}
  </tr>`;
}

function measureRow(host: ChangeHost, concepts: Concepts, change: MeasureChange, anchor: string): TemplateResult {
  const from = change.from?.measure;
  const to = change.to?.measure;
  const label = (attribute: string) => host.t(`diff.attribute.${attribute}` as TranslationKey);
  const side = (s: Side) => {
    const rows: TemplateResult[] = [cellAttribute(host, concepts, label('title'), from?.title, to?.title, s)];
    if (from?.description !== undefined || to?.description !== undefined)
      rows.push(cellAttribute(host, concepts, label('description'), from?.description, to?.description, s));
    for (const a of change.attributes) {
      if (a.attribute === 'title' || a.attribute === 'description') continue;
      const name =
        a.attribute === 'lead'
          ? host.renderTerm(concepts.to, 'lead')
          : a.attribute === 'partners'
            ? host.renderTerm(concepts.to, 'partners', true)
            : label(a.attribute);
      rows.push(cellAttribute(host, concepts, name, a.before, a.after, s));
    }
    return rows;
  };
  const id = (change.to ?? change.from)!.measure.id;
  return pairRow(host, concepts, change.kind, html`${host.renderTerm(change.to ? concepts.to : concepts.from, 'measure')} ${id}`, side, `${anchor}-synopse`);
}

function elementRow(host: ChangeHost, concepts: Concepts, change: ElementChange): TemplateResult {
  const concept = change.after ? concepts.to : concepts.from;
  const title = elementTitle(change);
  const side = (s: Side) => {
    const element = s === 'before' ? change.before : change.after;
    const other = s === 'before' ? change.after : change.before;
    const rows: TemplateResult[] = [];
    for (const key of ['title', 'description', 'text'] as const) {
      const mine = element?.[key];
      const theirs = other?.[key];
      if (mine === undefined && theirs === undefined) continue;
      const [before, after] = s === 'before' ? [mine, theirs] : [theirs, mine];
      rows.push(cellAttribute(host, concepts, host.t(`diff.attribute.${key}`), before, after, s));
    }
    for (const a of change.attributes) {
      if (a.attribute === 'title' || a.attribute === 'description' || a.attribute === 'text') continue;
      rows.push(cellAttribute(host, concepts, host.t(`diff.attribute.${a.attribute === 'field' ? 'place' : a.attribute}`), a.before, a.after, s));
    }
    return rows;
  };
  const heading = html`${levelTerm(host, concept, change)}${change.level === 'goal' || title === undefined ? nothing : html` ${change.id}`}`;
  return pairRow(host, concepts, change.kind === 'unchanged' ? 'unchanged' : change.kind, heading, side);
}

function detailRow(host: ChangeHost, concepts: Concepts, d: DetailChange<ConceptAttribute>): TemplateResult {
  const label = host.t(`diff.detail.${d.attribute}`);
  const value = (v: unknown) => (d.attribute === 'adopted' && typeof v === 'string' ? host.formatDate(v) : v);
  return pairRow(host, concepts, 'changed', label, (s) => cellAttribute(host, concepts, label, value(d.before), value(d.after), s));
}

/** A group of rows under a heading that spans both columns (a field, the concept's details, the guidelines). */
function group(heading: unknown, level: number, rows: readonly TemplateResult[]): TemplateResult {
  return html`<tbody class="synopsis__group">
    <tr>
      <td colspan="2" class="synopsis__group-heading"><span role="heading" aria-level=${level}>${heading}</span></td>
    </tr>
    ${rows}
  </tbody>`;
}

/** The synopsis of the changes on the current page (every change while printing). */
export function renderSynopsis(
  host: ChangeHost,
  diff: ConceptDiff,
  page: ReadonlyArray<{ list: FieldDiff; items: readonly MeasureChange[] }>,
  details: readonly DetailChange<ConceptAttribute>[],
  guidelines: readonly ElementChange[],
  anchors: ReadonlyMap<MeasureChange, string>,
  headingLevel: number,
): TemplateResult {
  const concepts: Concepts = { from: diff.from, to: diff.to };
  return html`<table class="synopsis" part="synopsis">
    <caption class="synopsis__caption">
      ${host.t('diff.synopsis.caption', { from: diff.from.version, to: diff.to.version })}
    </caption>
    <thead>
      <tr>
        <th scope="col" class="synopsis__head">${sideLabel(host, 'before', concepts)}</th>
        <th scope="col" class="synopsis__head">${sideLabel(host, 'after', concepts)}</th>
      </tr>
    </thead>
    ${
      details.length
        ? group(
            host.t('diff.details'),
            headingLevel,
            details.map((d) => detailRow(host, concepts, d)),
          )
        : nothing
    }
    ${page.map(({ list, items }) => {
      const concept = diff.to.fields.some((f) => f.id === list.id) ? diff.to : diff.from;
      return group(host.renderText(concept, list.title), headingLevel, [
        ...list.elements.map((e) => elementRow(host, concepts, e)),
        ...items.map((c) => measureRow(host, concepts, c, anchors.get(c)!)),
      ]);
    })}
    ${
      guidelines.length
        ? group(
            host.renderTerm(diff.to, 'guideline', true),
            headingLevel,
            guidelines.map((g) => elementRow(host, concepts, g)),
          )
        : nothing
    }
  </table>`;
}
