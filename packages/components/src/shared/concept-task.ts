/**
 * The one loading path of every element and of the provider element, in the spirit of Lit's
 * `@lit/task`: its arguments (a concept given as a property, else an address) are read before each
 * update; a new address aborts the old request (AbortSignal); `state` says where it stands; `render`
 * takes one view per state. Loading goes through the SDK's shared loader, so elements pointing at
 * one URL share one request.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { invalidDataError, isLanguageTag, LoadError, loadConcept, parseConceptLazily, parseConceptNow, type Concept } from '@konzept-kit/sdk';
import type { LoadState } from './context.js';
import { emit } from './events.js';
import { yieldToMain } from './yield.js';

export interface ConceptArgs {
  /** A parsed concept, or raw export data (it is parsed here). */
  readonly concept?: unknown;
  /** Address of the JSON export (used when no concept is given). */
  readonly src?: string;
  /** Give up loading after this many milliseconds (read when loading starts; else the SDK's 20 s). */
  readonly timeout?: number;
}

/** One view per state, as `@lit/task`'s `render({ initial, pending, complete, error })`. */
export interface LoadViews<T> {
  readonly idle: () => T;
  readonly loading: () => T;
  readonly ready: (concept: Concept) => T;
  readonly error: (error: LoadError) => T;
}

let formatsReady = false;

/**
 * The browser's number, date and plural formats take 20–30 ms to set up the first time (its
 * locale data), and checking an export's languages sets them up. Done in a task of its own while
 * the export is on its way, that time is not added to the task that reads and checks the export.
 */
function prepareFormats(): void {
  if (formatsReady) return;
  formatsReady = true;
  setTimeout(() => isLanguageTag('de'), 0);
}

/** Where `error.url` says the data was given as a property, not loaded from an address. */
export const GIVEN = '(concept property)';
/** Data given as a value that could not be checked, because the full check's code did not load. */
const UNCHECKED = {
  de: 'Die Daten konnten nicht geprüft werden: eine Datei von konzept-kit fehlt auf dem Server, oder die Verbindung ist unterbrochen.',
  en: 'The data could not be checked: a konzept-kit file is missing on the server, or the connection is lost.',
};

export class ConceptTask implements ReactiveController {
  state: LoadState = 'idle';
  concept?: Concept;
  error?: LoadError;

  private given: unknown;
  private loadingSrc?: string;
  private abort?: AbortController;

  constructor(
    protected readonly host: ReactiveControllerHost & EventTarget,
    private readonly args: () => ConceptArgs,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (!this.run(this.args())) this.reset();
  }

  hostDisconnected(): void {
    // Forget the source so a reconnected element loads again (from the shared cache, without a request).
    this.cancel();
    this.loadingSrc = undefined;
    this.given = undefined;
  }

  /** The view for the current state. */
  render<T>(views: LoadViews<T>): T {
    if (this.state === 'ready' && this.concept) return views.ready(this.concept);
    if (this.state === 'error') return views.error(this.error!);
    return this.state === 'loading' ? views.loading() : views.idle();
  }

  /** Starts or keeps loading from the arguments; false when they name no source. */
  protected run({ concept, src, timeout }: ConceptArgs): boolean {
    if (concept !== undefined && concept !== null) {
      if (concept !== this.given) this.useGiven(concept);
      return true;
    }
    this.given = undefined;
    const url = src?.trim();
    if (!url) {
      this.cancel();
      this.loadingSrc = undefined;
      return false;
    }
    if (url !== this.loadingSrc) this.load(url, timeout);
    return true;
  }

  /** What must be there before an error is reported (for an element, its error view: concept-source.ts). */
  protected beforeError(): Promise<unknown> {
    return Promise.resolve();
  }

  protected reset(): void {
    this.state = 'idle';
    this.concept = undefined;
    this.error = undefined;
  }

  private useGiven(value: unknown): void {
    this.cancel();
    this.loadingSrc = undefined;
    this.given = value;
    // A parsed concept is a frozen object. (A string is "frozen" too: JSON text goes to the parser.)
    const parsed = typeof value === 'object' && value !== null && Object.isFrozen(value);
    const now = parsed ? { success: true as const, concept: value as Concept } : parseConceptNow(value);
    if (now?.success) return this.succeed(now.concept);
    // Not valid: the detailed messages (and zod) load now, and only now.
    this.state = 'loading';
    this.error = undefined;
    void (async () => {
      let error: LoadError | undefined;
      let concept: Concept | undefined;
      try {
        const result = now ?? (await parseConceptLazily(value));
        if (result.success) concept = result.concept;
        else error = (await Promise.all([invalidDataError(value, GIVEN, result.issues), this.beforeError()]))[0];
      } catch (cause) {
        // The full check's code did not load (an incomplete upload, the connection lost): say so,
        // instead of "loading" for ever.
        error = new LoadError('invalid', GIVEN, UNCHECKED, { cause });
      }
      if (this.given !== value) return;
      if (error) this.fail(error);
      else if (concept) this.succeed(concept);
      this.host.requestUpdate();
    })();
  }

  private load(url: string, timeout: number | undefined): void {
    this.cancel();
    this.loadingSrc = url;
    this.state = 'loading';
    this.error = undefined;
    const controller = new AbortController();
    this.abort = controller;
    const ms = timeout !== undefined && Number.isFinite(timeout) && timeout > 0 ? timeout : undefined;
    const loaded = loadConcept(url, { signal: controller.signal, timeout: ms });
    prepareFormats();
    loaded.then(
      (concept) => {
        if (this.abort !== controller) return;
        // Reading and checking the export took this task (20–40 ms for the demo's on a desktop):
        // the elements render it in the next one, or the two together make one long task.
        void yieldToMain().then(() => {
          if (this.abort !== controller) return;
          this.abort = undefined;
          this.succeed(concept);
          this.host.requestUpdate();
        });
      },
      async (error: unknown) => {
        const aborted = error instanceof LoadError && error.kind === 'aborted';
        if (!aborted && this.abort === controller) await this.beforeError();
        if (this.abort !== controller) return;
        this.abort = undefined;
        if (aborted) return;
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
    const details = error.issues.map((i) => `\n  ${i.at}: ${i.message.en} / ${i.message.de}`).join('');
    console.error(`[konzept-kit] ${error.text.en}${details}`);
    emit(this.host, 'konzept-error', { error });
  }

  private cancel(): void {
    this.abort?.abort();
    this.abort = undefined;
  }
}
