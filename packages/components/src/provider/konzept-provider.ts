/**
 * `<konzept-provider src="…">` loads an export once and shares it, with the reader's filter, with
 * every konzept element inside it: a click on a bar of the chart filters the accordion beside it.
 */
import { ContextProvider } from '@lit/context';
import { html, LitElement, css, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { filterFromSelection, type Concept, type MeasureFilter } from '@konzept-kit/sdk';
import { ConceptTask } from '../shared/concept-task.js';
import { konzeptContext, type KonzeptContextValue } from '../shared/context.js';
import { emit, type KonzeptSelectDetail } from '../shared/events.js';
import { VERSION } from '../shared/version.js';

/**
 * Shares one concept and one filter with the elements inside it.
 *
 * @tagname konzept-provider
 * @summary Loads a concept export once for several elements on a page.
 * @slot - The elements (and any other content) that share the concept.
 * @fires konzept-load - The export was loaded and is valid. `detail.concept`.
 * @fires konzept-error - Loading or validation failed. `detail.error` with `kind` and `issues`.
 * @fires konzept-filter-change - The shared filter changed. `detail.filter`.
 */
export class KonzeptProvider extends LitElement {
  static readonly konzeptVersion = VERSION;
  static override styles = css`
    /* A box, not display: contents: themes size the blocks of a post by their direct children
       (max-width on .is-layout-constrained > *), and a box without one passes no width on. */
    :host {
      display: block;
    }
  `;

  /** Address of the JSON export. */
  @property() accessor src = '';
  /** A concept (parsed, or raw export data) instead of `src`. */
  @property({ attribute: false }) accessor concept: Concept | unknown = undefined;
  /** Give up loading after this many milliseconds (default 20,000) and show why. */
  @property({ type: Number }) accessor timeout: number | undefined = undefined;
  /** The reader's filter, shared with the elements inside. */
  @property({ attribute: false }) accessor filter: MeasureFilter = {};

  /** The one loading path (shared/concept-task.ts), as in every element. */
  private readonly task = new ConceptTask(this, () => ({ concept: this.concept, src: this.src, timeout: this.timeout }));
  private readonly provider = new ContextProvider(this, { context: konzeptContext, initialValue: this.value() });

  constructor() {
    super();
    this.addEventListener('konzept-select', (event) => this.onSelect(event as CustomEvent<KonzeptSelectDetail>));
  }

  /** Sets the shared filter (also used by the elements inside). */
  setFilter(filter: MeasureFilter): void {
    this.filter = filter;
    emit(this, 'konzept-filter-change', { filter });
  }

  private onSelect(event: CustomEvent<KonzeptSelectDetail>): void {
    this.setFilter(filterFromSelection(this.filter, event.detail));
  }

  private value(): KonzeptContextValue {
    const { state, concept, error } = this.task;
    return {
      state,
      // While a new address loads, the old concept is not shared.
      concept: state === 'ready' ? concept : undefined,
      error,
      src: this.src || undefined,
      filter: this.filter,
      setFilter: (filter) => this.setFilter(filter),
    };
  }

  protected override update(changed: PropertyValues<this>): void {
    // After the task's hostUpdate (the arguments are read), before rendering: share where it stands.
    this.provider.setValue(this.value());
    super.update(changed);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
