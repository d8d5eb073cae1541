import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { parseConceptOrThrow, type Concept } from '../../packages/sdk/src/index.js';
import { defineMeasureAccordion } from '../../packages/components/src/measure-accordion/define.js';
import { defineKonzeptProvider } from '../../packages/components/src/provider/define.js';
import type { MeasureAccordion } from '../../packages/components/src/measure-accordion/measure-accordion.js';
import type { KonzeptProvider } from '../../packages/components/src/provider/konzept-provider.js';
import { OnDemand } from '../../packages/components/src/shared/on-demand.js';
import { expectAccessible, sample, sampleJson, sampleUrl, settled } from './helpers.js';

defineMeasureAccordion();
defineKonzeptProvider();

type Json = Record<string, any>;

const root = (el: MeasureAccordion) => el.shadowRoot!;
const buttons = (el: MeasureAccordion) => [...root(el).querySelectorAll<HTMLButtonElement>('.measure-button')];
/** The panels shown (closed ones are there too, hidden until found). */
const panels = (el: MeasureAccordion) => [...root(el).querySelectorAll<HTMLElement>('[part="measure-panel"]:not([hidden])')];
const countText = (el: MeasureAccordion) => root(el).querySelector('[part="count"]')!.textContent!.trim();
const titles = (el: MeasureAccordion) => [...root(el).querySelectorAll('.measure-title')].map((t) => t.textContent!.trim());
const buttonByText = (el: MeasureAccordion, text: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === text)!;

async function update(el: MeasureAccordion): Promise<void> {
  await el.updateComplete;
  await el.updateComplete;
}

async function konstanz(attrs = ''): Promise<MeasureAccordion> {
  const concept = await sample('konstanz-1.0');
  const wrapper = await fixture<HTMLDivElement>(`<div><measure-accordion ${attrs}></measure-accordion></div>`);
  const el = wrapper.querySelector('measure-accordion')!;
  el.concept = concept;
  await settled(el);
  return el;
}

/** Measures of the Konstanz sample, flat, from the raw JSON (to compare the element with the data). */
async function rawMeasures(): Promise<{ field: Json; measure: Json }[]> {
  const json = (await sampleJson('konstanz-1.0')) as Json;
  return json.fields.flatMap((field: Json) => field.objectives.flatMap((o: Json) => o.measures.map((measure: Json) => ({ field, measure }))));
}

/** A small concept with umlauts and "ß", both kinds of field and a description full of markup. */
function handMade(): Json {
  return {
    formatVersion: 1,
    id: 'hand',
    title: 'Handgemachtes Konzept',
    version: '1.0',
    municipality: { name: 'Testkreis' },
    evaluations: [{ id: 'ev', date: '2025-03-28', title: 'Ampeldokument 2025' }],
    fields: [
      {
        id: 'gesundheit',
        kind: 'action',
        title: 'Gesundheit',
        objectives: [
          {
            id: 'g1',
            title: 'Zugang verbessern',
            measures: [
              { id: 'G-1', title: 'Dolmetscher für Ärzte', status: { value: 'green', evaluation: 'ev' } },
              {
                id: 'G-2',
                title: 'Eine Maßnahme mit Markup',
                description: '<img src=x onerror="window.__pwned=1"><b>fett</b>',
                status: { value: 'red', evaluation: 'ev' },
                links: [{ url: 'https://example.org/info', title: 'Info' }],
              },
            ],
          },
        ],
      },
      {
        id: 'ehrenamt',
        kind: 'crossCutting',
        title: 'Ehrenamt',
        objectives: [{ id: 'e1', title: 'Stärken', measures: [{ id: 'E-1', title: 'Strassenfest', lead: { unit: 'Ärztekammer' } }] }],
      },
    ],
  };
}

async function handMadeEl(attrs = ''): Promise<MeasureAccordion> {
  const el = await fixture<MeasureAccordion>(`<measure-accordion ${attrs}></measure-accordion>`);
  el.concept = handMade();
  await settled(el);
  return el;
}

async function search(el: MeasureAccordion, text: string): Promise<void> {
  const input = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await waitUntil(() => (el.activeFilter.query ?? '') === text.trim(), 'search did not apply', { timeout: 2000 });
  await update(el);
}

describe('<measure-accordion> on Konstanz 1.0', () => {
  it("lists 193 measures in 11 fields, grouped by kind with the field's goal, all closed", async () => {
    const el = await konstanz();
    expect(countText(el)).to.equal('193 Maßnahmen');
    expect(buttons(el)).to.have.length(193);
    expect(root(el).querySelectorAll('[part="field"]')).to.have.length(11);
    expect([...root(el).querySelectorAll('h2.group-heading')].map((h) => h.textContent!.trim())).to.deep.equal(['Handlungsfelder', 'Querschnittsthemen']);
    expect(root(el).querySelectorAll('h2.field-heading')).to.have.length(11);
    expect(root(el).querySelector('h2.field-heading')!.textContent).to.match(/Handlungsfeld\s+Sprache/);
    expect(root(el).querySelector('[part="goal"]')!.textContent).to.contain('Oberziel:');
    expect(root(el).querySelectorAll('h3.objective-heading').length).to.be.greaterThan(11);
    expect(root(el).querySelectorAll('h4.measure-header')).to.have.length(193);
    expect(buttons(el).every((b) => b.getAttribute('aria-expanded') === 'false')).to.be.true;
    expect(panels(el)).to.have.length(0);
    // Status as label and icon in every header, never colour alone.
    const first = buttons(el)[0]!;
    expect(first.querySelector('.status svg')).to.exist;
    expect(first.textContent).to.contain('umgesetzt');
    // Spoken as the button's description (its name is the title alone).
    const described = root(el).getElementById(first.getAttribute('aria-describedby')!)!;
    expect(described.textContent).to.match(/Status:\s+umgesetzt/);
    expect(root(el).querySelector('[part="base"]')!.getAttribute('aria-label')).to.contain('Maßnahmen:');
    await expectAccessible(el, 'closed');
  });

  it('a status filter for red leaves 13 (attribute and checkbox), announced politely', async () => {
    const el = await konstanz('status="red"');
    expect(countText(el)).to.equal('13 von 193 Maßnahmen');
    expect(buttons(el)).to.have.length(13);
    expect(buttons(el).every((b) => b.textContent!.includes('nicht umgesetzt'))).to.be.true;
    expect(root(el).querySelector('[part="count"]')!.getAttribute('aria-live')).to.equal('polite');
    await expectAccessible(el, 'filtered');

    const other = await konstanz();
    const box = root(other).querySelector<HTMLInputElement>('input[name="status"][value="red"]')!;
    const event = oneEvent(other, 'konzept-filter-change');
    box.click();
    expect((await event).detail.filter).to.deep.equal({ status: ['red'] });
    await update(other);
    expect(buttons(other)).to.have.length(13);
    expect(countText(other)).to.equal('13 von 193 Maßnahmen');
  });

  it('filters by field and by kind with labelled selects', async () => {
    const raw = await rawMeasures();
    const el = await konstanz();
    const fieldSelect = root(el).querySelector<HTMLSelectElement>('select#field')!;
    expect(root(el).querySelector('label[for="field"]')!.textContent).to.equal('Handlungsfeld oder Querschnittsthema');
    const fieldId = raw[0]!.field.id as string;
    fieldSelect.value = fieldId;
    fieldSelect.dispatchEvent(new Event('change'));
    await update(el);
    const inField = raw.filter((r) => r.field.id === fieldId).length;
    expect(buttons(el)).to.have.length(inField);
    expect(countText(el)).to.equal(`${inField} von 193 Maßnahmen`);
    expect(root(el).querySelectorAll('[part="field"]')).to.have.length(1);

    const kindSelect = root(el).querySelector<HTMLSelectElement>('select#kind')!;
    el.filter = {};
    await update(el);
    kindSelect.value = 'crossCutting';
    kindSelect.dispatchEvent(new Event('change'));
    await update(el);
    const crossCutting = raw.filter((r) => r.field.kind === 'crossCutting').length;
    expect(buttons(el)).to.have.length(crossCutting);
    expect([...root(el).querySelectorAll('.group-heading')].map((h) => h.textContent!.trim())).to.deep.equal(['Querschnittsthemen']);
    expect(root(el).querySelectorAll('[part="field"]')).to.have.length(5);
  });

  it('searches ignoring case and umlaut spelling: "massnahme" finds "Maßnahme", "aerzte" finds "Ärzte"', async () => {
    const el = await konstanz();
    await search(el, 'massnahme');
    expect(buttons(el).length).to.be.greaterThan(0);
    expect(countText(el)).to.match(/^\d+ von 193 Maßnahmen$/);
    await search(el, 'AERZTE');
    expect(buttons(el).length).to.be.greaterThan(0);
    const raw = await rawMeasures();
    const shown = new Set(titles(el));
    const withAerzte = raw.filter(({ measure }) => shown.has(measure.title));
    expect(
      withAerzte.every(({ measure }) =>
        /ärzt/i.test([measure.title, measure.description, measure.lead?.unit, ...(measure.partners ?? []), ...(measure.targetGroups ?? [])].join(' ')),
      ),
    ).to.be.true;
  });

  it('says when nothing matches and offers to reset the filter', async () => {
    const el = await konstanz();
    await search(el, 'xyzxyz');
    expect(buttons(el)).to.have.length(0);
    expect(countText(el)).to.equal('0 von 193 Maßnahmen. Keine Maßnahmen passen zu diesem Filter.');
    expect(root(el).querySelector('[part="empty"]')!.textContent).to.contain('Keine Maßnahmen passen zu diesem Filter.');
    await expectAccessible(el, 'no hits');
    const reset = root(el).querySelector<HTMLButtonElement>('[part="empty"] button')!;
    expect(reset.textContent!.trim()).to.equal('Filter zurücksetzen');
    reset.click();
    await update(el);
    expect(buttons(el)).to.have.length(193);
    expect(root(el).querySelector<HTMLInputElement>('input[type="search"]')!.value).to.equal('');
    expect(root(el).activeElement).to.equal(root(el).querySelector('input[type="search"]'));
  });

  it('empties the search box on reset, also text typed just before (still waiting to filter)', async () => {
    const el = await konstanz('status="red"');
    const input = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'Sprach';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    root(el).querySelector<HTMLButtonElement>('.filter--reset button')!.click();
    await update(el);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await update(el);
    expect(input.value).to.equal('');
    expect(el.activeFilter).to.deep.equal({});
    expect(buttons(el)).to.have.length(193);
  });

  it('opens and closes a box: aria-expanded, a labelled region with the details, konzept-toggle', async () => {
    const el = await konstanz();
    const first = buttons(el)[0]!;
    const event = oneEvent(el, 'konzept-toggle');
    first.click();
    expect((await event).detail).to.deep.equal({ measureId: 'spr-1-1', open: true });
    await update(el);
    expect(first.getAttribute('aria-expanded')).to.equal('true');
    const panel = root(el).getElementById(first.getAttribute('aria-controls')!)!;
    expect(panel.getAttribute('role')).to.equal('region');
    expect(panel.getAttribute('aria-labelledby')).to.equal(first.id);
    expect(panel.textContent).to.contain('Beschreibung');
    expect(panel.textContent).to.contain('Federführung');
    expect(panel.textContent).to.contain('Kooperationspartner');
    expect(panel.textContent).to.contain('Zielgruppen');
    expect(panel.textContent).to.contain('Kennzahlen');
    expect(panel.textContent).to.contain('Verlauf der Bewertung');
    expect(panel.textContent).to.contain('28.03.2025');
    expect(first.closest('[part="measure"]')!.id).to.equal('massnahme-spr-1-1');
    await expectAccessible(el, 'open');
    first.click();
    await update(el);
    expect(first.getAttribute('aria-expanded')).to.equal('false');
    expect(panels(el)).to.have.length(0);
  });

  it('keeps closed boxes findable: panels hidden until found, opened by beforematch', async () => {
    const before = location.href;
    try {
      const el = await konstanz('update-url status="red"');
      const panelOf = (b: HTMLButtonElement) => root(el).getElementById(b.getAttribute('aria-controls')!);
      expect(
        buttons(el).filter((b) => panelOf(b)?.getAttribute('hidden') !== 'until-found'),
        'every closed box names a panel hidden until found',
      ).to.deep.equal([]);
      const button = buttons(el)[2]!;
      const panel = panelOf(button)!;
      await waitUntil(() => panel.textContent!.includes('Beschreibung'), 'the closed box got no content to find', { timeout: 10_000 });
      // A few boxes per idle moment, sized by what the last ones took: in the end every closed box has its content.
      await waitUntil(() => buttons(el).every((b) => panelOf(b)!.textContent!.includes('Beschreibung')), 'a closed box never got its content', {
        timeout: 10_000,
      });
      const text = panel.querySelector('.prose')!;
      expect(text.checkVisibility(), 'still closed').to.be.false;
      // Chromium's window.find searches what find in page (Ctrl+F) searches: the closed box's text.
      const words = text.textContent!.trim().slice(0, 40);
      getSelection()!.removeAllRanges();
      expect((window as unknown as { find(s: string): boolean }).find(words), `find "${words}"`).to.be.true;
      getSelection()!.removeAllRanges();
      await expectAccessible(el, 'closed boxes with their content');
      // The browser fires beforematch on the panel before it shows the match there.
      const event = oneEvent(el, 'konzept-toggle');
      panel.dispatchEvent(new Event('beforematch', { bubbles: true }));
      expect((await event).detail).to.deep.equal({ measureId: button.dataset['measure'], open: true });
      await update(el);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(panel.hasAttribute('hidden')).to.be.false;
      expect(text.checkVisibility()).to.be.true;
      expect(location.hash).to.equal(`#${button.closest('[part="measure"]')!.id}`);
      // Closed again, its text stays findable.
      button.click();
      await update(el);
      expect(panel.getAttribute('hidden')).to.equal('until-found');
      expect(panel.textContent).to.contain(words);
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('shows council papers and the participation behind a measure (Konstanz 2.0)', async () => {
    const json = (await sampleJson('konstanz-2.0')) as Json;
    const measures: Json[] = json.fields.flatMap((f: Json) => f.objectives.flatMap((o: Json) => o.measures));
    const target = measures.find((m) => m.councilPapers?.length && m.participation?.length)!;
    const input = json.participation.find((p: Json) => p.id === target.participation[0]);
    const el = await fixture<MeasureAccordion>(html`<measure-accordion .concept=${await sample('konstanz-2.0')}></measure-accordion>`);
    await settled(el);
    el.reveal(target.id);
    await update(el);
    const panel = panels(el)[0]!;
    expect(panel.textContent).to.contain(`Drucksache ${target.councilPapers[0].number}`);
    expect(panel.textContent).to.contain('Aus der Beteiligung');
    expect(panel.textContent).to.contain(input.title);
    await expectAccessible(el, 'open with papers and participation');
  });

  it('works with the keyboard: Enter and Space toggle, Tab follows the page order', async () => {
    // Two boxes of one field (after a field's last box comes its link back to the filter).
    const el = await konstanz('field="sprache"');
    const [first, second] = buttons(el);
    first!.focus();
    await sendKeys({ press: 'Enter' });
    await update(el);
    expect(first!.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Space' });
    await update(el);
    expect(first!.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(second);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Space' });
    await update(el);
    expect(first!.getAttribute('aria-expanded')).to.equal('true');
    // Open: Tab goes into the panel (its first control) before the next header.
    await sendKeys({ press: 'Tab' });
    expect(panels(el)[0]!.contains(root(el).activeElement)).to.be.true;
  });

  it('expands and collapses all', async () => {
    const el = await konstanz('status="red"');
    buttonByText(el, 'Alle öffnen').click();
    await update(el);
    expect(panels(el)).to.have.length(13);
    expect(buttons(el).every((b) => b.getAttribute('aria-expanded') === 'true')).to.be.true;
    await expectAccessible(el, 'all open');
    buttonByText(el, 'Alle schließen').click();
    await update(el);
    expect(panels(el)).to.have.length(0);
    expect(buttonByText(el, 'Alle schließen').disabled).to.be.true;
  });

  it('opens the measure named in the address on load, clearing a filter that hides it', async () => {
    const before = location.href;
    history.replaceState(null, '', '#massnahme-spr-1-2');
    try {
      const el = await konstanz('status="red"');
      await update(el);
      await waitUntil(() => root(el).activeElement?.id === 'massnahme-spr-1-2-button', 'header not focused');
      expect(el.activeFilter).to.deep.equal({});
      expect(root(el).getElementById('massnahme-spr-1-2-button')!.getAttribute('aria-expanded')).to.equal('true');
      expect(panels(el)).to.have.length(1);
      // A later change of the address opens that measure too.
      location.hash = '#massnahme-spr-1-3';
      await waitUntil(() => root(el).activeElement?.id === 'massnahme-spr-1-3-button', 'hashchange not followed');
      expect(panels(el)).to.have.length(2);
    } finally {
      history.replaceState(null, '', before);
    }
  });

  /** Follows `#massnahme-bil-2-3` on a page that scrolls smoothly, with a sticky header of 48 px; the header's top after the jump. */
  async function deepLinkBelowHeader(style = ''): Promise<{ top: number; bottom: number; header: number }> {
    const before = location.href;
    const smooth = document.documentElement.style.scrollBehavior;
    document.documentElement.style.scrollBehavior = 'smooth';
    history.replaceState(null, '', '#massnahme-bil-2-3');
    try {
      const wrapper = await fixture<HTMLDivElement>(
        `<div><header style="position: sticky; top: 0; z-index: 1; height: 48px; background: #fff">Kopfzeile der Seite</header><measure-accordion style="${style}"></measure-accordion></div>`,
      );
      const el = wrapper.querySelector('measure-accordion')!;
      el.concept = await sample('konstanz-1.0');
      await settled(el);
      await waitUntil(() => root(el).activeElement?.id === 'massnahme-bil-2-3-button', 'header not focused');
      const box = root(el).getElementById('massnahme-bil-2-3-button')!.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom, header: wrapper.querySelector('header')!.getBoundingClientRect().bottom };
    } finally {
      history.replaceState(null, '', before);
      document.documentElement.style.scrollBehavior = smooth;
      scrollTo({ top: 0, behavior: 'instant' });
    }
  }

  it('lands a deep link with the whole box header in view, below a sticky header of the page', async () => {
    // The page names its header's height: the box stops below it at once.
    const named = await deepLinkBelowHeader('--konzept-sticky-header-height: 48px');
    expect(named.header).to.equal(48);
    expect(named.top, 'below the sticky header').to.be.within(48, 48 + 24);
    expect(named.bottom).to.be.below(innerHeight);
    // Without that: the element scrolls past the header that covers the box.
    const found = await deepLinkBelowHeader();
    expect(found.top, 'below the sticky header').to.be.within(48, 48 + 24);
    expect(found.bottom).to.be.below(innerHeight);
  });

  it('with update-url puts the open measure into the address, and copies its link', async () => {
    const before = location.href;
    try {
      const el = await konstanz('update-url status="red"');
      const first = buttons(el)[0]!;
      first.click();
      await update(el);
      const anchor = first.closest('[part="measure"]')!.id;
      expect(location.hash).to.equal(`#${anchor}`);

      const written: string[] = [];
      const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void written.push(t) } });
      try {
        const copy = root(el).querySelector<HTMLButtonElement>('.copy button')!;
        expect(copy.getAttribute('aria-label')).to.equal(`Link kopieren: ${first.querySelector('.measure-title')!.textContent!.trim()}`);
        root(el).querySelector<HTMLButtonElement>('.copy button')!.click();
        await waitUntil(() => root(el).querySelector('.copy__status')!.textContent === 'Link kopiert.');
        expect(written[0]).to.match(new RegExp(`#${anchor}$`));
        Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => Promise.reject(new Error('denied')) } });
        root(el).querySelector<HTMLButtonElement>('.copy button')!.click();
        await waitUntil(() => root(el).querySelector('input[readonly]'), 'no fallback field');
        const field = root(el).querySelector<HTMLInputElement>('input[readonly]')!;
        expect(field.value).to.match(new RegExp(`#${anchor}$`));
        expect(root(el).activeElement).to.equal(field);
        expect(field.selectionEnd! - field.selectionStart!).to.equal(field.value.length);
        expect(getComputedStyle(field.closest('label')!).display, 'label above the field').to.equal('grid');
      } finally {
        delete (navigator as unknown as Json).clipboard;
        if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
      }
      first.click();
      await update(el);
      expect(location.hash).to.equal('');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('renders every box on the page open for printing and restores afterwards', async () => {
    const el = await konstanz('status="red"');
    buttons(el)[1]!.click();
    await update(el);
    window.dispatchEvent(new Event('beforeprint'));
    expect(panels(el)).to.have.length(13);
    window.dispatchEvent(new Event('afterprint'));
    await update(el);
    expect(panels(el)).to.have.length(1);
    expect(buttons(el)[1]!.getAttribute('aria-expanded')).to.equal('true');
    // Headers not shown yet stay out of print (a 10,000-measure export would freeze the tab).
    const paged = await konstanz('status="red" page-size="5"');
    window.dispatchEvent(new Event('beforeprint'));
    expect(panels(paged)).to.have.length(5);
    expect(root(paged).querySelector('.more')!.textContent).to.contain('5 von 13 angezeigt');
    window.dispatchEvent(new Event('afterprint'));
  });

  it('jumps to a field from a labelled list of jump links, also past the first page, and back to the filter after each field', async () => {
    const el = await konstanz('page-size="20"');
    const nav = root(el).querySelector<HTMLElement>('nav[part="jumps"]')!;
    expect(root(el).getElementById(nav.getAttribute('aria-labelledby')!)!.textContent).to.equal('Direkt zu');
    const groups = [...nav.querySelectorAll('.jumps__groups > li')];
    expect(groups.map((g) => g.querySelector('.hint')!.textContent!.trim())).to.deep.equal(['Handlungsfelder', 'Querschnittsthemen']);
    const links = [...nav.querySelectorAll<HTMLAnchorElement>('a[data-field]')];
    expect(links).to.have.length(11);
    expect(links[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Sprache \(\d+\)$/);
    const counted = links.reduce((n, a) => n + Number(/\((\d+)\)/.exec(a.textContent!)![1]), 0);
    expect(counted, 'the numbers add up to all measures').to.equal(193);
    await expectAccessible(el, 'jump links');

    // The last field is not on the first page of 20: the jump shows the page that holds it.
    const last = links.at(-1)!;
    const heading = () => root(el).getElementById(last.getAttribute('href')!.slice(1));
    expect(heading()).to.equal(null);
    last.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).activeElement === heading(), 'the field heading was not focused', { timeout: 5000 });
    const top = heading()!.getBoundingClientRect().top;
    expect(top, 'the heading in view').to.be.within(0, innerHeight - 40);
    expect(heading()!.textContent).to.contain(last.querySelector('span')!.textContent!);

    // After each field shown, a way back: by keyboard into the search box.
    const backs = [...root(el).querySelectorAll<HTMLAnchorElement>('.field-end a')];
    expect(backs.length).to.equal(root(el).querySelectorAll('[part="field"]').length);
    expect(backs.every((a) => a.textContent === 'Zurück zum Filter')).to.be.true;
    backs.at(-1)!.focus();
    await sendKeys({ press: 'Enter' });
    expect(root(el).activeElement).to.equal(root(el).querySelector('#search'));
    // By touch or mouse the filter comes into view without focusing the search box (a phone's keyboard would cover it).
    scrollTo({ top: document.body.scrollHeight, behavior: 'instant' });
    backs.at(-1)!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, detail: 1 }));
    const filters = root(el).querySelector<HTMLElement>('[part="filters"]')!;
    expect(root(el).activeElement).to.equal(filters);
    expect(filters.getBoundingClientRect().top).to.be.within(0, innerHeight - 40);
    scrollTo({ top: 0, behavior: 'instant' });
  });

  it('prints closed boxes with their content, no buttons, jump links or filter, and keeps each heading with what follows', async () => {
    const el = await konstanz('status="red" page-size="5"');
    const closed = root(el).getElementById(buttons(el)[0]!.getAttribute('aria-controls')!)!;
    await waitUntil(() => closed.querySelector('.details'), 'the closed box got no content', { timeout: 10_000 });
    await emulateMedia({ media: 'print' });
    try {
      // Without beforeprint (as page.pdf and print previews may): the style alone does it.
      expect(closed.getAttribute('hidden')).to.equal('until-found');
      expect(closed.querySelector('.details')!.checkVisibility(), 'a closed box prints its details').to.be.true;
      for (const selector of ['[part="filters"]', '.toolbar__buttons', '.more button', 'nav[part="jumps"]', '.field-end', '.chevron', '.copy']) {
        const node = root(el).querySelector(selector);
        expect(node, selector).to.exist;
        expect(getComputedStyle(node!).display, `${selector} in print`).to.equal('none');
      }
      expect(root(el).querySelector('.more')!.textContent, 'what is not printed is said').to.contain('5 von 13 angezeigt');
      for (const selector of ['.field-heading', '.objective-heading', '.measure-header', '.goal']) {
        expect(getComputedStyle(root(el).querySelector(selector)!).breakAfter, `${selector} stays with what follows`).to.equal('avoid');
      }
      // In blocks, not grids, so the browser can keep a heading with the box after it.
      expect(getComputedStyle(root(el).querySelector('.objective')!).display).to.equal('block');
      expect(getComputedStyle(root(el).querySelector('.measure')!).breakInside).to.equal('avoid');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('renders headers in pages with a "show more" button', async () => {
    const el = await konstanz('page-size="50"');
    expect(buttons(el)).to.have.length(50);
    expect(root(el).querySelector('.more')!.textContent).to.contain('50 von 193 angezeigt');
    buttonByText(el, 'Weitere anzeigen').click();
    await update(el);
    expect(buttons(el)).to.have.length(100);
    expect(root(el).activeElement).to.equal(buttons(el)[50]);
    // The last page removes the button: focus goes to its first measure, a status line says how many.
    for (const shown of [150, 193]) {
      buttonByText(el, 'Weitere anzeigen').click();
      await update(el);
      expect(buttons(el)).to.have.length(shown);
      expect(root(el).activeElement).to.equal(buttons(el)[shown === 150 ? 100 : 150]);
      expect(root(el).querySelector('[role="status"].visually-hidden')!.textContent).to.equal(`${shown} von 193 angezeigt`);
    }
    expect(root(el).querySelector('.more')).to.not.exist;
  });

  it('speaks English with lang="en"', async () => {
    const concept = await sample('konstanz-1.0');
    const el = await fixture<MeasureAccordion>(html`<measure-accordion lang="en" status="red" .concept=${concept}></measure-accordion>`);
    await settled(el);
    expect(countText(el)).to.equal('13 of 193 measures');
    expect(root(el).querySelector('label[for="field"]')!.textContent).to.equal('Field of action or cross-cutting theme');
    expect(buttonByText(el, 'Expand all')).to.exist;
    expect(root(el).querySelector('label[for="search"]')!.textContent).to.equal('Search');
    expect(root(el).querySelector('#jumps-label')!.textContent).to.equal('Jump to');
    expect(root(el).querySelector('.jumps .hint')!.textContent!.trim()).to.equal('Fields of action');
    expect(root(el).querySelector('.field-end a')!.textContent).to.equal('Back to the filter');
    buttons(el)[0]!.click();
    await update(el);
    expect(panels(el)[0]!.textContent).to.contain('Status history');
    await expectAccessible(el, 'english, open');
  });

  it('uses the heading level it is given', async () => {
    const el = await konstanz('heading-level="3" status="red"');
    expect(root(el).querySelectorAll('h3.field-heading').length).to.be.greaterThan(0);
    expect(root(el).querySelectorAll('h4.objective-heading').length).to.be.greaterThan(0);
    expect(root(el).querySelectorAll('h5.measure-header')).to.have.length(13);
    expect(root(el).querySelectorAll('h2')).to.have.length(0);
  });
});

describe('<measure-accordion> filter sources', () => {
  it('follows and sets the filter of a surrounding provider', async () => {
    const concept = await sample('konstanz-1.0');
    const provider = await fixture<KonzeptProvider>(html`<konzept-provider .concept=${concept}><measure-accordion></measure-accordion></konzept-provider>`);
    const el = provider.querySelector('measure-accordion')!;
    await settled(el);
    expect(buttons(el)).to.have.length(193);
    provider.setFilter({ status: ['red'] });
    await waitUntil(() => buttons(el).length === 13, 'provider filter not followed');
    const box = root(el).querySelector<HTMLInputElement>('input[name="status"][value="yellow"]')!;
    box.click();
    await waitUntil(() => provider.filter.status?.length === 2, 'provider not told');
    expect(provider.filter.status).to.deep.equal(['yellow', 'red']);
  });

  it('passes its attributes to an empty provider filter', async () => {
    const concept = await sample('konstanz-1.0');
    const provider = await fixture<KonzeptProvider>(
      html`<konzept-provider .concept=${concept}><measure-accordion status="red"></measure-accordion></konzept-provider>`,
    );
    const el = provider.querySelector('measure-accordion')!;
    await settled(el);
    await waitUntil(() => buttons(el).length === 13, 'attribute filter not applied');
    expect(provider.filter).to.deep.equal({ status: ['red'] });
  });

  it('with `listen`, follows konzept-select from a chart on the same page', async () => {
    const el = await konstanz('listen');
    document.body.dispatchEvent(new CustomEvent('konzept-select', { bubbles: true, composed: true, detail: { statusId: 'red' } }));
    await update(el);
    expect(buttons(el)).to.have.length(13);
    const deaf = await konstanz();
    document.body.dispatchEvent(new CustomEvent('konzept-select', { bubbles: true, composed: true, detail: { statusId: 'red' } }));
    await update(deaf);
    expect(buttons(deaf)).to.have.length(193);
  });
});

describe('<measure-accordion> text and states', () => {
  it('finds "Maßnahme" from "massnahme" and "Ärzte" from "aerzte" (hand-made concept)', async () => {
    const el = await handMadeEl();
    await search(el, 'massnahme');
    expect(titles(el)).to.deep.equal(['Eine Maßnahme mit Markup']);
    await search(el, 'aerzte');
    expect(titles(el)).to.deep.equal(['Dolmetscher für Ärzte', 'Strassenfest']);
    await search(el, 'straße');
    expect(titles(el)).to.deep.equal(['Strassenfest']);
  });

  it('shows markup from the export as text and guards links', async () => {
    const el = await handMadeEl('query="markup"');
    buttons(el)[0]!.click();
    await update(el);
    const panel = panels(el)[0]!;
    expect(panel.querySelector('img, b')).to.equal(null);
    expect(panel.textContent).to.contain('<img src=x onerror="window.__pwned=1"><b>fett</b>');
    expect((window as unknown as Json).__pwned).to.equal(undefined);
    expect(panel.querySelector('a[href="https://example.org/info"]')).to.exist;

    // A concept handed over already frozen skips parsing: the render still refuses a javascript: link.
    const parsed = parseConceptOrThrow(handMade());
    const evil = structuredClone(parsed) as Json;
    evil.fields[0].objectives[0].measures[1].links = [{ url: 'javascript:alert(1)', title: 'Böse' }];
    const frozen = deepFreeze(evil) as Concept;
    const other = await fixture<MeasureAccordion>(html`<measure-accordion query="markup" .concept=${frozen}></measure-accordion>`);
    await settled(other);
    buttons(other)[0]!.click();
    await update(other);
    expect(panels(other)[0]!.querySelector('a[href^="javascript"]')).to.equal(null);
    expect(panels(other)[0]!.textContent).to.contain('Böse');
  });

  it('shows loading, idle, failed fetch and invalid export states accessibly', async () => {
    const idle = await fixture<MeasureAccordion>(html`<measure-accordion></measure-accordion>`);
    expect(root(idle).textContent).to.contain('Keine Daten angegeben');
    await expectAccessible(idle, 'idle');

    const loading = await fixture<MeasureAccordion>(html`<measure-accordion src=${`${sampleUrl('konstanz-2.0')}?slow`}></measure-accordion>`);
    expect(root(loading).querySelector('.state--loading')!.textContent).to.contain('Daten werden geladen');
    await expectAccessible(loading, 'loading');
    await settled(loading);

    const errors: unknown[] = [];
    const log = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const missing = await fixture<MeasureAccordion>(html`<measure-accordion src="/schema/examples/does-not-exist.json"></measure-accordion>`);
      await settled(missing);
      expect(root(missing).querySelector('[role="alert"]')!.textContent).to.contain('nicht gefunden');
      await expectAccessible(missing, 'failed fetch');

      const invalid = await fixture<MeasureAccordion>(html`<measure-accordion .concept=${{ formatVersion: 1, title: 'x' }}></measure-accordion>`);
      await settled(invalid);
      expect(root(invalid).querySelector('[role="alert"]')!.textContent).to.contain('kein gültiger Konzept-Export');
      await expectAccessible(invalid, 'invalid');
    } finally {
      console.error = log;
    }
    expect(errors.length).to.be.greaterThan(0);
  });

  it('loads from src and says when a concept has no fields', async () => {
    const fromSrc = await fixture<MeasureAccordion>(html`<measure-accordion src=${sampleUrl('konstanz-2.0')}></measure-accordion>`);
    await settled(fromSrc);
    expect(buttons(fromSrc).length).to.be.greaterThan(100);

    const empty = await fixture<MeasureAccordion>(html`<measure-accordion .concept=${{ ...handMade(), fields: [] }}></measure-accordion>`);
    await settled(empty);
    expect(root(empty).textContent).to.contain('Dieses Konzept enthält noch keine Felder.');
    await expectAccessible(empty, 'empty');
  });

  it('shows guidelines and goals of a concept without measures (Landshut)', async () => {
    const concept = await sample('landshut');
    const el = await fixture<MeasureAccordion>(html`<measure-accordion .concept=${concept}></measure-accordion>`);
    await settled(el);
    expect(buttons(el)).to.have.length(0);
    expect(root(el).querySelector('[part="filters"]')).to.equal(null);
    const headings = [...root(el).querySelectorAll('h2')].map((h) => h.textContent!.trim());
    expect(headings).to.include('Leitlinien');
    expect(headings).to.include('Themenfelder');
    expect(root(el).querySelectorAll('.guideline')).to.have.length(concept.guidelines.length);
    expect(root(el).querySelectorAll('[part="field"]')).to.have.length(concept.fields.length);
    expect(root(el).textContent).to.contain('Leitziel');
    await expectAccessible(el, 'landshut');
  });

  it('shows the guidelines above the boxes from the first render of the boxes on', async () => {
    const el = document.createElement('measure-accordion') as MeasureAccordion;
    let boxesWithoutGuidelines = false;
    const observer = new MutationObserver(() => {
      if (root(el).querySelector('.measure') && !root(el).querySelector('.guidelines')) boxesWithoutGuidelines = true;
    });
    el.concept = { ...handMade(), guidelines: [{ id: 'l1', title: 'Teilhabe', text: 'Alle gehören dazu.' }] };
    document.body.append(el);
    observer.observe(root(el), { childList: true, subtree: true });
    try {
      await settled(el);
      const guidelines = root(el).querySelector('[part="guidelines"]')!;
      expect(guidelines.textContent).to.contain('Alle gehören dazu.');
      expect(guidelines.compareDocumentPosition(root(el).querySelector('.measure')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(boxesWithoutGuidelines).to.equal(false);
      await expectAccessible(el, 'guidelines');
    } finally {
      observer.disconnect();
      el.remove();
    }
  });
});

/**
 * An accordion whose rare parts (rare-parts.ts: deep links, guidelines, a concept without measures,
 * copying a link) arrive only when `arrive()` is called, as on a slow connection; counts the requests.
 * Not yet connected: the test sets it up and appends it.
 */
function withSlowRareParts(): { el: MeasureAccordion; arrive: () => void; tries: () => number } {
  const el = document.createElement('measure-accordion') as MeasureAccordion;
  let tries = 0;
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  (el as unknown as Json)['rare'] = new OnDemand(el, async () => {
    tries++;
    await arrived;
    return import('../../packages/components/src/measure-accordion/rare-parts.js');
  });
  return { el, arrive, tries: () => tries };
}

describe('<measure-accordion> parts it loads when needed', () => {
  afterEach(() => document.querySelectorAll('body > measure-accordion').forEach((el) => el.remove()));

  it('the first view of a concept with measures asks for none of them', async () => {
    const { el, tries } = withSlowRareParts();
    el.concept = await sample('konstanz-1.0');
    document.body.append(el);
    await settled(el);
    buttons(el)[0]!.click();
    await update(el);
    expect(panels(el)).to.have.length(1);
    expect(tries()).to.equal(0);
  });

  it('shows a concept without measures (Landshut) only once its code is there, loading until then', async () => {
    const { el, arrive, tries } = withSlowRareParts();
    let waiting = true;
    let early = '';
    const observer = new MutationObserver(() => {
      if (waiting && root(el).querySelector('.note, [part="field"], [part="guidelines"]')) early = root(el).textContent!;
    });
    el.concept = await sample('landshut');
    document.body.append(el);
    observer.observe(root(el), { childList: true, subtree: true, characterData: true });
    try {
      await waitUntil(() => tries() === 1, 'the code asked for');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(root(el).querySelector('.state--loading')?.textContent, 'the loading state').to.contain('Daten werden geladen');
      waiting = false;
      arrive();
      await settled(el);
      expect(early, 'nothing of the view before its code').to.equal('');
      expect(root(el).querySelector('.note')!.textContent).to.contain('keine einzeln bewerteten Maßnahmen');
      expect(root(el).querySelectorAll('.guideline')).to.have.length((await sample('landshut')).guidelines.length);
      // Their styles came with them.
      expect(getComputedStyle(root(el).querySelector('.guidelines')!).display).to.equal('grid');
      expect(getComputedStyle(root(el).querySelector('.objectives')!).display).to.equal('grid');
      expect(tries()).to.equal(1);
      await expectAccessible(el, 'landshut, code arrived late');
    } finally {
      observer.disconnect();
    }
  });

  it('applies filter attributes once their code is there: the loading state until then, never the whole list', async () => {
    const { el, arrive, tries } = withSlowRareParts();
    let most = 0;
    const observer = new MutationObserver(() => (most = Math.max(most, buttons(el).length)));
    el.setAttribute('status', 'red');
    el.concept = await sample('konstanz-1.0');
    document.body.append(el);
    observer.observe(root(el), { childList: true, subtree: true });
    try {
      await waitUntil(() => tries() === 1 && el.visibleMeasures.length, 'the concept, and the code asked for');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(root(el).querySelector('.state--loading'), 'the loading state').to.exist;
      expect(buttons(el)).to.have.length(0);
      arrive();
      await settled(el);
      expect(buttons(el)).to.have.length(13);
      expect(countText(el)).to.equal('13 von 193 Maßnahmen');
      expect(most, 'never more boxes than the filter keeps').to.equal(13);
      // A later attribute is read at once now that the code is there.
      el.setAttribute('status', 'yellow red');
      await update(el);
      expect(el.activeFilter).to.deep.equal({ status: ['yellow', 'red'] });
    } finally {
      observer.disconnect();
    }
  });

  it('follows a deep link whose code arrives after the boxes: opens, scrolls to and focuses the measure', async () => {
    const before = location.href;
    history.replaceState(null, '', '#massnahme-spr-1-2');
    try {
      const { el, arrive, tries } = withSlowRareParts();
      el.filter = { status: ['red'] };
      el.concept = await sample('konstanz-1.0');
      document.body.append(el);
      await waitUntil(() => buttons(el).length, 'the boxes');
      expect(tries(), 'the address has a fragment: the code is asked for').to.equal(1);
      arrive();
      await waitUntil(() => root(el).activeElement?.id === 'massnahme-spr-1-2-button', 'header not focused');
      expect(el.activeFilter).to.deep.equal({});
      expect(root(el).getElementById('massnahme-spr-1-2-button')!.getAttribute('aria-expanded')).to.equal('true');
      const box = root(el).getElementById('massnahme-spr-1-2-button')!.getBoundingClientRect();
      expect(box.top).to.be.within(0, innerHeight);
    } finally {
      history.replaceState(null, '', before);
      scrollTo({ top: 0, behavior: 'instant' });
    }
  });

  it('keeps a reveal() called before the concept and its code are there', async () => {
    const { el, arrive } = withSlowRareParts();
    el.setAttribute('status', 'red');
    el.src = sampleUrl('konstanz-1.0');
    document.body.append(el);
    el.reveal('spr-1-2');
    arrive();
    await waitUntil(() => root(el).activeElement?.id === 'massnahme-spr-1-2-button', 'header not focused', { timeout: 5000 });
    expect(el.activeFilter).to.deep.equal({});
    expect(el.openIds.has('spr-1-2')).to.equal(true);
    expect(panels(el)).to.have.length(1);
    scrollTo({ top: 0, behavior: 'instant' });
  });

  it('with update-url, puts a box opened before its code arrived into the address once it is there', async () => {
    const before = location.href;
    try {
      const { el, arrive, tries } = withSlowRareParts();
      el.setAttribute('update-url', '');
      el.concept = await sample('konstanz-1.0');
      document.body.append(el);
      await waitUntil(() => buttons(el).length, 'the boxes');
      expect(tries(), 'update-url asks for the code with the first view').to.equal(1);
      buttons(el)[0]!.click();
      expect(tries()).to.equal(1);
      await waitUntil(() => buttons(el)[0]!.getAttribute('aria-expanded') === 'true', 'the box opens without waiting for the code');
      expect(location.hash).to.equal('');
      arrive();
      const anchor = buttons(el)[0]!.closest('[part="measure"]')!.id;
      await waitUntil(() => location.hash === `#${anchor}`, 'address not updated');
      buttons(el)[0]!.click();
      await waitUntil(() => location.hash === '', 'address not cleared');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('loads the copying when the copy button gets the focus, before the click', async () => {
    const { el, tries } = withSlowRareParts();
    el.concept = await sample('konstanz-1.0');
    document.body.append(el);
    await waitUntil(() => buttons(el).length, 'the boxes');
    buttons(el)[0]!.click();
    await waitUntil(() => root(el).querySelector('.copy button'), 'the copy button');
    expect(tries()).to.equal(0);
    root(el).querySelector<HTMLButtonElement>('.copy button')!.focus();
    expect(tries()).to.equal(1);
  });

  it('copies a link clicked before its code arrived, once it is there', async () => {
    const { el, arrive, tries } = withSlowRareParts();
    el.concept = await sample('konstanz-1.0');
    document.body.append(el);
    await waitUntil(() => buttons(el).length, 'the boxes');
    buttons(el)[0]!.click();
    await waitUntil(() => root(el).querySelector('.copy button'), 'the copy button');
    const written: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void written.push(t) } });
    try {
      root(el).querySelector<HTMLButtonElement>('.copy button')!.click();
      expect(tries()).to.equal(1);
      expect(written).to.deep.equal([]);
      arrive();
      await waitUntil(() => root(el).querySelector('.copy__status')!.textContent === 'Link kopiert.', 'not copied');
      expect(written).to.have.length(1);
      expect(written[0]).to.match(/#massnahme-[a-z0-9-]+$/);
    } finally {
      delete (navigator as unknown as Json).clipboard;
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
  });
});

// ——— narrow screens: long German words ———

interface Split {
  readonly word: string;
  /** The character the line ends with: a hyphen, a soft hyphen, or (unmarked) a letter. */
  readonly before: string;
  /** Whether the word is wider than a whole line of its box (nothing but a break could fit it). */
  readonly wider: boolean;
}

const MARKED_BREAK = /[-\u00AD\u2010\u2013/]/;

/** Words of `box` that the layout split over lines, where, and whether they could have fitted a line. */
function splitWords(box: Element): Split[] {
  const style = getComputedStyle(box);
  const line = box.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd);
  const context = document.createElement('canvas').getContext('2d')!;
  const range = document.createRange();
  const tops = (node: Text, start: number, end: number) => {
    range.setStart(node, start);
    range.setEnd(node, end);
    return [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top));
  };
  // A letter after a break can report a sliver on the line before (where the hyphen is drawn): its line is its last.
  const lineOf = (node: Text, index: number) => Math.max(...tops(node, index, index + 1));
  const splits: Split[] = [];
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.parentElement!.closest('.visually-hidden')) continue;
    const font = getComputedStyle(node.parentElement!);
    context.font = `${font.fontStyle} ${font.fontWeight} ${font.fontSize} ${font.fontFamily}`;
    for (const match of node.data.matchAll(/\S+/g)) {
      const start = match.index!;
      if (new Set(tops(node, start, start + match[0].length)).size < 2) continue;
      const wider = context.measureText(match[0].replace(/\u00AD/g, '')).width > line;
      for (let i = 1, top = lineOf(node, start); i < match[0].length; i++) {
        const next = lineOf(node, start + i);
        if (!Number.isFinite(next) || next <= top) continue; // a soft hyphen not taken has no width
        splits.push({ word: match[0], before: match[0][i - 1]!, wider });
        top = next;
      }
    }
  }
  return splits;
}

/** Whether this browser hyphenates German at all (Debian's Chromium without its hyphenation data does not). */
function hyphenatesGerman(): boolean {
  const probe = document.createElement('p');
  probe.lang = 'de';
  probe.style.cssText = 'hyphens: auto; inline-size: 7ch; position: absolute; visibility: hidden';
  probe.textContent = 'Silbentrennungsprobe';
  document.body.append(probe);
  const hyphenated = probe.scrollWidth <= probe.clientWidth;
  probe.remove();
  return hyphenated;
}

/** What sticks out of its box: the accordion, its wrapper, titles, headings and open panels. */
function sticksOut(el: MeasureAccordion): string[] {
  const boxes = [
    el.parentElement!,
    el,
    ...root(el).querySelectorAll<HTMLElement>(
      '[part~="base"], .measure, .measure-title, .measure-panel, .field-heading, .objective-heading, .details, .jumps, .jumps__list a, .field-end',
    ),
  ];
  const right = el.getBoundingClientRect().right;
  return boxes
    .filter((b) => b.scrollWidth > b.clientWidth || b.getBoundingClientRect().right > right + 0.5)
    .map((b) => `${b.localName}.${b.className} ${b.id} (${b.scrollWidth} in ${b.clientWidth})`);
}

/** The accordion alone in a box `width` px wide (a 320 px phone, with or without the page's margins), in the system font a site would use (the demo's). */
async function inBox(width: number, concept: unknown, attrs = ''): Promise<MeasureAccordion> {
  const wrapper = await fixture<HTMLDivElement>(
    `<div style="inline-size: ${width}px; font-family: system-ui, sans-serif"><measure-accordion ${attrs}></measure-accordion></div>`,
  );
  const el = wrapper.querySelector('measure-accordion')!;
  el.concept = concept;
  await settled(el);
  return el;
}

/** Lets the browser paint, so boxes off screen remember the size they were laid out with. */
const painted = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));

const titleBoxes = (el: MeasureAccordion) => [...root(el).querySelectorAll('.measure-title, .field-heading, .objective-heading, .group-heading')];

describe('<measure-accordion> on a 320 px screen', () => {
  it('gives titles the whole width, breaks no word that fits a line and scrolls nowhere sideways (Konstanz 2.0, all open)', async () => {
    const canHyphenate = hyphenatesGerman();
    // A 320 px container, and a 320 px screen less a site's 1rem margins.
    for (const width of [320, 288]) {
      const el = await inBox(width, await sample('konstanz-2.0'));
      await painted();
      el.expandAll();
      await update(el);
      await painted();
      expect(panels(el).length, 'every box open').to.be.greaterThan(190);
      expect(sticksOut(el), `at ${width} px`).to.deep.equal([]);

      // The title has the line to itself; status and chevron share the line below.
      const button = buttons(el)[0]!;
      const title = button.querySelector<HTMLElement>('.measure-title')!;
      const buttonStyle = getComputedStyle(button);
      const inner = button.clientWidth - parseFloat(buttonStyle.paddingInlineStart) - parseFloat(buttonStyle.paddingInlineEnd);
      expect(title.getBoundingClientRect().width).to.be.closeTo(inner, 1);
      expect(button.querySelector('.measure-meta')!.getBoundingClientRect().top).to.be.at.least(title.getBoundingClientRect().bottom - 1);
      expect(button.querySelector('.chevron')!.getBoundingClientRect().top).to.be.at.least(title.getBoundingClientRect().bottom - 1);
      // Room for the long compounds of the sample ("Gemeinschaftsunterkünften" broke beside the chevron at 288 px).
      const context = document.createElement('canvas').getContext('2d')!;
      const font = getComputedStyle(title);
      context.font = `${font.fontWeight} ${font.fontSize} ${font.fontFamily}`;
      expect(context.measureText('Gemeinschaftsunterkünften').width, `a 25-letter title word fits at ${width} px`).to.be.below(title.clientWidth);

      // Hyphenation in German where the browser has the patterns; without them, only a word wider
      // than a whole line is broken unmarked (the last resort), never one that could have fitted.
      expect(title.matches(':lang(de)'), 'the shadow content is German').to.equal(true);
      expect(font.hyphens).to.equal('auto');
      const unmarked = titleBoxes(el)
        .flatMap(splitWords)
        .filter((s) => !MARKED_BREAK.test(s.before));
      const avoidable = unmarked.filter((s) => !s.wider && !canHyphenate);
      expect(
        avoidable.map((s) => `${s.word} after "${s.before}"`),
        `at ${width} px`,
      ).to.deep.equal([]);
    }
  });

  it('breaks a long word where the export marks it (soft hyphen), and unmarked only a word no line can hold', async () => {
    const json = handMade();
    const [marked, unmarked] = json.fields[0].objectives[0].measures;
    marked.title = 'Bürger\u00ADmeister\u00ADdienst\u00ADbesprechungs\u00ADprotokolle online';
    unmarked.title = 'Bürgermeisterdienstbesprechungsprotokolle online';
    const el = await inBox(320, json);
    const [markedTitle, unmarkedTitle] = root(el).querySelectorAll('.measure-title');
    const splits = splitWords(markedTitle!);
    expect(splits.length, 'the word is wider than the line').to.be.greaterThan(0);
    expect(splits.map((s) => s.before)).to.deep.equal(splits.map(() => '\u00AD'));
    // Without soft hyphens (and without German hyphenation patterns) the last resort: a break, but only because it is wider.
    const lastResort = splitWords(unmarkedTitle!);
    expect(lastResort.length).to.be.greaterThan(0);
    expect(lastResort.every((s) => s.wider)).to.equal(true);
    expect(sticksOut(el)).to.deep.equal([]);
  });

  it('speaks the language of the page inside its shadow root, and English with lang="en"', async () => {
    expect(document.documentElement.hasAttribute('lang'), 'the test page has no lang of its own').to.equal(false);
    const german = await inBox(320, handMade());
    expect(root(german).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('de');
    expect(root(german).querySelector('.measure-title')!.matches(':lang(de)')).to.equal(true);
    const english = await inBox(320, handMade(), 'lang="en"');
    expect(root(english).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('en');
    // The German data stays German on an English page (hyphenated and spoken as German).
    expect(root(english).querySelector('.measure-title')!.matches(':lang(de)')).to.equal(true);
    expect(getComputedStyle(root(english).querySelector('.measure-title')!).hyphens).to.equal('auto');
  });

  it('fits a phone turned upright: opened wide, then narrowed to 320 px', async () => {
    const el = await inBox(1280, await sample('konstanz-2.0'));
    el.expandAll();
    await update(el);
    await painted(); // the boxes remember being 1280 px wide
    el.parentElement!.style.inlineSize = '320px';
    await painted();
    expect(sticksOut(el)).to.deep.equal([]);
  });

  it('stays accessible when narrow, closed and open', async () => {
    const el = await inBox(320, await sample('konstanz-2.0'), 'field="kommunen"');
    await expectAccessible(el, 'narrow, closed');
    el.expandAll();
    await update(el);
    expect(sticksOut(el)).to.deep.equal([]);
    await expectAccessible(el, 'narrow, open');
  });
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}
