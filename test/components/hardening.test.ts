/**
 * What hostile files found in the elements (issue 18): language tags `Intl` refuses, on the page or
 * in an export, never leave an element stuck on "Daten werden geladen …".
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defineAmpelChart } from '../../packages/components/src/ampel-chart/define.js';
import { defineMeasureAccordion } from '../../packages/components/src/measure-accordion/define.js';
import { defineVersionDiff } from '../../packages/components/src/version-diff/define.js';
import { quietly, sampleJson, settled, watchUncaught } from './helpers.js';

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
        const page = await fixture<HTMLElement>(html`<div lang=${tag}>
          <ampel-chart .concept=${konstanz}></ampel-chart>
          <measure-accordion .concept=${konstanz}></measure-accordion>
          <version-diff .fromConcept=${konstanz} .toConcept=${konstanz}></version-diff>
        </div>`);
        for (const el of [...page.children] as Konzept[]) {
          await settled(el);
          expect(el.shadowRoot.querySelector('[role=alert]'), `<${el.localName}>`).to.equal(null);
          expect(el.shadowRoot.textContent, `<${el.localName}>`).to.match(/\d/);
        }
      });
      it(`"${tag}" as the export's language and in a text: a message, not "loading" for ever`, async () => {
        await quietly(async () => {
          const data = { ...konstanz, language: tag, title: { de: 'Titel', [tag]: 'Title' } };
          const page = await fixture<HTMLElement>(html`<div>
            <ampel-chart .concept=${data}></ampel-chart>
            <measure-accordion .concept=${data}></measure-accordion>
            <version-diff .fromConcept=${konstanz} .toConcept=${data}></version-diff>
          </div>`);
          for (const el of [...page.children] as Konzept[]) {
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
});
