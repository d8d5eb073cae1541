/**
 * `<version-diff>`: what changed between two versions of a concept ("24 Maßnahmen angepasst,
 * 21 gestrichen, 22 neu"), and, with `mode="status"`, which measures changed their status between
 * two evaluations of one version ("since the last report these turned green"). Changes come in
 * pages, so two versions with 10,000 measures each render as fast as two small ones.
 */
import { nowOrLater } from '../shared/steps.js';
import { html, nothing, type CSSResult, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import {
  changeAnchors,
  diffStepsWith,
  measureEntries,
  needsCandidateIndex,
  filterChanges,
  CHANGE_ANCHOR_PREFIX,
  CHANGE_KINDS,
  DEFAULT_CHANGE_KINDS,
  type CandidateIndex,
  type ChangeFilter,
  type ChangeKind,
  type Concept,
  type ConceptDiff,
  type DiffOptions,
  type DiffSummary,
  type FieldDiff,
  type FilteredDiff,
  type LoadError,
  type MeasureChange,
} from '@konzept-kit/sdk';
import { isolate } from '../shared/data-text.js';
import { renderDiffDownloads } from './diff-downloads.js';
import { KonzeptElement } from '../shared/konzept-element.js';
import { ConceptSource } from '../shared/concept-source.js';
import { PageEvents } from '../shared/page-events.js';
import { baseStyles } from '../shared/styles.js';
import { fieldStyles } from '../shared/field-styles.js';
import { DIFF_MORE, kindIcon, renderChangeBody, type ChangeHost, type Concepts } from './change-view.js';
import { translationRevision } from '../shared/i18n.js';
import { partsRevision } from '../shared/in-parts.js';
import { renderDetails } from './details-view.js';
import type { StatusMode } from './status-mode.js';
import type * as StructureView from './structure-view.js';
import { addStyles, OnDemand, renderNotLoaded } from '../shared/on-demand.js';
import { heading as renderHeading, headingLevel } from '../shared/heading.js';
import { firstPage, limitShowing, renderMore } from '../shared/paging.js';
import { RowsInParts } from '../shared/rows-in-parts.js';
import { styles } from './version-diff.styles.js';
import './version-diff.i18n.js';

/** Nothing changed at any level: measures, fields, goals, objectives, guidelines, the concept's details. */
function isIdentical(diff: ConceptDiff): boolean {
  return !diff.structure.details.length && diff.changes.every((c) => c.kind === 'unchanged') && diff.structure.elements.every((e) => e.kind === 'unchanged');
}

/**
 * Whether a diff needs structure-view.ts: elements above the measures that changed, a concept
 * without measures (its fields, goals, objectives and guidelines are all there is, and the filters
 * count them), ids that do not identify, pairs found by text, nothing changed at all.
 */
function hasStructureParts(diff: ConceptDiff): boolean {
  return (
    !diff.changes.length ||
    diff.idConflicts.length > 0 ||
    diff.summary.matchedByText > 0 ||
    diff.structure.elements.some((e) => e.kind !== 'unchanged') ||
    isIdentical(diff)
  );
}

/** The kinds a reader picks with checkboxes; `unchanged` has its own switch. */
const CHOOSABLE: readonly ChangeKind[] = CHANGE_KINDS.filter((k) => k !== 'unchanged');

/**
 * What changed between two versions of an integration concept: a summary in numbers and words
 * first, then the changes grouped by field, each showing what it was and what it is: adapted text
 * as a word-level diff, other attributes as "before → after". Readers filter by kind of change and
 * by field; unchanged measures are available on request; every change has a deep link
 * (`#aenderung-<measure id>`). Pairs found by text similarity (exports without shared ids) say so.
 * The first `page-size` changes are rendered, then a "show more" button; a deep link renders as
 * many pages as it needs, and printing prints every change.
 *
 * With `mode="status"` it compares two evaluations of one version instead and lists the measures
 * whose status changed, grouped by their new status.
 *
 * Sources: `from` and `to` (addresses) or `fromConcept` and `toConcept` (objects); inside a
 * provider element the provider's concept is the newer side unless `to` is given.
 *
 * @tagname version-diff
 * @summary What changed between two versions (or two evaluations) of a concept.
 *
 * @fires konzept-load - One side was loaded and is valid. `detail.concept`.
 * @fires konzept-error - Loading or validation of one side failed. `detail.error` (its `url` says which).
 *
 * @csspart base - The wrapper of everything (a labelled region).
 * @csspart heading - The main heading.
 * @csspart summary - The summary: counts in numbers and words.
 * @csspart filters - The filter controls.
 * @csspart count - The number of changes shown (announced to screen readers).
 * @csspart field - One field of action or cross-cutting theme with its changes (in status mode: one new status).
 * @csspart change - One change (carries its anchor as id); also `change-<kind>`, e.g. `change-removed`.
 * @csspart change-added - A new measure (together with `change`).
 * @csspart change-removed - A deleted measure (together with `change`).
 * @csspart change-changed - An adapted measure (together with `change`).
 * @csspart change-moved - A measure moved to another field or objective (together with `change`).
 * @csspart change-unchanged - An unchanged measure, shown on request (together with `change`).
 * @csspart badge - The kind of a change, and the "matched by text" note.
 * @csspart match - The "matched by text (87 %)" note.
 * @csspart notice - The warning that the export's ids do not identify its measures (the same id for unrelated measures).
 * @csspart ins - Inserted text.
 * @csspart del - Deleted text.
 * @csspart link - The deep link of a change.
 * @csspart empty - The message when no change fits the selection.
 * @csspart more - The line below the changes when not all are shown: how many are shown and the "show more" button.
 * @csspart button - The "show more" button.
 * @csspart status - A status (icon and label) before and after a change.
 * @csspart state - Loading, idle and error messages.
 * @attribute no-downloads - Hides the "get the data" buttons (what the view shows as CSV, the export as JSON): for pages that offer the files elsewhere or not at all.
 * @csspart downloads - The "get the data" buttons: what the view shows as CSV, the export as JSON.
 * @csspart synopsis - The synopsis table (`view="synopsis"`): old and new wording side by side.
 * @csspart details - The concept's own details that changed (title, summary, adoption, council papers …).
 * @csspart element - A changed field, goal, objective or guideline (together with `change`).
 *
 * @cssproperty --konzept-font-family - Font (inherits the page's by default).
 * @cssproperty --konzept-font-size - Base font size.
 * @cssproperty --konzept-color-text - Text colour.
 * @cssproperty --konzept-color-muted - Secondary text.
 * @cssproperty --konzept-color-border - Borders.
 * @cssproperty --konzept-color-surface - Background of the summary and filters.
 * @cssproperty --konzept-color-background - Background of changes.
 * @cssproperty --konzept-color-accent - Links and checkboxes.
 * @cssproperty --konzept-color-error - Edge of error messages.
 * @cssproperty --konzept-focus-color - Focus ring.
 * @cssproperty --konzept-radius - Corner radius.
 * @cssproperty --konzept-space - Base spacing.
 * @cssproperty --konzept-diff-added - Edge and icon of new measures.
 * @cssproperty --konzept-diff-removed - Edge and icon of deleted measures.
 * @cssproperty --konzept-diff-changed - Edge and icon of adapted measures.
 * @cssproperty --konzept-diff-moved - Edge and icon of moved measures.
 * @cssproperty --konzept-diff-unchanged - Edge and icon of unchanged measures.
 * @cssproperty --konzept-diff-inserted-background - Background of inserted text (it is underlined as well).
 * @cssproperty --konzept-diff-deleted-background - Background of deleted text (it is struck through as well).
 * @cssproperty --konzept-status-<id> - Colour of one status (e.g. `--konzept-status-green`), overrides the export's.
 */
export class VersionDiff extends KonzeptElement {
  static override styles = [baseStyles, fieldStyles, styles];

  /** Address of the older version's export. */
  @property() accessor from = '';
  /** Address of the newer version's export (else `src`, else the surrounding provider's). */
  @property() accessor to = '';
  /** The older version (parsed, or raw export data) instead of `from`. */
  @property({ attribute: false }) accessor fromConcept: Concept | unknown = undefined;
  /** The newer version (parsed, or raw export data) instead of `to`. */
  @property({ attribute: false }) accessor toConcept: Concept | unknown = undefined;
  /** Address of the export: the newer version, or in `mode="status"` the one concept compared. Same as `to`. */
  @property() accessor src = '';
  /** A concept instead of `src` (same as `toConcept`). */
  @property({ attribute: false }) accessor concept: Concept | unknown = undefined;
  /** `versions` (default): two versions; `status`: two evaluations of one version. */
  @property({ reflect: true }) accessor mode: 'versions' | 'status' = 'versions';
  /** In status mode: id of the earlier evaluation (default: the second to last by date). */
  @property({ attribute: 'from-evaluation' }) accessor fromEvaluation = '';
  /** In status mode: id of the later evaluation (default: the last by date). */
  @property({ attribute: 'to-evaluation' }) accessor toEvaluation = '';
  /** How measures are paired: `auto` (by id, the rest by text), `id`, or `text` (ignores ids). */
  @property() accessor match: NonNullable<DiffOptions['match']> = 'auto';
  /** Pairs by text below this similarity (0…1) are not made (default 0.5). */
  @property({ type: Number, attribute: 'match-threshold' }) accessor matchThreshold: number | undefined = undefined;
  /** Kinds of change shown at first, separated by commas or spaces: `added removed changed moved unchanged`. */
  @property() accessor kinds = '';
  /** Show unchanged measures from the start. */
  @property({ type: Boolean, attribute: 'show-unchanged' }) accessor showUnchanged = false;
  /** Field ids shown at first (`field="sprache"`); empty shows all. */
  @property() accessor field = '';
  /** The reader's selection (kinds and fields); set from `kinds`, `show-unchanged` and `field`, then by the reader. */
  @property({ attribute: false }) accessor filter: ChangeFilter = {};
  /**
   * `list` (default): each change with what it was and is; `synopsis`: old and new wording side by
   * side in a table, as a council annex prints it. The reader can switch.
   */
  @property({ reflect: true }) accessor view: 'list' | 'synopsis' = 'list';
  /** Level of the main heading (1–4); fields and changes follow one and two below. */
  @property({ type: Number, attribute: 'heading-level' }) accessor headingLevel = 2;
  /** How many changes are rendered before a "show more" button (over all fields together). */
  @property({ type: Number, attribute: 'page-size' }) accessor pageSize = 200;
  /** Prefix of the changes' anchors: `aenderung-spr-1-3`. */
  @property({ attribute: 'anchor-prefix' }) accessor anchorPrefix = CHANGE_ANCHOR_PREFIX;
  /** Accessible name of the element; default: its heading. */
  @property() accessor label = '';

  /** The reader's choice of evaluations in status mode (ahead of the attributes). */
  @state() accessor chosenEvaluations: { from?: string; to?: string } = {};
  /** How many changes are rendered (the reader's "show more" raises it). */
  @state() private accessor limit = 0;

  /** @internal */
  readonly fromSource = new ConceptSource(this, () => ({ concept: this.fromConcept, src: this.from }), { useContext: false });
  /** @internal */
  readonly toSource = new ConceptSource(this, () => ({ concept: this.toConcept ?? this.concept, src: this.to || this.src }));
  /** The synopsis and the status mode load when shown (or when the reader is about to switch to the synopsis). */
  private readonly synopsisCode = new OnDemand(this, () => import('./synopsis-view.js'));
  private readonly statusCode = new OnDemand(this, () => import('./status-mode.js'));
  /** What a diff shows only for some exports (changes above the measures, ids that do not identify): loads when a diff has it. */
  private readonly structureCode = new OnDemand(this, () => import('./structure-view.js'));
  /** structure-view.ts, once a diff that has its parts has loaded it. */
  private get structure(): typeof StructureView | undefined {
    return this.structureCode.loaded;
  }
  /** The index of words that matching versions with thousands of measures by text needs: loads when a diff does. */
  private readonly indexCode = new OnDemand(this, () => import('./text-index.js'));
  /** What a diff needs only sometimes (following a deep link; no address given, a side that failed): loads when it does. */
  private readonly rareCode = new OnDemand(this, () => import('./rare-parts.js'));
  private statusModeView?: StatusMode;
  /** The styles of the views loaded on demand, added to the element's own when their code is there. */
  private readonly viewStyles = new Set<CSSResult>();

  private memo?: { from: Concept; to: Concept; match: string; threshold?: number; diff?: ConceptDiff };
  /** While a large comparison goes on in later tasks (see {@link diff}). */
  private comparing?: Promise<void>;
  private selection?: { diff: ConceptDiff; filter: ChangeFilter; result: FilteredDiff; items: readonly MeasureChange[] };
  /** The list `limit` counts in: a new one (other selection, mode or data) starts at one page again. */
  private limitList?: readonly unknown[];
  /** The deep link to follow and printing (every change rendered). @internal */
  readonly page = new PageEvents(this, () => this.performUpdate());
  /** The anchor of a deep-linked change to focus once it is rendered. @internal */
  focusWhenRendered?: string;
  /** The first changes render at once, the rest in parts when the browser is idle (shared/rows-in-parts.ts). @internal */
  readonly rows = new RowsInParts(this, 'li.change');
  /** How often results computed later (shared/later.ts) arrived for each change: its `guard` renders it again then. */
  private readonly arrivals = new WeakMap<MeasureChange, number>();
  private readonly changeHosts = new WeakMap<MeasureChange, ChangeHost>();

  /** The concept compared in status mode, and the newer side otherwise. */
  get toSide(): ConceptSource {
    return this.toSource;
  }

  /**
   * The diff of the two versions, once both are loaded and compared (and, for a diff with changes
   * above the measures, ids that do not identify or pairs found by text, once the code that shows
   * those is there: `await element.updateComplete` first).
   */
  get diff(): ConceptDiff | undefined {
    const from = this.fromSource.concept;
    const to = this.toSource.concept;
    if (!from || !to) return undefined;
    const m = this.memo;
    if (m && m.from === from && m.to === to && m.match === this.match && m.threshold === this.matchThreshold) return this.withParts(m.diff);
    // Versions with thousands of measures match by text through an index of words, whose code
    // loads when such versions come: the element is comparing until then.
    let index: CandidateIndex | undefined;
    if (this.match !== 'id' && needsCandidateIndex(measureEntries(from).length, measureEntries(to).length)) {
      index = this.indexCode.value?.indexedPairs;
      if (!index) return undefined;
    }
    const memo: NonNullable<typeof this.memo> = { from, to, match: this.match, threshold: this.matchThreshold };
    this.memo = memo;
    // Matching thousands of measures by text takes seconds on a phone: what does not fit into this
    // task goes on in later ones, and the element says that it is comparing meanwhile.
    const result = nowOrLater(diffStepsWith(index, from, to, { match: this.match, threshold: this.matchThreshold }));
    if (!(result instanceof Promise)) {
      this.comparing = undefined;
      return this.withParts((memo.diff = result.value));
    }
    const comparing = result.then((diff) => {
      memo.diff = diff;
      if (this.comparing === comparing) this.comparing = undefined;
      if (this.memo === memo) this.requestUpdate();
    });
    this.comparing = comparing;
    return undefined;
  }

  /**
   * The diff once the code it needs is there: until structure-view.ts has loaded for a diff that
   * has what it renders, the element stays in its "comparing" state (nothing shows without its part).
   * If that code does not load, the rest of the diff shows, with a message where those parts would be.
   * The same while a deep link on the first view waits for the code that follows it ({@link linkWaits}).
   */
  private withParts(diff: ConceptDiff | undefined): ConceptDiff | undefined {
    if (!diff || this.linkWaits) return undefined;
    if (!hasStructureParts(diff)) return diff;
    return this.structureCode.value || this.structureCode.failed ? diff : undefined;
  }

  /**
   * A deep link on the first view waits for the code that follows it (rare-parts.ts), as for the
   * data: the reader sees the linked change, not the first page and then a jump. A list already
   * shown stays while that code comes for a later link (a hash change).
   */
  private get linkWaits(): boolean {
    return this.page.fragment !== undefined && !this.limitList && !this.rareCode.value && !this.rareCode.failed;
  }

  /** How many changes are rendered now: every one while printing. */
  private get shownLimit(): number {
    return this.page.printing ? Infinity : this.limit;
  }

  /** Resolves once the versions are compared and every change of the page is rendered, not only the first part, in the view asked for. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const settled = () =>
      this.rows.settle(() =>
        this.synopsisCode.settle(() =>
          this.statusCode.settle(() => this.structureCode.settle(() => this.rareCode.settle(() => this.indexCode.settle(() => super.getUpdateComplete())))),
        ),
      );
    let complete = await settled();
    while (this.comparing) {
      await this.comparing;
      complete = await settled();
    }
    return complete;
  }

  /** The status mode, once its code is there (it starts loading when asked for) and a deep link on the first view can be followed ({@link linkWaits}). @internal */
  get statusMode(): StatusMode | undefined {
    const code = this.statusCode.value;
    return code && !this.linkWaits ? (this.statusModeView ??= new code.StatusMode(this)) : undefined;
  }

  /** Adds the styles of a view whose code has come (before the view first renders: no unstyled frame). */
  private addStyles(styles: CSSResult): void {
    addStyles(this, this.viewStyles, [styles]);
  }

  /** Renders the next page of changes and moves focus to the first of them. */
  showMore(): void {
    const first = this.limit;
    this.limit += this.pageStep;
    void this.updateComplete.then(() => this.renderRoot.querySelectorAll<HTMLElement>('li.change:not(.change--element)')[first]?.focus());
  }

  private get pageStep(): number {
    const n = Math.round(Number(this.pageSize));
    return Number.isFinite(n) && n > 0 ? n : 200;
  }

  /** The level of a heading `offset` steps below the main heading, as a number (for `aria-level`). */
  headingNumber(offset: number): number {
    return Math.min(6, Math.min(4, Math.max(1, Math.round(this.headingLevel) || 2)) + offset);
  }

  /** The heading level `offset` steps below the main heading. */
  heading(offset: number): number {
    return headingLevel(this.headingLevel) + offset;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('kinds') || changed.has('showUnchanged') || changed.has('field')) {
      const given = this.kinds.split(/[\s,]+/).filter((k): k is ChangeKind => (CHANGE_KINDS as readonly string[]).includes(k));
      const kinds = given.length ? given : [...DEFAULT_CHANGE_KINDS];
      if (this.showUnchanged && !kinds.includes('unchanged')) kinds.push('unchanged');
      const fields = this.field.split(/[\s,]+/).filter(Boolean);
      this.filter = { kinds, fields: fields.length ? fields : undefined };
    }
    if (changed.has('fromEvaluation') || changed.has('toEvaluation')) this.chosenEvaluations = {};
    // The code of a view asked for loads while the data does.
    if (this.mode === 'status') this.statusCode.preload();
    else if (this.view === 'synopsis') this.synopsisCode.preload();
  }

  protected override update(changed: PropertyValues<this>): void {
    // The sources have their data by now (controllers update before this): widen the selection
    // for a deep link before rendering, so the linked change is there to focus afterwards.
    const index = this.page.fragment === undefined ? -1 : (this.rareCode.value?.revealFragment(this) ?? -1);
    this.fitLimit(changed, index);
    super.update(changed);
  }

  /** One page for a new list; as many pages as a deep link needs to render its change (at `index` of the list). */
  private fitLimit(changed: PropertyValues<this>, index: number): void {
    const items = this.listed();
    if (items !== this.limitList || changed.has('pageSize')) {
      this.limitList = items;
      this.limit = this.pageStep;
    }
    if (index >= 0) {
      this.limit = limitShowing(index, this.limit, this.pageStep);
      // A change not rendered yet: the parts up to it come without waiting for idle time.
      this.rows.hurry();
    }
  }

  /** Every change the current selection lists, in the order shown; undefined before the data is there. */
  private listed(): readonly unknown[] | undefined {
    if (this.mode === 'status') {
      const concept = this.toSource.concept;
      const status = this.statusMode;
      return concept && status ? status.items(concept) : undefined;
    }
    const diff = this.diff;
    return diff ? this.selected(diff).items : undefined;
  }

  /** The changes the reader's selection shows (the same object until the diff or the selection changes). @internal */
  selected(diff: ConceptDiff): { result: FilteredDiff; items: readonly MeasureChange[] } {
    const hit = this.selection;
    if (hit && hit.diff === diff && hit.filter === this.filter) return hit;
    const result = filterChanges(diff, this.filter);
    this.selection = { diff, filter: this.filter, result, items: result.fields.flatMap((f) => f.changes) };
    return this.selection;
  }

  protected override updated(): void {
    if (this.page.fragment !== undefined || this.focusWhenRendered) this.rareCode.value?.followFragment(this);
  }

  private setKind(kind: ChangeKind, on: boolean): void {
    const kinds = new Set(this.filter.kinds ?? DEFAULT_CHANGE_KINDS);
    if (on) kinds.add(kind);
    else kinds.delete(kind);
    this.filter = { ...this.filter, kinds: CHANGE_KINDS.filter((k) => kinds.has(k)) };
  }

  private setField(fieldId: string): void {
    this.filter = { ...this.filter, fields: fieldId ? [fieldId] : undefined };
  }

  protected override render(): TemplateResult | typeof nothing {
    if (this.mode !== 'status') return this.renderVersions();
    const source = this.toSource;
    if (source.state === 'error') return this.whenLoaded(this.rareCode, () => this.renderSideError('status', source.error));
    const status = this.statusMode;
    if (source.state === 'ready' && this.statusCode.failed) return renderNotLoaded(this);
    if (source.state !== 'ready' || !source.concept || !status) return this.renderState(source.state === 'ready' ? 'loading' : source.state, source.error);
    this.addStyles(this.statusCode.value!.statusStyles);
    return status.render(source.concept, this.shownLimit);
  }

  /** The error of one side, saying which side it is. */
  renderSideError(side: 'from' | 'to' | 'status', error: LoadError | undefined): TemplateResult {
    return this.renderError(this.t(`diff.side.${side}`), error);
  }

  /** What stands in place of the diff until both sides are there: loading, or which side has no address or failed. */
  private renderSources(): TemplateResult | undefined {
    const states = [this.fromSource.state, this.toSource.state];
    // A side failed, or one has no address while the other is not loading: rare-parts.ts says which.
    if (states.includes('error') || (states.includes('idle') && !states.includes('loading'))) {
      return this.whenLoaded(this.rareCode, (rare) => rare.renderSources(this));
    }
    return states.includes('loading') ? (this.renderState('loading', undefined) as TemplateResult) : undefined;
  }

  /** A part whose code loads on demand, once that is there: the loading state until then, and where it does not load, a message that says so. */
  private whenLoaded<T>(code: OnDemand<T>, render: (code: T) => TemplateResult): TemplateResult {
    const loaded = code.value;
    return loaded ? render(loaded) : code.failed ? renderNotLoaded(this) : (this.renderState('loading', undefined) as TemplateResult);
  }

  private renderVersions(): TemplateResult {
    const notReady = this.renderSources();
    const diff = this.diff;
    if (notReady) return notReady;
    if (!diff) {
      return this.indexCode.failed
        ? renderNotLoaded(this)
        : html`<div class="state" part="state" role="status" dir=${this.direction}><p>${this.t('diff.comparing')}</p></div>`;
    }
    const concepts: Concepts = { from: diff.from, to: diff.to };
    if (this.structure) this.addStyles(this.structure.structureStyles);
    const heading = this.t('diff.heading', { from: isolate(diff.from.version), to: isolate(diff.to.version) });
    const { result: filtered, items } = this.selected(diff);
    const identical = isIdentical(diff);
    const shown = Math.min(items.length, this.shownLimit);
    const rendered = this.page.printing ? shown : this.rows.count(items, shown);
    // Every measure change rendered: every field too, also those whose changes are only to their goal,
    // objectives or indicators (Landshut's goals-only concept has no measure changes at all).
    const page = firstPage(filtered.fields, (f) => f.changes, rendered >= items.length ? Infinity : rendered);
    const anything = filtered.fields.length || filtered.details.length || filtered.guidelines.length;
    const h = this.heading(0);
    // `lang` inside the shadow root too: a page without one would leave the words without a language.
    return html`<section class="base" part="base" lang=${this.language} dir=${this.direction} aria-label=${this.label || nothing} aria-labelledby=${this.label ? nothing : 'heading'}>
      ${renderHeading(h, { id: 'heading', class: 'heading', part: 'heading' }, heading)}
      <p class="compared muted">
        ${this.tHtml('diff.compared', {
          fromTitle: this.renderText(diff.from, diff.from.title),
          from: isolate(diff.from.version),
          toTitle: this.renderText(diff.to, diff.to.title),
          to: isolate(diff.to.version),
        })}
      </p>
      ${this.renderSummary(diff, identical)} ${this.renderFilters(diff, filtered, identical)}
      ${filtered.details.length && this.view !== 'synopsis' ? renderDetails(this, filtered.details, concepts, this.heading(1)) : nothing}
      ${
        anything
          ? this.view === 'synopsis'
            ? // The synopsis until its code is there: where the changes go, the loading message.
              this.whenLoaded(this.synopsisCode, (code) => {
                this.addStyles(code.synopsisStyles);
                return code.renderSynopsis(
                  this,
                  diff,
                  page,
                  filtered.details,
                  filtered.guidelines,
                  changeAnchors(diff, this.anchorPrefix),
                  this.headingNumber(1),
                );
              })
            : html`${page.map(({ list, items: changes }) => this.renderField(diff, concepts, list, changes))}${this.structure?.renderGuidelines(this, diff, concepts, filtered.guidelines, this.heading(1), this.heading(2), this.anchorPrefix)}`
          : identical && !this.filter.kinds?.includes('unchanged')
            ? nothing
            : html`<p class="empty" part="empty">${this.t('diff.noHits')}</p>`
      }
      ${renderMore(this, shown, items.length, this.showMore, DIFF_MORE)}
      ${identical ? nothing : renderDiffDownloads(this, diff, filtered)}
    </section>`;
  }

  /** "24 Maßnahmen angepasst, 21 gestrichen, 22 neu": the first number carries the municipality's word. */
  summaryText(concept: Concept, summary: DiffSummary, kinds: readonly ChangeKind[] = CHANGE_KINDS): string {
    const parts = kinds.filter((k) => summary[k] > 0);
    return parts
      .map((kind, i) => {
        const n = summary[kind];
        const params = { count: this.formatNumber(n), label: this.t(`diff.kind.${kind}`) };
        return i === 0 ? this.t('diff.summaryFirst', { ...params, measures: this.termCount(concept, 'measure', n) }) : this.t('diff.summaryPart', params);
      })
      .join(this.t('list.separator'));
  }

  private renderSummary(diff: ConceptDiff, identical: boolean): TemplateResult {
    const { summary } = diff;
    const h = this.heading(1);
    const measuresChanged = diff.changes.some((c) => c.kind !== 'unchanged');
    const structureText = this.structure?.structureSummary(this, diff, measuresChanged);
    const details = diff.structure.details.map((d) => this.t(`diff.detail.${d.attribute}`));
    return html`<div class="summary" part="summary" role="group" aria-labelledby="summary-heading">
      ${renderHeading(h, { id: 'summary-heading', class: 'visually-hidden' }, this.t('diff.summary'))}
      ${
        identical
          ? this.structure
            ? html`<p class="summary__text">${this.structure.unchangedSummary(this, diff)}</p>`
            : nothing
          : html`${measuresChanged ? html`<p class="summary__text">${this.summaryText(diff.to, summary)}.</p>` : nothing}
            ${structureText ? html`<p class="summary__text summary__structure">${structureText}</p>` : nothing}
            ${details.length ? html`<p class="summary__text summary__details">${this.t('diff.detailsSummary', { list: details.join(this.t('list.separator')) })}</p>` : nothing}
            ${
              measuresChanged
                ? html`<ul class="tiles" aria-hidden="true">
                    ${CHANGE_KINDS.map(
                      (kind) => html`<li class="tile kind--${kind}">
                        ${kindIcon(kind)}<span class="tile__count">${this.formatNumber(summary[kind])}</span>
                        <span class="tile__label">${this.t(`diff.kind.${kind}`)}</span>
                      </li>`,
                    )}
                  </ul>`
                : nothing
            }`
      }
      ${
        this.structure
          ? html`${this.structure.renderByText(this, diff)}${this.structure.renderIdConflicts(this, diff)}`
          : this.structureCode.failed && hasStructureParts(diff)
            ? renderNotLoaded(this)
            : nothing
      }
    </div>`;
  }

  private renderFilters(diff: ConceptDiff, filtered: FilteredDiff, identical: boolean): TemplateResult {
    const kinds = new Set(this.filter.kinds ?? DEFAULT_CHANGE_KINDS);
    const fieldId = this.filter.fields?.length === 1 ? this.filter.fields[0]! : '';
    const concept = diff.to;
    const h = this.heading(1);
    // A concept without measures counts its fields, goals, objectives and guidelines (structure-view.ts, there for such a diff).
    const entries = diff.changes.length ? undefined : this.structure?.entries;
    return html`<div class="filters" part="filters" role="group" aria-labelledby="filters-heading">
      ${renderHeading(h, { id: 'filters-heading', class: 'visually-hidden' }, this.t('diff.filters'))}
      ${
        identical
          ? nothing
          : html`<fieldset class="kinds">
            <legend>${this.t('diff.kinds')}</legend>
            ${CHOOSABLE.map(
              (kind) => html`<label class="check kind--${kind}">
                <input type="checkbox" name="kind" value=${kind} .checked=${kinds.has(kind)} @change=${(e: Event) => this.setKind(kind, (e.target as HTMLInputElement).checked)} />
                ${kindIcon(kind)}<span>${this.t(`diff.kind.${kind}`)} (${this.formatNumber(diff.summary[kind])})</span>
              </label>`,
            )}
          </fieldset>`
      }
      <fieldset class="views" @pointerenter=${this.synopsisCode.preload} @focusin=${this.synopsisCode.preload}>
        <legend>${this.t('diff.view')}</legend>
        ${(['list', 'synopsis'] as const).map(
          (view) => html`<label class="check">
            <input type="radio" name="view" value=${view} .checked=${this.view === view} @change=${() => (this.view = view)} />
            <span>${this.t(`diff.view.${view}`)}</span>
          </label>`,
        )}
      </fieldset>
      <div class="filters__row">
        <label class="check kind--unchanged">
          <input type="checkbox" name="unchanged" .checked=${kinds.has('unchanged')} @change=${(e: Event) => this.setKind('unchanged', (e.target as HTMLInputElement).checked)} />
          <span>${this.t('diff.showUnchanged', { count: this.formatNumber(entries ? entries.unchanged(diff) : diff.summary.unchanged) })}</span>
        </label>
        <label class="select">
          <span>${this.t('diff.field', { actionField: this.term(concept, 'actionField'), crossCuttingField: this.termInline(concept, 'crossCuttingField') })}</span>
          <select name="field" @change=${(e: Event) => this.setField((e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${fieldId === ''}>${this.t('diff.allFields')}</option>
            ${diff.fields.map((f) => {
              const title = this.text(f.changes[0]?.to ? diff.to : diff.from, f.title);
              return html`<option value=${f.id} lang=${this.fallbackLang(title)} ?selected=${f.id === fieldId}>${this.isolated(title)}</option>`;
            })}
          </select>
        </label>
      </div>
      <p class="count" part="count" role="status">
        ${
          entries
            ? entries.count(this, filtered)
            : this.t('diff.count', {
                shown: this.formatNumber(filtered.shown),
                total: this.formatNumber(diff.changes.length),
                measures: this.termCount(concept, 'measure', diff.changes.length),
              })
        }${
          // The "no changes" message below the filters is not announced itself: the count says it too.
          filtered.shown || filtered.shownElements || filtered.details.length ? nothing : html`<span class="visually-hidden">. ${this.t('diff.noHits')}</span>`
        }
      </p>
    </div>`;
  }

  /** A field with its changes on this page (`changes`); its summary counts all of them. */
  private renderField(diff: ConceptDiff, concepts: Concepts, field: FieldDiff, changes: readonly MeasureChange[]): TemplateResult {
    const inNewer = diff.to.fields.some((f) => f.id === field.id);
    const concept = inNewer ? diff.to : diff.from;
    const h = this.heading(1);
    const id = `field-${field.id}`;
    const kindTerm = this.renderTerm(concept, field.kind === 'action' ? 'actionField' : 'crossCuttingField');
    return html`<section class="field" part="field" aria-labelledby=${id}>
      ${renderHeading(h, { id, class: 'field__heading' }, html`${this.renderText(concept, field.title)} <span class="field__kind">${kindTerm}</span>`)}
      ${changes.length ? html`<p class="field__summary muted">${this.summaryText(concept, field.summary)}</p>` : nothing}
      <ul class="changes" role="list">
        ${this.structure ? field.elements.map((e) => this.structure!.renderElementChange(this, e, concepts, this.heading(2), this.anchorPrefix)) : nothing}
        ${changes.map((change) => this.renderChange(diff, concepts, change))}
      </ul>
    </section>`;
  }

  /**
   * A change is rendered again only when something it shows changed: its results computed later
   * arrive one change at a time, and rendering all 60 changes of a page (with their long lists) on
   * each arrival made each arrival a long task.
   */
  private renderChange(diff: ConceptDiff, concepts: Concepts, change: MeasureChange): unknown {
    return guard(
      [
        change,
        this.arrivals.get(change),
        diff,
        this.language,
        this.uiLanguage,
        this.direction,
        translationRevision(),
        partsRevision(),
        this.headingLevel,
        this.anchorPrefix,
      ],
      () => this.renderChangeNow(diff, concepts, change),
    );
  }

  /**
   * The element as one change's body sees it, except that a result computed later asks for this
   * change to be rendered again (everything else is the element's own).
   */
  private hostFor(change: MeasureChange): ChangeHost {
    let host = this.changeHosts.get(change);
    if (!host) {
      const requestUpdate = () => {
        this.arrivals.set(change, (this.arrivals.get(change) ?? 0) + 1);
        this.requestUpdate();
      };
      host = new Proxy(this, { get: (element, key) => (key === 'requestUpdate' ? requestUpdate : Reflect.get(element, key, element)) });
      this.changeHosts.set(change, host);
    }
    return host;
  }

  private renderChangeNow(diff: ConceptDiff, concepts: Concepts, change: MeasureChange): TemplateResult {
    const anchor = changeAnchors(diff, this.anchorPrefix).get(change)!;
    const side = change.to ? concepts.to : concepts.from;
    const measure = (change.to ?? change.from)!.measure;
    const title = this.text(side, measure.title);
    const h = this.heading(2);
    const match = change.match?.by === 'text' ? change.match : undefined;
    return html`<li class="change change--${change.kind} kind--${change.kind}" part="change change-${change.kind}" id=${anchor} tabindex="-1">
      <div class="change__head">
        ${renderHeading(h, { class: 'change__title' }, this.renderText(side, measure.title))}
        <p class="change__meta">
          <span class="badge kind--${change.kind}" part="badge">${kindIcon(change.kind)}${this.t(`diff.kind.${change.kind}`)}</span>
          ${match && this.structure ? this.structure.renderMatch(this, side, match) : nothing}
          <a class="change__link" part="link" href="#${anchor}" aria-label=${this.t('diff.link') + this.t('diff.linkTo', { title: title.text })}>${this.t('diff.link')}</a>
        </p>
      </div>
      ${renderChangeBody(this.hostFor(change), change, concepts)}
    </li>`;
  }
}
