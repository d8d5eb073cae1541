/**
 * zod's own speed, in a worker (bundled by bench/run.mjs as /worker.js). A worker has no `document`,
 * so the schema is built with whatever zod's global config says: here `jitless` on or off, to compare
 * zod's compiled fast paths with the interpreted ones a page gets (jitless, for strict CSPs). The
 * value given is already parsed, so `parseConcept` takes zod's path, not the fast path for text.
 */
import * as z from 'zod/mini';
import { parseConcept } from '@konzept-kit/concept-schema';

self.onmessage = (event: MessageEvent<{ text: string; runs: number; jitless: boolean }>) => {
  const { text, runs, jitless } = event.data;
  try {
    z.config({ jitless });
    parseConcept('{}'); // builds the schemas under this config
    const json: number[] = [];
    const parse: number[] = [];
    const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});
    for (let i = 0; i < runs; i++) {
      collect();
      let start = performance.now();
      JSON.parse(text);
      json.push(performance.now() - start);
      collect();
      // An already parsed value takes zod's path (the fast path is for text): this is what the
      // jit / jitless comparison is about.
      start = performance.now();
      const result = parseConcept(JSON.parse(text));
      parse.push(performance.now() - start);
      if (!result.success) throw new Error(result.issues[0]?.message.en);
    }
    self.postMessage({ json, parse });
  } catch (error) {
    self.postMessage({ error: String(error) });
  }
};
