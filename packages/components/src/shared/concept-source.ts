/**
 * Where an element's concept comes from, in this order: its `concept` property (developers), its
 * `src` attribute (web editors), or a surrounding `<konzept-provider>` (pages with several elements).
 * Loading goes through the SDK's shared loader, so elements pointing at one URL share one request.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import { LoadError, loadConcept, parseConcept, type Concept } from '@konzept-kit/sdk';
import { ensureContextRoot, konzeptContext, type KonzeptContextValue, type LoadState } from './context.js';
import { emit } from './events.js';

export interface SourceInput {
  /** A parsed concept, or raw export data (it is parsed here). */
  readonly concept?: unknown;
  readonly src?: string;
}

export class ConceptSource implements ReactiveController {
  state: LoadState = 'idle';
  concept?: Concept;
  error?: LoadError;
  /** The provider around the host, if any. */
  context?: KonzeptContextValue;

  private given: unknown;
  private loadingSrc?: string;
  private abort?: AbortController;

  constructor(
    private readonly host: ReactiveElement,
    private readonly read: () => SourceInput,
    options: { useContext?: boolean } = {},
  ) {
    host.addController(this);
    if (options.useContext !== false) {
      ensureContextRoot();
      new ContextConsumer(host, {
        context: konzeptContext,
        subscribe: true,
        callback: (value) => {
          this.context = value;
          host.requestUpdate();
        },
      });
    }
  }

  hostUpdate(): void {
    const { concept, src } = this.read();
    if (concept !== undefined && concept !== null) {
      if (concept !== this.given) this.useGiven(concept);
      return;
    }
    this.given = undefined;
    const url = src?.trim();
    if (url) {
      if (url !== this.loadingSrc) this.load(url);
      return;
    }
    this.cancel();
    this.loadingSrc = undefined;
    if (this.context) {
      this.state = this.context.state;
      this.concept = this.context.concept;
      this.error = this.context.error;
    } else {
      this.state = 'idle';
      this.concept = undefined;
      this.error = undefined;
    }
  }

  hostDisconnected(): void {
    // Forget the source so a reconnected element loads again (from the shared cache, without a request).
    this.cancel();
    this.loadingSrc = undefined;
    this.given = undefined;
  }

  private useGiven(value: unknown): void {
    this.cancel();
    this.loadingSrc = undefined;
    this.given = value;
    // A parsed concept is a frozen object. (A string is "frozen" too: JSON text goes to the parser.)
    const parsed = typeof value === 'object' && value !== null && Object.isFrozen(value);
    const result = parsed ? { success: true as const, concept: value as Concept } : parseConcept(value);
    if (result.success) this.succeed(result.concept);
    else this.fail(new LoadError('invalid', '(concept property)', {
      de: `Die übergebenen Daten sind kein gültiger Konzept-Export (${result.issues.length} Probleme).`,
      en: `The data given is not a valid concept export (${result.issues.length} problems).`,
    }, { issues: result.issues }));
  }

  /**
   * How long a load may take, in milliseconds: the host's `timeout` attribute (every element has
   * it, read when loading starts), else the SDK's default of 20 seconds. Then the reader sees
   * "the server does not answer" instead of a loading message forever.
   */
  private get timeout(): number | undefined {
    const value = Number(this.host.getAttribute('timeout') ?? '');
    return Number.isFinite(value) && value > 0 ? value : undefined;
  }

  private load(url: string): void {
    this.cancel();
    this.loadingSrc = url;
    this.state = 'loading';
    this.error = undefined;
    const controller = new AbortController();
    this.abort = controller;
    loadConcept(url, { signal: controller.signal, timeout: this.timeout }).then(
      (concept) => {
        if (this.abort !== controller) return;
        this.abort = undefined;
        this.succeed(concept);
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (this.abort !== controller) return;
        this.abort = undefined;
        if (error instanceof LoadError && error.kind === 'aborted') return;
        this.fail(error instanceof LoadError ? error : new LoadError('network', url, { de: String(error), en: String(error) }));
        this.host.requestUpdate();
      },
    );
  }

  private succeed(concept: Concept): void {
    const changed = concept !== this.concept;
    this.state = 'ready';
    this.concept = concept;
    this.error = undefined;
    if (changed) emit(this.host, 'konzept-load', { concept });
  }

  private fail(error: LoadError): void {
    this.state = 'error';
    this.concept = undefined;
    this.error = error;
    // Readers get a short message in the element; developers get the details here and in the event.
    if (error.issues.length) {
      console.error(
        `[konzept-kit] ${error.text.en}\n` + error.issues.map((i) => `  ${i.at}: ${i.message.en} / ${i.message.de}`).join('\n'),
      );
    } else {
      console.error(`[konzept-kit] ${error.text.en}`);
    }
    emit(this.host, 'konzept-error', { error });
  }

  private cancel(): void {
    this.abort?.abort();
    this.abort = undefined;
  }
}
