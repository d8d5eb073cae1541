/**
 * The one error view every element shows (shared/konzept-element.ts), as a reader and an editor
 * meet it on the published page: a sentence for readers, the data still reachable as a file (the
 * element's own fallback link stays visible), and behind a disclosure readers can ignore what
 * exactly is wrong: the JSON syntax error at its line and column, the first problems with the
 * measure's title, a workbook given instead of the export, and where to check the file.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defineAmpelChart } from '../../packages/components/src/ampel-chart/define.js';
import { defineKonzeptProvider } from '../../packages/components/src/provider/define.js';
import type { AmpelChart } from '../../packages/components/src/ampel-chart/ampel-chart.js';
import { expectAccessible, sampleJson } from './helpers.js';

defineAmpelChart();
defineKonzeptProvider();

type Raw = { fields: Array<{ objectives: Array<{ measures: Array<{ title: string | Record<string, string>; status: { value: string } }> }> }> };

async function errorOf(el: AmpelChart): Promise<HTMLElement> {
  await waitUntil(() => el.shadowRoot?.querySelector('.state--error'), 'an error view', { timeout: 5000 });
  return el.shadowRoot!.querySelector<HTMLElement>('.state--error')!;
}

describe('the error view on the page', () => {
  // First in this file: the error view's code loads with the first error of a page.
  it('an export a provider element cannot load: the element inside shows the whole error view', async () => {
    const src = `data:application/json,${encodeURIComponent('{"formatVersion": 1}')}`;
    const wrapper = await fixture<HTMLElement>(html`<konzept-provider src=${src}><ampel-chart></ampel-chart></konzept-provider>`);
    const el = wrapper.querySelector('ampel-chart') as AmpelChart;
    const view = await errorOf(el);
    expect(view.getAttribute('role')).to.equal('alert');
    expect(view.querySelector('strong')!.textContent).to.equal('Die Daten konnten nicht angezeigt werden.');
    expect(view.textContent).to.contain('Die Datei ist kein gültiger Konzept-Export.');
    expect(view.querySelector('details summary')!.textContent).to.contain('Für die Redaktion');
    await expectAccessible(el, 'the provider’s error');
  });

  it('an export with wrong data: a sentence for readers; the first problems with the measure’s title behind a closed disclosure', async () => {
    const data = structuredClone((await sampleJson('konstanz-1.0')) as Raw);
    const measure = data.fields[2]!.objectives[0]!.measures[1]!;
    measure.status.value = 'lila';
    const title = typeof measure.title === 'string' ? measure.title : measure.title['de']!;
    const el = await fixture<AmpelChart>(html`<ampel-chart .concept=${data}></ampel-chart>`);
    const view = await errorOf(el);
    expect(view.getAttribute('role')).to.equal('alert');
    expect(view.textContent).to.contain('kein gültiger Konzept-Export');
    expect(view.textContent).not.to.contain('Konsole');
    const details = view.querySelector('details')!;
    expect(details.open, 'closed: readers can ignore it').to.equal(false);
    expect(details.querySelector('summary')!.textContent).to.contain('Für die Redaktion');
    expect(details.textContent).to.contain(`„${title}“`);
    expect(details.textContent).to.contain('werkstatt.html');
    await expectAccessible(el, 'invalid data');
  });

  it('a JSON syntax error from an address: line and column for the editor, the fallback link still visible', async () => {
    const src = `data:application/json,${encodeURIComponent('{\n  "formatVersion": 1,,\n}')}`;
    const el = await fixture<AmpelChart>(html`<ampel-chart src=${src}><a href="/daten.json">Integrationskonzept (JSON)</a></ampel-chart>`);
    const view = await errorOf(el);
    const slot = view.querySelector('slot')!;
    const fallback = slot.assignedElements()[0] as HTMLAnchorElement;
    expect(fallback.textContent).to.equal('Integrationskonzept (JSON)');
    expect(fallback.getBoundingClientRect().height, 'the fallback link is shown').to.be.greaterThan(0);
    expect(view.querySelector('details')!.textContent).to.match(/Zeile 2, Spalte \d+/);
    await expectAccessible(el, 'syntax error');
  });

  it('without fallback content, a link to the address; in English too', async () => {
    const src = `data:application/json,${encodeURIComponent('{"formatVersion": 1}')}`;
    const el = await fixture<AmpelChart>(html`<ampel-chart lang="en" src=${src}></ampel-chart>`);
    const view = await errorOf(el);
    const link = view.querySelector<HTMLAnchorElement>('slot a')!;
    expect(link.getAttribute('href')).to.equal(src);
    expect(link.textContent).to.equal('The data as a file (JSON)');
    expect(view.querySelector('summary')!.textContent).to.equal('For the editors: what exactly is wrong');
  });

  it('a workbook given as src: the editor is told that the workbench makes the export from it', async () => {
    const el = await fixture<AmpelChart>(html`<ampel-chart src="/schema/templates/ampeldokument-vorlage.xlsx"></ampel-chart>`);
    const view = await errorOf(el);
    const text = view.querySelector('details')!.textContent!;
    expect(text).to.contain('Das ist eine Tabelle');
    expect(text).to.contain('werkstatt.html');
    expect(text, 'no hint about commas in JSON').not.to.contain('Komma zu viel');
  });
});
