/**
 * `<konzept-overview>`: the concept as a whole, beside the chart and the measures: its own details
 * (summary, adoption, the council papers at concept level, the note that the data is illustrative),
 * the participation that shaped it per field (key statements and needs, with their source), and the
 * integration reports that evaluate measures in words (Landshut's model). Under it, "get the data".
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TranslationKey } from '../shared/i18n.js';
import { property } from 'lit/decorators.js';
import { participationByField, type Concept, type CouncilPaper, type IntegrationReport, type ParticipationInput } from '@konzept-kit/sdk';
import { KonzeptElement } from '../shared/konzept-element.js';
import { ConceptSource } from '../shared/concept-source.js';
import { renderOverviewDownloads } from './overview-downloads.js';
import { baseStyles } from '../shared/styles.js';
import { growing, inParts, partKey, partList } from '../shared/in-parts.js';
import { styles } from './konzept-overview.styles.js';
import './konzept-overview.i18n.js';
import { heading } from '../shared/heading.js';

export type OverviewPart = 'details' | 'participation' | 'reports' | 'data';
const PARTS: readonly OverviewPart[] = ['details', 'participation', 'reports', 'data'];

/**
 * The concept as a whole: its details, its participation per field and its integration reports.
 *
 * @tagname konzept-overview
 * @summary Details, participation and integration reports of a concept, with "get the data".
 * @csspart base - The wrapper of everything.
 * @csspart section - Each part (details, participation, reports).
 * @csspart note - The note that the data is illustrative.
 * @csspart field - A field's participation (a `<details>` box).
 * @csspart report - One integration report.
 * @csspart button - The "show more" button under a long list (the first 200 entries are shown, then 200 more per click).
 * @csspart state - Messages for loading and errors.
 * @attribute no-downloads - Hides the "get the data" buttons (what the view shows as CSV, the export as JSON): for pages that offer the files elsewhere or not at all.
 * @csspart downloads - The "get the data" buttons: what the view shows as CSV, the export as JSON.
 *
 * @fires konzept-load - The export was loaded and is valid. `detail.concept`.
 * @fires konzept-error - Loading or validation failed. `detail.error` with `kind` and `issues`.
 *
 * @cssproperty --konzept-color-background - Background of the buttons (default `#ffffff`).
 * @cssproperty --konzept-color-text - Text colour (default `#1f2937`).
 * @cssproperty --konzept-color-muted - Dates, counts and sources (default `#4b5563`).
 * @cssproperty --konzept-color-border - Lines around the boxes and buttons (default `#848b98`).
 * @cssproperty --konzept-color-surface - Background of the sample-data note (default `#f3f4f6`).
 * @cssproperty --konzept-color-accent - Links and buttons (default `#1d4ed8`).
 * @cssproperty --konzept-focus-color - The focus ring (default `#1d4ed8`).
 * @cssproperty --konzept-font-family - Font (default: inherited from the page).
 * @cssproperty --konzept-font-size - Font size (default: inherited).
 * @cssproperty --konzept-radius - Corner radius (default `6px`).
 * @cssproperty --konzept-space - Spacing (default `1rem`).
 */
export class KonzeptOverview extends KonzeptElement {
  static override styles = [baseStyles, styles];

  /** Address of the JSON export. */
  @property() accessor src = '';
  /** A concept (parsed, or raw export data) instead of `src`; takes precedence. */
  @property({ attribute: false }) accessor concept: Concept | unknown = undefined;
  /** Level of the parts' headings (2 by default); their subheadings are one and two below. */
  @property({ type: Number, attribute: 'heading-level' }) accessor headingLevel = 2;
  /** The parts shown, separated by commas or spaces: `details participation reports data` (default: all that have content). */
  @property() accessor parts = '';

  private readonly source = new ConceptSource(this, () => ({ concept: this.concept, src: this.src }));

  private headingOf(offset: number, content: unknown, id?: string): TemplateResult {
    const level = Math.max(1, Math.round(Number(this.headingLevel)) || 2) + offset;
    return heading(level, { class: `heading heading--${offset}`, id }, content);
  }

  private get shownParts(): ReadonlySet<OverviewPart> {
    const asked = this.parts.split(/[\s,]+/).filter((p): p is OverviewPart => (PARTS as readonly string[]).includes(p));
    return new Set(asked.length ? asked : PARTS);
  }

  protected override render(): TemplateResult | typeof nothing {
    const { state, concept, error } = this.source;
    if (state !== 'ready' || !concept) return this.renderState(state, error);
    const parts = this.shownParts;
    return html`<div class="base" part="base" lang=${this.language} dir=${this.direction}>
      ${parts.has('details') ? this.renderDetails(concept) : nothing}
      ${parts.has('participation') && concept.participation.length ? this.renderParticipation(concept) : nothing}
      ${parts.has('reports') && concept.integrationReports.length ? this.renderReports(concept) : nothing}
      ${parts.has('data') ? renderOverviewDownloads(this, concept) : nothing}
    </div>`;
  }

  private renderPaper(concept: Concept, paper: CouncilPaper): TemplateResult {
    const number = this.t('overview.paper', { number: paper.number });
    const facts = [
      paper.date ? this.formatDate(paper.date) : '',
      paper.body ? this.text(concept, paper.body).text : '',
      paper.session ? this.t(paper.session === 'public' ? 'overview.public' : 'overview.nonPublic') : '',
    ].filter(Boolean);
    return html`<li>
      ${paper.url ? html`<a href=${paper.url}>${number}</a>` : html`<span class="paper__number">${number}</span>`}${
        paper.title ? html`: ${this.renderText(concept, paper.title)}` : nothing
      }
      ${facts.length ? html`<span class="muted">(${facts.join(this.t('list.separator'))})</span>` : nothing}
    </li>`;
  }

  private renderDetails(concept: Concept): TemplateResult {
    const meta = concept.meta;
    const adopted = concept.adopted
      ? this.t(concept.adoptedBy ? 'overview.adoptedBy' : 'overview.adopted', {
          date: this.formatDate(concept.adopted),
          body: concept.adoptedBy ? this.text(concept, concept.adoptedBy).text : '',
        })
      : concept.adoptedBy
        ? this.t('overview.adoptedByOnly', { body: this.text(concept, concept.adoptedBy).text })
        : '';
    const facts = [this.text(concept, concept.municipality.name).text, this.t('overview.version', { version: concept.version }), adopted].filter(Boolean);
    return html`<section class="section" part="section" aria-labelledby="details">
      ${this.headingOf(0, this.renderText(concept, concept.title), 'details')}
      <p class="facts">${facts.join(' · ')}</p>
      ${
        meta?.illustrative
          ? html`<p class="note" part="note">
            <strong>${this.t('overview.illustrative')}:</strong> ${meta.note ? this.renderText(concept, meta.note) : this.t('overview.illustrativeDefault')}
            ${meta.source ? html`<span class="muted">${this.t('overview.source', { source: this.text(concept, meta.source).text })}</span>` : nothing}
          </p>`
          : nothing
      }
      ${concept.summary ? html`<p class="summary">${this.renderText(concept, concept.summary)}</p>` : nothing}
      ${
        concept.councilPapers.length
          ? html`${this.headingOf(1, this.t('overview.papers'))}
            ${partList(this, concept.councilPapers, (p) => this.renderPaper(concept, p), 'papers')}`
          : nothing
      }
    </section>`;
  }

  private renderInput(concept: Concept, input: ParticipationInput): TemplateResult {
    const dates = [input.date, input.dateTo].filter((d): d is string => !!d).map((d) => this.formatDate(d));
    const facts = [
      dates.join(' – '),
      input.participants !== undefined ? this.t('overview.participants', { count: this.formatNumber(input.participants) }) : '',
    ].filter(Boolean);
    const list = (key: string, items: ParticipationInput['statements']) =>
      items.length
        ? html`<p class="list-title">${this.t(key as TranslationKey)}</p>
            ${partList(this, items, (s) => html`<li>${this.renderText(concept, s)}</li>`, '')}`
        : nothing;
    return html`<div class="input">
      <p class="input__title">
        ${this.renderText(concept, input.title)} ${facts.length ? html`<span class="muted">(${facts.join(this.t('list.separator'))})</span>` : nothing}
      </p>
      ${list('overview.statements', input.statements)} ${list('overview.needs', input.needs)}
      ${
        input.councilPaper
          ? html`<p class="source muted">
            ${this.tHtml('overview.source', {
              source: html`${this.t('overview.paper', { number: input.councilPaper.number })}${
                input.councilPaper.title ? html`: ${this.renderText(concept, input.councilPaper.title)}` : nothing
              }`,
            })}
          </p>`
          : nothing
      }
    </div>`;
  }

  private renderParticipation(concept: Concept): TemplateResult {
    const { general, fields } = participationByField(concept);
    // "1 Kernaussage, 2 Bedarfe": each number with its own singular or plural.
    const counted = (n: number, noun: 'statement' | 'need') =>
      this.t(n === 1 ? `overview.${noun}CountOne` : `overview.${noun}Count`, { count: this.formatNumber(n) });
    const count = (inputs: readonly ParticipationInput[]) =>
      this.t('overview.counts', {
        statements: counted(
          inputs.reduce((n, i) => n + i.statements.length, 0),
          'statement',
        ),
        needs: counted(
          inputs.reduce((n, i) => n + i.needs.length, 0),
          'need',
        ),
      });
    return html`<section class="section" part="section" aria-labelledby="participation">
      ${this.headingOf(0, this.t('overview.participation'), 'participation')}
      ${this.inPartsOf(general, (input) => this.renderInput(concept, input), partKey(concept, 'participation:general'))}
      ${
        fields.length
          ? html`${this.headingOf(1, this.t('overview.perField', { field: this.termInline(concept, 'actionField') }))}
          ${this.inPartsOf(
            fields,
            ({ field, inputs }) =>
              html`<details class="field" part="field" id=${`participation-${field.id}`}>
                <summary><span class="field__title">${this.renderText(concept, field.title)}</span> <span class="muted">${count(inputs)}</span></summary>
                ${this.inPartsOf(inputs, (input) => this.renderInput(concept, input), partKey(field, 'participation'))}
              </details>`,
            partKey(concept, 'participation:fields'),
          )}`
          : nothing
      }
    </section>`;
  }

  private renderReport(concept: Concept, fields: ReadonlyMap<string, Concept['fields'][number]>, report: IntegrationReport, index: number): TemplateResult {
    const fieldTitle = (id: string | undefined) => (id === undefined ? undefined : fields.get(id)?.title);
    const period = report.period
      ? report.period.text
        ? this.text(concept, report.period.text).text
        : [report.period.start, report.period.end].filter(Boolean).join('–')
      : '';
    return html`<article class="report" part="report" aria-labelledby=${`report-${index}`}>
      ${this.headingOf(1, this.renderText(concept, report.title), `report-${index}`)}
      <p class="facts">
        ${[this.formatDate(report.date), period ? this.t('overview.period', { period }) : ''].filter(Boolean).join(' · ')}
        ${report.url ? html` · <a href=${report.url}>${this.t('overview.reportLink')}</a>` : nothing}
      </p>
      ${report.summary ? html`<p>${this.renderText(concept, report.summary)}</p>` : nothing}
      ${this.inPartsOf(report.measures, (m) => {
        const field = fieldTitle(m.field);
        return html`<div class="reported">
          ${this.headingOf(2, this.renderText(concept, m.title))}
          <dl class="reported__facts">
            ${field ? html`<div><dt>${this.renderTerm(concept, 'actionField')}</dt><dd>${this.renderText(concept, field)}</dd></div>` : nothing}
            ${m.lead ? html`<div><dt>${this.renderTerm(concept, 'lead')}</dt><dd>${this.renderText(concept, m.lead.unit)}</dd></div>` : nothing}
            ${
              m.partners.length
                ? html`<div>
                  <dt>${this.renderTerm(concept, 'partners', true)}</dt>
                  <dd>${this.inPartsOf(m.partners, (p, i) => [i ? this.t('list.separator') : '', this.renderText(concept, p)])}</dd>
                </div>`
                : nothing
            }
          </dl>
          <p class="list-title">${this.t('overview.assessment')}</p>
          <p>${this.renderText(concept, m.assessment)}</p>
          ${
            m.nextSteps
              ? html`<p class="list-title">${this.t('overview.nextSteps')}</p>
                <p>${this.renderText(concept, m.nextSteps)}</p>`
              : nothing
          }
        </div>`;
      })}
    </article>`;
  }

  private renderReports(concept: Concept): TemplateResult {
    const fields = new Map(concept.fields.map((f) => [f.id, f]));
    return html`<section class="section" part="section" aria-labelledby="reports">
      ${this.headingOf(0, this.t('overview.reports'), 'reports')}
      ${this.inPartsOf(concept.integrationReports, (r, i) => this.renderReport(concept, fields, r, i))}
    </section>`;
  }

  /** The first part of a long list (any list of an export may hold 100,000 entries) and its "show more" button. */
  private inPartsOf<T>(items: readonly T[], render: (item: T, index: number) => unknown, key?: object): unknown {
    const { items: shown, more } = inParts(this, items, key);
    return [growing(shown, render), more];
  }
}
