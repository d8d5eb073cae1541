/**
 * Hostile and broken exports in the elements, in the browser: markup planted in EVERY text field
 * (and `extra` key) of the format renders as inert text in every view, an unsafe link anywhere
 * makes the export invalid, every kind of broken export gets a readable message, and through all of
 * it no script runs (every payload sets `window.__pwned`), no element that could run one appears
 * in any shadow root, no prototype changes, nothing is thrown uncaught, and another element on the
 * page goes on working. The fields come from walking the schema and a sample (test/hostile-fields.ts).
 */
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { defineAmpelChart } from '../../packages/components/src/ampel-chart/define.js';
import { defineMeasureAccordion } from '../../packages/components/src/measure-accordion/define.js';
import { defineVersionDiff } from '../../packages/components/src/version-diff/define.js';
import type { AmpelChart } from '../../packages/components/src/ampel-chart/ampel-chart.js';
import type { MeasureAccordion } from '../../packages/components/src/measure-accordion/measure-accordion.js';
import type { KonzeptSelectDetail } from '../../packages/components/src/shared/events.js';
import { everyFieldExport, plantMarkup, UNSAFE_LINKS, type Json } from '../hostile-fields.js';
import { quietly, sampleJson, settled, threeElements } from './helpers.js';

defineAmpelChart();
defineMeasureAccordion();
defineVersionDiff();

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

type Konzept = HTMLElement & { updateComplete: Promise<unknown>; shadowRoot: ShadowRoot };

/** Every element of a tree, through every shadow root in it. */
function allElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...allElements(el.shadowRoot));
  }
  return out;
}

const SCRIPTABLE_TAGS = new Set(['script', 'iframe', 'object', 'embed', 'frame', 'base', 'meta', 'link', 'form']);

/** What could run a script: such tags, on… attributes, javascript:/data: addresses, srcdoc. */
function dangerous(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of allElements(root)) {
    if (SCRIPTABLE_TAGS.has(el.localName)) found.push(`<${el.localName}>`);
    for (const attr of el.attributes) {
      const value = attr.value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
      if (attr.name.startsWith('on')) found.push(`<${el.localName} ${attr.name}>`);
      if (attr.name === 'srcdoc') found.push(`<${el.localName} srcdoc>`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attr.name) && /^(javascript|data|vbscript):/.test(value)) {
        found.push(`<${el.localName} ${attr.name}=${attr.value}>`);
      }
    }
  }
  return found;
}

const text = (el: Element) => el.shadowRoot?.textContent ?? '';
const uncaught: string[] = [];
const onError = (e: ErrorEvent) => uncaught.push(`error: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) => uncaught.push(`unhandled rejection: ${String(e.reason)}`);
let prototypeBefore: string[];
let konstanz: Json;

describe('hostile and broken exports in the elements', function () {
  this.timeout(30000);

  before(async () => {
    konstanz = (await sampleJson('konstanz-1.0')) as Json;
    prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });

  beforeEach(() => {
    window.__pwned = undefined;
  });

  afterEach(async () => {
    // An <img onerror> or <svg onload> would have fired by now.
    await aTimeout(100);
    expect(window.__pwned, 'a planted script ran').to.equal(undefined);
  });

  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    expect(uncaught, 'thrown and not caught').to.deep.equal([]);
    expect(Object.getOwnPropertyNames(Object.prototype).sort(), 'Object.prototype changed').to.deep.equal(prototypeBefore);
    expect(({} as Json).polluted).to.equal(undefined);
  });

  for (const form of ['string', 'map'] as const) {
    it(`renders markup in every text field as text (${form === 'string' ? 'plain strings' : 'language maps'}), in every view`, async () => {
      const planted = plantMarkup(everyFieldExport(konstanz), form);
      const page = await fixture<HTMLElement>(html`<div>
        <ampel-chart .concept=${planted.doc}></ampel-chart>
        <ampel-chart view="fields" .concept=${planted.doc}></ampel-chart>
        <ampel-chart view="progress" .concept=${planted.doc}></ampel-chart>
        <measure-accordion .concept=${planted.doc}></measure-accordion>
        <version-diff .fromConcept=${konstanz} .toConcept=${planted.doc}></version-diff>
        <version-diff mode="status" .concept=${planted.doc}></version-diff>
      </div>`);
      const els = [...page.children] as Konzept[];
      for (const el of els) await settled(el);
      // Everything a reader can open: the charts' tables and every info box.
      for (const chart of els.slice(0, 3)) chart.shadowRoot.querySelector<HTMLButtonElement>('[part="toggle"]')?.click();
      (els[3] as unknown as MeasureAccordion).expandAll();
      await Promise.all(els.map((el) => el.updateComplete));
      await aTimeout(50);

      for (const el of els) {
        expect(el.shadowRoot.querySelector('[role=alert]'), `<${el.localName}> shows an error`).to.equal(null);
        expect(dangerous(el.shadowRoot), `<${el.localName} ${el.getAttribute('view') ?? el.getAttribute('mode') ?? ''}>`).to.deep.equal([]);
      }
      // The markup is there for readers to see, as the characters it is made of.
      const shown = els.map(text).join('\n');
      for (const payload of [
        '<script>window.__pwned=1</script>',
        '<img src=x onerror="window.__pwned=2">',
        '<svg onload="window.__pwned=3"><circle r="1"/></svg>',
      ]) {
        expect(shown).to.contain(payload);
      }
      const accordion = text(els[3]!);
      const titles = planted.texts.filter((t) => /measures\[\d+\]\.(title|description|lead|partners)/.test(t.path.join('.').replace(/\.(\d+)/g, '[$1]')));
      expect(titles.length).to.be.greaterThan(300);
      for (const { value } of titles) expect(accordion, 'every measure text in the open boxes').to.contain(value);
      // The odd but allowed address stays one attribute value of a link.
      const links = allElements(els[3]!.shadowRoot).filter((e) => e.localName === 'a');
      expect(links.some((a) => a.getAttribute('href')?.includes('onerror='))).to.equal(true);
      expect(window.__pwned).to.equal(undefined);
    });
  }

  it('refuses an unsafe link in any link field with a message, rendering nothing from the export', async () => {
    await quietly(async (logged) => {
      const planted = plantMarkup(everyFieldExport(konstanz), 'string', (i) => UNSAFE_LINKS[i % UNSAFE_LINKS.length]!);
      for (const el of await threeElements(planted.doc, { from: konstanz, to: planted.doc })) {
        await waitUntil(() => el.shadowRoot.querySelector('[role=alert]'), `<${el.localName}> shows no error`);
        expect(text(el)).to.match(/kein gültiger Konzept-Export/);
        // Readers see nothing from the export; the part for editors (a closed disclosure) quotes the
        // refused values as plain text, so they can find them (dangerous() below: no element from them).
        const details = el.shadowRoot.querySelector('details');
        expect(details?.open, 'the editors’ part stays closed').to.equal(false);
        expect(text(el).replace(details?.textContent ?? '', ''), 'no planted text shown to readers').not.to.contain('__pwned');
        expect(dangerous(el.shadowRoot)).to.deep.equal([]);
      }
      expect(logged.join('\n')).to.match(/\[konzept-kit\].*not a valid concept export/s);
      expect(logged.join('\n')).to.contain('only http, https, mailto or relative addresses');
    });
  });

  describe('broken exports get a readable message in every element', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const cases: Array<[string, (k: Json) => unknown]> = [
      ['malformed JSON', (k) => JSON.stringify(k).replace('"fields":', '"fields"')],
      ['a file cut off', (k) => JSON.stringify(k).slice(0, 5_000)],
      ['an HTML page', () => '<!doctype html><html><body><script>window.__pwned=20</script></body></html>'],
      ['the title missing', (k) => ({ ...k, title: undefined })],
      ['fields as an object', (k) => ({ ...k, fields: { a: 1 } })],
      ['an unknown status', (k) => JSON.stringify(k).replace('"value":"green"', '"value":"<img src=x onerror=window.__pwned=21>"')],
      ['a doubled field id', (k) => ({ ...k, fields: [k.fields[0], k.fields[0]] })],
      ['a 1 MB title', (k) => ({ ...k, title: 'T'.repeat(1_000_000) })],
      ['10,000-deep nesting', (k) => JSON.stringify(k).replace('{', `{"extra":{"x":${deep}},`)],
      ['a __proto__ key', (k) => JSON.stringify(k).replace('{', '{"__proto__":{"polluted":true},')],
      ['a constructor key', (k) => JSON.stringify(k).replace('"fields":[{', '"fields":[{"constructor":{"prototype":{"polluted":true}},')],
    ];
    for (const [name, make] of cases) {
      it(name, async () => {
        await quietly(async (logged) => {
          const value = make(konstanz);
          const errors: unknown[] = [];
          const onError = (e: CustomEvent) => errors.push(e.detail.error);
          for (const el of await threeElements(value, { from: value, to: konstanz, onError })) {
            await waitUntil(() => el.shadowRoot.querySelector('[role=alert]'), `<${el.localName}> shows no error`);
            expect(text(el)).to.match(/kein gültiger Konzept-Export|keine Konzept-Datei/);
            expect(el.getBoundingClientRect().height).to.be.greaterThan(20);
            expect(dangerous(el.shadowRoot)).to.deep.equal([]);
          }
          expect(errors, 'one konzept-error per element').to.have.length(3);
          expect(logged.join('\n')).to.contain('[konzept-kit]');
          expect(({} as Json).polluted).to.equal(undefined);
        });
      });
    }
  });

  it('parses JSON text given as the concept property (text is no parsed concept, though "frozen")', async () => {
    const el = await fixture<MeasureAccordion & Konzept>(html`<measure-accordion .concept=${JSON.stringify(konstanz)}></measure-accordion>`);
    await settled(el);
    expect(el.visibleMeasures).to.have.length(193);
    expect(el.shadowRoot.querySelector('[role=alert]')).to.equal(null);
  });

  it('keeps the rest of the page working: another chart renders and answers a click', async () => {
    await quietly(async () => {
      const planted = plantMarkup(everyFieldExport(konstanz), 'string');
      const page = await fixture<HTMLElement>(html`<div>
        <measure-accordion .concept=${'{"not": "an export"'}></measure-accordion>
        <measure-accordion .concept=${planted.doc}></measure-accordion>
        <ampel-chart id="ok" .concept=${konstanz}></ampel-chart>
      </div>`);
      const chart = page.querySelector('#ok') as AmpelChart & Konzept;
      await settled(chart);
      const segment = chart.shadowRoot.querySelector<SVGGElement>('[part="segment"]')!;
      const event = oneEvent(chart, 'konzept-select');
      segment.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      expect(((await event) as CustomEvent<KonzeptSelectDetail>).detail.statusId).to.be.a('string');
      await chart.updateComplete;
      expect(segment.getAttribute('aria-pressed')).to.equal('true');
    });
  });
});
