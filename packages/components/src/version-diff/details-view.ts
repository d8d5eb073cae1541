/**
 * The concept's own details that changed (summary, adoption, council papers …), under their own
 * heading above the fields. Texts are word diffs, lists entry by entry, as for measures (change-view.ts).
 */
import { html, type TemplateResult } from 'lit';
import type { Concept, ConceptAttribute, DetailChange, Evaluation, ParticipationInput, Text } from '@konzept-kit/sdk';
import { renderAttribute, renderBeforeAfter, renderEntriesRow, renderListDiff, renderTextRow, row, type ChangeHost, type Concepts } from './change-view.js';
import { heading as renderHeading } from '../shared/heading.js';

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
export function renderDetails(host: ChangeHost, details: readonly DetailChange<ConceptAttribute>[], concepts: Concepts, heading: number): TemplateResult {
  return html`<section class="field details" part="field details" aria-labelledby="details-heading">
    ${renderHeading(heading, { id: 'details-heading', class: 'field__heading' }, host.t('diff.details'))}
    <dl class="attributes">${details.map((d) => renderDetail(host, concepts, d))}</dl>
  </section>`;
}
