/**
 * What a diff shows only for some exports, loaded when a diff has it (version-diff.ts waits for it
 * as for the comparison): within each field, the field itself, its goal, its objectives and its
 * guidelines that changed (and the guidelines of the whole concept), their count in the summary,
 * the warning that the export's ids do not identify, the note on pairs found by text, and the
 * summary of two versions with the same content. Texts
 * are word diffs, lists entry by entry, as for measures (change-view.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  CHANGE_KINDS,
  measureAnchor,
  type ChangeKind,
  type Concept,
  type ConceptDiff,
  type ElementChange,
  type FilteredDiff,
  type Level,
  type PairMatch,
  type Text,
} from '@konzept-kit/sdk';
import type { KonzeptElement } from '../shared/konzept-element.js';
import { kindIcon, renderAttribute, renderBeforeAfter, renderTextRow, row, type ChangeHost, type Concepts } from './change-view.js';
import './structure-view.i18n.js';
import { heading as renderHeading } from '../shared/heading.js';

export { structureStyles } from './structure-view.styles.js';

/** What the summary's counts need beyond a change's words. */
type SummaryHost = ChangeHost & Pick<KonzeptElement, 'termCount'>;

/** The first word of an element's anchor: `#aenderung-ziel-sprache`. */
const ANCHOR_WORD = { field: 'feld', goal: 'ziel', objective: 'unterziel', guideline: 'leitlinie' } as const;

function elementAnchor(change: ElementChange, prefix: string): string {
  return measureAnchor(`${ANCHOR_WORD[change.level]}-${change.id}`, prefix);
}

/** The element's word in the municipality's terms: "Handlungsfeld", "Oberziel", "Leitlinie". */
export function levelTerm(host: ChangeHost, concept: Concept, change: ElementChange): unknown {
  if (change.level === 'field') {
    const kind = (change.after ?? change.before)!['kind'];
    return host.renderTerm(concept, kind === 'crossCutting' ? 'crossCuttingField' : 'actionField');
  }
  return host.renderTerm(concept, change.level);
}

function fieldTitle(host: ChangeHost, concept: Concept, id: unknown): unknown {
  if (typeof id !== 'string') return undefined;
  const field = concept.fields.find((f) => f.id === id);
  return field ? host.renderText(concept, field.title) : id;
}

/** What an element says: its title, or a guideline's text where it has none. */
export function elementTitle(change: ElementChange): Text | undefined {
  const element = (change.after ?? change.before)!;
  return (element['title'] ?? element['text']) as Text | undefined;
}

function elementBody(host: ChangeHost, change: ElementChange, concepts: Concepts): TemplateResult {
  const { from, to } = concepts;
  if (change.kind === 'added' || change.kind === 'removed') {
    const element = (change.after ?? change.before)!;
    const concept = change.after ? to : from;
    const body = (element['title'] ? (element['text'] ?? element['description']) : element['description']) as Text | undefined;
    return body ? html`<p class="description ${change.kind === 'removed' ? 'description--removed' : ''}">${host.renderText(concept, body)}</p>` : html``;
  }
  const rows: TemplateResult[] = [];
  for (const a of change.attributes) {
    if (a.attribute === 'title' || a.attribute === 'description' || a.attribute === 'text') {
      rows.push(renderTextRow(host, concepts, host.t(`diff.attribute.${a.attribute}`), a.before, a.after));
    } else if (a.attribute === 'kind') {
      const word = (kind: unknown) => host.renderTerm(kind === 'crossCutting' ? from : to, kind === 'crossCutting' ? 'crossCuttingField' : 'actionField');
      rows.push(row(host.t('diff.attribute.kind'), renderBeforeAfter(host, word(a.before), word(a.after))));
    } else if (a.attribute === 'field') {
      rows.push(row(host.renderTerm(to, 'actionField'), renderBeforeAfter(host, fieldTitle(host, from, a.before), fieldTitle(host, to, a.after))));
    } else {
      rows.push(renderAttribute(host, concepts, { attribute: a.attribute, before: a.before, after: a.after }));
    }
  }
  if (change.kind === 'moved' || change.fromFieldId) {
    rows.push(row(host.t('diff.attribute.place'), renderBeforeAfter(host, fieldTitle(host, from, change.fromFieldId), fieldTitle(host, to, change.fieldId))));
  }
  return rows.length ? html`<dl class="attributes">${rows}</dl>` : html``;
}

/** One field, goal, objective or guideline that changed (or not, on request). */
export function renderElementChange(host: ChangeHost, change: ElementChange, concepts: Concepts, heading: number, anchorPrefix: string): TemplateResult {
  const concept = change.after ? concepts.to : concepts.from;
  const title = elementTitle(change);
  return html`<li class="change change--element element--${change.kind} kind--${change.kind}" part="change change-${change.kind} element" id=${elementAnchor(change, anchorPrefix)} tabindex="-1">
    <div class="change__head">
      ${renderHeading(heading, { class: 'change__title' }, html`<span class="change__level">${levelTerm(host, concept, change)}<span class="visually-hidden">:</span></span> ${title === undefined ? nothing : host.renderText(concept, title)}`)}
      <p class="change__meta"><span class="badge kind--${change.kind}" part="badge">${kindIcon(change.kind)}${host.t(`diff.kind.${change.kind}`)}</span></p>
    </div>
    ${elementBody(host, change, concepts)}
  </li>`;
}

/** Guidelines of the whole concept (not of one field), under their own heading. */
export function renderGuidelines(
  host: ChangeHost,
  diff: ConceptDiff,
  concepts: Concepts,
  guidelines: readonly ElementChange[],
  heading: number,
  changeHeading: number,
  anchorPrefix: string,
): TemplateResult | typeof nothing {
  if (!guidelines.length) return nothing;
  const title = host.renderTerm(diff.to, 'guideline', true);
  return html`<section class="field" part="field" aria-labelledby="guidelines-heading">
    ${renderHeading(heading, { id: 'guidelines-heading', class: 'field__heading' }, title)}
    <ul class="changes" role="list">
      ${guidelines.map((g) => renderElementChange(host, g, concepts, changeHeading, anchorPrefix))}
    </ul>
  </section>`;
}

const LEVEL_ORDER: readonly Level[] = ['actionField', 'crossCuttingField', 'goal', 'objective', 'guideline'];

/** "1 Oberziel angepasst, 1 Unterziel gestrichen, 1 Leitlinie neu": the levels above the measures, in the municipality's words. */
function structureParts(host: SummaryHost, diff: ConceptDiff): string {
  const counts = new Map<string, { level: Level; kind: ChangeKind; count: number }>();
  for (const e of diff.structure.elements) {
    if (e.kind === 'unchanged') continue;
    const level: Level = e.level === 'field' ? ((e.after ?? e.before)!['kind'] === 'crossCutting' ? 'crossCuttingField' : 'actionField') : e.level;
    const key = `${level} ${e.kind}`;
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { level, kind: e.kind, count: 1 });
  }
  const order = (x: { level: Level; kind: ChangeKind }) => LEVEL_ORDER.indexOf(x.level) * 10 + CHANGE_KINDS.indexOf(x.kind);
  return [...counts.values()]
    .sort((a, b) => order(a) - order(b))
    .map(({ level, kind, count }) =>
      host.t('diff.summaryFirst', { count: host.formatNumber(count), measures: host.termCount(diff.to, level, count), label: host.t(`diff.kind.${kind}`) }),
    )
    .join(host.t('list.separator'));
}

/** The summary's sentence on the levels above the measures ("Außerdem: 1 Oberziel angepasst."); empty when none changed. */
export function structureSummary(host: SummaryHost, diff: ConceptDiff, measuresChanged: boolean): string {
  const parts = structureParts(host, diff);
  return parts ? (measuresChanged ? host.t('diff.structureSummary', { parts }) : `${parts}.`) : '';
}

/** What the filters count in a concept without measures: its fields, goals, objectives and guidelines. */
export const entries = {
  unchanged(diff: ConceptDiff): number {
    const { field, goal, objective, guideline } = diff.structure.summary;
    return field.unchanged + goal.unchanged + objective.unchanged + guideline.unchanged;
  },
  count(host: ChangeHost, filtered: FilteredDiff): string {
    return host.t('diff.countEntries', { shown: host.formatNumber(filtered.shownElements), total: host.formatNumber(filtered.totalElements) });
  },
};

/** The summary of two versions with the same content. */
export function unchangedSummary(host: SummaryHost, diff: ConceptDiff): string {
  const total = diff.summary.unchanged;
  if (total) return host.t('diff.noChanges', { count: host.formatNumber(total), measures: host.termCount(diff.to, 'measure', total) });
  return diff.structure.elements.length ? host.t('diff.identical') : host.t('diff.noMeasures', { measures: host.termCount(diff.to, 'measure', 0) });
}

/**
 * The warning that ids do not identify (the same id for unrelated measures, as positions from a
 * spreadsheet give): the reader should not trust pairs the export's ids would have made.
 */
export function renderIdConflicts(host: SummaryHost, diff: ConceptDiff): TemplateResult | typeof nothing {
  const conflicts = diff.idConflicts;
  if (!conflicts.length) return nothing;
  const key = conflicts[0]!.kept ? 'diff.idConflictsKept' : 'diff.idConflicts';
  const examples = conflicts
    .slice(0, 3)
    .map((c) => c.id)
    .join(host.t('list.separator'));
  return html`<p class="notice" part="notice" role="note">
    <svg class="notice__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d="M8 1.5 15 14H1z" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" /><path d="M8 6v4M8 11.6v.4" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
    </svg>
    <span>${host.t(key, { count: host.formatNumber(conflicts.length), measures: host.termCount(diff.to, 'measure', conflicts.length), examples })}</span>
  </p>`;
}

/** The summary's note on pairs found by text. */
export function renderByText(host: ChangeHost, diff: ConceptDiff): TemplateResult | typeof nothing {
  const count = diff.summary.matchedByText;
  return count ? html`<p class="summary__note">${host.t('diff.byText', { count: host.formatNumber(count) })}</p>` : nothing;
}

/** A change's "matched by text (87 %)" badge. */
export function renderMatch(host: ChangeHost, side: Concept, match: PairMatch): TemplateResult {
  return html`<span class="badge badge--match" part="badge match" title=${host.t('diff.matchedByTextHint', { measure: host.term(side, 'measure') })}
    >${host.t('diff.matchedByText', { percent: host.formatPercent(Math.round(match.confidence * 100)) })}</span
  >`;
}
