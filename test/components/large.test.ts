/**
 * Large valid content: a measure with 100,000 partners, 10,000 indicators, 100,000
 * target groups, long texts. Long lists are shown in parts ("show more"), and no task of ours runs
 * longer than 200 ms while an element renders, opens a box or compares two versions — measured
 * with the browser's long-task observer. The export is parsed before measuring (parsing is the
 * SDK's, measured on its own in docs/BENCHMARKS.md). The data is made here, not stored.
 */
import { aTimeout, expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { defineAmpelChart } from '../../packages/components/src/ampel-chart/define.js';
import { defineMeasureAccordion } from '../../packages/components/src/measure-accordion/define.js';
import { defineVersionDiff } from '../../packages/components/src/version-diff/define.js';
import { defineKonzeptOverview } from '../../packages/components/src/overview/define.js';
import { parseConceptOrThrow, type Concept } from '../../packages/sdk/src/index.js';
import { listsGrowing } from '../../packages/components/src/shared/in-parts.js';
import { sampleJson, settled } from './helpers.js';
import { evolveConcept, generateConcept } from '../../bench/generate.js';
import { positionalIds } from '../version-instances.js';
import { REFERENCE_QUIET_MS, REFERENCE_WORK } from '../reference-work.js';

defineAmpelChart();
defineMeasureAccordion();
defineVersionDiff();
defineKonzeptOverview();

type Json = any;
type Konzept = HTMLElement & { updateComplete: Promise<unknown>; shadowRoot: ShadowRoot };

/** A frame's rendering (style, layout, paint): a task of its own, which Chromium's long-task entries mostly leave out. */
interface AnimationFrame extends PerformanceEntry {
  readonly renderStart: number;
}

/**
 * The longest task, in ms, while `run` runs (and a moment after, for tasks it queued): script tasks
 * from the long-task observer, and the rendering of each long animation frame, where the layout of
 * what the script added is paid (in one frame of a large diff: 300–700 ms while its script took 80).
 */
async function longestTask(run: () => Promise<void>): Promise<number> {
  const durations: number[] = [];
  const record = (entries: PerformanceEntryList) =>
    entries.forEach((e) => {
      const frame = e as AnimationFrame;
      durations.push(e.entryType === 'long-animation-frame' ? (frame.renderStart ? frame.startTime + frame.duration - frame.renderStart : 0) : e.duration);
    });
  const observers = ['longtask', 'long-animation-frame']
    .filter((type) => PerformanceObserver.supportedEntryTypes.includes(type))
    .map((type) => {
      const observer = new PerformanceObserver((list) => record(list.getEntries()));
      observer.observe({ type });
      return observer;
    });
  await run();
  await aTimeout(300);
  for (const observer of observers) {
    record(observer.takeRecords());
    observer.disconnect();
  }
  return Math.max(0, ...durations);
}

/**
 * Up to three tries, the shortest counts: on a machine running eight builds on two cores a task of
 * 60 ms is sometimes stretched past 300 ms by the others; stretched three times in a row it is ours.
 */
async function longestOf(tries: number, limit: number, run: () => Promise<void>, alone = true): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < tries && best >= limit; i++) {
    // Each try alone on the page: the elements of earlier tries would be laid out again with it.
    if (alone) {
      fixtureCleanup();
      // Removing the last try's element (60,000 nodes after a large diff) is a task of its own: the
      // page leaving it, not this try.
      await aTimeout(0);
    }
    best = Math.min(best, await longestTask(run));
  }
  return best;
}

/** 200 ms is the limit; the margin is for a loaded test machine (eight builds on two cores). */
const LIMIT = 200;
/** Waits until the element has loaded and every comparison done in later tasks is shown. */
async function compared(el: Konzept, timeout = 20_000): Promise<void> {
  await settled(el, timeout);
  await waitUntil(() => !el.shadowRoot.querySelector('.comparing'), 'comparisons still pending', { timeout });
  await el.updateComplete;
}

function big(base: Json, edit: (measure: Json, concept: Json) => void): Concept {
  const data = structuredClone(base);
  edit(data.fields[0].objectives[0].measures[0], data);
  return parseConceptOrThrow(JSON.stringify(data));
}

describe('large valid content', function () {
  this.timeout(120000);
  let konstanz: Json;
  /**
   * The same steps with the plain sample (193 measures, short lists): on a quiet machine well under
   * 200 ms; on one with a load of 30 (eight builds on two cores) everything is slower, so the bound
   * is 200 ms or twice this baseline, whichever is more. Long content must cost no more than normal.
   */
  let baseline = 0;
  let limit = LIMIT;
  let diffLimit = LIMIT;
  before(async () => {
    konstanz = await sampleJson('konstanz-1.0');
    const plain = parseConceptOrThrow(konstanz);
    baseline = await longestOf(3, 0, async () => {
      const el = await fixture<Konzept>(html`<measure-accordion .concept=${plain}></measure-accordion>`);
      await settled(el);
      el.shadowRoot.querySelector<HTMLButtonElement>('.measure button[aria-expanded]')!.click();
      await el.updateComplete;
    });
    // 200 ms on a quiet machine, scaled by how much slower this one runs right now.
    const reference = (await new Function(`return ${REFERENCE_WORK}`)()) as number;
    const slowdown = Math.max(1, reference / REFERENCE_QUIET_MS);
    limit = Math.max(LIMIT * slowdown, 2 * baseline);
    console.log(
      `[large] baseline (plain sample): longest task ${Math.round(baseline)} ms; reference ${Math.round(reference)} ms (× ${slowdown.toFixed(2)}); bound ${Math.round(limit)} ms`,
    );
    // The diff renders a page of up to 200 changes at first: its own baseline is the samples' diff.
    const newer = parseConceptOrThrow(await sampleJson('konstanz-2.0'));
    const diffBaseline = await longestOf(3, 0, async () => {
      const el = await fixture<Konzept>(html`<version-diff .fromConcept=${plain} .toConcept=${newer}></version-diff>`);
      await compared(el);
    });
    diffLimit = Math.max(limit, 2 * diffBaseline);
    console.log(`[large] baseline (the samples' diff): longest task ${Math.round(diffBaseline)} ms; bound for diffs ${Math.round(diffLimit)} ms`);
  });

  const cases: Array<[string, (m: Json, c: Json) => void, RegExp]> = [
    ['100,000 partners', (m) => (m.partners = Array.from({ length: 100_000 }, (_, i) => `Partnerorganisation ${i + 1}`)), /Partnerorganisation 1(?!\d)/],
    ['100,000 target groups', (m) => (m.targetGroups = Array.from({ length: 100_000 }, (_, i) => `Zielgruppe ${i + 1}`)), /Zielgruppe 1(?!\d)/],
    [
      '10,000 indicators',
      (m) => (m.indicators = Array.from({ length: 10_000 }, (_, i) => ({ title: `Kennzahl ${i + 1}`, baseline: i, target: i * 2, current: i }))),
      /Kennzahl 1(?!\d)/,
    ],
    [
      '10,000 links',
      (m) => (m.links = Array.from({ length: 10_000 }, (_, i) => ({ url: `https://example.org/${i}`, title: `Link ${i + 1}` }))),
      /Link 1(?!\d)/,
    ],
    ['a 50,000-character description', (m) => (m.description = 'Wort '.repeat(10_000)), /Wort Wort/],
  ];
  for (const [label, edit, shown] of cases) {
    it(`a measure with ${label}: the accordion opens its box in parts, no task over ${LIMIT} ms (or twice the plain sample's)`, async () => {
      const max = limit;
      const concept = big(konstanz, edit);
      let el!: Konzept;
      const longest = await longestOf(5, max, async () => {
        el = await fixture<Konzept>(html`<measure-accordion .concept=${concept}></measure-accordion>`);
        await settled(el);
        el.shadowRoot.querySelector<HTMLButtonElement>('.measure button[aria-expanded]')!.click();
        await el.updateComplete;
      });
      expect(shown.test(el.shadowRoot.textContent ?? ''), `shows ${shown}`).to.equal(true);
      expect(el.shadowRoot.querySelectorAll('li').length, 'list items in the DOM').to.be.below(2_000);
      console.log(`[large] accordion, ${label}: longest task ${Math.round(longest)} ms`);
      expect(longest, `longest task ${Math.round(longest)} ms`).to.be.below(max);
      // "Show more" shows more, still in time.
      const more = () => el.shadowRoot.querySelector<HTMLButtonElement>('button.show-more');
      if (more()) {
        const before = el.shadowRoot.querySelectorAll('li').length;
        // Each try shows the next part (on the same element); the shortest of three counts, as above.
        const again = await longestOf(
          3,
          max,
          async () => {
            more()?.click();
            await el.updateComplete;
          },
          false,
        );
        expect(el.shadowRoot.querySelectorAll('li').length).to.be.above(before);
        expect(again, `show more: ${Math.round(again)} ms`).to.be.below(max);
      }
    });
  }

  it(`the version diff of a measure whose 100,000 partners all changed: in parts, no task over ${LIMIT} ms (or twice the plain sample's)`, async () => {
    const from = big(konstanz, (m) => (m.partners = Array.from({ length: 100_000 }, (_, i) => `Alt ${i + 1}`)));
    const to = big(konstanz, (m) => (m.partners = Array.from({ length: 100_000 }, (_, i) => `Neu ${i + 1}`)));
    let el!: Konzept;
    const longest = await longestOf(3, limit, async () => {
      el = await fixture<Konzept>(html`<version-diff .fromConcept=${from} .toConcept=${to}></version-diff>`);
      await compared(el);
    });
    const text = el.shadowRoot.textContent ?? '';
    expect(text.includes('Alt 1') && text.includes('200.000'), 'the first changes and how many there are').to.equal(true);
    expect(el.shadowRoot.querySelectorAll('li, ins, del').length).to.be.below(5_000);
    console.log(`[large] diff, 100,000 changed partners: longest task ${Math.round(longest)} ms`);
    expect(longest, `longest task ${Math.round(longest)} ms`).to.be.below(limit);
  });

  it(`the version diff of 60 measures with 2,000 partners and 1,000-word descriptions changed: compared and shown in parts, no task over ${LIMIT} ms (or twice the plain sample's) (was one task of 14 s)`, async () => {
    const partners = Array.from({ length: 2_000 }, (_, i) => `Partner ${i + 1}`);
    const words = Array.from({ length: 1_000 }, (_, i) => `wort${i + 1}`);
    const versions = [0, 1].map((version) => {
      const data = structuredClone(konstanz);
      let n = 0;
      for (const field of data.fields)
        for (const objective of field.objectives)
          for (const measure of objective.measures) {
            if (n++ >= 60) continue;
            // Every other partner and every third word differ: the alignment has the most work.
            measure.partners = version ? partners.map((p, i) => (i % 2 ? p : `Neu ${i + 1}`)) : partners;
            measure.description = (version ? words.map((w, i) => (i % 3 ? w : `neu${i + 1}`)) : words).join(' ');
          }
      return parseConceptOrThrow(JSON.stringify(data));
    });
    // The comparisons run in later tasks, a few per task, and each renders only its own change; the
    // lists of all changes then grow a few steps per frame, each change laid out on its own. Until
    // every list shows its first part: the frames that lay out 24,000 rows count too.
    let el!: Konzept;
    const longest = await longestOf(3, limit, async () => {
      el = await fixture<Konzept>(html`<version-diff .fromConcept=${versions[0]} .toConcept=${versions[1]}></version-diff>`);
      await compared(el, 60_000);
      await waitUntil(() => !listsGrowing(), 'lists still growing', { timeout: 60_000 });
    });
    console.log(`[large] diff, 60 measures with 2,000 changed partners and 1,000-word descriptions: longest task ${Math.round(longest)} ms`);
    expect(longest, `longest task ${Math.round(longest)} ms (it was one task of 14 s)`).to.be.below(limit);
    // Each change shows its marks: words in the text, entries in the list (where aligning the middle
    // of both would take more than one short task, it reads as deleted, then inserted).
    const first = el.shadowRoot.querySelector('.list-diff')!.closest('.change')!;
    expect(first.querySelector('.word-diff ins, .word-diff del'), 'word marks').to.exist;
    expect(first.querySelectorAll('.list-diff__item--deleted, .list-diff__item--inserted').length, 'partners, entry by entry').to.be.within(50, 200);
  });

  /** 2,000 fields beside the sample's, each with an objective, a measure and a participation input. */
  const manyFields = () =>
    big(konstanz, (m, c) => {
      c.fields.push(
        ...Array.from({ length: 2_000 }, (_, i) => ({
          id: `extra-${i}`,
          kind: i % 2 ? 'crossCutting' : 'action',
          title: `Feld ${i + 1}`,
          objectives: [
            { id: `extra-${i}-ziel`, title: `Ziel ${i + 1}`, measures: [{ id: `extra-${i}-m`, title: `Maßnahme ${i + 1}`, status: { value: 'green' } }] },
          ],
        })),
      );
      c.participation.push(...workshops(2_000));
    });

  /** `count` workshops, one for each of the fields `extra-<i>`, with one statement each. */
  const workshops = (count: number) =>
    Array.from({ length: count }, (_, i) => ({
      id: `extra-${i}-p`,
      kind: 'workshop',
      title: `Werkstatt ${i + 1}`,
      field: `extra-${i}`,
      statements: [`Aussage ${i + 1}`],
    }));

  it(`the chart of a concept with 2,000 more fields, in each view: no task over ${LIMIT} ms (or twice the plain sample's)`, async () => {
    const concept = manyFields();
    for (const view of ['', 'fields', 'progress']) {
      const longest = await longestOf(3, limit, async () => {
        const el = await fixture<Konzept>(html`<ampel-chart view=${view} .concept=${concept}></ampel-chart>`);
        await settled(el);
      });
      console.log(`[large] chart ${view || 'overview'}, 2,000 fields: longest task ${Math.round(longest)} ms`);
      expect(longest, `${view || 'overview'}: longest task ${Math.round(longest)} ms`).to.be.below(limit);
    }
  });

  it(`the chart's history of 3,000 reports: in parts, no task over ${LIMIT} ms (or twice the plain sample's)`, async () => {
    // Every report is a row of the progress view and of its table; 3,000 reports of 20 measures
    // once took 8 s to count (a pass over all histories per report).
    const data = structuredClone(konstanz);
    const reports = Array.from({ length: 3_000 }, (_, i) => ({
      id: `bericht-${i}`,
      date: new Date(Date.UTC(1990, 0, 1 + i)).toISOString().slice(0, 10),
      title: `Bericht ${i + 1}`,
    }));
    data.evaluations.push(...reports);
    const statuses = ['green', 'yellow', 'red'];
    data.fields[0].objectives[0].measures.slice(0, 20).forEach((m: Json, mi: number) => {
      m.history = [...(m.history ?? []), ...reports.map((r, i) => ({ evaluation: r.id, status: statuses[(i + mi) % 3] }))];
    });
    const concept = parseConceptOrThrow(JSON.stringify(data));
    let el!: Konzept;
    const longest = await longestOf(3, limit, async () => {
      el = await fixture<Konzept>(html`<ampel-chart view="progress" .concept=${concept}></ampel-chart>`);
      await settled(el);
    });
    console.log(`[large] chart progress, 3,000 reports: longest task ${Math.round(longest)} ms`);
    expect(longest, `longest task ${Math.round(longest)} ms`).to.be.below(limit);
    await el.updateComplete;
    const text = el.shadowRoot.textContent ?? '';
    // The bars newest first, the table oldest first: the first part of each, not the middle.
    expect(/Bericht 3000(?!\d)/.test(text) && /Bericht 1(?!\d)/.test(text), 'the newest and the oldest report').to.equal(true);
    expect(/Bericht 1500(?!\d)/.test(text), 'not all 3,000 rows at once').to.equal(false);
    expect(el.shadowRoot.querySelectorAll('.rows .row').length, 'the first part of the bars').to.be.at.most(200);
    expect(el.shadowRoot.querySelectorAll('table tbody tr').length, 'the first part of the table').to.be.at.most(201);
  });

  it(`two versions of 10,000 measures whose ids are row numbers: matched by text in later tasks, no task over ${LIMIT} ms (or twice the plain sample's)`, async () => {
    // A workbook without an ID column: every measure must be paired by its text. Matching 10,000
    // measures took 1.5–5 s in one task; the element says it is comparing meanwhile.
    const first = generateConcept(10_000);
    const older = parseConceptOrThrow(first);
    const newer = parseConceptOrThrow(positionalIds(evolveConcept(first)));
    let el!: Konzept;
    let comparing = false;
    const longest = await longestOf(3, diffLimit, async () => {
      // Not `fixture(...)`: it waits for updateComplete, which waits for the comparison.
      const box = await fixture<HTMLElement>(html`<div></div>`);
      el = Object.assign(document.createElement('version-diff'), { fromConcept: older, toConcept: newer }) as unknown as Konzept;
      box.append(el);
      // Watched, not polled: the comparison's slices go ahead of a test's timers.
      const watch = new MutationObserver(() => (comparing ||= /Wird verglichen/.test(el.shadowRoot.textContent ?? '')));
      watch.observe(el.shadowRoot, { childList: true, subtree: true, characterData: true });
      await waitUntil(() => /per Textvergleich zugeordnet/.test(el.shadowRoot.textContent ?? ''), 'the diff is shown', { timeout: 60_000 });
      await compared(el, 60_000);
      watch.disconnect();
    });
    console.log(`[large] diff, 10,000 measures paired by text: longest task ${Math.round(longest)} ms (bound ${Math.round(diffLimit)} ms)`);
    expect(comparing, 'says it is comparing while it matches').to.equal(true);
    expect(longest, `longest task ${Math.round(longest)} ms`).to.be.below(diffLimit);
    expect(el.shadowRoot.textContent, 'how many were paired by their text').to.match(/[\d.]+ per Textvergleich zugeordnet/);
  });

  it(`the overview of a concept with 2,000 more fields and lists of 100,000: in parts, no task over ${LIMIT} ms (or twice the plain sample's)`, async () => {
    const data = structuredClone(konstanz);
    data.fields.push(...Array.from({ length: 2_000 }, (_, i) => ({ id: `extra-${i}`, kind: 'action', title: `Feld ${i + 1}`, objectives: [] })));
    data.participation.push(...workshops(2_000), {
      id: 'lang',
      kind: 'padlet',
      title: 'Pinnwand',
      statements: Array.from({ length: 100_000 }, (_, i) => `Kernaussage ${i + 1}`),
    });
    data.integrationReports = [
      {
        id: 'bericht',
        title: 'Integrationsbericht',
        date: '2025-03-28',
        measures: [{ title: 'Sprachcafé', assessment: 'Gut besucht.', partners: Array.from({ length: 100_000 }, (_, i) => `Verein ${i + 1}`) }],
      },
    ];
    const large = parseConceptOrThrow(JSON.stringify(data));
    let el!: Konzept;
    const longest = await longestOf(3, limit, async () => {
      el = await fixture<Konzept>(html`<konzept-overview .concept=${large}></konzept-overview>`);
      await settled(el);
      await waitUntil(() => !listsGrowing(), 'lists still growing', { timeout: 20_000 });
    });
    const root = el.shadowRoot;
    console.log(`[large] overview, 2,000 more fields, 100,000 statements and partners: longest task ${Math.round(longest)} ms`);
    expect(longest, `longest task ${Math.round(longest)} ms`).to.be.below(limit);
    expect(root.querySelectorAll('details').length, 'fields with participation shown at first').to.equal(200);
    const text = root.textContent ?? '';
    expect(/Kernaussage 200(?!\d)/.test(text) && !/Kernaussage 201(?!\d)/.test(text), 'the first 200 statements').to.equal(true);
    expect(/Verein 1(?!\d)/.test(text), 'the first partners of the report').to.equal(true);
    expect(root.querySelectorAll('li').length, 'list items in the DOM').to.be.below(2_000);
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('button.show-more')];
    const withInput = new Set(large.participation.map((p) => p.field).filter(Boolean)).size;
    expect(buttons.map((b) => b.textContent!.trim())).to.include.members([
      '200 weitere anzeigen (200 von 100.000)',
      `200 weitere anzeigen (200 von ${withInput.toLocaleString('de')})`,
    ]);
  });
});
