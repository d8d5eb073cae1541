/**
 * The SDK's large work in steps (sdk steps.ts: matching thousands of measures by text) run on a
 * page: as much as fits into a slice of this task, the rest in later tasks, so no task runs much
 * longer than the slice (10,000 measures matched in one task blocked the page for 1.5–5 s).
 */
import type { Steps } from '@konzept-kit/sdk';
import { SLICE_MS, yieldToMain } from './yield.js';

function runSlice<T>(steps: Steps<T>): IteratorResult<void, T> {
  const end = performance.now() + SLICE_MS;
  let step = steps.next();
  while (!step.done && performance.now() < end) step = steps.next();
  return step;
}

/**
 * Runs `steps` for a slice now and returns the result if that was enough; else goes on in later
 * tasks and returns a promise of the result.
 */
export function nowOrLater<T>(steps: Steps<T>): { readonly value: T } | Promise<T> {
  const first = runSlice(steps);
  if (first.done) return { value: first.value };
  return (async () => {
    for (;;) {
      await yieldToMain();
      const step = runSlice(steps);
      if (step.done) return step.value;
    }
  })();
}
