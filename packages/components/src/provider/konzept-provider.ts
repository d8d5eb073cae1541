/**
 * `<konzept-provider src="…">` loads an export once and shares it, with the reader's filter, with
 * every konzept element inside it: a click on a bar of the chart filters the accordion beside it.
 */
import { ContextProvider } from '@lit/context';
import { html, LitElement, css } from 'lit';
import { property } from 'lit/decorators.js';
import { LoadError, loadConcept, parseConcept, type Concept, type MeasureFilter } from '@konzept-kit/sdk';
import { konzeptContext, type KonzeptContextValue, type LoadState } from '../shared/context.js';
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

  private state: LoadState = 'idle';
  private loaded?: Concept;
  private error?: LoadError;
  private abort?: AbortController;
  private loadingSrc?: string;
  private given: unknown;

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
    const { fieldId, statusId, kind } = event.detail;
    this.setFilter({
      ...this.filter,
      field: fieldId ? [fieldId] : undefined,
      status: statusId ? [statusId] : undefined,
      kind: kind ? [kind] : undefined,
    });
  }

  private value(): KonzeptContextValue {
    return {
      state: this.state,
      concept: this.loaded,
      error: this.error,
      src: this.src || undefined,
      filter: this.filter,
      setFilter: (filter) => this.setFilter(filter),
    };
  }

  protected override willUpdate(): void {
    if (this.concept !== undefined && this.concept !== null) {
      if (this.concept !== this.given) {
        this.abort?.abort();
        this.given = this.concept;
        this.loadingSrc = undefined;
        // A parsed concept is a frozen object. (A string is "frozen" too: JSON text goes to the parser.)
        const parsed = typeof this.concept === 'object' && Object.isFrozen(this.concept);
        const result = parsed ? { success: true as const, concept: this.concept as Concept } : parseConcept(this.concept);
        if (result.success) this.setLoaded(result.concept);
        else this.setError(new LoadError('invalid', '(concept property)', { de: 'Ungültige Daten.', en: 'Invalid data.' }, { issues: result.issues }));
      }
    } else if (this.src && this.src !== this.loadingSrc) {
      this.load(this.src);
    }
    this.provider.setValue(this.value());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
    this.abort = undefined;
    this.loadingSrc = undefined;
  }

  private load(url: string): void {
    this.abort?.abort();
    const controller = new AbortController();
    this.abort = controller;
    this.loadingSrc = url;
    this.state = 'loading';
    this.loaded = undefined;
    this.error = undefined;
    loadConcept(url, { signal: controller.signal, timeout: this.timeout && this.timeout > 0 ? this.timeout : undefined }).then(
      (concept) => {
        if (this.abort !== controller) return;
        this.setLoaded(concept);
        this.provider.setValue(this.value());
      },
      (error: unknown) => {
        if (this.abort !== controller) return;
        if (error instanceof LoadError && error.kind === 'aborted') return;
        this.setError(error instanceof LoadError ? error : new LoadError('network', url, { de: String(error), en: String(error) }));
        this.provider.setValue(this.value());
      },
    );
  }

  private setLoaded(concept: Concept): void {
    this.state = 'ready';
    this.loaded = concept;
    this.error = undefined;
    emit(this, 'konzept-load', { concept });
  }

  private setError(error: LoadError): void {
    this.state = 'error';
    this.loaded = undefined;
    this.error = error;
    console.error(`[konzept-kit] ${error.text.en}` + error.issues.map((i) => `\n  ${i.at}: ${i.message.en}`).join(''));
    emit(this, 'konzept-error', { error });
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
