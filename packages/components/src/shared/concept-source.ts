/**
 * Where an element's concept comes from, in this order: its `concept` property (developers), its
 * `src` attribute (web editors), or a surrounding provider (pages with several elements). The first
 * two load through the one loading path (concept-task.ts); the provider loaded through it already.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveElement } from 'lit';
import { ConceptTask } from './concept-task.js';
import { konzeptContext, type KonzeptContextValue } from './context.js';

type ErrorView = typeof import('./error-view.js');
let errorView: ErrorView | undefined;
/** The error view has loaded, or has failed to, or took too long: errors show from then on. */
let errorViewSettled = false;
let errorViewLoading: Promise<unknown> | undefined;
/** How long an error waits for its view before the loader's own sentence stands in. */
const ERROR_VIEW_WAIT_MS = 5_000;

/** The error view (error-view.ts) once an error has loaded it; `KonzeptElement.renderError` shows it. */
export const loadedErrorView = (): ErrorView | undefined => errorView;

/**
 * An element loads the error view's code and words before it reports an error, so it goes from
 * "loading" straight to the whole error message. A view that does not load (an incomplete upload),
 * or not within a few seconds (a server that stopped answering), does not hold the error back: the
 * element then shows the loader's own sentence. Never rejects.
 */
function loadErrorView(): Promise<unknown> {
  errorViewLoading ??= Promise.race([
    import('./error-view.js').then(
      (view) => (errorView = view),
      () => undefined,
    ),
    new Promise((done) => setTimeout(done, ERROR_VIEW_WAIT_MS)),
  ]).then(() => {
    errorViewSettled = true;
    // A failed load may be asked for again by a later error (the file may have been uploaded since).
    if (!errorView) errorViewLoading = undefined;
  });
  return errorViewLoading;
}

/**
 * Elements already in a CMS page upgrade in registration order: a chart defined before the provider
 * element asks for the context before anyone can answer. Such sources ask again when a provider
 * announces itself (the `context-provider` event of the context protocol), as Lit's ContextRoot
 * replays the requests it kept.
 */
const unanswered = new Set<ConceptSource>();
let listening = false;

function askAgain(event: Event): void {
  if ((event as Event & { context?: unknown }).context !== konzeptContext) return;
  for (const source of [...unanswered]) source.askForProvider();
}

export interface SourceInput {
  /** A parsed concept, or raw export data (it is parsed here). */
  readonly concept?: unknown;
  readonly src?: string;
}

export class ConceptSource extends ConceptTask {
  /** The provider around the host, if any. */
  context?: KonzeptContextValue;
  /** Asks the provider around the host for the context again (one defined after it). */
  askForProvider = (): void => undefined;

  constructor(host: ReactiveElement, read: () => SourceInput, options: { useContext?: boolean } = {}) {
    // How long a load may take: the host's `timeout` attribute (every element has it, read when
    // loading starts), else the SDK's default of 20 seconds. Then the reader sees "the server does
    // not answer" instead of a loading message forever.
    super(host, () => ({ ...read(), timeout: Number(host.getAttribute('timeout') ?? '') }));
    if (options.useContext !== false) {
      if (!listening && typeof document !== 'undefined') {
        listening = true;
        document.addEventListener('context-provider', askAgain);
      }
      let answered = false;
      const consumer = new ContextConsumer(host, {
        context: konzeptContext,
        subscribe: true,
        callback: (value) => {
          answered = true;
          unanswered.delete(this);
          this.context = value;
          if (value?.state === 'error' && !errorViewSettled) void loadErrorView().then(() => host.requestUpdate());
          host.requestUpdate();
        },
      });
      this.askForProvider = () => consumer.hostConnected();
      // After the consumer (controllers run in the order added): no provider answered its request.
      host.addController({
        hostConnected: () => {
          if (!answered) unanswered.add(this);
        },
        hostDisconnected: () => {
          answered = false;
          unanswered.delete(this);
        },
      });
    }
  }

  protected override beforeError(): Promise<unknown> {
    return loadErrorView();
  }

  protected override reset(): void {
    if (!this.context) return super.reset();
    // The provider's error shows once the error view is there, or will not come ("loading" until then).
    this.state = this.context.state === 'error' && !errorViewSettled ? 'loading' : this.context.state;
    this.concept = this.context.concept;
    this.error = this.context.error;
  }
}
