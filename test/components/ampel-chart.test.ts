import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { progressView } from '../../packages/sdk/src/index.js';
import { defineAmpelChart } from '../../packages/components/src/ampel-chart/define.js';
import { CHART_STEP } from '../../packages/components/src/ampel-chart/tables.js';
import { defineKonzeptProvider } from '../../packages/components/src/provider/define.js';
import type { AmpelChart } from '../../packages/components/src/ampel-chart/ampel-chart.js';
import type { KonzeptProvider } from '../../packages/components/src/provider/konzept-provider.js';
import type { KonzeptSelectDetail } from '../../packages/components/src/shared/events.js';
import { expectAccessible, plain, sample, sampleJson, sampleUrl, settled } from './helpers.js';

defineAmpelChart();
defineKonzeptProvider();

type Json = Record<string, any>;

const root = (el: AmpelChart) => el.shadowRoot!;
const visible = (node: Element) => plain((node as HTMLElement).innerText);
const legend = (el: AmpelChart) => root(el).querySelector<HTMLElement>('[part="legend"]')!;
const toggle = (el: AmpelChart) => root(el).querySelector<HTMLButtonElement>('[part="toggle"]')!;
const segments = (el: AmpelChart) => [...root(el).querySelectorAll<SVGGElement>('[part="segment"]')];
const focused = (el: AmpelChart) => root(el).activeElement as (HTMLElement | SVGElement) | null;
/** The accessible name of the figure: the text of what `aria-labelledby` names. */
const chartName = (el: AmpelChart) => {
  const figure = root(el).querySelector('figure')!;
  return root(el).getElementById(figure.getAttribute('aria-labelledby')!)!.textContent!.trim();
};
/** Fields as the reader sees them: name and share done. */
const fieldRows = (el: AmpelChart) =>
  [...root(el).querySelectorAll<HTMLElement>('li.row')].map((row) => {
    const button = row.querySelector('button')!;
    const hidden = button.querySelector('.visually-hidden')?.textContent ?? '';
    return { name: button.textContent!.replace(hidden, '').trim(), done: plain(row.querySelector('.row__done')!.textContent!) };
  });

async function chart(template: ReturnType<typeof html>): Promise<AmpelChart> {
  const found = await fixture<HTMLElement>(template);
  const el = (found.localName === 'ampel-chart' ? found : found.querySelector('ampel-chart')!) as AmpelChart;
  await settled(el);
  return el;
}

async function showTable(el: AmpelChart): Promise<void> {
  toggle(el).click();
  await el.updateComplete;
}

describe('<ampel-chart> overview', () => {
  it('shows the Konstanz distribution 73 %, 20 %, 7 % with labels, icons, counts and an accessible name', async () => {
    const el = await chart(html`<ampel-chart src=${sampleUrl('konstanz-1.0')}></ampel-chart>`);
    const text = visible(legend(el));
    for (const part of ['umgesetzt 141 73 %', 'in Arbeit 39 20 %', 'nicht umgesetzt 13 7 %']) expect(text).to.contain(part);
    expect(legend(el).querySelectorAll('.status-icon')).to.have.length(3);
    expect(visible(root(el).querySelector('.donut-center')!)).to.equal('73 % umgesetzt');
    // German percent format through Intl: a narrow no-break space before the sign.
    expect(root(el).querySelector('.legend__percent')!.textContent).to.match(/^73[\u202f\u00a0]%$/);
    expect(chartName(el)).to.equal('Integrationskonzept des Landkreises Konstanz');
    expect(root(el).querySelector('#summary')!.textContent).to.contain('193 Maßnahmen: 141 umgesetzt (73');
    expect(segments(el)).to.have.length(3);
    expect(plain(segments(el)[0]!.getAttribute('aria-label')!)).to.equal('umgesetzt: 141 von 193 (73 %)');
    await expectAccessible(el, 'overview');
  });

  it('speaks English with lang="en", takes its name from label, and stays accessible with the table shown', async () => {
    const el = await chart(html`<ampel-chart lang="en" label="Where we stand" src=${sampleUrl('konstanz-1.0')}></ampel-chart>`);
    expect(visible(legend(el))).to.contain('implemented 141 73%');
    expect(chartName(el)).to.equal('Where we stand');
    expect(toggle(el).textContent!.trim()).to.equal('Show table');
    await expectAccessible(el, 'overview en');
    await showTable(el);
    expect(toggle(el).getAttribute('aria-pressed')).to.equal('true');
    await expectAccessible(el, 'overview en, table');
  });

  it('speaks the language of the page inside its shadow root, German on a page without lang', async () => {
    expect(document.documentElement.hasAttribute('lang'), 'the test page has no lang of its own').to.equal(false);
    const german = await chart(html`<ampel-chart src=${sampleUrl('konstanz-1.0')}></ampel-chart>`);
    expect(root(german).querySelector('.legend, [part="legend"]')!.matches(':lang(de)')).to.equal(true);
    const english = await chart(html`<div lang="en"><ampel-chart src=${sampleUrl('konstanz-1.0')}></ampel-chart></div>`);
    expect(root(english).querySelector('[part="legend"]')!.matches(':lang(en)')).to.equal(true);
  });

  it('toggles between chart and table, a toggle button that is pressed while the table shows; one view at a time', async () => {
    const el = await chart(html`<ampel-chart src=${sampleUrl('konstanz-1.0')}></ampel-chart>`);
    const region = root(el).querySelector<HTMLElement>('#table')!;
    expect(region.hidden, 'the table is hidden while the chart shows').to.be.true;
    expect(toggle(el).getAttribute('aria-controls')).to.equal(region.id);
    expect(toggle(el).textContent!.trim()).to.equal('Tabelle anzeigen');
    expect(toggle(el).getAttribute('aria-pressed')).to.equal('false');
    await showTable(el);
    const table = root(el).querySelector('table')!;
    expect(table.closest('[hidden]')).to.equal(null);
    expect(region.getAttribute('aria-labelledby')).to.equal(table.querySelector('caption')!.id);
    expect(plain(table.textContent!)).to.contain('193');
    expect(root(el).querySelector<HTMLElement>('[part="chart"]')!.hidden).to.be.true;
    const rows = [...table.querySelectorAll('tbody tr')].map((r) => visible(r));
    expect(rows).to.deep.equal(['umgesetzt 141 73 %', 'in Arbeit 39 20 %', 'nicht umgesetzt 13 7 %']);
    expect(visible(table.querySelector('tfoot')!)).to.equal('Gesamt 193 100 %');
    expect(toggle(el).textContent!.trim(), 'the label stays; the state changes').to.equal('Tabelle anzeigen');
    expect(toggle(el).getAttribute('aria-pressed')).to.equal('true');
    await expectAccessible(el, 'overview, table');
    await showTable(el);
    expect(root(el).querySelector<HTMLElement>('[part="chart"]')!.hidden).to.be.false;
  });

  it('leaves the switch to the table ("Tabelle anzeigen") off paper', async () => {
    const el = await fixture<AmpelChart>(html`<ampel-chart .concept=${await sample('konstanz-1.0')}></ampel-chart>`);
    await settled(el);
    const toggle = el.shadowRoot!.querySelector<HTMLElement>('[part~="toggle"]')!;
    expect(toggle.textContent!.trim()).to.equal('Tabelle anzeigen');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(toggle).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(getComputedStyle(toggle).display).to.not.equal('none');
  });

  it('a part hidden by CSS is no tab stop: the next one takes it (asked when the browser is idle, not in the render)', async () => {
    const el = await chart(html`<ampel-chart view="fields" src=${sampleUrl('konstanz-1.0')}></ampel-chart>`);
    const parts = () => [...root(el).querySelectorAll<HTMLElement>('[data-key]')];
    const [first, second] = parts();
    expect(first!.getAttribute('tabindex')).to.equal('0');
    first!.style.display = 'none';
    el.requestUpdate();
    await el.updateComplete;
    await waitUntil(() => second!.getAttribute('tabindex') === '0', 'the tab stop moves to the first item shown', { timeout: 5000 });
    expect(parts().filter((p) => p.getAttribute('tabindex') === '0')).to.deep.equal([second]);
  });

  it('walks the segments with the arrow keys and chooses with Enter and Space; choosing again clears', async () => {
    const el = await chart(html`<ampel-chart src=${sampleUrl('konstanz-1.0')}></ampel-chart>`);
    const [green, yellow, red] = segments(el);
    expect(segments(el).map((s) => s.getAttribute('tabindex'))).to.deep.equal(['0', '-1', '-1']);
    green!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)).to.equal(yellow);
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)).to.equal(red);
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el), 'stays at the end').to.equal(red);
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)).to.equal(yellow);
    await el.updateComplete;
    expect(yellow!.getAttribute('tabindex'), 'roving tabindex follows focus').to.equal('0');
    expect(green!.getAttribute('tabindex')).to.equal('-1');

    let event = oneEvent(el, 'konzept-select');
    await sendKeys({ press: 'Enter' });
    const chosen = (await event) as CustomEvent<KonzeptSelectDetail>;
    expect(chosen.detail).to.deep.equal({ statusId: 'yellow' });
    expect(chosen.bubbles && chosen.composed).to.be.true;
    await el.updateComplete;
    expect(segments(el)[1]!.getAttribute('aria-pressed')).to.equal('true');
    expect(segments(el)[0]!.classList.contains('segment--dim')).to.be.true;

    event = oneEvent(el, 'konzept-select');
    await sendKeys({ press: ' ' });
    expect(((await event) as CustomEvent<KonzeptSelectDetail>).detail).to.deep.equal({});
    await el.updateComplete;
    expect(segments(el).every((s) => s.getAttribute('aria-pressed') === 'false')).to.be.true;

    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.equal(segments(el)[0]);
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal(segments(el)[2]);
  });

  it("draws Lörrach's own five-step scale with patterns and icons", async () => {
    const el = await chart(html`<ampel-chart src=${sampleUrl('loerrach')}></ampel-chart>`);
    const json = (await sampleJson('loerrach')) as Json;
    const statuses = json.statusScale.statuses.length;
    expect(legend(el).querySelectorAll('.legend__item')).to.have.length(statuses);
    expect(legend(el).querySelectorAll('.status-icon')).to.have.length(statuses);
    const patterns = [...root(el).querySelectorAll('.donut .segment__pattern')].map((p) => p.getAttribute('fill'));
    expect(new Set(patterns).size, 'a different pattern for each status').to.equal(patterns.length);
    expect(visible(legend(el))).to.match(/\d+ %/);
    await expectAccessible(el, 'overview loerrach');
  });

  it('shows measures without a rating (Konstanz 2.0) but does not offer them as a choice', async () => {
    const el = await chart(html`<ampel-chart src=${sampleUrl('konstanz-2.0')}></ampel-chart>`);
    expect(visible(legend(el))).to.match(/ohne Bewertung \d+ \d+ %/);
    expect(root(el).querySelectorAll('.donut .segment')).to.have.length(4);
    expect(segments(el)).to.have.length(3);
    await expectAccessible(el, 'overview with unrated');
  });

  it('chooses a segment by pointer', async () => {
    const el = await chart(html`<ampel-chart src=${sampleUrl('konstanz-1.0')}></ampel-chart>`);
    const event = oneEvent(el, 'konzept-select');
    segments(el)[2]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(((await event) as CustomEvent<KonzeptSelectDetail>).detail).to.deep.equal({ statusId: 'red' });
    await el.updateComplete;
    expect(segments(el)[2]!.getAttribute('aria-pressed')).to.equal('true');
  });
});

describe('<ampel-chart view="fields">', () => {
  it('groups the Konstanz fields by kind and shows the five above 80 % done', async () => {
    const el = await chart(html`<ampel-chart view="fields" src=${sampleUrl('konstanz-1.0')}></ampel-chart>`);
    expect([...root(el).querySelectorAll('[part="group-title"]')].map((h) => h.textContent!.trim())).to.deep.equal(['Handlungsfelder', 'Querschnittsthemen']);
    const rows = fieldRows(el);
    expect(rows).to.have.length(11);
    expect(rows[0]!.name).to.equal('Sprache');
    const above80 = rows.filter((r) => parseInt(r.done, 10) > 80).map((r) => r.name);
    expect(above80).to.deep.equal(['Sprache', 'Bildung', 'Gesundheit', 'Ehrenamtliches Engagement', 'Zusammenarbeit mit kreisangehörigen Kommunen']);
    expect(rows.every((r) => /^\d+ %$/.test(r.done))).to.be.true;
    expect(visible(legend(el))).to.contain('umgesetzt 141 73 %');
    await expectAccessible(el, 'fields');
    await showTable(el);
    const table = root(el).querySelector('table')!;
    expect([...table.querySelectorAll('.table__group')].map((g) => g.textContent!.trim())).to.deep.equal(['Handlungsfelder', 'Querschnittsthemen']);
    expect(table.querySelectorAll('tbody th[scope="row"]')).to.have.length(11);
    await expectAccessible(el, 'fields, table');
  });

  it('shows a field without measures as such, and still lets it be chosen', async () => {
    const json = structuredClone((await sampleJson('konstanz-1.0')) as Json);
    json.fields[1].objectives = [];
    const el = await chart(html`<ampel-chart view="fields" .concept=${json}></ampel-chart>`);
    const row = root(el).querySelectorAll('li.row')[1]!;
    expect(row.querySelector('svg.bar')).to.equal(null);
    expect(row.querySelector('button')!.textContent).to.contain('keine Maßnahmen');
    await expectAccessible(el, 'fields with an empty field');
  });

  it('sorts by share done with sort="done"', async () => {
    const el = await chart(html`<ampel-chart view="fields" sort="done" src=${sampleUrl('konstanz-1.0')}></ampel-chart>`);
    const rows = fieldRows(el);
    const action = rows.slice(0, 6).map((r) => parseInt(r.done, 10));
    const crossCutting = rows.slice(6).map((r) => parseInt(r.done, 10));
    expect(action).to.deep.equal([...action].sort((a, b) => b - a));
    expect(crossCutting).to.deep.equal([...crossCutting].sort((a, b) => b - a));
    expect(rows[6]!.name).to.equal('Zusammenarbeit mit kreisangehörigen Kommunen');
  });

  it("uses the municipality's own terms and its own scale (Lörrach, English)", async () => {
    const el = await chart(html`<ampel-chart lang="en" view="fields" src=${sampleUrl('loerrach')}></ampel-chart>`);
    expect([...root(el).querySelectorAll('[part="group-title"]')].map((h) => h.textContent!.trim())).to.deep.equal(['Themes', 'Cross-cutting tasks']);
    const json = (await sampleJson('loerrach')) as Json;
    expect(legend(el).querySelectorAll('.legend__item')).to.have.length(json.statusScale.statuses.length);
    expect(root(el).querySelector('[part="summary"], #summary')!.textContent).to.match(/^48 projects: /);
    await expectAccessible(el, 'fields en');
    await showTable(el);
    await expectAccessible(el, 'fields en, table');
  });

  it("shows equal counts with equal percentages and says where a row does not add up to 100 % (Lörrach's Gesundheit, Sprache und Bildung)", async () => {
    const el = await chart(html`<ampel-chart view="fields" src=${sampleUrl('loerrach')}></ampel-chart>`);
    await showTable(el);
    const table = root(el).querySelector('table')!;
    const row = (name: string) => [...table.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')?.textContent!.trim() === name)!;
    const cells = (name: string) => [...row(name).querySelectorAll('td')].map((td) => plain(td.textContent!));
    const threes = cells('Gesundheit').filter((c) => c.startsWith('3 '));
    expect(threes).to.deep.equal(['3 (38 %)', '3 (38 %)'], 'not 3 (38 %) next to 3 (37 %)');
    expect(cells('Gesundheit').at(-1)).to.equal('8', 'sums to 100, so no note');
    // 4/1/2/1 of 8: the two ones are 12.5 % each, both shown as 13 %: 101 %.
    expect(cells('Sprache und Bildung').filter((c) => c.startsWith('1 '))).to.deep.equal(['1 (13 %)', '1 (13 %)']);
    expect(cells('Sprache und Bildung').at(-1)).to.equal('8 (Summe 101 %)');
    expect(plain(table.querySelector('caption')!.textContent!)).to.equal(
      'Projekte nach Themenfeld und Status. Gleiche Anzahlen zeigen gleiche Prozente; wo eine Zeile gerundet nicht 100 % ergibt, steht ihre Summe bei der Gesamtzahl.',
    );
    await expectAccessible(el, 'fields, table with a row summing to 101');
    el.lang = 'en';
    await el.updateComplete;
    expect(cells('Sprache und Bildung').at(-1)).to.equal('8 (sum 101%)');
  });

  it('moves between rows and segments with the arrow keys; a row chooses the whole field', async () => {
    const el = await chart(html`<ampel-chart view="fields" src=${sampleUrl('konstanz-1.0')}></ampel-chart>`);
    const rowButtons = () => [...root(el).querySelectorAll<HTMLButtonElement>('button.row__label')];
    rowButtons()[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(rowButtons()[1]);
    await sendKeys({ press: 'ArrowRight' });
    const segment = focused(el)!;
    expect(segment.getAttribute('part')).to.equal('segment');
    expect(plain(segment.getAttribute('aria-label')!)).to.match(/^Bildung, umgesetzt: \d+ von 28 \(\d+ %\)$/);
    let event = oneEvent(el, 'konzept-select');
    await sendKeys({ press: 'Enter' });
    expect(((await event) as CustomEvent<KonzeptSelectDetail>).detail).to.deep.equal({ fieldId: 'bildung', statusId: 'green' });
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)!.getAttribute('aria-label')).to.match(/^Arbeit, umgesetzt/);
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(el)).to.equal(rowButtons()[2]);
    event = oneEvent(el, 'konzept-select');
    await sendKeys({ press: 'Enter' });
    expect(((await event) as CustomEvent<KonzeptSelectDetail>).detail).to.deep.equal({ fieldId: 'arbeit' });
    await el.updateComplete;
    expect(rowButtons()[2]!.getAttribute('aria-pressed')).to.equal('true');
    expect(root(el).querySelectorAll('.row--dim')).to.have.length(10);
    event = oneEvent(el, 'konzept-select');
    rowButtons()[2]!.click();
    expect(((await event) as CustomEvent<KonzeptSelectDetail>).detail).to.deep.equal({});
  });
  it('skips field rows that are not shown: with one field more than a part, ArrowDown from the last row shown goes on to the next group, and the chart keeps one tab stop', async () => {
    const field = (id: string, kind: string) => ({
      id,
      kind,
      title: `Feld ${id}`,
      objectives: [{ id: `${id}-1`, title: 'Ziel', measures: [{ id: `${id}-1-1`, title: 'Maßnahme', status: { value: 'green' } }] }],
    });
    const many = {
      formatVersion: 1,
      id: 'viele',
      title: 'Viele Felder',
      version: '1.0',
      municipality: { name: 'Testkreis', kind: 'district' },
      fields: [...Array.from({ length: CHART_STEP + 1 }, (_, i) => field(`f${i + 1}`, 'action')), field('quer', 'crossCutting')],
    };
    const el = await chart(html`<ampel-chart view="fields" .concept=${many}></ampel-chart>`);
    const rowButtons = () => [...root(el).querySelectorAll<HTMLButtonElement>('button.row__label')];
    // CHART_STEP action fields shown, the next one after "show more", and the cross-cutting one.
    await waitUntil(() => rowButtons().length === CHART_STEP + 1, 'the rows of the first part and the cross-cutting field');
    rowButtons()[CHART_STEP - 1]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)?.textContent).to.contain('Feld quer');
    await el.updateComplete;
    // A part without tabindex="-1" (a button in the rows that arrive later) would be a tab stop too.
    const stops = [...root(el).querySelectorAll('[data-key]')].filter((e) => e.getAttribute('tabindex') !== '-1');
    expect(stops, 'one tab stop, on the part focused').to.deep.equal([focused(el)]);
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)).to.equal(rowButtons()[CHART_STEP - 1]);
  });
});

describe('<ampel-chart view="progress">', () => {
  it('says what changed since the last report (Konstanz) and draws one bar per report', async () => {
    const concept = await sample('konstanz-1.0');
    const view = progressView(concept)!;
    const el = await chart(html`<ampel-chart view="progress" .concept=${concept}></ampel-chart>`);
    const summary = plain(root(el).querySelector('[part="summary"]')!.textContent!);
    const green = view.latest.delta.green!;
    expect(summary).to.contain('Seit dem letzten Bericht (Ampeldokument Frühjahr 2023)');
    expect(summary).to.contain(`${Math.abs(green)} ${green > 0 ? 'mehr' : 'weniger'} umgesetzt`);
    expect(root(el).querySelectorAll('[part="bar"]')).to.have.length(view.snapshots.length);
    expect(visible(legend(el))).to.contain('umgesetzt 141 73 %');
    await expectAccessible(el, 'progress');
    await showTable(el);
    const table = root(el).querySelector('table')!;
    expect(table.querySelectorAll('tbody tr')).to.have.length(view.snapshots.length);
    expect(visible(table.querySelector('tbody tr:last-child')!)).to.match(/^Ampeldokument 2025 .* 141 \(73 %\) 39 \(20 %\) 13 \(7 %\) 193$/);
    expect(visible(table.querySelector('tfoot')!)).to.contain(`Veränderung zum vorigen Bericht ${green > 0 ? '+' : '-'}${Math.abs(green)}`);
    await expectAccessible(el, 'progress, table');
  });

  it('in English', async () => {
    const el = await chart(html`<ampel-chart lang="en" view="progress" src=${sampleUrl('konstanz-1.0')}></ampel-chart>`);
    expect(root(el).querySelector('[part="summary"]')!.textContent).to.match(/Since the last report .*more implemented/s);
    await expectAccessible(el, 'progress en');
  });

  it('says there is no history where there is only one report (Lörrach)', async () => {
    const el = await chart(html`<ampel-chart view="progress" src=${sampleUrl('loerrach')}></ampel-chart>`);
    expect(root(el).querySelector('[part="state"]')!.textContent).to.contain('noch keinen Verlauf');
    expect(root(el).querySelector('[part="state"]')!.textContent).to.contain('Projekte');
    await expectAccessible(el, 'progress without history');
  });
});

describe('<ampel-chart> states', () => {
  it('a concept without measures (Landshut) says so in its own words, in every view', async () => {
    for (const view of ['overview', 'fields', 'progress']) {
      const el = await chart(html`<ampel-chart view=${view} src=${sampleUrl('landshut')}></ampel-chart>`);
      const state = root(el).querySelector('[part="state"]')!.textContent!;
      expect(state).to.contain('Dieses Konzept enthält Ziele, aber keine einzeln bewerteten Maßnahmen');
      expect(state).to.contain('Themenfelder: Bildung, Beteiligung');
      expect(root(el).querySelector('svg.donut, svg.bar')).to.equal(null);
      await expectAccessible(el, `landshut ${view}`);
    }
    const en = await chart(html`<ampel-chart lang="en" src=${sampleUrl('landshut')}></ampel-chart>`);
    expect(root(en).querySelector('[part="state"]')!.textContent).to.contain('Themes: Education, Participation');
    expect(chartName(en)).to.equal('Integration concept of the City of Landshut');
    await expectAccessible(en, 'landshut en');
  });

  it('an empty concept (no fields)', async () => {
    const json = structuredClone((await sampleJson('konstanz-1.0')) as Json);
    json.fields = [];
    delete json.participation;
    delete json.guidelines;
    const el = await chart(html`<ampel-chart .concept=${json}></ampel-chart>`);
    expect(root(el).querySelector('[part="state"]')!.textContent).to.contain('Dieses Konzept enthält noch keine Felder.');
    await expectAccessible(el, 'empty');
  });

  it('idle without a source, and loading while the export is on its way', async () => {
    const idle = await chart(html`<ampel-chart></ampel-chart>`);
    expect(root(idle).querySelector('[part="state"]')!.textContent).to.contain('Keine Daten angegeben');
    await expectAccessible(idle, 'idle');

    const realFetch = window.fetch;
    let release!: () => void;
    window.fetch = (async (...args: Parameters<typeof fetch>) => {
      await new Promise<void>((resolve) => (release = resolve));
      return realFetch(...args);
    }) as typeof fetch;
    try {
      const el = await fixture<AmpelChart>(html`<ampel-chart src="/schema/examples/konstanz-1.0.json?slow"></ampel-chart>`);
      await el.updateComplete;
      expect(root(el).querySelector('.state--loading')!.textContent).to.contain('Daten werden geladen');
      await expectAccessible(el, 'loading');
      release();
      await settled(el);
      expect(visible(legend(el))).to.contain('73 %');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('a failed fetch: a short message for the reader and a konzept-error event', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const errorEvent = oneEvent(wrapper, 'konzept-error');
    const el = document.createElement('ampel-chart');
    el.src = '/schema/examples/does-not-exist.json';
    const consoleError = console.error;
    console.error = () => {};
    try {
      wrapper.append(el);
      expect((await errorEvent).detail.error.kind).to.equal('http');
      await settled(el);
    } finally {
      console.error = consoleError;
    }
    const alert = root(el).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Die Datei wurde nicht gefunden (Fehler 404)');
    await expectAccessible(el, 'failed fetch');
  });

  it('an invalid export', async () => {
    const consoleError = console.error;
    console.error = () => {};
    try {
      const el = await chart(html`<ampel-chart lang="en" .concept=${{ formatVersion: 1, title: 'no fields' }}></ampel-chart>`);
      expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('not a valid concept export');
      await expectAccessible(el, 'invalid');
    } finally {
      console.error = consoleError;
    }
  });
});

describe('<ampel-chart> in a page', () => {
  it('takes its concept from a surrounding <konzept-provider> and a choice becomes the shared filter', async () => {
    const el = await chart(html`<konzept-provider src=${sampleUrl('konstanz-1.0')}><ampel-chart view="fields"></ampel-chart></konzept-provider>`);
    const provider = el.closest('konzept-provider') as KonzeptProvider;
    expect(fieldRows(el)).to.have.length(11);
    root(el).querySelector<HTMLButtonElement>('button.row__label')!.click();
    await el.updateComplete;
    expect(provider.filter.field).to.deep.equal(['sprache']);
    // Another element clears the filter: the chart follows.
    provider.setFilter({});
    await waitUntil(() => !root(el).querySelector('[aria-pressed="true"]'), 'choice follows the shared filter');
  });

  it('takes its concept from a provider element defined after it (a CMS page whose scripts arrive in another order)', async () => {
    const wrapper = await fixture<HTMLElement>(html`<later-provider src=${sampleUrl('konstanz-1.0')}><ampel-chart></ampel-chart></later-provider>`);
    const el = wrapper.querySelector('ampel-chart') as AmpelChart;
    await el.updateComplete;
    expect(root(el).querySelector('svg.donut'), 'no concept before the provider is there').to.equal(null);
    defineKonzeptProvider('later');
    await waitUntil(() => root(el).querySelector('svg.donut'), 'the chart takes the concept of the provider element', { timeout: 5000 });
    expect(visible(legend(el))).to.contain('umgesetzt 141 73 %');
  });

  it('fits 320 px without overflow, names above their bars, in every view', async () => {
    await setViewport({ width: 320, height: 800 });
    try {
      for (const [name, view] of [
        ['konstanz-1.0', 'overview'],
        ['konstanz-1.0', 'fields'],
        ['konstanz-1.0', 'progress'],
        ['loerrach', 'fields'],
      ] as const) {
        const el = await chart(html`<ampel-chart view=${view} src=${sampleUrl(name)}></ampel-chart>`);
        expect(el.clientWidth).to.be.at.most(320);
        expect(el.scrollWidth, `${name} ${view}`).to.be.at.most(el.clientWidth);
        for (const row of root(el).querySelectorAll('li.row')) {
          const label = row.querySelector('.row__label')!.getBoundingClientRect();
          const bar = row.querySelector('.bar')!.getBoundingClientRect();
          expect(label.bottom, 'name above the bar').to.be.at.most(bar.top + 1);
          expect(label.right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
        }
        await showTable(el);
        expect(el.scrollWidth, `${name} ${view} table`).to.be.at.most(el.clientWidth);
      }
    } finally {
      await setViewport({ width: 1280, height: 800 });
    }
  });

  it('puts names beside the bars on wide screens', async () => {
    const el = await chart(html`<ampel-chart view="fields" src=${sampleUrl('konstanz-1.0')}></ampel-chart>`);
    const row = root(el).querySelector('li.row')!;
    const label = row.querySelector('.row__label')!.getBoundingClientRect();
    const bar = row.querySelector('.bar')!.getBoundingClientRect();
    expect(label.right).to.be.at.most(bar.left);
  });

  it('respects prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await chart(html`<ampel-chart src=${sampleUrl('konstanz-1.0')}></ampel-chart>`);
      expect(getComputedStyle(segments(el)[0]!).transitionDuration).to.equal('0s');
      await expectAccessible(el, 'reduced motion');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});
