/**
 * Code an element loads on demand that does not come (an incomplete upload, the connection lost):
 * the element says so in words where that part would be, shows what it can without it, and asks
 * for the file once, instead of showing "loading" or "comparing" for ever.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import { defineAmpelChart } from '../../packages/components/src/ampel-chart/define.js';
import { defineVersionDiff } from '../../packages/components/src/version-diff/define.js';
import { defineMeasureAccordion } from '../../packages/components/src/measure-accordion/define.js';
import { OnDemand } from '../../packages/components/src/shared/on-demand.js';
import { expectAccessible, largeVersions, quietly, sampleUrl, watchUncaught } from './helpers.js';

defineAmpelChart();
defineVersionDiff();
defineMeasureAccordion();

const MESSAGE = 'Dieser Teil konnte nicht geladen werden';
type Konzept = ReactiveElement & { shadowRoot: ShadowRoot };
const text = (el: Konzept) => (el.shadowRoot.textContent ?? '').replace(/\s+/g, ' ');

/** The element with its on-demand code `part` failing as a missing file does; counts the tries. */
function withMissing(tag: string, part: string, attributes: Record<string, string>): { el: Konzept; tries: () => number } {
  const el = document.createElement(tag) as Konzept;
  let tries = 0;
  (el as unknown as Record<string, unknown>)[part] = new OnDemand(el, () => {
    tries++;
    return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
  });
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.append(el);
  return { el, tries: () => tries };
}

describe('code that does not load', function () {
  this.timeout(20000);
  afterEach(() => document.body.replaceChildren());

  it('the chart asked for its fields view shows the overview, says the view did not load, and asks once', async () => {
    const watch = watchUncaught();
    await quietly(async () => {
      const { el, tries } = withMissing('ampel-chart', 'barViews', { view: 'fields', src: sampleUrl('konstanz-2.0') });
      await waitUntil(() => text(el).includes(MESSAGE), 'the message', { timeout: 10000 });
      await el.updateComplete;
      expect(el.shadowRoot.querySelector('[role=alert]')?.textContent).to.contain('Bitte laden Sie die Seite neu');
      expect(el.shadowRoot.querySelector('svg'), 'the overview is there').to.exist;
      expect(text(el)).not.to.contain('Daten werden geladen');
      el.requestUpdate();
      await el.updateComplete;
      expect(tries()).to.equal(1);
      await expectAccessible(el);
    });
    expect(watch.stop()).to.deep.equal([]);
  });

  it("the chart's table says it did not load when the reader asks for it", async () => {
    await quietly(async () => {
      const { el, tries } = withMissing('ampel-chart', 'tableCode', { src: sampleUrl('konstanz-2.0') });
      await waitUntil(() => el.shadowRoot?.querySelector('[part=toggle]'), 'the chart', { timeout: 10000 });
      el.shadowRoot.querySelector<HTMLButtonElement>('[part=toggle]')!.click();
      await waitUntil(() => el.shadowRoot.querySelector('#table [role=alert]'), 'the message in place of the table');
      expect(el.shadowRoot.querySelector('#table')!.textContent).to.contain(MESSAGE);
      expect(el.shadowRoot.querySelector('[part=toggle]')!.getAttribute('aria-pressed')).to.equal('true');
      expect(tries()).to.equal(1);
    });
  });

  it('the diff shows its changes and says which part did not load, instead of "comparing" for ever', async () => {
    const watch = watchUncaught();
    await quietly(async () => {
      const { el, tries } = withMissing('version-diff', 'structureCode', { from: sampleUrl('konstanz-1.0'), to: sampleUrl('landshut') });
      await waitUntil(() => el.shadowRoot?.querySelector('[part~="base"]') || text(el).includes(MESSAGE), 'the diff', { timeout: 15000 });
      await el.updateComplete;
      expect(text(el)).to.contain(MESSAGE);
      expect(text(el)).not.to.contain('Wird verglichen');
      expect(el.shadowRoot.querySelector('[part~="summary"]'), 'the summary of what changed').to.exist;
      expect(tries()).to.equal(1);
      await expectAccessible(el);
    });
    expect(watch.stop()).to.deep.equal([]);
  });

  // A part whose code is missing, where the element would otherwise show it: said in place of it, once asked for.
  const missingParts: [string, string, Record<string, string>, string][] = [
    ['two identical versions', 'structureCode', { from: sampleUrl('konstanz-2.0'), to: sampleUrl('konstanz-2.0') }, 'Wird verglichen'],
    ['a diff without addresses', 'rareCode', {}, 'Daten werden geladen'],
    ['a diff with a side that failed', 'rareCode', { from: sampleUrl('does-not-exist'), to: sampleUrl('konstanz-2.0') }, 'Daten werden geladen'],
    ['the status mode of an export that failed', 'rareCode', { mode: 'status', src: sampleUrl('does-not-exist') }, 'Daten werden geladen'],
  ];
  for (const [what, part, attributes, notShown] of missingParts) {
    it(`${what}: says the part did not load instead of breaking the render or waiting for ever`, async () => {
      const watch = watchUncaught();
      await quietly(async () => {
        const { el, tries } = withMissing('version-diff', part, attributes);
        await waitUntil(() => text(el).includes(MESSAGE), 'the message', { timeout: 15000 });
        expect(text(el)).not.to.contain(notShown);
        expect(tries()).to.equal(1);
        await expectAccessible(el);
      });
      expect(watch.stop()).to.deep.equal([]);
    });
  }

  it('the diff in synopsis and status mode says the view did not load', async () => {
    await quietly(async () => {
      const synopsis = withMissing('version-diff', 'synopsisCode', { from: sampleUrl('konstanz-1.0'), to: sampleUrl('konstanz-2.0'), view: 'synopsis' });
      const status = withMissing('version-diff', 'statusCode', { src: sampleUrl('konstanz-2.0'), mode: 'status' });
      await waitUntil(() => text(synopsis.el).includes(MESSAGE) && text(status.el).includes(MESSAGE), 'both messages', { timeout: 15000 });
      expect(text(synopsis.el)).not.to.contain('Daten werden geladen');
      expect(text(status.el)).not.to.contain('Daten werden geladen');
      expect(synopsis.tries()).to.equal(1);
      expect(status.tries()).to.equal(1);
    });
  });

  it('the accordion says where its rare parts did not load: a concept without measures, a link to copy, filter attributes', async () => {
    const watch = watchUncaught();
    await quietly(async () => {
      const landshut = withMissing('measure-accordion', 'rare', { src: sampleUrl('landshut') });
      await waitUntil(() => text(landshut.el).includes(MESSAGE), 'the message', { timeout: 10000 });
      expect(text(landshut.el)).not.to.contain('Daten werden geladen');
      expect(landshut.tries()).to.equal(1);
      await expectAccessible(landshut.el);

      const konstanz = withMissing('measure-accordion', 'rare', { src: sampleUrl('konstanz-2.0') });
      const root = konstanz.el.shadowRoot;
      await waitUntil(() => root.querySelector('.measure-button'), 'the boxes', { timeout: 10000 });
      root.querySelector<HTMLButtonElement>('.measure-button')!.click();
      await waitUntil(() => root.querySelector('.copy button'), 'the copy button');
      root.querySelector<HTMLButtonElement>('.copy button')!.click();
      await waitUntil(() => root.querySelector('.copy [role=alert]'), 'the message beside the copy button');
      expect(root.querySelector('.copy')!.textContent).to.contain(MESSAGE);
      expect(konstanz.tries()).to.equal(1);
      await expectAccessible(konstanz.el);

      // Filter attributes it could not read: the boxes, unfiltered, under the message.
      const filtered = withMissing('measure-accordion', 'rare', { src: sampleUrl('konstanz-2.0'), status: 'red' });
      await waitUntil(() => filtered.el.shadowRoot.querySelector('.measure-button'), 'the boxes', { timeout: 10000 });
      expect(text(filtered.el)).to.contain(MESSAGE);
      expect(filtered.tries()).to.equal(1);
    });
    expect(watch.stop()).to.deep.equal([]);
  });

  it('a deep link whose code does not load leaves the diff as it is without the link, not "comparing" for ever', async () => {
    const before = location.hash;
    try {
      history.replaceState(null, '', '#aenderung-spr-1-2');
      await quietly(async () => {
        const { el, tries } = withMissing('version-diff', 'rareCode', { from: sampleUrl('konstanz-1.0'), to: sampleUrl('konstanz-2.0') });
        await waitUntil(() => el.shadowRoot?.querySelector('[part~="base"]'), 'the diff', { timeout: 15000 });
        await el.updateComplete;
        expect(text(el)).not.to.contain('Wird verglichen');
        expect(el.shadowRoot.querySelectorAll('.change').length).to.be.greaterThan(0);
        expect(tries()).to.equal(1);
      });
    } finally {
      history.replaceState(null, '', location.pathname + location.search + before);
    }
  });
  it('versions large enough for the index of words say it did not load, instead of "comparing" for ever', async () => {
    const [from, to] = await largeVersions();
    await quietly(async () => {
      const { el, tries } = withMissing('version-diff', 'indexCode', {});
      Object.assign(el, { fromConcept: from, toConcept: to });
      await waitUntil(() => text(el).includes(MESSAGE), 'the message', { timeout: 15000 });
      expect(text(el)).not.to.contain('Wird verglichen');
      expect(tries()).to.equal(1);
      await expectAccessible(el);
    });
  });
});
