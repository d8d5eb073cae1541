/**
 * The benchmark page (bundled by bench/run.mjs with esbuild, minified, Lit's production build, as
 * dist/konzept-kit.js). run.mjs drives it through `window.bench`: each call
 * measures in the page with `performance.now()` and returns milliseconds.
 *
 * A render is timed from creating the element (or the plain DOM) to the end of a forced layout
 * (`offsetHeight` after `updateComplete`): script, DOM, style and layout, not paint.
 */
import { registerAll } from '../packages/components/src/register-all.js';
import type { MeasureAccordion } from '../packages/components/src/measure-accordion/measure-accordion.js';
import { diffConcepts, matchByText, measureEntries, parseConcept, parseConceptOrThrow, prepareSearch, type Concept } from '@konzept-kit/sdk';
import { PlainAccordion, plainChartFields, plainChartOverview, plainDiff } from './baselines.js';
import { collect, settle, text } from './page-helpers.js';

registerAll();

type LitLike = HTMLElement & { updateComplete: Promise<unknown>; concept?: unknown; fromConcept?: unknown; toConcept?: unknown };

let concept: Concept | undefined;
let newer: Concept | undefined;
let rendered: LitLike | undefined;
let plain: PlainAccordion | undefined;
const stage = document.getElementById('stage')!;

function layout(): void {
  void stage.offsetHeight;
}

const SEARCH = 'sprachkurs';

export const bench = {
  /** Loads and parses the concept of this size (and its next version), untimed. */
  async prepare(size: number, withNewer = false): Promise<{ bytes: number }> {
    const t = await text(`concept-${size}`);
    concept = parseConceptOrThrow(t);
    (window as unknown as { __concept: Concept }).__concept = concept;
    newer = withNewer ? parseConceptOrThrow(await text(`concept-${size}-v2`)) : undefined;
    return { bytes: new TextEncoder().encode(t).length };
  },

  /** Parse + validate against `JSON.parse` of the same text, interleaved. */
  async parse(size: number, runs: number): Promise<{ bytes: number; json: number[]; parse: number[] }> {
    const t = await text(`concept-${size}`);
    parseConcept('{}'); // builds the schemas once, outside the timing
    const json: number[] = [];
    const parse: number[] = [];
    for (let i = 0; i < runs; i++) {
      // Each from a collected heap (Chromium runs with --expose-gc): otherwise whichever runs second
      // pays for collecting the first one's 50 MB of objects.
      await settle();
      collect();
      let start = performance.now();
      JSON.parse(t);
      json.push(performance.now() - start);
      await settle();
      collect();
      start = performance.now();
      const result = parseConcept(t);
      parse.push(performance.now() - start);
      if (!result.success) throw new Error(`concept-${size} is invalid: ${result.issues[0]?.message.en}`);
    }
    return { bytes: new TextEncoder().encode(t).length, json, parse };
  },

  /** The same in a worker, where zod may compile its fast paths (`jit`) or not (`jitless`, as the page does for CSP). */
  async parseInWorker(size: number, runs: number, jitless: boolean): Promise<{ json: number[]; parse: number[] }> {
    const t = await text(`concept-${size}`);
    const worker = new Worker('/worker.js', { type: 'module' });
    try {
      return await new Promise((done, fail) => {
        worker.onmessage = (event) => (event.data.error ? fail(new Error(event.data.error)) : done(event.data));
        worker.onerror = (event) => fail(new Error(event.message));
        worker.postMessage({ text: t, runs, jitless });
      });
    } finally {
      worker.terminate();
    }
  },

  /** First render of one element or its plain baseline, in ms. */
  async render(what: string): Promise<number> {
    if (!concept) throw new Error('prepare first');
    const c = concept;
    await settle();
    const start = performance.now();
    if (what.startsWith('plain-')) {
      let node: HTMLElement;
      if (what === 'plain-overview') node = plainChartOverview(c);
      else if (what === 'plain-fields') node = plainChartFields(c);
      else if (what === 'plain-accordion') node = (plain = new PlainAccordion(c)).root;
      else if (what === 'plain-diff') node = plainDiff(c, newer!);
      else throw new Error(what);
      stage.append(node);
      layout();
    } else {
      let node: LitLike;
      if (what === 'overview' || what === 'fields') {
        node = document.createElement('ampel-chart') as LitLike;
        node.setAttribute('view', what);
        node.concept = c;
      } else if (what === 'accordion') {
        node = document.createElement('measure-accordion') as LitLike;
        node.concept = c;
      } else if (what === 'diff') {
        node = document.createElement('version-diff') as LitLike;
        node.fromConcept = c;
        node.toConcept = newer;
      } else throw new Error(what);
      stage.append(node);
      await node.updateComplete;
      layout();
      rendered = node;
    }
    return performance.now() - start;
  },

  /** What the page shows now, to check that the element and its baseline show the same. */
  summary(): { nodes: number; buttons: number; text: number } {
    const all: Element[] = [];
    const walk = (root: ParentNode) => {
      for (const node of root.querySelectorAll('*')) {
        all.push(node);
        if (node.shadowRoot) walk(node.shadowRoot);
      }
    };
    walk(stage);
    return {
      nodes: all.length,
      buttons: all.filter((n) => n.localName === 'button').length,
      text: all.reduce(
        (n, e) => n + (e.shadowRoot ? 0 : [...e.childNodes].filter((c) => c.nodeType === 3).reduce((m, c) => m + (c.textContent?.trim().length ?? 0), 0)),
        0,
      ),
    };
  },

  /**
   * Search keystrokes in the accordion: typing "sprachkurs" letter by letter, then clearing it.
   * Each keystroke sets the input's value, fires `input`, then `keydown` Enter, which filters at once
   * instead of after the 100 ms pause the element waits for while someone types: the time is the
   * filtering and rendering work after the pause, up to the end of layout.
   */
  async keystrokes(): Promise<number[]> {
    const el = rendered as MeasureAccordion;
    prepareSearch(concept!); // the element warms its search index when idle; wait for that as a reader would
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    const times: number[] = [];
    const steps = [...SEARCH].map((_, i) => SEARCH.slice(0, i + 1)).concat('');
    for (const query of steps) {
      await settle();
      const start = performance.now();
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
      await el.updateComplete;
      layout();
      times.push(performance.now() - start);
    }
    return times;
  },

  /** One keystroke as a reader has it: input event until the count changed, including the 100 ms pause. */
  async keystrokeWithPause(): Promise<number> {
    const el = rendered as MeasureAccordion;
    prepareSearch(concept!);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    const count = el.shadowRoot!.querySelector('.count')!;
    const before = count.textContent;
    await settle();
    const start = performance.now();
    const changed = new Promise<void>((done) => {
      const observer = new MutationObserver(() => {
        if (count.textContent !== before) {
          observer.disconnect();
          done();
        }
      });
      observer.observe(count, { childList: true, characterData: true, subtree: true });
    });
    input.value = 'integration';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await changed;
    layout();
    return performance.now() - start;
  },

  async plainKeystrokes(): Promise<number[]> {
    prepareSearch(concept!);
    const times: number[] = [];
    const steps = [...SEARCH].map((_, i) => SEARCH.slice(0, i + 1)).concat('');
    for (const query of steps) {
      await settle();
      const start = performance.now();
      plain!.search(query);
      layout();
      times.push(performance.now() - start);
    }
    return times;
  },

  /** Opening the first `count` boxes one after another (each closed again, untimed). */
  async openBoxes(count: number): Promise<number[]> {
    const el = rendered!;
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.measure-button')].slice(0, count);
    const times: number[] = [];
    for (const button of buttons) {
      await settle();
      const start = performance.now();
      button.click();
      await el.updateComplete;
      layout();
      times.push(performance.now() - start);
      if (!el.shadowRoot!.querySelector('.measure-panel')) throw new Error('the box did not open');
      button.click();
      await el.updateComplete;
    }
    return times;
  },

  async plainOpenBoxes(count: number): Promise<number[]> {
    const buttons = [...plain!.root.querySelectorAll<HTMLButtonElement>('button[data-index]')].slice(0, count);
    const times: number[] = [];
    for (const button of buttons) {
      await settle();
      const start = performance.now();
      button.click();
      layout();
      times.push(performance.now() - start);
      button.click();
    }
    return times;
  },

  /** SDK only: the diff of this size's two versions by id, and matching 2,000 × 2,000 measures by text. */
  async sdk(size: number, runs: number, what: 'diff-id' | 'diff-auto' | 'match'): Promise<number[]> {
    const a = parseConceptOrThrow(await text(`concept-${size}`));
    const b = parseConceptOrThrow(await text(`concept-${size}-v2`));
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      await settle();
      const start = performance.now();
      if (what === 'match') {
        // Every measure of both, ids ignored: the worst case of an export whose ids all changed.
        const pairs = matchByText(measureEntries(a), measureEntries(b));
        if (!pairs.length) throw new Error('no pairs');
      } else diffConcepts(a, b, { match: what === 'diff-id' ? 'id' : 'auto' });
      times.push(performance.now() - start);
    }
    return times;
  },

  clear(): void {
    stage.replaceChildren();
    rendered = undefined;
    plain = undefined;
  },
};

declare global {
  interface Window {
    bench: typeof bench;
  }
}
window.bench = bench;
document.documentElement.dataset['ready'] = '1';
