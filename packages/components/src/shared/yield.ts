/**
 * Long tasks: when a concept arrives, every element on the page renders it. Lit runs those updates
 * one after another in microtasks, so a chart, an accordion and a diff made one task of 150–650 ms
 * (Lighthouse on the demo), and the page could not answer a click meanwhile. Updates share
 * a slice of SLICE_MS per task; an update that would start after the slice is used up first gives the
 * browser its turn (`scheduler.yield()` where the browser has it, else a new task).
 */

/**
 * How long one task of ours may run before it gives the browser its turn (element updates, the SDK's
 * steps, the diff's pieces). 10 ms, not a frame's 16: Lighthouse's mobile run simulates a phone by
 * multiplying every task it saw by 4, and a task counts as long from 50 ms, so a 16 ms slice counted
 * as 64 ms and 10 ms stays under the line. On a real phone the slice is the same 10 ms of wall time,
 * which answers a reader's tap sooner. Measured on the demo (Lighthouse mobile, quiet machine, four
 * runs each, alternating): Total Blocking Time 217–301 ms with 16 ms slices, 72–175 ms with 10 ms.
 */
export const SLICE_MS = 10;
let sliceStart = -1;

/** A new task, or the continuation `scheduler.yield()` gives (ahead of other queued work). */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((done) => setTimeout(done, 0));
}

function startSlice(): void {
  sliceStart = performance.now();
  // The slice ends with the task: the next task starts a new one.
  setTimeout(() => (sliceStart = -1), 0);
}

/** Undefined while the current task's slice has time left (go on), else a promise to wait for first. */
export function yieldIfSliceUsed(): Promise<void> | undefined {
  if (sliceStart < 0) {
    startSlice();
    return undefined;
  }
  if (performance.now() - sliceStart < SLICE_MS) return undefined;
  return yieldToMain().then(startSlice);
}

/** Runs `fn` when the browser is idle (at the latest after `timeout` ms), or soon where it has no idle callbacks. */
export function whenIdle(fn: () => void, timeout = 1000): void {
  const win = globalThis as typeof globalThis & { requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number };
  if (win.requestIdleCallback) win.requestIdleCallback(fn, { timeout });
  else setTimeout(fn, 50);
}
