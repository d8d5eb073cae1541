/**
 * The changes above the measures, as a reader sees them: the concept's own details (summary,
 * adoption, council papers …) and, within each field, the field itself, its goal, its objectives
 * and its guidelines. Texts are word diffs, lists entry by entry, as for measures (change-view.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import {
  measureAnchor,
  type Concept,
  type ConceptAttribute,
  type DetailChange,
  type ElementChange,
  type Evaluation,
  type ParticipationInput,
  type Text,
} from '@konzept-kit/sdk';
import {
  kindIcon,
  renderAttribute,
  renderBeforeAfter,
  renderEntriesRow,
  renderListDiff,
  renderTextRow,
  row,
  type ChangeHost,
  type Concepts,
} from './change-view.js';

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
export function renderElementChange(host: ChangeHost, change: ElementChange, concepts: Concepts, heading: StaticValue, anchorPrefix: string): TemplateResult {
  const concept = change.after ? concepts.to : concepts.from;
  const title = elementTitle(change);
  return html`<li class="change change--element element--${change.kind} kind--${change.kind}" part="change change-${change.kind} element" id=${elementAnchor(change, anchorPrefix)} tabindex="-1">
    <div class="change__head">
      ${staticHtml`<${heading} class="change__title"><span class="change__level">${levelTerm(host, concept, change)}<span class="visually-hidden">:</span></span> ${title === undefined ? nothing : host.renderText(concept, title)}</${heading}>`}
      <p class="change__meta"><span class="badge kind--${change.kind}" part="badge">${kindIcon(change.kind)}${host.t(`diff.kind.${change.kind}`)}</span></p>
    </div>
    ${elementBody(host, change, concepts)}
  </li>`;
}

function evaluationLabel(host: ChangeHost, concept: Concept, e: Evaluation): unknown {
  return html`${e.title ? host.renderText(concept, e.title) : e.id} (${host.formatDate(e.date)})`;
}

function termEntries(host: ChangeHost, concept: Concept, value: unknown): string[] {
  return Object.entries((value ?? {}) as Record<string, { singular: Text; plural: Text }>).map(
    ([level, term]) => `${level}: ${host.text(concept, term.singular).text} / ${host.text(concept, term.plural).text}`,
  );
}

function statusEntries(host: ChangeHost, concept: Concept, value: unknown): string[] {
  const scale = value as { statuses?: Array<{ id: string; label: Text }> } | undefined;
  return (scale?.statuses ?? []).map((s) => `${s.id}: ${host.text(concept, s.label).text}`);
}

function renderDetail(host: ChangeHost, concepts: Concepts, d: DetailChange<ConceptAttribute>): TemplateResult {
  const { from, to } = concepts;
  const label = host.t(`diff.detail.${d.attribute}`);
  switch (d.attribute) {
    case 'title':
    case 'summary':
    case 'note':
      return renderTextRow(host, concepts, label, d.before, d.after);
    case 'adopted':
      return row(label, renderBeforeAfter(host, d.before && host.formatDate(d.before as string), d.after && host.formatDate(d.after as string)));
    case 'adoptedBy':
      return row(label, renderBeforeAfter(host, d.before && host.renderText(from, d.before as Text), d.after && host.renderText(to, d.after as Text)));
    case 'municipality': {
      const name = (concept: Concept, value: unknown) => (value ? host.renderText(concept, (value as { name: Text }).name) : undefined);
      return row(label, renderBeforeAfter(host, name(from, d.before), name(to, d.after)));
    }
    case 'councilPapers':
    case 'extra':
      return renderAttribute(host, concepts, { attribute: d.attribute, before: d.before, after: d.after }, label);
    case 'integrationReports':
    case 'evaluations':
      return row(
        label,
        renderListDiff(host, d.before as Evaluation[] | undefined, d.after as Evaluation[] | undefined, {
          format: (e) => evaluationLabel(host, to, e),
          identity: (e) => e.id,
        }),
      );
    case 'participation':
      return row(
        label,
        renderListDiff(host, d.before as ParticipationInput[] | undefined, d.after as ParticipationInput[] | undefined, {
          format: (p) => host.renderText(to, p.title),
          identity: (p) => p.id,
        }),
      );
    case 'terms':
      return renderEntriesRow(host, label, termEntries(host, from, d.before), termEntries(host, to, d.after));
    case 'statusScale':
      return renderEntriesRow(host, label, statusEntries(host, from, d.before), statusEntries(host, to, d.after));
  }
}

/** "Angaben zum Konzept": the concept's own details that changed. */
export function renderDetails(host: ChangeHost, details: readonly DetailChange<ConceptAttribute>[], concepts: Concepts, heading: StaticValue): TemplateResult {
  return html`<section class="field details" part="field details" aria-labelledby="details-heading">
    ${staticHtml`<${heading} id="details-heading" class="field__heading">${host.t('diff.details')}</${heading}>`}
    <dl class="attributes">${details.map((d) => renderDetail(host, concepts, d))}</dl>
  </section>`;
}
