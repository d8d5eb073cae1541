/**
 * What the provider element shares with every element inside it: the concept it loaded once, the
 * loading state, and the reader's current filter (so a chart click filters the accordion beside it).
 */
import { ContextRoot, createContext } from '@lit/context';
import type { Concept, LoadError, MeasureFilter } from '@konzept-kit/sdk';

export type LoadState = 'idle' | 'loading' | 'ready' | 'error';

export interface KonzeptContextValue {
  readonly state: LoadState;
  readonly concept?: Concept;
  readonly error?: LoadError;
  /** The source URL, for elements that show where data came from. */
  readonly src?: string;
  readonly filter: MeasureFilter;
  setFilter(filter: MeasureFilter): void;
}

export const konzeptContext = createContext<KonzeptContextValue | undefined>(Symbol.for('konzept-kit/context'));

let root: ContextRoot | undefined;

/**
 * Elements already in a CMS page upgrade in registration order; a chart defined before the provider
 * asks for the context before anyone can answer. A ContextRoot on the document keeps such requests
 * and replays them when a provider appears.
 */
export function ensureContextRoot(): void {
  if (root || typeof document === 'undefined') return;
  root = new ContextRoot();
  root.attach(document.documentElement);
}
