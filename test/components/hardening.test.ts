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
});
