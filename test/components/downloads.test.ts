/**
 * "Get the data" under every view, as a reader meets it: the CSV holds the rows the view shows
 * (the chart's fields in the order shown, the measures and changes the reader's filter left), opens
 * right in German Excel (byte order mark, semicolons, formulas defused), is named after the
 * concept's title and version, and the JSON is the export. Hosts hide the buttons with `no-downloads`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { defineAmpelChart } from '../../packages/components/src/ampel-chart/define.js';
import { defineMeasureAccordion } from '../../packages/components/src/measure-accordion/define.js';
import { defineVersionDiff } from '../../packages/components/src/version-diff/define.js';
import { defineKonzeptOverview } from '../../packages/components/src/overview/define.js';
import { csvLines, download, expectAccessible, plain, sampleJson, sampleUrl, settled } from './helpers.js';

defineAmpelChart();
defineMeasureAccordion();
defineVersionDiff();
defineKonzeptOverview();

type Json = Record<string, any>;
const KONSTANZ = 'integrationskonzept-des-landkreises-konstanz';

async function shown<T extends HTMLElement>(template: ReturnType<typeof html>): Promise<T> {
  const el = await fixture<T>(template);
  await settled(el);
  return el;
}

const all = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element) => plain(node.textContent!);

describe('get the data: the chart', () => {
  it('fields view: a row per field in the order the table shows them (sorted by share done), then the total; named as its caption', async () => {
    const el = await shown(html`<ampel-chart view="fields" sort="done" src=${sampleUrl('konstanz-1.0')}></ampel-chart>`);
    const csv = await download(el, 'csv');
    expect(csv.name).to.equal(`${KONSTANZ}-1.0-massnahmen-nach-handlungsfeld-und-status.csv`);
    expect(csv.type).to.equal('text/csv;charset=utf-8');
    expect(csv.text.startsWith('\uFEFFHandlungsfeld;Art;Anzahl;umgesetzt;umgesetzt %;in Arbeit;')).to.be.true;
    expect(csv.text.endsWith('\r\n')).to.be.true;
    const rows = csvLines(csv.text);
    const fields = all(el, 'table tbody th[scope="row"]').map(text);
    expect(fields).to.have.length(11);
    expect(rows.slice(1, -1).map((r) => r[0])).to.deep.equal(fields);
    expect(rows.at(-1)!.slice(0, 5)).to.deep.equal(['Gesamt', '', '193', '141', '73']);
    // The first field's count of green as its table cell shows it: "12 (92 %)".
    const firstCell = text(all(el, 'table tbody tr')[1]!.querySelector('td')!);
    expect(firstCell).to.equal(`${rows[1]![3]} (${rows[1]![4]} %)`);
    await expectAccessible(el, 'chart with downloads');
  });

  it("overview view: the total; progress view: a row per report; in English and in Lörrach's own words", async () => {
    const overview = await shown(html`<ampel-chart src=${sampleUrl('konstanz-1.0')}></ampel-chart>`);
    expect(csvLines((await download(overview, 'csv')).text).map((r) => r[0])).to.deep.equal(['Handlungsfeld', 'Gesamt']);

    const progress = await shown(html`<ampel-chart view="progress" lang="en" src=${sampleUrl('konstanz-1.0')}></ampel-chart>`);
    const csv = await download(progress, 'csv');
    expect(csv.name).to.equal(`${KONSTANZ}-1.0-measures-by-status-in-each-report.csv`);
    const rows = csvLines(csv.text);
    expect(rows[0]!.slice(0, 4)).to.deep.equal(['Evaluation', 'Date', 'Number', 'implemented']);
    expect(rows.slice(1).map((r) => r[1])).to.deep.equal(['2019-10-15', '2021-04-20', '2023-03-14', '2025-03-28']);
    expect(rows.length - 1).to.equal(all(progress, 'table tbody tr').length);

    const loerrach = await shown(html`<ampel-chart view="fields" src=${sampleUrl('loerrach')}></ampel-chart>`);
    const own = await download(loerrach, 'csv');
    expect(own.name).to.match(/-projekte-nach-themenfeld-und-status\.csv$/);
    expect(csvLines(own.text)[0]![0]).to.equal('Themenfeld');
  });

  it('the JSON is the whole export, named after title and version', async () => {
    const el = await shown(html`<ampel-chart src=${sampleUrl('konstanz-2.0')}></ampel-chart>`);
    const json = await download(el, 'json');
    expect(json.name).to.equal(`${KONSTANZ}-2.0.json`);
    expect(json.type).to.equal('application/json');
    const data = JSON.parse(json.text) as Json;
    expect(data['version']).to.equal('2.0');
    expect(data['fields']).to.have.length(11);
  });
});

describe('get the data: the measures', () => {
  it("the CSV holds the measures the reader's filter leaves, and follows the filter as it changes", async () => {
    const el = await shown(html`<measure-accordion status="red" src=${sampleUrl('konstanz-1.0')}></measure-accordion>`);
    let csv = await download(el, 'csv');
    expect(csv.name).to.equal(`${KONSTANZ}-1.0-massnahmen.csv`);
    let rows = csvLines(csv.text);
    expect(rows[0]).to.deep.equal(['ID', 'Handlungsfeld', 'Unterziel', 'Maßnahme', 'Status', 'Federführung', 'Kooperationspartner', 'Zeitraum']);
    expect(rows).to.have.length(1 + 13);
    expect(rows.slice(1).every((r) => r[4] === 'nicht umgesetzt')).to.be.true;
    expect(rows.slice(1).map((r) => r[0])).to.deep.equal(all(el, 'button.measure-button').map((b) => b.dataset['measure']));
    // The reader adds "in Arbeit" (39 more).
    all(el, 'input[name="status"][value="yellow"]')[0]!.click();
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    csv = await download(el, 'csv');
    rows = csvLines(csv.text);
    expect(rows).to.have.length(1 + 13 + 39);
    await expectAccessible(el, 'accordion with downloads');
  });

  it('defuses cells Excel would run as a formula', async () => {
    const concept = structuredClone(await sampleJson('konstanz-1.0')) as Json;
    concept['fields'][0].objectives[0].measures[0].title = '=HYPERLINK("http://example.org","klick")';
    const el = await shown(html`<measure-accordion .concept=${concept} query="HYPERLINK"></measure-accordion>`);
    const rows = csvLines((await download(el, 'csv')).text);
    expect(rows).to.have.length(2);
    expect(rows[1]![3]).to.equal(`'=HYPERLINK("http://example.org","klick")`);
  });
});

describe('get the data: the version diff', () => {
  it('the CSV holds the changes the reader chose: only deleted measures, then also new ones', async () => {
    const el = await shown(html`<version-diff kinds="removed" from=${sampleUrl('konstanz-1.0')} to=${sampleUrl('konstanz-2.0')}></version-diff>`);
    let rows = csvLines((await download(el, 'csv')).text);
    expect(rows[0]).to.deep.equal([
      'Handlungsfeld',
      'Ebene',
      'ID',
      'Art der Änderung',
      'Angabe',
      'Bisherige Fassung (Version 1.0)',
      'Neue Fassung (Version 2.0)',
    ]);
    const removed = all(el, 'li.change--removed');
    expect(removed).to.have.length(21);
    expect(rows.slice(1).every((r) => r[3] === 'gestrichen' && r[1] === 'Maßnahme' && r[6] === '')).to.be.true;
    expect(rows).to.have.length(1 + 21);
    all(el, 'input[name="kind"][value="added"]')[0]!.click();
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const csv = await download(el, 'csv');
    expect(csv.name).to.equal(`${KONSTANZ}-2.0-aenderungen-seit-1.0.csv`);
    rows = csvLines(csv.text);
    expect(rows.filter((r) => r[3] === 'neu')).to.have.length(22);
    await expectAccessible(el, 'diff with downloads');
  });

  it("Landshut's goals-only concept: its goals and guidelines; the status view: the measures whose status changed", async () => {
    const landshut = (await sampleJson('landshut')) as Json;
    const next = structuredClone(landshut);
    next['version'] = '2026';
    next['guidelines'][0].text = 'Neu gefasst: ' + next['guidelines'][0].text;
    const el = await shown(html`<version-diff .fromConcept=${landshut} .toConcept=${next} lang="en"></version-diff>`);
    const rows = csvLines((await download(el, 'csv')).text);
    expect(rows[0]![1]).to.equal('Level');
    expect(rows.slice(1).map((r) => `${r[1]} ${r[3]} ${r[4]}`)).to.deep.equal(['Guideline adapted Text']);

    const status = await shown(html`<version-diff mode="status" src=${sampleUrl('konstanz-1.0')}></version-diff>`);
    const csv = await download(status, 'csv');
    expect(csv.name).to.equal(`${KONSTANZ}-1.0-statusaenderungen.csv`);
    const changes = csvLines(csv.text);
    expect(changes[0]!.slice(-2)).to.deep.equal(['Status (vorher)', 'Status (nachher)']);
    expect(changes.length - 1).to.equal(all(status, 'li.change').length);
  });
});

describe('get the data: hidden where the host does not want it', () => {
  it('no-downloads hides the buttons under every view, and they come back without it', async () => {
    const els = [
      await shown<HTMLElement>(html`<ampel-chart no-downloads src=${sampleUrl('konstanz-1.0')}></ampel-chart>`),
      await shown<HTMLElement>(html`<measure-accordion no-downloads src=${sampleUrl('konstanz-1.0')}></measure-accordion>`),
      await shown<HTMLElement>(html`<version-diff no-downloads from=${sampleUrl('konstanz-1.0')} to=${sampleUrl('konstanz-2.0')}></version-diff>`),
      await shown<HTMLElement>(html`<konzept-overview no-downloads src=${sampleUrl('konstanz-1.0')}></konzept-overview>`),
    ];
    for (const el of els) expect(el.shadowRoot!.querySelector('[part="downloads"]'), el.localName).to.equal(null);
    const chart = els[0]! as HTMLElement & { updateComplete: Promise<unknown> };
    chart.removeAttribute('no-downloads');
    await chart.updateComplete;
    expect(chart.shadowRoot!.querySelector('[part="downloads"]')).to.exist;
  });
});
