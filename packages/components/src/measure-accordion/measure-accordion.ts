/**
 * `<measure-accordion>`: a concept as fields → objectives → measures, each measure an info box that
 * opens and closes (the WAI-ARIA accordion pattern), with filters a reader can use, deep links and
 * printing. Measure headers come in pages, so an export with 10,000 measures stays responsive; the
 * first render draws the open boxes in full, and the closed ones of the page get their content when
 * the browser is idle, hidden until found, so the browser's find in page reaches their text.
 */
import { html, nothing, type CSSResult, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { guard } from 'lit/directives/guard.js';
import { partsRevision } from '../shared/in-parts.js';
import {
  compactFilter,
  countMeasures,
  currentStatus,
  filterMeasures,
  isFilterEmpty,
  measureAnchors,
  measureTree,
  prepareSearch,
  sameFilter,
  DEFAULT_ANCHOR_PREFIX,
  type Concept,
  type FieldKind,
  type MeasureEntry,
  type MeasureFilter,
  type MeasureTreeField,
  type MeasureTreeKind,
  filterFromSelection,
} from '@konzept-kit/sdk';
import { KonzeptElement } from '../shared/konzept-element.js';
import { translationRevision } from '../shared/i18n.js';
import { ConceptSource } from '../shared/concept-source.js';
import { PageEvents } from '../shared/page-events.js';
import { baseStyles } from '../shared/styles.js';
import { fieldStyles } from '../shared/field-styles.js';
import { emit, type KonzeptSelectDetail } from '../shared/events.js';
import { statusLooks, type StatusLook } from '../shared/status.js';
import { renderStatus } from '../shared/status-label.js';
import { renderDetails, renderIndicators } from './measure-panel.js';
import { renderFilters, SEVERAL_FIELDS, type FilterHandlers } from './measure-filters.js';
import { FilterSource } from './filter-source.js';
import { kindHeading, renderFieldHead } from './measure-structure.js';
import type { Copied } from './rare-parts.js';
import { addStyles, OnDemand, renderNotLoaded } from '../shared/on-demand.js';
import { fieldHeadingId, renderFieldEnd, renderJumps } from './measure-jumps.js';
import { heading, headingLevel } from '../shared/heading.js';
import { scrollAndFocus } from '../shared/focus.js';
import { limitShowing, renderMore, type MoreWords } from '../shared/paging.js';
import { renderMeasureDownloads } from './measure-downloads.js';
import { RowsInParts } from '../shared/rows-in-parts.js';
import { whenIdle } from '../shared/yield.js';
import { styles } from './measure-accordion.styles.js';
import './measure-accordion.i18n.js';

type RareParts = typeof import('./rare-parts.js');

const FILTER_KEYS = ['status', 'field', 'kind', 'query'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
/** How long the search waits after the last keystroke before it filters (and the count is announced). */
const SEARCH_DEBOUNCE_MS = 100;

/**
 * What every field and row reads besides its own measure, looked up once per render: one object
 * for as long as none of it changes, so a row's `guard` compares one value instead of ten (and
 * the language, which walks up the page's DOM, is not looked up 400 times).
 */
interface RowContext {
  readonly concept: Concept;
  readonly language: string;
  readonly uiLanguage: string;
  readonly translations: number;
  readonly level: number;
  readonly printing: boolean;
  readonly anchorPrefix: string;
  readonly anchors: ReadonlyMap<string, string>;
  readonly looks: readonly StatusLook[];
  readonly lookById: ReadonlyMap<string, StatusLook>;
  readonly statusPrefix: string;
  readonly unrated: string;
}

/**
 * Boxes of the first render: with the filter and the jump links above them, a screen and more on
 * a desktop. Fifty made the accordion's first render a task of 40–60 ms on the demo, before any
 * of it was in view; the next boxes follow when the browser is idle or the reader scrolls near.
 */
export const FIRST_BOXES = 10;

const ACCORDION_MORE: MoreWords = { count: 'accordion.shownOf', more: 'accordion.more' };
/**
 * What filling closed boxes may take per idle moment, in ms: boxes are counted by what the last
 * ones took (a rich box 3–7 ms on a desktop, four times that on a phone; ten at once made a task
 * of 70–150 ms). The first step is small: it prepares the panel's templates too.
 */
const FILL_MS = 8;
const FIRST_FILL = 2;
const MAX_FILL = 20;

/**
 * Every measure of an integration concept as an expandable info box, grouped by field and
 * objective, with filters by status, field, kind and a search that ignores case and umlaut
 * spelling ("massnahme" finds "Maßnahme").
 *
 * @summary Measures as an accessible accordion with filters, deep links and printing.
 * @tagname measure-accordion
 *
 * @fires konzept-load - The export was loaded and is valid. `detail.concept`.
 * @fires konzept-error - Loading or validation failed. `detail.error`.
 * @fires konzept-filter-change - The reader changed the filter in this element. `detail.filter` (a `MeasureFilter`). Inside a provider the provider fires its own as well.
 * @fires konzept-toggle - The reader opened or closed an info box. `detail.measureId`, `detail.open`.
 *
 * @csspart base - The wrapper of everything (a labelled region).
 * @csspart filters - The filter form (a search landmark).
 * @csspart search - The search input.
 * @csspart toolbar - The line with the number of hits and the expand/collapse buttons.
 * @csspart count - The number of hits (announced to screen readers).
 * @csspart group-heading - The heading over all fields of one kind ("Handlungsfelder").
 * @csspart field - One field of action or cross-cutting theme.
 * @csspart field-heading - The heading of a field.
 * @csspart kind - The kind label in a field's heading.
 * @csspart guidelines - The guidelines of a concept that has them (Landshut), above the fields.
 * @csspart guideline-heading - The heading of one guideline.
 * @csspart goal - A field's goal.
 * @csspart objective - One objective with its measures.
 * @csspart objective-heading - The heading of an objective.
 * @csspart measure - One info box (carries the measure's anchor as its id).
 * @csspart measure-header - The heading of an info box.
 * @csspart measure-button - The button that opens and closes an info box.
 * @csspart measure-panel - The open content of an info box.
 * @csspart status - A status (icon and label).
 * @csspart indicator - One indicator with its progress.
 * @csspart button - The action buttons (expand all, collapse all, reset, show more, copy link).
 * @csspart empty - The message when nothing matches the filter.
 * @csspart more - The line below the measures when not all are shown: how many are shown and the "show more" button.
 * @csspart jumps - The jump links to the fields (a navigation landmark) under the toolbar.
 * @csspart field-end - The line after a field with the link back to the filter.
 * @csspart skip - The link past the list (seen when focused).
 * @csspart list-end - The line after the list, where the skip link leads, with a link back to the filter.
 * @csspart state - Loading, idle and error messages.
 * @attribute no-downloads - Hides the "get the data" buttons (what the view shows as CSV, the export as JSON): for pages that offer the files elsewhere or not at all.
 * @csspart downloads - The "get the data" buttons: what the view shows as CSV, the export as JSON.
 *
 * @cssproperty --konzept-font-family - Font (inherits the page's by default).
 * @cssproperty --konzept-font-size - Base font size.
 * @cssproperty --konzept-color-text - Text colour.
 * @cssproperty --konzept-color-muted - Secondary text.
 * @cssproperty --konzept-color-border - Borders of boxes and inputs.
 * @cssproperty --konzept-color-surface - Background of headers and the filter area.
 * @cssproperty --konzept-color-background - Background of open boxes.
 * @cssproperty --konzept-color-accent - Links, progress bars, the open box's edge.
 * @cssproperty --konzept-color-error - Edge of error messages.
 * @cssproperty --konzept-focus-color - Focus ring.
 * @cssproperty --konzept-radius - Corner radius.
 * @cssproperty --konzept-space - Base spacing.
 * @cssproperty --konzept-sticky-header-height - Height of a sticky header of the page (default 0px): a deep link or jump link stops below it.
 * @cssproperty --konzept-status-<id> - Colour of one status (e.g. `--konzept-status-green`), overrides the export's.
 */
export class MeasureAccordion extends KonzeptElement {
  static override styles = [baseStyles, fieldStyles, styles];

  /** Address of the JSON export. */
  @property() accessor src = '';
  /** A concept (parsed, or raw export data) instead of `src`. */
  @property({ attribute: false }) accessor concept: Concept | unknown = undefined;
  /**
   * The filter (a `MeasureFilter`: `status`, `field`, `kind` id lists and a `query`). Inside a
   * provider element the provider's filter is shown, and setting this sets the provider's.
   */
  @property({ attribute: false }) accessor filter: MeasureFilter = {};
  /** Status ids to show, separated by commas or spaces (`status="red"`). */
  @property() accessor status = '';
  /** Field ids to show (`field="sprache"`). */
  @property() accessor field = '';
  /** `action` or `crossCutting`. */
  @property() accessor kind = '';
  /** Search text (`query="Ärzte"`). */
  @property() accessor query = '';
  /** Level of the field headings (1–4); objectives and measures follow one and two below. */
  @property({ type: Number, attribute: 'heading-level' }) accessor headingLevel = 2;
  /** Without a provider: follow `konzept-select` events (e.g. a click on the chart) anywhere on the page. */
  @property({ type: Boolean, reflect: true }) accessor listen = false;
  /** Put the open measure's anchor into the address (`history.replaceState`), so it can be copied. */
  @property({ type: Boolean, attribute: 'update-url' }) accessor updateUrl = false;
  /** How many measure headers are rendered before a "show more" button. */
  @property({ type: Number, attribute: 'page-size' }) accessor pageSize = 200;
  /** Prefix of the measures' anchors: `massnahme-spr-1-3`. */
  @property({ attribute: 'anchor-prefix' }) accessor anchorPrefix = DEFAULT_ANCHOR_PREFIX;
  /** Accessible name of the element; default "Maßnahmen: <concept title>". */
  @property() accessor label = '';

  /** Ids of the open measures. */
  @state() accessor openIds: ReadonlySet<string> = new Set();
  @state() private accessor limit = 0;
  @state() private accessor copied: Copied | undefined = undefined;

  private readonly source = new ConceptSource(this, () => ({ concept: this.concept, src: this.src }));

  private readonly filterSource = new FilterSource(this, () => this.source.context);
  private limitFilter?: MeasureFilter;
  private searchTimer?: ReturnType<typeof setTimeout>;
  /** The deep link to follow and printing (every shown box open). */
  private readonly page = new PageEvents(this, () => this.performUpdate());
  private focusTarget?: string;
  /** The measure `reveal` asked for, opened once the concept and the rare parts are there. */
  private revealing?: string;
  /** Filter attributes that changed, read once the rare parts are there (until then the loading state shows). */
  private attributeKeys = new Set<FilterKey>();
  /** What the first view of a concept with measures never runs (rare-parts.ts): filter attributes, deep links, guidelines, no measures, copying a link, `update-url`. */
  private readonly rare = new OnDemand(this, () => import('./rare-parts.js'));
  /** The styles of the rare parts, added to the element's once they are there. */
  private readonly addedStyles = new Set<CSSResult>();
  /** The id of a field heading a jump link asked for, focused once it is rendered. */
  private jumpTarget?: string;
  private cached?: { concept: Concept; filter: MeasureFilter; entries: MeasureEntry[] };
  /** The search box's text, ahead of the debounced filter (not reactive: typing alone renders nothing). */
  private searchText = '';
  private warmed?: Concept;
  /** The boxes of the current page, in order (what `fill` works through). */
  private shown: readonly MeasureEntry[] = [];
  /**
   * Closed boxes whose content is rendered (hidden until found), so the browser's find in page
   * reaches their text. Filled after the first render, a few boxes per idle moment (FILL_MS): all 200
   * panels in the first render would make it about twice as slow.
   */
  private filled = new Set<string>();
  private filledFor?: Concept;
  private fillPending = false;
  /** Boxes per fill step, and the start and size of the step being rendered (to size the next one). */
  private fillStep = FIRST_FILL;
  private fillStarted?: { at: number; count: number };
  /** The first boxes (a screen and more) render at once, the rest in parts when the browser is idle (shared/rows-in-parts.ts). */
  private readonly rows = new RowsInParts(this, '.measure', FIRST_BOXES);
  private rowContext?: RowContext;
  private tree?: { entries: readonly MeasureEntry[]; count: number; includeEmpty: boolean; tree: MeasureTreeKind[] };

  /** Lit calls a template's listeners with the element as `this`: the methods themselves will do. */
  private readonly filterHandlers: FilterHandlers = {
    onSearchInput: this.onSearchInput,
    onSearchKey: this.onSearchKey,
    onField: this.onFieldChange,
    onKind: this.onKindChange,
    onStatus: this.onStatusChange,
    onReset: this.onReset,
  };

  private readonly onSelect = (event: Event): void => {
    if (this.source.context) return; // a provider handles the chart's events itself
    const { fieldId, statusId, kind } = (event as CustomEvent<KonzeptSelectDetail>).detail ?? {};
    this.filter = compactFilter(filterFromSelection(this.filter, { fieldId, statusId, kind }));
  };

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.listen) document.addEventListener('konzept-select', this.onSelect);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('konzept-select', this.onSelect);
    clearTimeout(this.searchTimer);
    this.searchTimer = undefined;
  }

  /** The filter in effect: the provider's inside one, else the element's own. */
  get activeFilter(): MeasureFilter {
    return this.filterSource.active;
  }

  /** The measures that pass the filter, in document order (empty before the concept is loaded). */
  get visibleMeasures(): readonly MeasureEntry[] {
    const concept = this.source.concept;
    return concept ? this.filtered(concept, this.activeFilter) : [];
  }

  /** Opens every measure that passes the filter. */
  expandAll(): void {
    this.openIds = new Set(this.visibleMeasures.map((e) => e.measure.id));
  }

  /** Closes every measure. */
  collapseAll(): void {
    this.openIds = new Set();
  }

  /** Opens one measure, loosening the filter if it hides it, and scrolls to it and focuses its header. */
  reveal(measureId: string): void {
    this.focusTarget = this.revealing = measureId;
    this.requestUpdate();
  }

  /** Resolves once every box of the page is rendered, not only the first part. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.rows.settle(() => this.rare.settle(() => super.getUpdateComplete()));
  }

  // `update`, not `willUpdate`: the concept source (a controller) has settled by now.
  protected override update(changed: PropertyValues<this>): void {
    this.prepare(changed);
    super.update(changed);
  }

  private prepare(changed: PropertyValues<this>): void {
    this.syncFilter(changed);
    if (changed.has('listen') && this.isConnected) {
      document.removeEventListener('konzept-select', this.onSelect);
      if (this.listen) document.addEventListener('konzept-select', this.onSelect);
    }
    const concept = this.source.state === 'ready' ? this.source.concept : undefined;
    if (this.updateUrl) this.rare.preload();
    // A deep link or `reveal` is followed with the rare parts: asked for now, followed once they are there.
    const rare = this.page.fragment !== undefined || this.revealing ? this.rare.value : undefined;
    if (concept && rare) {
      const linked = this.page.fragment === undefined ? undefined : rare.measureForFragment(concept, this.page.fragment, this.anchorPrefix);
      this.page.fragment = undefined;
      for (const id of [this.revealing, linked]) {
        if (id) this.revealIn(rare, concept, (this.focusTarget = id));
      }
      this.revealing = undefined;
    }
    const active = this.activeFilter;
    if (!sameFilter(active, this.limitFilter) || changed.has('pageSize')) {
      this.limitFilter = active;
      this.limit = this.pageSize;
    }
    if (!this.searchTimer && (active.query ?? '') !== this.searchText.trim()) this.searchText = active.query ?? '';
    if (concept && this.focusTarget) {
      const index = this.filtered(concept, active).findIndex((e) => e.measure.id === this.focusTarget);
      const size = this.pageSize;
      if (index >= 0) {
        this.limit = limitShowing(index, this.limit, size);
        // A box not rendered yet: the parts up to it come without waiting for idle time (`updated` focuses it).
        this.rows.hurry();
      }
    }
  }

  /**
   * Attributes become the own filter (read by the rare parts); inside a provider it is passed on,
   * once they are read: as the element's first filter, it counts where the provider has none.
   */
  private syncFilter(changed: PropertyValues<this>): void {
    const fromAttributes = FILTER_KEYS.filter((k) => changed.has(k));
    if (fromAttributes.length && (this.hasUpdated || fromAttributes.some((k) => this[k]))) for (const k of fromAttributes) this.attributeKeys.add(k);
    const rare = this.attributeKeys.size ? this.rare.value : undefined;
    if (rare) {
      this.filter = rare.filterFromAttributes(this, this.attributeKeys, this.filter);
      this.attributeKeys.clear();
    }
    if (!this.attributeKeys.size || this.rare.failed) this.filterSource.sync();
  }

  /** A filter the reader chose here: applied (or passed to the provider) and announced with an event. */
  private changeFilter(next: MeasureFilter, byReader = true): void {
    const filter = compactFilter(next);
    this.filterSource.set(filter);
    if (byReader) emit(this, 'konzept-filter-change', { filter });
  }

  private revealIn(rare: RareParts, concept: Concept, measureId: string): void {
    const active = this.activeFilter;
    const loosened = rare.revealFilter(concept, active, measureId);
    if (loosened !== active) {
      this.changeFilter(loosened, false);
      this.setSearchText(loosened.query ?? '');
    }
    if (!this.openIds.has(measureId)) this.openIds = new Set([...this.openIds, measureId]);
  }

  private filtered(concept: Concept, filter: MeasureFilter): MeasureEntry[] {
    const hit = this.cached;
    if (hit && hit.concept === concept && sameFilter(hit.filter, filter)) return hit.entries;
    const entries = filterMeasures(concept, filter);
    this.cached = { concept, filter, entries };
    return entries;
  }

  protected override updated(): void {
    const concept = this.source.concept;
    if (concept && concept !== this.warmed) {
      this.warmed = concept;
      whenIdle(() => prepareSearch(concept));
    }
    if (concept) this.fillLater(concept);
    this.focusJumpTarget();
    if (!this.focusTarget || !concept) return;
    const anchor = measureAnchors(concept, this.anchorPrefix).byMeasure.get(this.focusTarget);
    const button = anchor ? this.renderRoot.querySelector<HTMLButtonElement>(`#${anchor}-button`) : null;
    if (!button) return; // not rendered yet (the provider's filter is on its way): try after the next update
    this.focusTarget = undefined;
    scrollAndFocus(button, button.closest('.measure') ?? button);
  }

  private focusJumpTarget(): void {
    if (!this.jumpTarget) return;
    const heading = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(this.jumpTarget)}`);
    // In a part not rendered yet: the parts up to it come without waiting for idle time.
    if (!heading) return this.rows.hurry();
    this.jumpTarget = undefined;
    heading.tabIndex = -1;
    scrollAndFocus(heading);
  }

  /** Renders the content of the next closed boxes of the page when the browser is idle. */
  private fillLater(concept: Concept): void {
    if (this.filledFor !== concept) {
      this.filledFor = concept;
      this.filled = new Set();
    }
    if (this.fillStarted) {
      const perBox = (performance.now() - this.fillStarted.at) / this.fillStarted.count;
      this.fillStep = Math.max(1, Math.min(MAX_FILL, Math.floor(FILL_MS / Math.max(perBox, 0.1))));
      this.fillStarted = undefined;
    }
    // After the boxes themselves (rendered in parts): headers first, then what is behind them.
    if (this.fillPending || this.rows.pending || this.shown.every((e) => this.filled.has(e.measure.id))) return;
    this.fillPending = true;
    whenIdle(() => {
      this.fillPending = false;
      if (!this.isConnected || this.filledFor !== concept) return;
      let added = 0;
      for (const { measure } of this.shown) {
        if (added === this.fillStep) break;
        if (!this.filled.has(measure.id)) {
          this.filled.add(measure.id);
          added++;
        }
      }
      if (!added) return;
      this.fillStarted = { at: performance.now(), count: added };
      this.requestUpdate();
    });
  }

  // ——— reader actions ———

  private onToggle(event: Event): void {
    const id = (event.currentTarget as HTMLElement).dataset['measure']!;
    this.setOpen(id, !this.openIds.has(id));
  }

  /** The browser found text in a closed box (find in page) and shows it: the box is open now. */
  private onBeforeMatch(event: Event): void {
    const id = (event.target as HTMLElement).dataset['measure'];
    if (id) this.setOpen(id, true);
  }

  /** Opens or closes one box for the reader: state, address and `konzept-toggle` stay in step. */
  private setOpen(id: string, open: boolean): void {
    if (this.openIds.has(id) === open) return;
    const next = new Set(this.openIds);
    if (open) next.add(id);
    else next.delete(id);
    this.openIds = next;
    if (this.copied?.id === id) this.copied = undefined;
    void this.syncAddress(id, open);
    emit(this, 'konzept-toggle', { measureId: id, open });
  }

  /** With `update-url`, the rare parts keep the address in step with the box opened or closed last. */
  private async syncAddress(measureId: string, open: boolean): Promise<void> {
    // Asked for when the element gets `update-url` (prepare): there by the first click, the address changes with the box.
    const rare = this.updateUrl ? (this.rare.value ?? (await this.rareParts())) : undefined;
    rare?.syncAddress(this.source.concept, this.anchorPrefix, measureId, open);
  }

  /** The rare parts, waited for if they are not there yet (undefined if they do not load). */
  private async rareParts(): Promise<RareParts | undefined> {
    return this.rare.value ?? (await this.rare.settle(async () => true), this.rare.loaded);
  }

  private linkTo(anchor: string): string {
    const url = new URL(location.href);
    url.hash = anchor;
    return url.href;
  }

  /**
   * The rare parts copy the link. A click before they are there waits for them: a click's user
   * activation lasts seconds in Chromium and Firefox, so the clipboard still takes the link; where a
   * browser refuses it then, the field to copy by hand shows, as for any refusal.
   */
  private async onCopy(event: Event): Promise<void> {
    const button = event.currentTarget as HTMLElement;
    // Loaded (pointer or focus came first): the clipboard is written within the click itself.
    const rare = this.rare.value ?? (await this.rareParts());
    if (rare) void rare.copyLink(this, button, (copied) => (this.copied = copied));
    else this.copied = { id: button.dataset['measure']!, ok: false };
  }

  /**
   * The element changes the search text (reset, a deep link loosening the filter): into the box at
   * once. Text typed in the debounce pause is not what the box last rendered, so a render with the
   * value it last rendered would leave the typed text there.
   */
  private setSearchText(text: string): void {
    this.searchText = text;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#search');
    if (input) input.value = text;
  }

  private onSearchInput(event: Event): void {
    this.searchText = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => {
      this.searchTimer = undefined;
      if ((this.activeFilter.query ?? '') !== this.searchText.trim()) this.changeFilter({ ...this.activeFilter, query: this.searchText.trim() });
    }, SEARCH_DEBOUNCE_MS);
  }

  private onSearchKey(event: KeyboardEvent): void {
    // Enter filters at once (no need to wait for the pause after typing).
    if (event.key !== 'Enter') return;
    event.preventDefault();
    clearTimeout(this.searchTimer);
    this.searchTimer = undefined;
    this.changeFilter({ ...this.activeFilter, query: this.searchText.trim() });
  }

  private onStatusChange(event: Event): void {
    const boxes = [...this.renderRoot.querySelectorAll<HTMLInputElement>('input[name="status"]')];
    this.changeFilter({ ...this.activeFilter, status: boxes.filter((b) => b.checked).map((b) => b.value) });
    event.stopPropagation();
  }

  private onFieldChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (value === SEVERAL_FIELDS) return;
    this.changeFilter({ ...this.activeFilter, field: value ? [value] : [] });
  }

  private onKindChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value as FieldKind | '';
    this.changeFilter({ ...this.activeFilter, kind: value ? [value] : [] });
  }

  private onReset(): void {
    clearTimeout(this.searchTimer);
    this.searchTimer = undefined;
    this.setSearchText('');
    this.changeFilter({});
    // The reset button may vanish with the "no hits" message: keep focus in the filter form.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus());
  }

  /**
   * The skip link past the list (about 200 buttons) and the way back: links, but inside a shadow
   * root an address's fragment finds nothing, so focus moves here.
   */
  private onSkip(event: Event): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('#list-end')?.focus();
  }

  /**
   * By keyboard (a click without a pointer) into the search box; by touch or mouse the filter comes
   * into view and takes the focus itself, so a phone's keyboard does not open over half of it.
   */
  private onBackToFilter(event: Event): void {
    event.preventDefault();
    const filters = this.renderRoot.querySelector<HTMLElement>('.filters');
    const search = this.renderRoot.querySelector<HTMLInputElement>('#search');
    if (!filters || !search) return;
    if ((event as MouseEvent).detail === 0) {
      scrollAndFocus(search, filters);
    } else {
      filters.tabIndex = -1;
      scrollAndFocus(filters);
    }
  }

  /** A jump link: the field's heading, on the page of measures that holds it, in view and focused. */
  private onJump(event: Event): void {
    event.preventDefault();
    const fieldId = (event.currentTarget as HTMLElement).dataset['field']!;
    const index = this.visibleMeasures.findIndex((e) => e.field.id === fieldId);
    if (index >= 0) this.limit = limitShowing(index, this.limit, this.pageSize);
    this.jumpTarget = fieldHeadingId(fieldId);
    // The field may be in a part still to come: the parts up to it now, not when idle.
    this.rows.hurry();
    this.requestUpdate();
  }

  private onMore(): void {
    const first = this.limit;
    this.limit += this.pageSize;
    void this.updateComplete.then(() => {
      const id = this.visibleMeasures[first]?.measure.id;
      const concept = this.source.concept;
      const anchor = id && concept ? measureAnchors(concept, this.anchorPrefix).byMeasure.get(id) : undefined;
      if (anchor) this.renderRoot.querySelector<HTMLButtonElement>(`#${anchor}-button`)?.focus();
    });
  }

  // ——— rendering ———

  private get level(): number {
    return headingLevel(this.headingLevel);
  }

  protected override render(): TemplateResult {
    const { state, concept, error } = this.source;
    const rare = this.rare.loaded;
    if (rare) addStyles(this, this.addedStyles, [rare.rareStyles]);
    if (state !== 'ready' || !concept) {
      return html`<div part="base" class="base" lang=${this.language} dir=${this.direction}>${this.renderState(state, error)}</div>`;
    }
    const label = this.label || this.t('accordion.label', { measures: this.term(concept, 'measure', true), title: this.text(concept, concept.title).text });
    let body: unknown;
    if (!concept.fields.length) body = html`<div class="state" part="state" role="status"><p>${this.t('state.empty')}</p></div>`;
    else if (countMeasures(concept) && !concept.guidelines.length && !this.attributeKeys.size) body = this.renderMeasures(concept, nothing);
    else body = this.renderRare(concept);
    // `lang` inside the shadow root too (a page may have none): hyphenation needs the language.
    // One listener for the `beforematch` of every panel (it bubbles), not one per box.
    return html`<section
      part="base"
      class="base ${this.page.printing ? 'printing' : ''}"
      lang=${this.language}
      dir=${this.direction}
      aria-label=${label}
      @beforematch=${this.onBeforeMatch}
    >
      ${body}
    </section>`;
  }

  /**
   * Guidelines, the view of a concept without measures (Landshut) and filter attributes are rare
   * parts: until they are there the loading state stays (no boxes without the guidelines above them
   * or before their filter, no flash of another view); if they do not load, the boxes with a message
   * above them.
   */
  private renderRare(concept: Concept): unknown {
    const rare = this.rare.value;
    if (!rare && !this.rare.failed) return this.renderState('loading', undefined);
    const guidelines = rare ? rare.renderGuidelines(this, concept, this.level) : renderNotLoaded(this);
    if (countMeasures(concept)) return this.renderMeasures(concept, guidelines);
    return rare ? rare.renderWithoutMeasures(this, concept, this.level) : guidelines;
  }

  private renderMeasures(concept: Concept, guidelines: unknown): TemplateResult {
    const filter = this.activeFilter;
    const entries = this.filtered(concept, filter);
    const total = countMeasures(concept);
    // Printing opens every box on the page, not the pages of headers not shown yet (10,000 panels would freeze it).
    const pageCount = Math.min(this.limit, entries.length);
    const rendered = this.page.printing ? pageCount : this.rows.count(entries, pageCount);
    this.shown = entries.slice(0, rendered);
    const context = this.contextFor(concept);
    const empty = isFilterEmpty(filter);
    const tree = this.treeOf(concept, entries, rendered, empty && pageCount === entries.length);
    const count = empty
      ? this.t('accordion.countAll', { total: this.formatNumber(total), measures: this.termCount(concept, 'measure', total) })
      : this.t('accordion.count', {
          shown: this.formatNumber(entries.length),
          total: this.formatNumber(total),
          measures: this.termCount(concept, 'measure', total),
        });
    // An empty result is said in the live region too: the message below is not announced itself.
    const noHits = this.t('accordion.noHits', { measures: this.termCount(concept, 'measure', 0) });
    return html`
      ${guard([context, filter, this.searchText], () => renderFilters(this, concept, filter, context.looks, this.searchText, this.filterHandlers))}
      <div class="toolbar" part="toolbar">
        ${entries.length ? html`<a class="skip" part="skip" href="#list-end" @click=${this.onSkip}>${this.t('accordion.skipList')}</a>` : nothing}
        <p class="count" part="count" role="status" aria-live="polite">
          ${count}${entries.length ? nothing : html`<span class="visually-hidden">. ${noHits}</span>`}
        </p>
        <div class="toolbar__buttons">
          <button type="button" part="button" class="button" @click=${this.expandAll} ?disabled=${!entries.length}>${this.t('accordion.expandAll')}</button>
          <button type="button" part="button" class="button" @click=${this.collapseAll} ?disabled=${!this.openIds.size}>${this.t('accordion.collapseAll')}</button>
        </div>
      </div>
      ${entries.length ? guard([context, entries], () => renderJumps(this, concept, entries, this.onJump)) : nothing}
      ${guidelines}
      ${
        entries.length
          ? repeat(
              tree,
              (group) => group.kind,
              (group) => html`<div class="group">
              ${heading(this.level, 'group-heading', kindHeading(this, concept, group.kind, true))}
              ${repeat(
                group.fields,
                (f) => f.field,
                (f) => guard([context, f, this.openIn(f)], () => this.renderField(context, f)),
              )}
            </div>`,
            )
          : html`<div class="empty" part="empty">
            <p>${noHits}</p>
            <button type="button" part="button" class="button" @click=${this.onReset}>${this.t('accordion.reset')}</button>
          </div>`
      }
      ${renderMore(this, pageCount, entries.length, this.onMore, ACCORDION_MORE)}
      ${
        entries.length
          ? // Focus lands on the words alone (on the whole line, Orca read "Ende der Liste" twice).
            html`<p class="list-end" part="list-end">
            <span id="list-end" tabindex="-1">${this.t('accordion.listEnd')}</span>
            <a href="#search" @click=${this.onBackToFilter}>${this.t('accordion.backToFilter')}</a>
          </p>`
          : nothing
      }
      ${entries.length ? renderMeasureDownloads(this, concept, entries) : nothing}
    `;
  }

  /** The context of this render: the same object as last time when nothing in it changed. */
  private contextFor(concept: Concept): RowContext {
    const next = {
      concept,
      language: this.language,
      uiLanguage: this.uiLanguage,
      translations: translationRevision(),
      level: this.level,
      printing: this.page.printing,
      anchorPrefix: this.anchorPrefix,
    };
    const last = this.rowContext;
    if (last && (Object.keys(next) as (keyof typeof next)[]).every((key) => last[key] === next[key])) return last;
    const looks = statusLooks(concept, next.language);
    this.rowContext = {
      ...next,
      anchors: measureAnchors(concept, next.anchorPrefix).byMeasure,
      looks,
      lookById: new Map(looks.map((l) => [l.id, l])),
      statusPrefix: this.t('accordion.statusPrefix'),
      unrated: this.t('common.unrated'),
    };
    return this.rowContext;
  }

  /**
   * The fields, objectives and boxes of the rendered rows (the same object while they stay). While
   * later parts are still to come, the tree ends with the objective of the last rendered box: an
   * objective without boxes further down appears with its part, not above boxes already read.
   */
  private treeOf(concept: Concept, entries: readonly MeasureEntry[], count: number, includeEmpty: boolean): MeasureTreeKind[] {
    const hit = this.tree;
    if (hit && hit.entries === entries && hit.count === count && hit.includeEmpty === includeEmpty) return hit.tree;
    const tree = measureTree(concept, entries.slice(0, count), { includeEmpty, until: count < entries.length ? count : undefined });
    this.tree = { entries, count, includeEmpty, tree };
    return tree;
  }

  /**
   * What of a field's rows changes after its first render: which of its boxes are open (with a
   * "show more" in them), a copied link in it, and how many of its closed boxes have their content
   * (a fill step renders the fields it fills, not all of them).
   */
  private openIn(node: MeasureTreeField): string {
    let key = '';
    let filled = 0;
    for (const { entries } of node.objectives) {
      for (const { measure } of entries) {
        if (this.openIds.has(measure.id)) key += `${measure.id} ${partsRevision()}\n`;
        if (this.copied?.id === measure.id) key += `copied ${String(this.copied.ok)}\n`;
        if (this.filled.has(measure.id)) filled++;
      }
    }
    return `${key}${filled}`;
  }

  private renderField(context: RowContext, node: MeasureTreeField): TemplateResult {
    const { concept, level } = context;
    return html`<div class="field" part="field">
      ${renderFieldHead(this, concept, node.field, level, fieldHeadingId(node.field.id))}
      ${repeat(
        node.objectives,
        ({ objective }) => objective,
        ({ objective, entries }) => html`<div class="objective" part="objective">
          ${heading(level + 1, 'objective-heading', this.renderText(concept, objective.title))}
          ${objective.description ? html`<p class="prose objective-description">${this.renderText(concept, objective.description)}</p>` : nothing}
          ${objective.indicators.length ? renderIndicators(this, concept, objective.indicators) : nothing}
          ${repeat(
            entries,
            (entry) => entry.index,
            (entry) => this.renderMeasureOnce(context, entry),
          )}
        </div>`,
      )}
      ${renderFieldEnd(this, this.onBackToFilter)}
    </div>`;
  }

  /**
   * A row is rendered again only when something it shows changed: opening one box among 200 then
   * touches one row instead of comparing every header (docs/BENCHMARKS.md, "open a box"), and its
   * field's `guard` (`openIn`) skips the other fields' rows altogether. Everything else a row reads
   * is in the context.
   */
  private renderMeasureOnce(context: RowContext, entry: MeasureEntry) {
    const id = entry.measure.id;
    const open = context.printing || this.openIds.has(id);
    return guard(
      [
        context,
        entry,
        // "Show more" in one open box: closed boxes (their content rendered for find in page) stay as they are.
        open ? partsRevision() : -1,
        open,
        this.filled.has(id),
        this.copied?.id === id ? this.copied : undefined,
      ],
      () => this.renderMeasure(context, entry),
    );
  }

  private renderMeasure(context: RowContext, entry: MeasureEntry): TemplateResult {
    const { concept, lookById: looks, level } = context;
    const { measure } = entry;
    const anchor = context.anchors.get(measure.id)!;
    const open = context.printing || this.openIds.has(measure.id);
    const look = looks.get(currentStatus(concept, measure) ?? '');
    const title = this.text(concept, measure.title);
    // The button's name is the title alone, in the language it is written in (a screen reader
    // speaks a name in the button's language); the status follows as its description, in the
    // interface's words, and as text after the heading for reading on.
    const titleLang = this.fallbackLang(title);
    const header = html`<button
      type="button"
      part="measure-button"
      class="measure-button"
      id=${`${anchor}-button`}
      lang=${titleLang}
      data-measure=${measure.id}
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${`${anchor}-panel`}
      aria-describedby=${`${anchor}-status`}
      @click=${this.onToggle}
    >
      <svg class="chevron" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <path d="M5.5 3.5 10 8l-4.5 4.5" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
      </svg><span class="measure-title">${this.renderLocalized(title)}</span
      ><span class="measure-meta" aria-hidden="true" lang=${titleLang === nothing ? nothing : context.language}>${renderStatus(this, look)}</span>
    </button>`;
    return html`<div class="measure ${open ? 'measure--open' : ''}" part="measure" id=${anchor}>
      ${heading(level + 2, 'measure-header', header)}
      <span class="visually-hidden measure-status" id=${`${anchor}-status`}
        >${context.statusPrefix}\u00a0${look ? html`<span lang=${look.lang}>${look.label}</span>` : context.unrated}</span
      >
      ${this.renderPanel(concept, entry, anchor, looks, open)}
    </div>`;
  }

  /**
   * The panel is there closed too (`aria-controls` names it), `hidden="until-found"`: the browser's
   * find in page searches its text and fires `beforematch` before showing it, and the box opens.
   * Browsers without it treat the value as plain `hidden`. Its content comes with the first render
   * only when open; closed boxes get theirs when the browser is idle (`fillLater`).
   */
  private renderPanel(concept: Concept, entry: MeasureEntry, anchor: string, looks: ReadonlyMap<string, StatusLook>, open: boolean): TemplateResult {
    const { measure } = entry;
    return html`<div
      class="measure-panel"
      part="measure-panel"
      role="region"
      id=${`${anchor}-panel`}
      aria-labelledby=${`${anchor}-button`}
      hidden=${open ? nothing : 'until-found'}
      data-measure=${measure.id}
    >
      ${open || this.filled.has(measure.id) ? this.renderPanelContent(concept, entry, anchor, looks) : nothing}
    </div>`;
  }

  private renderPanelContent(concept: Concept, entry: MeasureEntry, anchor: string, looks: ReadonlyMap<string, StatusLook>): TemplateResult {
    const { measure } = entry;
    const status = measure.status;
    const url = this.linkTo(anchor);
    const copied = this.copied?.id === measure.id ? this.copied : undefined;
    return html`<p class="panel-status">
        ${status?.date ? html`<span class="muted">${this.t('accordion.statusAsOf', { date: this.formatDate(status.date) })}</span>` : nothing}
        ${measure.addedLater ? html`<span class="tag">${this.t('accordion.addedLater')}</span>` : nothing}
        <span class="muted">${this.t('accordion.number', { id: measure.id })}</span>
      </p>
      ${status?.note ? html`<p class="prose status-note">${this.renderText(concept, status.note)}</p>` : nothing}
      ${renderDetails(this, concept, measure, looks)}
      <!-- Pointer over or focus on it loads the copying: a click then copies at once, where a browser allows the clipboard only during the click itself. -->
      <div class="copy" @pointerenter=${this.rare.preload} @focusin=${this.rare.preload}>
        <!-- The name as one string: a hidden box after the visible words made it "Link kopieren : …". -->
        <button
          type="button"
          part="button"
          class="button button--small"
          data-measure=${measure.id}
          data-url=${url}
          aria-label=${`${this.t('accordion.copyLink')}: ${this.text(concept, measure.title).text}`}
          @click=${this.onCopy}
        >
          ${this.t('accordion.copyLink')}
        </button>
        <span class="copy__status" role="status">${copied?.ok ? this.t('accordion.copied') : ''}</span>
        ${copied && !copied.ok ? (this.rare.loaded?.renderCopyManually(this, measure.id, url) ?? renderNotLoaded(this)) : nothing}
      </div>`;
  }
}
