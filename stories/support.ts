/**
 * What the stories share: the sample exports (served by Storybook from schema/, see
 * .storybook/main.ts), a fetch stand-in for the states a static Storybook cannot produce on its own
 * (an export that is still loading, a missing file, a file that is not an export), the large
 * concept, and a play function that waits until the elements have rendered their data.
 */
import { render, type TemplateResult } from 'lit';
import type { Loader, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { VIEWS } from '../packages/components/src/registry.js';

export type SampleName = 'konstanz-1.0' | 'konstanz-2.0' | 'loerrach' | 'landshut';
type Json = Record<string, any>;

/**
 * The address of a sample export, relative to the page, so it works in `npm run storybook`, in the
 * built storybook-static/ and wherever that folder is published (also below a path).
 */
export const sampleUrl = (name: SampleName): string => `schema/examples/${name}.json`;

/** Addresses answered by {@link mockFetch}: they exist nowhere else. */
export const MOCK = {
  /** Never answers (until the element gives up or is removed): the loading state. */
  slow: 'mock/slow-export.json',
  /** Answers 404: the "file not found" message. */
  missing: 'mock/integrationskonzept-2019.json',
  /** Answers JSON that is not a concept export: the "not a valid export" message. */
  invalid: 'mock/not-an-export.json',
} as const;

const INVALID_EXPORT = { formatVersion: 1, title: 'Tabelle aus dem Intranet', fields: [{ id: 'Sprache' }] };

/**
 * A `beforeEach` for stories that show the loading and error states: answers the {@link MOCK}
 * addresses itself (the SDK's `loadConcept` uses `globalThis.fetch`) and puts the real fetch back
 * when the story is left.
 */
export function mockFetch(): () => () => void {
  return () => {
    const realFetch = globalThis.fetch;
    globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
      const path = url.pathname;
      if (path.endsWith(MOCK.slow)) {
        // Pending until the element cancels (it is removed, or the SDK's 20 s timeout).
        return new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        });
      }
      if (path.endsWith(MOCK.missing)) return Promise.resolve(new Response('Not Found', { status: 404, statusText: 'Not Found' }));
      if (path.endsWith(MOCK.invalid)) {
        return Promise.resolve(new Response(JSON.stringify(INVALID_EXPORT), { status: 200, headers: { 'content-type': 'application/json' } }));
      }
      return realFetch(input, init);
    }) as typeof fetch;
    return () => {
      globalThis.fetch = realFetch;
    };
  };
}

const raw = new Map<SampleName, Promise<Json>>();

/** The raw JSON of a sample export (a fresh copy each time: stories may change it). */
export async function sampleJson(name: SampleName): Promise<Json> {
  let promise = raw.get(name);
  if (!promise) {
    promise = fetch(sampleUrl(name)).then((r) => {
      if (!r.ok) throw new Error(`${sampleUrl(name)}: HTTP ${r.status}`);
      return r.json() as Promise<Json>;
    });
    raw.set(name, promise);
  }
  return structuredClone(await promise);
}

/** A loader that puts sample exports into `loaded`, e.g. `loaded.konstanz`. */
export function loadSamples(names: Partial<Record<string, SampleName>>): Loader {
  return async () => Object.fromEntries(await Promise.all(Object.entries(names).map(async ([key, name]) => [key, await sampleJson(name!)])));
}

/** Konstanz 1.0 without fields: the "empty" state. */
export async function emptyConcept(): Promise<Json> {
  const json = await sampleJson('konstanz-1.0');
  json.fields = [];
  delete json.participation;
  delete json.guidelines;
  return json;
}

/**
 * A sample (Konstanz 1.0) with every measure repeated until there are about `target` (2,000): a
 * large district's export, to see that the elements stay usable. The copies get the same ids in
 * 1.0 and 2.0, so two large versions can be compared.
 */
export async function largeConcept(name: SampleName = 'konstanz-1.0', target = 2000): Promise<Json> {
  const json = await sampleJson(name);
  const count = json.fields.reduce((n: number, f: Json) => n + f.objectives.reduce((m: number, o: Json) => m + o.measures.length, 0), 0);
  const copies = Math.ceil(target / count);
  json.title = `${json.title} (${copies} × ${count} Maßnahmen)`;
  for (const field of json.fields) {
    for (const objective of field.objectives) {
      const originals: Json[] = objective.measures;
      objective.measures = originals.flatMap((measure) =>
        Array.from({ length: copies }, (_, i) =>
          i === 0 ? measure : { ...structuredClone(measure), id: `${measure.id}-k${i + 1}`, title: `${measure.title} (Standort ${i + 1})` },
        ),
      );
    }
  }
  return json;
}

const KONZEPT_TAGS = VIEWS.map((row) => row.tag);

/**
 * A `play` function: waits until every element in the story has rendered and left the loading
 * state, so the accessibility check (run after `play`) sees what a reader sees.
 */
export async function settled({ canvasElement }: Pick<StoryContext, 'canvasElement'>): Promise<void> {
  const elements = () => [...canvasElement.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>(KONZEPT_TAGS.join(','))];
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const list = elements();
    if (list.length && list.every((el) => el.shadowRoot?.childElementCount && !el.shadowRoot.querySelector('.state--loading'))) {
      await Promise.all(list.map((el) => el.updateComplete));
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Spread into a story of the loading state (with `tags: ['state-loading']`, which the browser test
 * reads from index.json, so it must stay in the story): answers MOCK.slow, and does not wait for
 * the elements to settle.
 */
export const LOADING = { beforeEach: mockFetch(), play: async () => {} };

/** Spread into a story of an error state (with `tags: ['expect-console-error']`): answers MOCK.missing and MOCK.invalid. */
export const MOCKED = { beforeEach: mockFetch() };

/** A story whose element gets a concept object (its `concept` property) made by `make`, not an address. */
export function conceptStory<A>(make: () => Promise<Json>, args: Partial<A> = {}): StoryObj<A> {
  return { args: { src: '', ...args }, loaders: [async () => ({ concept: await make() })] };
}

/** The event arguments every element's stories take (Storybook's actions log them). */
export interface EventArgs {
  onKonzeptLoad?: (event: Event) => void;
  onKonzeptError?: (event: Event) => void;
}

/** The arguments every element takes, and its events. */
export interface ElementArgs extends EventArgs {
  src?: string;
  label?: string;
  lang?: string;
}

/** Storybook's controls for the arguments the elements share. */
export const controls = {
  /** Text fields for these arguments. */
  text: (...names: string[]) => Object.fromEntries(names.map((name) => [name, { control: 'text' as const }])),
  /** The `lang` attribute: the page's language, German or English. */
  lang: { control: 'inline-radio', options: ['', 'de', 'en'] } as const,
  /** A number from `min` to `max`. */
  number: (min: number, max: number, step = 1) => ({ control: { type: 'number' as const, min, max, step } }),
};

/**
 * The story's element: each argument as an attribute (`true` as an empty attribute; `false`, `''`
 * and missing ones left out), each `onKonzeptX` argument as a listener for `konzept-x`, `props`
 * set as properties, `children` rendered inside. One render function for every element's stories.
 */
export function storyElement(tag: string, args: object, props: Record<string, unknown> = {}, children?: TemplateResult): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(args)) {
    if (/^on[A-Z]/.test(name)) {
      if (typeof value === 'function')
        el.addEventListener(
          name
            .slice(2)
            .replace(/\B[A-Z]/g, (c) => `-${c}`)
            .toLowerCase(),
          value as EventListener,
        );
    } else if (value === true) el.setAttribute(name, '');
    else if (value !== undefined && value !== false && value !== '') el.setAttribute(name, String(value));
  }
  Object.assign(el, props);
  if (children) render(children, el);
  return el;
}
