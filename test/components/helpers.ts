/**
 * Shared helpers for element tests: the sample exports, axe on an element and its shadow root,
 * and waiting for an element to settle after loading.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import 'axe-core/axe.min.js';
import { parseConceptOrThrow, type Concept } from '../../packages/sdk/src/index.js';
import { evolveConcept, generateConcept } from '../../bench/generate.js';

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}

const cache = new Map<string, Promise<unknown>>();

/** The raw JSON of a sample export in schema/examples (e.g. `konstanz-1.0`). */
export function sampleJson(name: string): Promise<unknown> {
  let promise = cache.get(name);
  if (!promise) {
    promise = fetch(`/schema/examples/${name}.json`).then((r) => {
      if (!r.ok) throw new Error(`sample ${name}: HTTP ${r.status}`);
      return r.json();
    });
    cache.set(name, promise);
  }
  return promise;
}

/** A parsed sample concept. */
export async function sample(name: string): Promise<Concept> {
  return parseConceptOrThrow(await sampleJson(name));
}

/** Visible text with the narrow no-break space of Intl ("73 %") turned into a plain space, blanks folded. */
export const plain = (text: string): string =>
  text
    .replace(/[\u202f\u00a0]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The URL a test can give to `src`. */
export function sampleUrl(name: string): string {
  return `/schema/examples/${name}.json`;
}

/**
 * Runs axe (WCAG 2.1 A and AA) on an element including its shadow DOM and fails with the list of
 * violations. Colour contrast is checked too.
 */
export async function expectAccessible(el: Element, label = ''): Promise<void> {
  const result = await window.axe.run(el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    rules: { region: { enabled: false }, 'landmark-one-main': { enabled: false }, 'page-has-heading-one': { enabled: false } },
  });
  const violations = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n').join(' ')}`).join('\n    ')}`,
  );
  expect(violations, `axe violations ${label}:\n${violations.join('\n')}`).to.deep.equal([]);
}

/** An element as the tests reach into it: its shadow root and its update. */
export type Konzept = HTMLElement & { updateComplete: Promise<unknown>; shadowRoot: ShadowRoot };

/**
 * The three data elements in one `<div>` (with `lang`, and a `konzept-error` listener, if given):
 * `<ampel-chart>` and `<measure-accordion>` showing `concept`, `<version-diff>` from `from` to `to`.
 */
export async function threeElements(
  concept: unknown,
  { from, to, lang, onError }: { from: unknown; to: unknown; lang?: string; onError?: (event: CustomEvent) => void },
): Promise<Konzept[]> {
  const page = await fixture<HTMLElement>(html`<div lang=${ifDefined(lang)} @konzept-error=${onError}>
    <ampel-chart .concept=${concept}></ampel-chart>
    <measure-accordion .concept=${concept}></measure-accordion>
    <version-diff .fromConcept=${from} .toConcept=${to}></version-diff>
  </div>`);
  return [...page.children] as Konzept[];
}

/** Waits until the element's shadow root no longer shows the loading state. */
export async function settled(el: HTMLElement & { updateComplete?: Promise<unknown> }, timeout = 5000): Promise<void> {
  await waitUntil(() => !el.shadowRoot?.querySelector('.state--loading') && el.shadowRoot?.childElementCount, 'element did not settle', {
    timeout,
  });
  await el.updateComplete;
}

/** Runs `run` with console.error collected instead of printed: what the elements log for developers, checked by the test and kept out of the test log. */
export async function quietly<T>(run: (logged: string[]) => Promise<T>): Promise<T> {
  const logged: string[] = [];
  const error = console.error;
  console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
  try {
    return await run(logged);
  } finally {
    console.error = error;
  }
}

/** Collects errors thrown and rejections not caught on the page until `stop()`, which returns them. */
export function watchUncaught(): { stop(): string[] } {
  const uncaught: string[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(`unhandled rejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      return uncaught;
    },
  };
}

let large: Promise<[Concept, Concept]> | undefined;
/** Two generated versions with 2,000 measures each (440 changes): the benchmark's data, smaller. Made once per test file. */
export function largeVersions(): Promise<[Concept, Concept]> {
  large ??= Promise.resolve().then(() => {
    const first = generateConcept(2000);
    return [parseConceptOrThrow(first), parseConceptOrThrow(evolveConcept(first))];
  });
  return large;
}
