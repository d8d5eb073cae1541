/**
 * What hostile files found in the elements: language tags `Intl` refuses, on the page or
 * in an export, never leave an element stuck on "Daten werden geladen …".
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defineAmpelChart } from '../../packages/components/src/ampel-chart/define.js';
import { defineMeasureAccordion } from '../../packages/components/src/measure-accordion/define.js';
import { defineVersionDiff } from '../../packages/components/src/version-diff/define.js';
import { quietly, sampleJson, settled, threeElements, watchUncaught } from './helpers.js';

defineAmpelChart();
defineMeasureAccordion();
defineVersionDiff();

type Json = any;
type Konzept = HTMLElement & { updateComplete: Promise<unknown>; shadowRoot: ShadowRoot };

describe('hardening: what hostile files found', function () {
  this.timeout(60000);
  let konstanz: Json;
  let watch: ReturnType<typeof watchUncaught>;
  before(async () => {
    konstanz = await sampleJson('konstanz-1.0');
    watch = watchUncaught();
  });
  after(() => expect(watch.stop(), 'thrown and not caught').to.deep.equal([]));

  describe('language tags Intl refuses', () => {
    for (const tag of ['en-x', 'tr-x', 'fr-1']) {
      it(`"${tag}" as the page's lang: every element renders, in a language it has`, async () => {
        for (const el of await threeElements(konstanz, { from: konstanz, to: konstanz, lang: tag })) {
          await settled(el);
          expect(el.shadowRoot.querySelector('[role=alert]'), `<${el.localName}>`).to.equal(null);
          expect(el.shadowRoot.textContent, `<${el.localName}>`).to.match(/\d/);
        }
      });
      it(`"${tag}" as the export's language and in a text: a message, not "loading" for ever`, async () => {
        await quietly(async () => {
          const data = { ...konstanz, language: tag, title: { de: 'Titel', [tag]: 'Title' } };
          for (const el of await threeElements(data, { from: konstanz, to: data })) {
            await waitUntil(() => el.shadowRoot.querySelector('[role=alert]'), `<${el.localName}> shows no error`);
            expect(el.shadowRoot.querySelector('.state--loading')).to.equal(null);
          }
        });
      });
    }
  });

  describe('exports saved in another encoding than UTF-8', () => {
    const blobUrl = (bytes: Uint8Array) => URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/json' }));
    it('Windows-1252 ("ANSI"): the umlauts on the page are right, and the editor is told in the console', async () => {
      const text = JSON.stringify({ ...konstanz, title: 'Integrationskonzept Landkreis Konstanz – Übersicht für Bürgerinnen' });
      const bytes = Uint8Array.from(text, (ch) => (ch === '–' ? 0x96 : ch.charCodeAt(0) < 0x100 ? ch.charCodeAt(0) : 0x3f));
      const warned: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warned.push(args.map(String).join(' '));
      try {
        const el = await fixture<Konzept>(html`<measure-accordion src=${blobUrl(bytes)}></measure-accordion>`);
        await settled(el);
        expect(el.shadowRoot.querySelector('[role=alert]')).to.equal(null);
        const shown = el.shadowRoot.textContent ?? '';
        expect(shown).to.contain('Sprachförderung');
        expect(shown).not.to.contain('\ufffd');
      } finally {
        console.warn = warn;
      }
      expect(warned.join('\n')).to.match(/\[konzept-kit\].*Windows-1252/);
    });
    it('UTF-32: a message that the file cannot be read, not garbage and not "loading" for ever', async () => {
      await quietly(async (logged) => {
        const bytes = new Uint8Array([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0, 0x7d, 0, 0, 0]);
        const el = await fixture<Konzept>(html`<ampel-chart src=${blobUrl(bytes)}></ampel-chart>`);
        await waitUntil(() => el.shadowRoot.querySelector('[role=alert]'), 'no error shown');
        expect(el.shadowRoot.textContent).to.contain('nicht als UTF-8 gespeichert');
        expect(logged.join('\n')).to.match(/UTF-32.*save it as UTF-8/s);
      });
    });
  });

  describe('bidirectional text in the data is isolated', () => {
    const RLO = '\u202e';
    /** Every text node and attribute holding the override: inside a <bdi>, or between FSI and PDI in its own string. */
    function unisolated(root: ShadowRoot): string[] {
      const found: string[] = [];
      const isolatedIn = (value: string) => {
        const at = value.indexOf(RLO);
        return value.lastIndexOf('\u2068', at) !== -1 && value.indexOf('\u2069', at) !== -1;
      };
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node instanceof Element) {
          for (const attr of node.attributes) if (attr.value.includes(RLO) && !isolatedIn(attr.value)) found.push(`<${node.localName} ${attr.name}>`);
          continue;
        }
        const value = node.nodeValue ?? '';
        if (!value.includes(RLO) || isolatedIn(value)) continue;
        if (node.parentElement?.closest('bdi')) continue;
        // An element holding nothing but the data text is isolated by its own box when it is a block.
        const parent = node.parentElement!;
        if (parent.textContent === value && getComputedStyle(parent).display !== 'inline') continue;
        found.push(`${parent.localName}: ${JSON.stringify(value.slice(0, 40))}`);
      }
      return found;
    }
    it("an override in the municipality's own terms, in titles, labels and partners never reverses the elements' own words", async () => {
      const evil = (text: string) => `${RLO}${text}`;
      const data = structuredClone(konstanz);
      data.title = evil('Konzept');
      data.version = evil('1.0');
      data.terms = {
        measure: { singular: evil('Maßnahme'), plural: evil('Maßnahmen') },
        actionField: { singular: evil('Feld'), plural: evil('Felder') },
        objective: { singular: evil('Unterziel'), plural: evil('Unterziele') },
        partners: { singular: evil('Partner'), plural: evil('Partner') },
      };
      const { AMPEL_SCALE } = await import('../../packages/sdk/src/index.js');
      const scale = structuredClone(data.statusScale ?? AMPEL_SCALE) as Json;
      data.statusScale = { ...scale, statuses: scale.statuses.map((s: Json) => ({ ...s, label: evil(String(s.label?.de ?? s.label)) })) };
      for (const field of data.fields) {
        field.title = evil(field.title);
        for (const objective of field.objectives) {
          objective.title = evil(objective.title);
          for (const m of objective.measures) {
            m.title = evil(m.title);
            m.partners = [evil('Volkshochschule'), 'Jobcenter'];
          }
        }
      }
      const older = structuredClone(data);
      older.version = evil('0.9');
      older.fields[0].objectives[0].measures[0].title = evil('Ein alter Titel');
      const page = await fixture<HTMLElement>(html`<div>
        <ampel-chart .concept=${data}></ampel-chart>
        <ampel-chart view="fields" .concept=${data}></ampel-chart>
        <measure-accordion .concept=${data}></measure-accordion>
        <version-diff .fromConcept=${older} .toConcept=${data}></version-diff>
        <version-diff mode="status" .concept=${data}></version-diff>
      </div>`);
      const els = [...page.children] as Konzept[];
      for (const el of els) await settled(el);
      for (const chart of els.slice(0, 2)) chart.shadowRoot.querySelector<HTMLButtonElement>('[part="toggle"]')?.click();
      (els[2] as unknown as { expandAll(): void }).expandAll();
      await Promise.all(els.map((el) => el.updateComplete));
      for (const el of els) {
        expect(el.shadowRoot.querySelector('[role=alert]'), `<${el.localName}> shows an error`).to.equal(null);
        expect(el.shadowRoot.textContent, `<${el.localName}> shows the data`).to.contain(RLO);
        expect(unisolated(el.shadowRoot), `<${el.localName} ${el.getAttribute('view') ?? el.getAttribute('mode') ?? ''}>`).to.deep.equal([]);
      }
    });
  });
});
