/**
 * The libraries a municipality would use instead, on the same data in the same run (bundled by
 * bench/run.mjs with esbuild as /peers.js; each peer's own code is also bundled alone, for its bytes):
 *
 * - `<measure-accordion>` against KoliBri `kol-accordion`, Shoelace `sl-details` and native `<details>`,
 * - `<ampel-chart view="fields">` against Chart.js and ECharts (stacked bars per field) and plain SVG,
 * - `parseConcept` against `JSON.parse` + Ajv (compiled in the page from our JSON Schema, and Ajv's
 *   standalone code generated at build time),
 * - `wordDiff` against jsdiff's `diffWords`, `matchByText` against a Dice-coefficient matcher.
 *
 * Only the bench bundles them (devDependencies); nothing of them reaches dist/.
 */
import { registerAll } from '../packages/components/src/register-all.js';
import {
  conceptStats,
  fieldGroups,
  localize,
  matchByText,
  measureEntries,
  parseConceptOrThrow,
  textOf,
  wordDiff,
  type Concept,
  type MeasureEntry,
  type Text,
} from '@konzept-kit/sdk';
import { diffWords } from 'diff';
import { Chart, BarController, BarElement, CategoryScale, LinearScale } from 'chart.js';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { register as Register } from '@public-ui/components';
import * as themes from '@public-ui/themes';
import '@shoelace-style/shoelace/dist/components/details/details.js';
import { plainChartFields } from './baselines.js';
import { diceMatch } from './dice.js';
import { settle, text } from './page-helpers.js';
import { parsePeers, type ParseKind } from './parse-peers.js';

registerAll();
Chart.register(BarController, BarElement, CategoryScale, LinearScale);
echarts.use([BarChart, GridComponent, CanvasRenderer]);
// KoliBri as its README sets it up: `register(theme, defineCustomElements)` from its lazy-loading build,
// served as files from node_modules (/kolibri/ = @public-ui/components/dist/esm/; its custom-elements
// build needs @stencil/core, whose pinned rollup binaries this registry lacks). The default theme
// (its types do not resolve under NodeNext).
const KOLIBRI_THEME = (themes as unknown as Record<string, Parameters<typeof Register>[0]>)['DEFAULT']!;
const kolibriModule = (path: string) => import(/* @vite-ignore */ path) as Promise<Record<string, unknown>>;
async function startKolibri(): Promise<void> {
  const { register } = (await kolibriModule('/kolibri/index.js')) as { register: typeof Register };
  const { defineCustomElements } = await kolibriModule('/kolibri/loader.js');
  await register(KOLIBRI_THEME, defineCustomElements as Parameters<typeof Register>[1]);
  // One box rendered and removed, outside any timing: its lazily loaded code is then in the page, as ours is.
  const warm = document.createElement('kol-accordion');
  warm.setAttribute('_label', 'warm');
  document.body.append(warm);
  await (warm as HTMLElement & { componentOnReady(): Promise<unknown> }).componentOnReady();
  warm.remove();
}
let kolibriReady: Promise<void> | undefined;

const stage = document.getElementById('stage')!;
let concept: Concept | undefined;
let rendered: HTMLElement | undefined;
/** Ours: ms until the first part of the boxes was laid out (the rest follows in parts; `accordion()` waits for all). */
let firstPart = NaN;

function frame(): Promise<void> {
  return new Promise((done) => requestAnimationFrame(() => done()));
}
function layout(): void {
  void stage.offsetHeight;
}

const txt = (c: Concept, value: Text | undefined) => localize(value, 'de', c.language).text;

/** Each box's content for the peers: what our panel shows first (description, lead, status, timeframe). */
function panelContent(c: Concept, entry: MeasureEntry): HTMLElement {
  const m = entry.measure;
  const div = document.createElement('div');
  const p = document.createElement('p');
  p.textContent = textOf(m.description, 'de') ?? '';
  const dl = document.createElement('dl');
  for (const [term, value] of [
    ['Federführung', txt(c, m.lead?.unit)],
    ['Status', m.status?.value ?? 'nicht bewertet'],
    ['Zeitraum', [m.timeframe?.start, m.timeframe?.end].filter(Boolean).join(' – ')],
  ] as const) {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = value ?? '';
    dl.append(dt, dd);
  }
  div.append(p, dl);
  return div;
}

type Accordion = 'ours' | 'kolibri' | 'shoelace' | 'native';
type LitLike = HTMLElement & { updateComplete?: Promise<unknown>; concept?: unknown };

/** Waits until every KoliBri box has rendered (Stencil renders in its own scheduler, per frame). */
async function kolibriRendered(root: HTMLElement): Promise<void> {
  const boxes = [...root.querySelectorAll('kol-accordion')] as (HTMLElement & { componentOnReady?: () => Promise<unknown> })[];
  await Promise.all(boxes.map((b) => b.componentOnReady?.()));
}

/** The button a reader clicks to open box `i`, and a test whether its content is shown. */
function opener(kind: Accordion, i: number): { click: () => void; shown: () => boolean } {
  if (kind === 'ours') {
    const el = rendered!;
    const button = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.measure-button')[i]!;
    return { click: () => button.click(), shown: () => button.getAttribute('aria-expanded') === 'true' && !!el.shadowRoot!.querySelector('.measure-panel') };
  }
  const box = rendered!.children[i] as HTMLElement;
  const content = box.querySelector('div')!;
  if (kind === 'native') return { click: () => box.querySelector('summary')!.click(), shown: () => content.checkVisibility() };
  if (kind === 'shoelace')
    return {
      click: () => (box.shadowRoot!.querySelector('summary, [part="header"]') as HTMLElement).click(),
      shown: () => (box as unknown as { open: boolean }).open && content.checkVisibility(),
    };
  return { click: () => box.shadowRoot!.querySelector('button')!.click(), shown: () => content.checkVisibility() };
}

/** Until the opened box is shown: Lit elements after their update, Stencil's after its next frame. */
async function untilShown(kind: Accordion, test: () => boolean): Promise<void> {
  if (kind === 'ours') await (rendered as LitLike).updateComplete;
  if (kind === 'shoelace') await ((rendered!.querySelector('sl-details[open]') ?? rendered!.firstElementChild) as LitLike).updateComplete;
  for (let i = 0; !test(); i++) {
    if (i > 120) throw new Error(`${kind}: the box did not open`);
    await frame();
  }
  layout();
}

export const peers = {
  async prepare(size: number): Promise<void> {
    concept = parseConceptOrThrow(await text(`concept-${size}`));
    await (kolibriReady ??= startKolibri());
  },

  /** First render of 200 boxes (as our accordion's first page), in ms: until every box is rendered and laid out. */
  async accordion(kind: Accordion): Promise<number> {
    const c = concept!;
    const entries = measureEntries(c).slice(0, 200);
    await settle();
    const start = performance.now();
    if (kind === 'ours') {
      const el = document.createElement('measure-accordion') as LitLike & { addController(c: { hostUpdated(): void }): void };
      el.concept = c;
      firstPart = NaN;
      // After the first update: what a reader sees first (the rest renders in later tasks).
      el.addController({
        hostUpdated: () => {
          if (!Number.isNaN(firstPart)) return;
          layout();
          firstPart = performance.now() - start;
        },
      });
      stage.append(el);
      rendered = el;
      await el.updateComplete;
    } else {
      const list = document.createElement('div');
      for (const entry of entries) {
        const title = txt(c, entry.measure.title);
        let box: HTMLElement;
        if (kind === 'native') {
          box = document.createElement('details');
          const summary = document.createElement('summary');
          summary.textContent = title;
          box.append(summary);
        } else if (kind === 'shoelace') {
          box = document.createElement('sl-details');
          box.setAttribute('summary', title);
        } else {
          box = document.createElement('kol-accordion');
          box.setAttribute('_label', title);
          box.setAttribute('_level', '3');
        }
        box.append(panelContent(c, entry));
        list.append(box);
      }
      stage.append(list);
      rendered = list;
      if (kind === 'shoelace') await Promise.all([...list.children].map((b) => (b as LitLike).updateComplete));
      if (kind === 'kolibri') await kolibriRendered(list);
    }
    layout();
    return performance.now() - start;
  },

  /** Ours: the time until the first part of the boxes was shown, in the last `accordion('ours')`. */
  firstPart(): number {
    return firstPart;
  },

  /** Opening the first `count` boxes one after another (each closed again, untimed): the first is the cold one. */
  async open(kind: Accordion, count: number): Promise<number[]> {
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const box = opener(kind, i);
      await settle();
      const start = performance.now();
      box.click();
      await untilShown(kind, box.shown);
      times.push(performance.now() - start);
      box.click();
      await settle();
    }
    return times;
  },

  /** The fields chart: ours, plain SVG, Chart.js, ECharts (statistics over all measures included for all). */
  async chart(kind: 'ours' | 'plain' | 'chartjs' | 'echarts'): Promise<number> {
    const c = concept!;
    await settle();
    const start = performance.now();
    if (kind === 'ours') {
      const el = document.createElement('ampel-chart') as LitLike;
      el.setAttribute('view', 'fields');
      el.concept = c;
      stage.append(el);
      await el.updateComplete;
    } else if (kind === 'plain') {
      stage.append(plainChartFields(c));
    } else {
      conceptStats(c);
      const fields = fieldGroups(c).flatMap((g) => g.fields);
      const statuses = c.statusScale.statuses;
      const labels = fields.map((f) => txt(c, f.title));
      const series = [
        ...statuses.map((s) => ({ id: s.id as string | undefined, label: txt(c, s.label), color: s.color ?? '#767676' })),
        { id: undefined, label: 'nicht bewertet', color: '#767676' },
      ].map((s) => ({
        ...s,
        data: fields.map((f) => f.segments.find((x) => x.statusId === s.id)?.count ?? 0),
      }));
      const box = document.createElement('div');
      box.style.width = '1200px';
      box.style.height = `${Math.max(200, fields.length * 32)}px`;
      stage.append(box);
      if (kind === 'chartjs') {
        const canvas = document.createElement('canvas');
        box.append(canvas);
        new Chart(canvas, {
          type: 'bar',
          data: { labels, datasets: series.map((s) => ({ label: s.label, data: s.data, backgroundColor: s.color })) },
          options: { indexAxis: 'y', animation: false, responsive: true, maintainAspectRatio: false, scales: { x: { stacked: true }, y: { stacked: true } } },
        });
      } else {
        const chart = echarts.init(box, null, { renderer: 'canvas' });
        chart.setOption({
          animation: false,
          grid: { containLabel: true },
          xAxis: { type: 'value' },
          yAxis: { type: 'category', data: labels },
          series: series.map((s) => ({ type: 'bar', stack: 'all', name: s.label, data: s.data, itemStyle: { color: s.color } })),
        });
        (chart.getZr() as unknown as { flush(): void }).flush();
      }
    }
    layout();
    return performance.now() - start;
  },

  clear(): void {
    stage.replaceChildren();
    rendered = undefined;
  },

  /** parseConcept against JSON.parse, JSON.parse + Ajv (compiled here) and JSON.parse + Ajv standalone, interleaved. */
  async parse(size: number, runs: number): Promise<Record<ParseKind, number[]>> {
    const t = await text(`concept-${size}`);
    return parsePeers(t, runs, settle);
  },

  /** Word diff of every adapted description between the two versions (2,000 measures), ours against jsdiff. */
  async words(runs: number): Promise<{ ours: number[]; jsdiff: number[]; pairs: number }> {
    const pairs = await descriptionPairs();
    const ours: number[] = [];
    const jsdiff: number[] = [];
    for (let i = 0; i < runs; i++) {
      for (const kind of i % 2 ? ['jsdiff', 'ours'] : ['ours', 'jsdiff']) {
        await settle();
        const start = performance.now();
        for (const [a, b] of pairs) {
          if (kind === 'ours') wordDiff(a, b);
          else diffWords(a, b);
        }
        (kind === 'ours' ? ours : jsdiff).push(performance.now() - start);
      }
    }
    return { ours, jsdiff, pairs: pairs.length };
  },

  /** matchByText against a Dice-coefficient matcher, 2,000 × 2,000 measures with ids ignored; ids give the truth. */
  async match(runs: number): Promise<Record<'ours' | 'dice', { ms: number[]; precision: number; recall: number; pairs: number }>> {
    const a = measureEntries(parseConceptOrThrow(await text('concept-2000')));
    const b = measureEntries(parseConceptOrThrow(await text('concept-2000-v2')));
    const ids = new Set(a.map((e) => e.measure.id));
    const truth = b.filter((e) => ids.has(e.measure.id)).length;
    const out = {} as Record<'ours' | 'dice', { ms: number[]; precision: number; recall: number; pairs: number }>;
    for (let i = 0; i < runs; i++) {
      for (const kind of i % 2 ? (['dice', 'ours'] as const) : (['ours', 'dice'] as const)) {
        await settle();
        const start = performance.now();
        const pairs = kind === 'ours' ? matchByText(a, b) : diceMatch(a, b);
        const ms = performance.now() - start;
        const right = pairs.filter((p) => p.from.measure.id === p.to.measure.id).length;
        const entry = (out[kind] ??= { ms: [], precision: right / pairs.length, recall: right / truth, pairs: pairs.length });
        entry.ms.push(ms);
      }
    }
    return out;
  },
};

async function descriptionPairs(): Promise<[string, string][]> {
  const a = measureEntries(parseConceptOrThrow(await text('concept-2000')));
  const b = new Map(measureEntries(parseConceptOrThrow(await text('concept-2000-v2'))).map((e) => [e.measure.id, e]));
  const pairs: [string, string][] = [];
  for (const e of a) {
    const other = b.get(e.measure.id);
    const before = textOf(e.measure.description, 'de') ?? '';
    const after = textOf(other?.measure.description, 'de') ?? '';
    if (other && before !== after) pairs.push([before, after]);
  }
  return pairs;
}

declare global {
  interface Window {
    peers: typeof peers;
  }
}
if (typeof window !== 'undefined') {
  window.peers = peers;
  document.documentElement.dataset['ready'] = '1';
}
