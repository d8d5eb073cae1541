/**
 * What the provider element shares with every element inside it: the concept it loaded once, the
 * loading state, and the reader's current filter (so a chart click filters the accordion beside it).
 */
import { createContext } from '@lit/context';
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
