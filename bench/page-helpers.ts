/** What the bench pages (bench/page.ts, bench/peers.ts) share: the exports served by bench/run.mjs, waiting, collecting. */
const texts = new Map<string, string>();

/** The text of a generated export (`concept-200`, `concept-2000-v2` …), fetched once per page. */
export async function text(name: string): Promise<string> {
  let t = texts.get(name);
  if (!t) {
    const response = await fetch(`/data/${name}.json`);
    if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
    texts.set(name, (t = await response.text()));
  }
  return t;
}

/** Waits until the page is idle: a frame and a task after it. */
export function settle(): Promise<void> {
  return new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
}

/** A full garbage collection, where the engine exposes it (bench/run.mjs starts Chromium and Node with --expose-gc). */
export function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
