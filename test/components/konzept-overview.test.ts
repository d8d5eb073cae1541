import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { defineKonzeptOverview } from '../../packages/components/src/overview/define.js';
import type { KonzeptOverview } from '../../packages/components/src/overview/konzept-overview.js';
import { parseConceptOrThrow } from '../../packages/sdk/src/index.js';
import { download, expectAccessible, plain, sampleJson, sampleUrl, settled } from './helpers.js';

defineKonzeptOverview();

const root = (el: KonzeptOverview) => el.shadowRoot!;
const headings = (el: KonzeptOverview) => [...root(el).querySelectorAll('h2, h3, h4')].map((h) => `${h.localName} ${plain(h.textContent!)}`);

async function overview(template: ReturnType<typeof html>): Promise<KonzeptOverview> {
  const el = await fixture<KonzeptOverview>(template);
  await settled(el);
  return el;
}

describe('<konzept-overview>: the concept as a whole', () => {
  it("shows Konstanz's details: summary, adoption, the council papers 2024/140 and 2025/073, the sample-data note", async () => {
    const el = await overview(html`<konzept-overview src=${sampleUrl('konstanz-1.0')}></konzept-overview>`);
    const text = plain(root(el).textContent!);
    expect(text).to.contain('Landkreis Konstanz · Version 1.0 · beschlossen am 19.03.2018 (Kreistag)');
    expect(plain(root(el).querySelector('[part="note"]')!.textContent!)).to.match(/^Beispieldaten: /);
    const papers = [...root(el).querySelectorAll('.papers li')].map((li) => plain(li.textContent!));
    expect(papers.some((p) => p.startsWith('Drucksache 2024/140: Sachstandsbericht Integrationskonferenz'))).to.be.true;
    expect(papers.some((p) => p.startsWith('Drucksache 2025/073') && p.includes('Sozialausschuss') && p.includes('öffentlich'))).to.be.true;
    expect(root(el).querySelector('.summary')).to.exist;
    await expectAccessible(el, 'konstanz');
  });

  it('shows participation per field: key statements and needs with their source, in closed boxes that find-in-page opens', async () => {
    const el = await overview(html`<konzept-overview src=${sampleUrl('konstanz-1.0')}></konzept-overview>`);
    const boxes = [...root(el).querySelectorAll<HTMLDetailsElement>('details[part="field"]')];
    expect(boxes).to.have.length(11);
    const language = boxes[0]!;
    expect(plain(language.querySelector('summary')!.textContent!)).to.match(/^Sprache \d+ Kernaussagen, \d+ Bedarfe$/);
    expect(language.open).to.be.false;
    language.open = true;
    await el.updateComplete;
    const inside = plain(language.textContent!);
    expect(inside).to.contain('Kernaussagen');
    // The box names its field and the heading above says "Kernaussagen und Bedarfe": its inputs do not say it again.
    expect(inside).not.to.contain('Kernaussagen und Bedarfe');
    expect(plain(language.querySelector('.input__title')!.textContent!)).to.match(/^Integrationskonferenz und Padlets \(/);
    expect(plain(root(el).textContent!).split('Kernaussagen und Bedarfe')).to.have.length(2, 'once, in the heading');
    expect(headings(el)).to.include('h3 Kernaussagen und Bedarfe je Handlungsfeld');
    expect(inside).to.contain('Bedarfe Bedarf nach mehr barrierefreien');
    expect(inside).to.contain('Quelle: Drucksache 2024/140: Sachstandsbericht Integrationskonferenz');
    // The conference and the Padlets, which belong to no field, come first.
    expect(plain(root(el).querySelector('.input__title')!.textContent!)).to.contain('Integrationskonferenz');
    expect(plain(root(el).textContent!)).to.contain('150 Teilnehmende');
    await expectAccessible(el, 'participation open');
  });

  it("counts a field's key statements and needs in the singular for one, in German and English", async () => {
    const data = structuredClone(await sampleJson('konstanz-1.0')) as { participation: { id: string; statements: string[]; needs?: string[] }[] };
    const sprache = data.participation.find((p) => p.id === 'bedarfe-sprache')!;
    sprache.statements = ['Mehr Kurse am Abend.'];
    sprache.needs = ['Kinderbetreuung während der Kurse.'];
    data.participation.find((p) => p.id === 'bedarfe-bildung')!.needs = ['Lernpaten.', 'Elterncafés.'];
    const concept = parseConceptOrThrow(JSON.stringify(data));
    const counts = (el: KonzeptOverview) =>
      [...root(el).querySelectorAll('details[part="field"] summary')].slice(0, 3).map((s) => plain(s.querySelector('.muted')!.textContent!));
    const german = await overview(html`<konzept-overview .concept=${concept}></konzept-overview>`);
    expect(counts(german)).to.deep.equal(['1 Kernaussage, 1 Bedarf', '6 Kernaussagen, 2 Bedarfe', '7 Kernaussagen, 0 Bedarfe']);
    const english = await overview(html`<konzept-overview lang="en" .concept=${concept}></konzept-overview>`);
    expect(counts(english)).to.deep.equal(['1 key statement, 1 need', '6 key statements, 2 needs', '7 key statements, 0 needs']);
  });

  it("shows Landshut's integration report: its date, period and the three measures evaluated in words", async () => {
    const el = await overview(html`<konzept-overview src=${sampleUrl('landshut')}></konzept-overview>`);
    expect(headings(el)).to.include.members(['h2 Integrationsberichte', 'h3 Integrationsbericht 2024']);
    const report = root(el).querySelector('[part="report"]')!;
    expect(plain(report.querySelector('.facts')!.textContent!)).to.equal('15.10.2024 · Zeitraum: 2021 bis 2023');
    const measures = [...report.querySelectorAll('.reported')];
    expect(measures).to.have.length(3);
    const facts = (m: Element) =>
      [...m.querySelectorAll('dl > div')].map((d) => `${plain(d.querySelector('dt')!.textContent!)}: ${plain(d.querySelector('dd')!.textContent!)}`);
    expect(facts(measures[0]!)).to.deep.equal([
      'Themenfeld: Bildung',
      'Federführung: Amt für Schulen und Kindertagesstätten',
      'Kooperationspartner: Freiwilligenagentur, Grundschulen der Stadt',
    ]);
    expect(plain(measures[0]!.textContent!)).to.contain('Bewertung Ehrenamtliche Lernpatinnen');
    expect(plain(measures[0]!.textContent!)).to.contain('Nächste Schritte');
    await expectAccessible(el, 'landshut');
    el.lang = 'en';
    await el.updateComplete;
    expect(headings(el)).to.include.members(['h2 Integration reports', 'h3 Integration report 2024']);
    expect(facts(measures[0]!)[0]).to.equal('Theme: Education');
    await expectAccessible(el, 'landshut en');
  });

  it('takes a heading level and shows only the parts asked for', async () => {
    const el = await overview(html`<konzept-overview heading-level="3" parts="reports" src=${sampleUrl('landshut')}></konzept-overview>`);
    expect(headings(el)[0]).to.equal('h3 Integrationsberichte');
    expect(root(el).querySelector('[part="downloads"]')).to.equal(null);
    expect(root(el).querySelector('.papers, [part="note"]')).to.equal(null);
  });

  it('gets the data: CSV with BOM and semicolons for German Excel, formulas defused; JSON of the whole export', async () => {
    const el = await overview(html`<konzept-overview src=${sampleUrl('konstanz-1.0')}></konzept-overview>`);
    const csv = await download(el, 'csv');
    expect(csv.name).to.equal('integrationskonzept-des-landkreises-konstanz-1.0-ueberblick.csv');
    expect(csv.type).to.equal('text/csv;charset=utf-8');
    expect(csv.text.startsWith('\uFEFFTeil;Handlungsfeld;Titel;Text;Quelle\r\n')).to.be.true;
    expect(csv.text).to.contain('Bedarf;Sprache;');
    const json = await download(el, 'json');
    expect(json.name).to.equal('integrationskonzept-des-landkreises-konstanz-1.0.json');
    expect(JSON.parse(json.text).fields).to.have.length(11);
    await expectAccessible(el, 'downloads');
  });

  it('fits 320 px without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await overview(html`<konzept-overview src=${sampleUrl('landshut')}></konzept-overview>`);
    expect(el.scrollWidth).to.be.at.most(320);
    await expectAccessible(el, '320 px');
    await setViewport({ width: 1280, height: 800 });
  });
});
