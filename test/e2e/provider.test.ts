/**
 * Shared data on a CMS page: one `<konzept-provider>` loads the export once and feeds the chart,
 * the accordion and the version comparison; a click on the chart filters the accordion; elements
 * pointing at the same address share one request; a new address cancels the old request; slow and
 * failing requests show a state, never a blank. Requests are counted by the test server
 * (test/e2e/middleware.mjs) and by the browser's resource timing.
 */
import { expect, fixture, html, waitUntil, aTimeout } from '@open-wc/testing';
import { defineKonzeptProvider } from '../../packages/components/src/provider/define.js';
import { defineAmpelChart } from '../../packages/components/src/ampel-chart/define.js';
import { defineMeasureAccordion } from '../../packages/components/src/measure-accordion/define.js';
import { defineVersionDiff } from '../../packages/components/src/version-diff/define.js';
import type { KonzeptProvider } from '../../packages/components/src/provider/konzept-provider.js';
import type { AmpelChart } from '../../packages/components/src/ampel-chart/ampel-chart.js';
import type { MeasureAccordion } from '../../packages/components/src/measure-accordion/measure-accordion.js';
import type { VersionDiff } from '../../packages/components/src/version-diff/version-diff.js';
import { countMeasures, currentStatus, filterMeasures } from '../../packages/sdk/src/index.js';
import { sample } from '../components/helpers.js';

defineKonzeptProvider();
defineAmpelChart();
defineMeasureAccordion();
defineVersionDiff();

let counter = 0;
/** A fresh token per use, so counts and caches never mix between tests. */
const token = () => `t${Date.now().toString(36)}${(counter++).toString(36)}`;
const dataUrl = (t: string, name: string, query = '') => `/test/e2e/data/${t}/${name}.json${query}`;

async function hits(t: string): Promise<{ count: number; aborted: number }> {
  return (await fetch(`/test/e2e/hits/${t}`)).json();
}

// The test page loads a few hundred source modules: room for every entry (the default buffer is 250).
performance.setResourceTimingBufferSize(10_000);

/** Resource-timing entries of the page for an address (what the browser really fetched). */
function fetchedEntries(t: string): number {
  return performance.getEntriesByType('resource').filter((e) => e.name.includes(`/test/e2e/data/${t}/`)).length;
}

type Konzept = HTMLElement & { updateComplete: Promise<unknown>; shadowRoot: ShadowRoot };

/** The element has rendered its content (not a loading, idle or error state). */
function ready(el: Konzept): boolean {
  const root = el.shadowRoot;
  return (
    !!root &&
    !root.querySelector('.state--loading, .state--error, [role=alert]') &&
    !!root.querySelector('[part~="base"]') &&
    !root.querySelector('[part~="base"] > .state')
  );
}

async function allReady(...els: Konzept[]): Promise<void> {
  await waitUntil(() => els.every(ready), 'the elements did not render their content', { timeout: 8000 });
  await Promise.all(els.map((el) => el.updateComplete));
}

function text(el: Konzept): string {
  return (el.shadowRoot.textContent ?? '').replace(/\s+/g, ' ');
}

describe('<konzept-provider> on a page', function () {
  this.timeout(20000);

  it('loads the export once and feeds the chart, the accordion and the version comparison', async () => {
    const t = token();
    const t1 = token();
    const v2 = await sample('konstanz-2.0');
    const page = await fixture<KonzeptProvider>(html`
      <konzept-provider src=${dataUrl(t, 'konstanz-2.0')}>
        <ampel-chart></ampel-chart>
        <measure-accordion></measure-accordion>
        <version-diff from=${dataUrl(t1, 'konstanz-1.0')}></version-diff>
      </konzept-provider>
    `);
    const chart = page.querySelector('ampel-chart') as AmpelChart & Konzept;
    const accordion = page.querySelector('measure-accordion') as MeasureAccordion & Konzept;
    const diff = page.querySelector('version-diff') as VersionDiff & Konzept;
    await allReady(chart, accordion, diff);

    expect((await hits(t)).count, 'requests for the shared export').to.equal(1);
    expect(fetchedEntries(t), 'resource timing entries for the shared export').to.equal(1);
    expect((await hits(t1)).count, 'the older version for the comparison').to.equal(1);
    // Each shows the shared concept.
    expect(accordion.visibleMeasures).to.have.length(countMeasures(v2));
    expect(text(chart)).to.match(/\d+\s?%/);
    expect(text(diff)).to.match(/neu|gestrichen|angepasst/i);
  });

  it('filters the accordion beside the chart when a reader clicks a segment or a field', async () => {
    const t = token();
    const v2 = await sample('konstanz-2.0');
    const page = await fixture<KonzeptProvider>(html`
      <konzept-provider src=${dataUrl(t, 'konstanz-2.0')}>
        <ampel-chart></ampel-chart>
        <ampel-chart view="fields"></ampel-chart>
        <measure-accordion></measure-accordion>
      </konzept-provider>
    `);
    const [donut, fields] = [...page.querySelectorAll('ampel-chart')] as (AmpelChart & Konzept)[];
    const accordion = page.querySelector('measure-accordion') as MeasureAccordion & Konzept;
    await allReady(donut!, fields!, accordion);
    expect((await hits(t)).count).to.equal(1);

    // The red segment of the donut: only measures that could not be implemented.
    const red = donut!.shadowRoot.querySelector<SVGElement>('[part~="segment"][data-key="s:red"]');
    expect(red, 'the red segment').to.exist;
    red!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const redCount = filterMeasures(v2, { status: ['red'] }).length;
    expect(redCount).to.be.greaterThan(0);
    await waitUntil(() => accordion.visibleMeasures.length === redCount, 'the accordion did not follow the chart');
    await accordion.updateComplete;
    expect(accordion.visibleMeasures.every((e) => currentStatus(v2, e.measure) === 'red')).to.equal(true);
    expect(page.filter.status).to.deep.equal(['red']);
    expect(accordion.shadowRoot.querySelectorAll('[part~="measure"]')).to.have.length(redCount);

    // A field in the fields view: only that field's measures.
    const wohnen = fields!.shadowRoot.querySelector<HTMLButtonElement>('button[part~="field"][data-key="f:wohnen"]');
    expect(wohnen, 'the field button of Wohnen').to.exist;
    wohnen!.click();
    const wohnenCount = filterMeasures(v2, { field: ['wohnen'] }).length;
    await waitUntil(() => accordion.visibleMeasures.length === wohnenCount, 'the accordion did not follow the field choice');
    expect(accordion.visibleMeasures.every((e) => e.field.id === 'wohnen')).to.equal(true);
    expect(page.filter.field).to.deep.equal(['wohnen']);
  });

  it('shares one request between elements with their own src pointing at the same address', async () => {
    const t = token();
    const url = dataUrl(t, 'konstanz-2.0');
    const wrap = await fixture<HTMLElement>(html`
      <div>
        <ampel-chart src=${url}></ampel-chart>
        <measure-accordion src=${url}></measure-accordion>
        <version-diff mode="status" src=${url}></version-diff>
      </div>
    `);
    const els = [...wrap.children] as Konzept[];
    await allReady(...els);
    expect((await hits(t)).count).to.equal(1);
    expect(fetchedEntries(t)).to.equal(1);
  });

  it('shows the loading state during a slow request, and a new src cancels the old request', async () => {
    const slow = token();
    const fast = token();
    const v2 = await sample('konstanz-2.0');
    const loads: unknown[] = [];
    const page = await fixture<KonzeptProvider>(html`
      <konzept-provider src=${dataUrl(slow, 'konstanz-1.0', '?delay=1500')} @konzept-load=${(e: CustomEvent) => e.target === e.currentTarget && loads.push(e.detail.concept)}>
        <ampel-chart></ampel-chart>
        <measure-accordion></measure-accordion>
      </konzept-provider>
    `);
    const chart = page.querySelector('ampel-chart') as Konzept;
    const accordion = page.querySelector('measure-accordion') as MeasureAccordion & Konzept;
    // Not a blank: a message the reader sees (and a screen reader hears: role=status).
    for (const el of [chart, accordion]) {
      await waitUntil(() => el.shadowRoot.querySelector('.state--loading[role=status]'), 'no loading state');
      expect(text(el)).to.contain('Daten werden geladen');
      expect(el.getBoundingClientRect().height).to.be.greaterThan(20);
    }
    await waitUntil(async () => (await hits(slow)).count === 1, 'the slow request did not start');

    page.src = dataUrl(fast, 'konstanz-2.0');
    await allReady(chart, accordion);
    expect(accordion.visibleMeasures).to.have.length(countMeasures(v2));
    // The old request was cancelled in the browser, not just ignored.
    await waitUntil(async () => (await hits(slow)).aborted === 1, 'the old request was not cancelled', { timeout: 3000 });
    // Well after the old answer would have come: still the new concept, loaded once.
    await aTimeout(1700);
    expect(accordion.visibleMeasures).to.have.length(countMeasures(v2));
    expect(loads).to.have.length(1);
    expect((loads[0] as { version: string }).version).to.equal(v2.version);
  });

  it('shows an error state, not a blank, when the export cannot be loaded', async () => {
    const t = token();
    const own = token();
    const errors: string[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const wrap = await fixture<HTMLElement>(html`
        <div>
          <konzept-provider src=${dataUrl(t, 'konstanz-2.0', '?status=500')}>
            <ampel-chart></ampel-chart>
            <measure-accordion></measure-accordion>
            <version-diff from=${dataUrl(t, 'konstanz-1.0', '?status=500')}></version-diff>
          </konzept-provider>
          <ampel-chart id="own" src=${dataUrl(own, 'missing')}></ampel-chart>
        </div>
      `);
      const els = [...wrap.querySelectorAll('ampel-chart, measure-accordion, version-diff')] as Konzept[];
      expect(els).to.have.length(4);
      for (const el of els) {
        await waitUntil(() => el.shadowRoot.querySelector('[role=alert]'), `no error state in <${el.localName}>`, { timeout: 8000 });
        expect(text(el)).to.match(/Fehler|nicht geladen|nicht gefunden/);
        expect(el.getBoundingClientRect().height).to.be.greaterThan(20);
      }
      expect(text(els[0]!)).to.contain('500');
      expect(text(els[3]!)).to.contain('404');
    } finally {
      console.error = error;
    }
    expect(errors.join('\n')).to.contain('[konzept-kit]');
  });

  it('keeps to the content width a theme gives the blocks of a post (WordPress "Individuelles HTML")', async () => {
    const t = token();
    // Block themes limit every direct child of the post content to the content width; the provider
    // is such a child when pasted into a custom-HTML block, and so must be a box that takes it.
    const wrap = await fixture<HTMLDivElement>(html`
      <div class="is-layout-constrained" style="width: 1200px">
        <style>
          .is-layout-constrained > * { max-width: 650px; margin-inline: auto; }
        </style>
        <konzept-provider src=${dataUrl(t, 'konstanz-1.0')}>
          <ampel-chart></ampel-chart>
          <measure-accordion></measure-accordion>
        </konzept-provider>
      </div>
    `);
    const els = [...wrap.querySelectorAll('ampel-chart, measure-accordion')] as Konzept[];
    await allReady(...els);
    for (const el of els) expect(el.getBoundingClientRect().width, `<${el.localName}> width`).to.be.at.most(650);
  });
});
