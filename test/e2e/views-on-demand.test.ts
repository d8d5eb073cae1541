/**
 * Views a page does not show are not loaded, through the one script tag (dist/konzept-kit.js): the
 * chart's bar views (fields, reports) load when `view` asks for one, the diff's synopsis when the
 * reader is about to choose it (pointer over or focus on the switch) and its status mode when `mode`
 * asks for it; what a diff shows only for some exports (changes above the measures, ids that do not
 * identify, pairs found by text) when a diff has it.
 *
 * Needs dist/: `npm test` builds first (alone: `npm run build`).
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { loadModuleScript } from './page-assets.js';

type Konzept = HTMLElement & { shadowRoot: ShadowRoot; updateComplete: Promise<unknown>; view: string };

/** Whether a script the page has loaded contains `text`. */
async function loaded(text: string): Promise<boolean> {
  const urls = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => url.includes('/dist/'));
  const bodies = await Promise.all(urls.map(async (url) => (await fetch(url)).text()));
  return bodies.some((body) => body.includes(text));
}

/** Text only the chart's bar views have (a field without measures). */
const BAR_VIEWS = 'bar bar--empty';
/** Text only the diff's synopsis has. */
const SYNOPSIS = 'class="synopsis__caption"';
/** Text only the diff's changes above the measures have (structure-view.ts). */
const STRUCTURE = 'class="change__level"';

describe('views on demand (dist/konzept-kit.js)', function () {
  this.timeout(30000);

  before(() => {
    // Room for every script entry: the browser keeps 250 by default, and each look into the loaded scripts fetches them again.
    performance.setResourceTimingBufferSize(10000);
    return loadModuleScript('/dist/konzept-kit.js');
  });

  it('the chart loads its bar views only when view asks for one', async () => {
    const chart = await fixture<Konzept>(`<ampel-chart src="/schema/examples/konstanz-2.0.json"></ampel-chart>`);
    await customElements.whenDefined('ampel-chart');
    await waitUntil(() => chart.shadowRoot?.querySelector('[part="donut"]'), 'overview rendered', { timeout: 10000 });
    expect(await loaded(BAR_VIEWS)).to.equal(false);

    chart.view = 'fields';
    await chart.updateComplete;
    expect(chart.shadowRoot.querySelectorAll('[part="group"]').length).to.be.greaterThan(0);
    expect(await loaded(BAR_VIEWS)).to.equal(true);
  });

  it('the diff loads its synopsis when the reader is about to choose it, and shows it when chosen', async () => {
    const diff = await fixture<Konzept>(`<version-diff from="/schema/examples/konstanz-1.0.json" to="/schema/examples/konstanz-2.0.json"></version-diff>`);
    await customElements.whenDefined('version-diff');
    await waitUntil(() => diff.shadowRoot?.querySelector('input[name="view"]'), 'diff rendered', { timeout: 10000 });
    expect(await loaded(SYNOPSIS)).to.equal(false);
    // Konstanz changed no field, goal or objective and pairs every measure by id.
    expect(await loaded(STRUCTURE)).to.equal(false);

    // Keyboard: Tab to the list view's radio (focus on the switch starts the load), the arrow key chooses the synopsis.
    const list = diff.shadowRoot.querySelector<HTMLInputElement>('input[name="view"][value="list"]')!;
    list.focus();
    await waitUntil(() => loaded(SYNOPSIS), 'the synopsis loads on focus', { timeout: 10000 });
    await sendKeys({ press: 'ArrowDown' });
    await diff.updateComplete;
    expect(diff.view).to.equal('synopsis');
    expect(diff.shadowRoot.querySelector('[part="synopsis"]')).to.exist;
  });

  it('the diff loads its changes above the measures for two versions that have them, and shows them at once', async () => {
    const older = await (await fetch('/schema/examples/konstanz-1.0.json')).json();
    const newer = structuredClone(older);
    newer.fields[0].goal = { ...newer.fields[0].goal, title: 'Ein neu gefasstes Oberziel' };
    const diff = document.createElement('version-diff') as Konzept & { fromConcept: unknown; toConcept: unknown };
    diff.fromConcept = older;
    diff.toConcept = newer;
    await fixture(diff);
    await waitUntil(() => diff.shadowRoot?.querySelector('[part~="element"]'), 'the changed goal rendered', { timeout: 10000 });
    expect(await loaded(STRUCTURE)).to.equal(true);
    expect(diff.shadowRoot.querySelector('[part~="element"]')!.textContent).to.include('Ein neu gefasstes Oberziel');
    expect(diff.shadowRoot.querySelector('[part="summary"]')!.textContent).to.include('1 Oberziel angepasst');
  });

  it('the diff loads its status mode when mode asks for it', async () => {
    const diff = await fixture<Konzept>(`<version-diff mode="status" src="/schema/examples/konstanz-2.0.json"></version-diff>`);
    await waitUntil(() => diff.shadowRoot?.querySelector('[part="base"]'), 'status mode rendered', { timeout: 10000 });
    expect(diff.shadowRoot.querySelector('[part="base"]')).to.exist;
  });
});
