/**
 * `<konzept-workbench>` in each state an editor meets: nothing chosen yet, a broken workbook, a
 * broken JSON export, a good export with its preview, download and snippets, a previous version,
 * English, and the keyboard path; axe in each. The element comes from the built page script
 * (dist/konzept-werkstatt.js, as werkstatt.html loads it): the spreadsheet reader's CommonJS parts
 * (papaparse) do not load unbundled in the test server.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { KonzeptWorkbench } from '../../packages/components/src/konzept-workbench/konzept-workbench.js';
import { translationOf } from '../../packages/components/src/shared/i18n.js';
import { expectAccessible, sampleJson } from './helpers.js';

before(async () => {
  const script = document.createElement('script');
  script.src = '/dist/konzept-werkstatt.js';
  document.head.append(script);
  await new Promise((done, fail) => {
    script.addEventListener('load', done);
    script.addEventListener('error', fail);
  });
  await customElements.whenDefined('konzept-workbench');
});

const BROKEN_CSV = 'Handlungsfeld;Unterziel;Maßnahme;Status\r\nSprache;Sprachkurse;Sprachcafé;grün\r\n;;Elternkurs;blau\r\n;;;rot\r\n';
const GOOD_CSV = 'Handlungsfeld;Unterziel;Maßnahme;Status\r\nSprache;Sprachkurse;Sprachcafé;grün\r\n;;Elternkurs;gelb\r\nArbeit;Ausbildung;Jobmesse;rot\r\n';

async function exportFile(name = 'konstanz-1.0'): Promise<File> {
  return new File([JSON.stringify(await sampleJson(name))], `${name}.json`, { type: 'application/json' });
}

const text = (el: KonzeptWorkbench) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('konzept-workbench', () => {
  it('before a file: says what to choose, that nothing is sent, and is accessible', async () => {
    const el = await fixture<KonzeptWorkbench>(html`<konzept-workbench></konzept-workbench>`);
    expect(text(el)).to.contain('Nichts wird gesendet');
    expect(text(el)).to.contain('Noch keine Datei gewählt');
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#file')!;
    expect(input.type).to.equal('file');
    expect(input.accept).to.contain('.xlsx').and.contain('.ods').and.contain('.csv').and.contain('.json');
    await expectAccessible(el, 'empty');
  });

  it('a broken workbook: every problem at once, grouped, with row, column and what to do', async () => {
    const el = await fixture<KonzeptWorkbench>(html`<konzept-workbench></konzept-workbench>`);
    await el.open(new File([BROKEN_CSV], 'ampel.csv', { type: 'text/csv' }));
    const t = text(el);
    expect(t).to.contain('„ampel.csv“ kann so nicht veröffentlicht werden');
    expect(t).to.match(/Zeile 4/);
    expect(t).to.match(/Zeile 3, Spalte „Status“/);
    expect(t).to.contain('Was tun:');
    expect(t).to.contain('Name der Kommune fehlt');
    // The fix as the workbench offers it, never a command-line option the editor cannot use.
    expect(t).to.contain('Oder oben im Feld „Name der Kommune“ eintragen.');
    expect(t).not.to.match(/(^|[\s(])--[a-z]/);
    expect(el.shadowRoot!.querySelector('a[download]'), 'no download while problems remain').to.equal(null);
    await expectAccessible(el, 'broken workbook');

    // The editor types the municipality's name: read again, now with a concept and a download.
    const name = el.shadowRoot!.querySelector<HTMLInputElement>('#municipality')!;
    name.value = 'Landkreis Musterstadt';
    name.dispatchEvent(new Event('change'));
    await waitUntil(() => el.shadowRoot!.querySelector('a[download]'), 'a download once the name is given');
  });

  it('a JSON export with a syntax error: line and column, in plain words', async () => {
    const el = await fixture<KonzeptWorkbench>(html`<konzept-workbench></konzept-workbench>`);
    await el.open(new File(['{\n  "formatVersion": 1,\n  "title": "x",,\n}'], 'kaputt.json'));
    expect(text(el)).to.match(/kein gültiges JSON in Zeile 3, Spalte \d+/);
    await expectAccessible(el, 'broken JSON');
  });

  it('a JSON export whose measure is wrong: the problem names the measure’s title', async () => {
    const json = (await sampleJson('konstanz-1.0')) as {
      fields: Array<{ objectives: Array<{ measures: Array<{ title: unknown; status: { value: string } }> }> }>;
    };
    const copy = structuredClone(json);
    const measure = copy.fields[0]!.objectives[0]!.measures[0]!;
    measure.status.value = 'lila';
    const el = await fixture<KonzeptWorkbench>(html`<konzept-workbench></konzept-workbench>`);
    await el.open(new File([JSON.stringify(copy)], 'export.json'));
    const title = typeof measure.title === 'string' ? measure.title : (measure.title as { de: string }).de;
    expect(text(el)).to.contain(`Maßnahme „${title}“`);
  });

  it('a good export: the verdict, the preview with the chart, the download and both snippets with its file name', async () => {
    const el = await fixture<KonzeptWorkbench>(html`<konzept-workbench folder="/fileadmin/integration"></konzept-workbench>`);
    await el.open(await exportFile());
    expect(text(el)).to.contain('„konstanz-1.0.json“: in Ordnung');
    expect(text(el)).to.contain('193 Maßnahmen');
    const chart = el.shadowRoot!.querySelector('ampel-chart')!;
    await waitUntil(() => chart.shadowRoot?.querySelector('svg'), 'the preview shows the chart');
    expect(el.shadowRoot!.querySelector('measure-accordion')).to.exist;
    expect(el.shadowRoot!.querySelector('version-diff[mode="status"]'), 'four reports: the status comparison').to.exist;
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[download]')!;
    expect(link.getAttribute('download')).to.equal('konstanz-1.0.json');
    expect(link.href).to.match(/^blob:/);
    const exported = JSON.parse(await (await fetch(link.href)).text());
    expect(exported.fields.length).to.equal(11);
    const formA = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#snippet-form-a')!.value;
    expect(formA).to.contain('<konzept-provider src="/fileadmin/integration/konstanz-1.0.json">');
    const formB = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#snippet-form-b')!.value;
    expect(formB).to.contain('/fileadmin/integration/konstanz-1.0.json#konzept-ampel-chart');
    await expectAccessible(el, 'good export with preview');

    // The desktop width and a language for readers.
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="width"][value="desktop"]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.frame--desktop')).to.exist;
    const lang = el.shadowRoot!.querySelector<HTMLSelectElement>('#reader-lang')!;
    lang.value = 'en';
    lang.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.frame')!.getAttribute('lang')).to.equal('en');
  });

  it('a good workbook: warns that ids come from the order; a previous version adds the comparison', async () => {
    const el = await fixture<KonzeptWorkbench>(html`<konzept-workbench></konzept-workbench>`);
    const name = el.shadowRoot!.querySelector<HTMLInputElement>('#municipality')!;
    name.value = 'Landkreis Musterstadt';
    name.dispatchEvent(new Event('input'));
    name.dispatchEvent(new Event('change'));
    await el.open(new File([GOOD_CSV], 'ampel.csv'));
    expect(text(el)).to.contain('in Ordnung, mit 1 Hinweis');
    expect(text(el)).to.contain('Kennungen aus der Reihenfolge');
    await el.openPrevious(new File([GOOD_CSV.replace('Jobmesse;rot', 'Jobmesse;gelb')], 'ampel-2024.csv'));
    expect(text(el)).to.contain('Vorige Version: „ampel-2024.csv“');
    expect(el.shadowRoot!.querySelector('version-diff[mode="versions"]'), 'the version comparison').to.exist;
    await expectAccessible(el, 'with a previous version');
  });

  it('in English: every word of the workbench, and the switch back to German', async () => {
    const el = await fixture<KonzeptWorkbench>(html`<konzept-workbench lang="en"></konzept-workbench>`);
    await el.open(new File([BROKEN_CSV], 'ampel.csv'));
    expect(text(el)).to.contain('Nothing is sent');
    expect(text(el)).to.contain('cannot be published like this');
    expect(text(el)).to.contain('What to do:');
    await expectAccessible(el, 'English');
    const de = Object.keys(translationOf('de')).filter((k) => k.startsWith('workbench.'));
    const en = new Set(Object.keys(translationOf('en')));
    expect(de.filter((k) => !en.has(k))).to.deep.equal([]);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.switch')!.click();
    await el.updateComplete;
    expect(el.getAttribute('lang')).to.equal('de');
    expect(text(el)).to.contain('Was tun:');
  });

  it('keyboard: the file chooser comes first, and the focus ring is visible', async () => {
    const el = await fixture<KonzeptWorkbench>(html`<konzept-workbench></konzept-workbench>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.switch')!.focus();
    await sendKeys({ press: 'Tab' });
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused.id).to.equal('file');
    const outline = getComputedStyle(focused).outlineStyle;
    expect(outline).to.not.equal('none');
  });
});
