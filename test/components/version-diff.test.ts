import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { changeAnchors, diffConcepts, filterChanges, measureAnchors, parseConceptOrThrow, statusChanges, type Concept } from '../../packages/sdk/src/index.js';
import { evolveConcept, generateConcept } from '../../bench/generate.js';
import { defineVersionDiff } from '../../packages/components/src/version-diff/define.js';
import { defineKonzeptProvider } from '../../packages/components/src/provider/define.js';
import type { VersionDiff } from '../../packages/components/src/version-diff/version-diff.js';
import { OnDemand } from '../../packages/components/src/shared/on-demand.js';
import { expectAccessible, largeVersions, quietly, sample, sampleJson, sampleUrl, settled } from './helpers.js';

defineVersionDiff();
defineKonzeptProvider();

type Json = Record<string, any>;

const root = (el: VersionDiff) => el.shadowRoot!;
const summaryText = (el: VersionDiff) => root(el).querySelector('[part="summary"] .summary__text')!.textContent!.replace(/\s+/g, ' ').trim();
const countText = (el: VersionDiff) => root(el).querySelector('[part="count"]')!.textContent!.replace(/\s+/g, ' ').trim();
const changes = (el: VersionDiff, kind?: string) => [...root(el).querySelectorAll<HTMLElement>(kind ? `.change--${kind}` : '.change')];
const checkbox = (el: VersionDiff, name: string, value?: string) =>
  root(el).querySelector<HTMLInputElement>(`input[name="${name}"]${value ? `[value="${value}"]` : ''}`)!;

async function update(el: VersionDiff): Promise<void> {
  await el.updateComplete;
  await el.updateComplete;
}

async function toggle(input: HTMLInputElement, el: VersionDiff): Promise<void> {
  input.click();
  await update(el);
}

async function choose(select: HTMLSelectElement, value: string, el: VersionDiff): Promise<void> {
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await update(el);
}

/** The Konstanz versions, given as objects (fast) in a wrapper carrying `lang`. */
async function konstanz(attrs = '', lang = 'de'): Promise<VersionDiff> {
  const [from, to] = await Promise.all([sample('konstanz-1.0'), sample('konstanz-2.0')]);
  const wrapper = await fixture<HTMLDivElement>(`<div lang=${lang}><version-diff ${attrs}></version-diff></div>`);
  const el = wrapper.querySelector('version-diff')!;
  el.fromConcept = from;
  el.toConcept = to;
  await settled(el);
  return el;
}

async function largeDiff(attrs = ''): Promise<VersionDiff> {
  const [from, to] = await largeVersions();
  const wrapper = await fixture<HTMLDivElement>(`<div lang="de"><version-diff ${attrs}></version-diff></div>`);
  const el = wrapper.querySelector('version-diff')!;
  el.fromConcept = from;
  el.toConcept = to;
  await settled(el);
  return el;
}

const moreText = (el: VersionDiff) => root(el).querySelector('[part="more"] .more__count')?.textContent!.trim();
const moreButton = (el: VersionDiff) => root(el).querySelector<HTMLButtonElement>('[part="more"] button')!;
/** The anchors of the changes the current selection lists, in order. */
const listedAnchors = (el: VersionDiff) => {
  const diff = el.diff!;
  const anchors = changeAnchors(diff);
  return filterChanges(diff, el.filter).fields.flatMap((f) => f.changes.map((c) => anchors.get(c)!));
};

function eachMeasure(input: Json, visit: (m: Json) => void): void {
  for (const field of input.fields) for (const objective of field.objectives ?? []) for (const m of objective.measures ?? []) visit(m);
}

describe('<version-diff> between two versions', () => {
  it('shows the Konstanz summary (24 adapted, 21 deleted, 22 new) loaded from two addresses, and is accessible', async () => {
    const el = await fixture<VersionDiff>(html`<version-diff from=${sampleUrl('konstanz-1.0')} to=${sampleUrl('konstanz-2.0')}></version-diff>`);
    await settled(el);
    await waitUntil(() => root(el).querySelector('[part="summary"]'), 'summary did not render');
    expect(summaryText(el)).to.contain('24 Maßnahmen angepasst, 21 gestrichen, 22 neu');
    expect(summaryText(el)).to.match(/3 verschoben, 145 unverändert\.$/);
    // The test page has no lang: the element still marks its words as German.
    expect(document.documentElement.hasAttribute('lang')).to.equal(false);
    expect(root(el).querySelector('[part="summary"]')!.matches(':lang(de)')).to.equal(true);
    const heading = root(el).querySelector('h2')!;
    expect(heading.textContent).to.equal('Was sich von Version 1.0 zu 2.0 geändert hat');
    expect(root(el).querySelector('section.base')!.getAttribute('aria-labelledby')).to.equal('heading');
    // Summary before details: the summary comes first in the document.
    const summary = root(el).querySelector('[part="summary"]')!;
    expect(summary.compareDocumentPosition(changes(el)[0]!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    // Unchanged measures are hidden by default.
    expect(changes(el, 'unchanged')).to.have.length(0);
    expect(changes(el, 'changed')).to.have.length(24);
    expect(changes(el, 'removed')).to.have.length(21);
    expect(changes(el, 'added')).to.have.length(22);
    expect(countText(el)).to.equal('70 von 215 Maßnahmen angezeigt');
    await expectAccessible(el, 'versions');
  });

  it('groups changes by field with headings, lists and deep links', async () => {
    const el = await konstanz();
    const fields = [...root(el).querySelectorAll('[part="field"]')];
    expect(fields.length).to.be.greaterThan(5);
    const first = fields[0]!;
    expect(first.querySelector('h3')!.textContent).to.contain('Sprache');
    expect(first.querySelector('ul.changes > li.change h4')).to.exist;
    const item = root(el).querySelector<HTMLElement>('#aenderung-spr-1-1')!;
    expect(item.classList.contains('change--changed')).to.be.true;
    const link = item.querySelector<HTMLAnchorElement>('a[part="link"]')!;
    expect(link.getAttribute('href')).to.equal('#aenderung-spr-1-1');
    expect(link.getAttribute('aria-label')).to.equal('Link zu dieser Änderung: Landkreisweite Übersicht der Sprachkursangebote');
    expect(link.textContent!.trim(), 'the visible words start the name').to.equal('Link zu dieser Änderung');
  });

  it('marks inserted and deleted words by more than colour, with words for screen readers', async () => {
    const el = await konstanz();
    const item = root(el).querySelector<HTMLElement>('#aenderung-spr-1-1')!;
    const ins = item.querySelector('ins')!;
    const del = item.querySelector('del')!;
    expect(ins.textContent).to.match(/^eingefügt:\s/);
    expect(del.textContent).to.match(/^gelöscht:\s/);
    expect(ins.querySelector('.visually-hidden')!.textContent!.trim()).to.equal('eingefügt:');
    expect(getComputedStyle(ins).textDecorationLine).to.equal('underline');
    expect(getComputedStyle(del).textDecorationLine).to.equal('line-through');
    // Each mark says where it ends, too (as GOV.UK and the APG do), so a reader hears the boundary.
    expect(ins.textContent!.replace(/\s+/g, ' ')).to.match(/ \(Ende der Einfügung\)\s*$/);
    expect(del.textContent!.replace(/\s+/g, ' ')).to.match(/ \(Ende der Löschung\)\s*$/);
    expect(
      item
        .querySelector('.word-diff')!
        .textContent!.replace(/\s*\(Ende der (Einfügung|Löschung)\)/g, '')
        .replace(/(eingefügt|gelöscht):\s/g, ''),
    ).to.contain('barrierefrei, digital');
    expect(item.querySelector('dt')!.textContent).to.equal('Beschreibung');
  });

  it('shows other attributes as before → after and lists entry by entry', async () => {
    const el = await konstanz();
    // ant-1-1: the lead unit extended.
    const lead = [...root(el).querySelectorAll<HTMLElement>('#aenderung-ant-1-1 .attribute')].find(
      (a) => a.querySelector('dt')!.textContent === 'Federführung',
    )!;
    expect(lead.querySelector('.before')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('vorher: Amt für Migration und Integration – Referat Integration');
    expect(lead.querySelector('.after')!.textContent).to.contain('Antidiskriminierungsberatung');
    expect(lead.querySelector('.arrow')!.getAttribute('aria-hidden')).to.equal('true');
    // bil-6-2: a partner added.
    const partners = [...root(el).querySelectorAll<HTMLElement>('#aenderung-bil-6-2 .attribute')].find(
      (a) => a.querySelector('dt')!.textContent === 'Kooperationspartner',
    )!;
    expect(partners.querySelector('ins')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('eingefügt: Handwerkskammer (Ende der Einfügung)');
    expect(partners.querySelectorAll('li')).to.have.length(2);
    // arb-2-1: the indicator's target raised from 120 to 200.
    const indicators = [...root(el).querySelectorAll<HTMLElement>('#aenderung-arb-2-1 .attribute')].find(
      (a) => a.querySelector('dt')!.textContent === 'Kennzahlen',
    )!;
    const indicator = indicators.querySelector('li')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(indicator).to.equal('Beratungsgespräche zur Anerkennung: Ziel vorher: 120 pro Jahr → nachher: 200 pro Jahr');
    // A moved measure says where it was and is.
    const moved = root(el).querySelector<HTMLElement>('#aenderung-iko-5-1')!;
    expect(moved.classList.contains('change--moved')).to.be.true;
    expect(moved.querySelector('.attribute dt')!.textContent).to.equal('Zuordnung');
    // A deleted measure says where it was.
    expect(changes(el, 'removed')[0]!.querySelector('.place')!.textContent).to.contain('Bisher in');
  });

  it('filters by kind of change and by field, shows unchanged ones on request, and stays accessible', async function () {
    this.timeout(40000);
    const el = await konstanz();
    await toggle(checkbox(el, 'kind', 'added'), el);
    expect(changes(el, 'added')).to.have.length(0);
    expect(countText(el)).to.equal('48 von 215 Maßnahmen angezeigt');
    await expectAccessible(el, 'without new');

    await toggle(checkbox(el, 'unchanged'), el);
    expect(changes(el, 'unchanged')).to.have.length(145);
    expect(checkbox(el, 'unchanged').checked).to.be.true;
    await expectAccessible(el, 'with unchanged');

    const select = root(el).querySelector<HTMLSelectElement>('select[name="field"]')!;
    await choose(select, 'gesundheit', el);
    const headings = [...root(el).querySelectorAll('[part="field"] h3')].map((h) => h.textContent!.trim());
    expect(headings).to.have.length(1);
    expect(headings[0]).to.contain('Gesundheit');
    await expectAccessible(el, 'one field');

    for (const kind of ['changed', 'removed', 'moved']) await toggle(checkbox(el, 'kind', kind), el);
    await toggle(checkbox(el, 'unchanged'), el);
    expect(changes(el)).to.have.length(0);
    expect(root(el).querySelector('[part="empty"]')!.textContent).to.equal('Keine Änderungen für diese Auswahl.');
    await expectAccessible(el, 'nothing selected');
  });

  it('keeps the summary tiles whole at 320 px: words never break inside, two tiles a row, nothing overflows', async () => {
    const [from, to] = await Promise.all([sample('konstanz-1.0'), sample('konstanz-2.0')]);
    for (const lang of ['de', 'uk', 'de-x-ls']) {
      // A 320 px phone, 16 px page padding, and a page that sets overflow-wrap: break-word (inherited into the element).
      const wrapper = await fixture<HTMLDivElement>(
        `<div lang="${lang}" style="inline-size: 288px; font: 16px/1.6 system-ui, sans-serif; overflow-wrap: break-word"><version-diff></version-diff></div>`,
      );
      const el = wrapper.querySelector('version-diff')!;
      el.fromConcept = from;
      el.toConcept = to;
      await settled(el);
      const tiles = [...root(el).querySelectorAll<HTMLElement>('.tile')];
      expect(tiles).to.have.length(5);
      expect(tiles[0]!.getBoundingClientRect().top, `${lang}: two tiles in the first row`).to.equal(tiles[1]!.getBoundingClientRect().top);
      for (const tile of tiles) {
        expect(tile.scrollWidth, `${lang}: ${tile.textContent!.trim()} overflows`).to.be.at.most(tile.clientWidth);
        for (const part of tile.querySelectorAll('.tile__label, .tile__count')) {
          const range = document.createRange();
          range.selectNodeContents(part);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
          expect(lines, `${lang}: "${part.textContent}" breaks inside a word`).to.be.at.most(part.textContent!.trim().split(/\s+/).length);
        }
      }
      expect(el.scrollWidth).to.be.at.most(288);
    }
  });

  it('takes a first selection from attributes', async () => {
    const el = await konstanz('kinds="removed" field="sprache"');
    expect(changes(el).every((c) => c.classList.contains('change--removed'))).to.be.true;
    expect(changes(el)).to.have.length(1);
    const shown = await konstanz('show-unchanged page-size="300"');
    expect(changes(shown, 'unchanged')).to.have.length(145);
  });

  it('follows a deep link on load: shows the change (even an unchanged one), scrolls and focuses it', async () => {
    const before = location.hash;
    try {
      history.replaceState(null, '', '#aenderung-spr-1-2');
      const el = await konstanz();
      await waitUntil(() => root(el).activeElement?.id === 'aenderung-spr-1-2', 'deep-linked change not focused');
      const target = root(el).activeElement as HTMLElement;
      expect(target.classList.contains('change--unchanged')).to.be.true;
      expect(checkbox(el, 'unchanged').checked).to.be.true;
      // And on a later hash change.
      location.hash = '#aenderung-ges-1-1';
      await waitUntil(() => root(el).activeElement?.id === 'aenderung-ges-1-1', 'hash change not followed');
    } finally {
      history.replaceState(null, '', location.pathname + location.search + before);
    }
  });

  it('is operable by keyboard: checkboxes and the field select', async () => {
    const el = await konstanz();
    checkbox(el, 'kind', 'changed').focus();
    await sendKeys({ press: 'Space' });
    await update(el);
    expect(changes(el, 'changed')).to.have.length(0);
    await sendKeys({ press: 'Space' });
    await update(el);
    expect(changes(el, 'changed')).to.have.length(24);
  });

  it('speaks English where the page does', async () => {
    const el = await konstanz('', 'en');
    expect(summaryText(el)).to.contain('24 measures adapted, 21 deleted, 22 new');
    expect(root(el).querySelector('h2')!.textContent).to.equal('What changed from version 1.0 to 2.0');
    const item = root(el).querySelector<HTMLElement>('#aenderung-spr-1-1')!;
    expect(item.querySelector('ins')!.textContent).to.match(/^inserted:\s.+\(end of insertion\)\s*$/);
    expect(item.querySelector('del')!.textContent).to.match(/^deleted:\s/);
    expect(countText(el)).to.equal('70 of 215 measures shown');
    await expectAccessible(el, 'english');
  });

  it("uses the municipality's word for measure", async () => {
    const [from, toJson] = await Promise.all([sample('konstanz-1.0'), sampleJson('konstanz-2.0')]);
    const to = structuredClone(toJson) as Json;
    to.terms = { ...to.terms, measure: { singular: 'Vorhaben', plural: 'Vorhaben' } };
    const el = await fixture<VersionDiff>(html`<version-diff .fromConcept=${from} .toConcept=${to}></version-diff>`);
    await settled(el);
    expect(summaryText(el)).to.contain('24 Vorhaben angepasst');
  });

  it('says which pairs were matched by text when ids are not shared', async () => {
    const [from, toJson] = await Promise.all([sample('konstanz-1.0'), sampleJson('konstanz-2.0')]);
    const to = structuredClone(toJson) as Json;
    let n = 0;
    eachMeasure(to, (m) => (m.id = `neu-${n++}`));
    const el = await fixture<VersionDiff>(html`<version-diff .fromConcept=${from} .toConcept=${to}></version-diff>`);
    await settled(el);
    expect(summaryText(el)).to.contain('24 Maßnahmen angepasst, 21 gestrichen, 22 neu');
    expect(root(el).querySelector('.summary__note')!.textContent).to.contain('172 per Textvergleich zugeordnet');
    const badges = [...root(el).querySelectorAll('[part~="match"]')];
    expect(badges.length).to.be.greaterThan(20);
    expect(badges[0]!.textContent!.trim()).to.match(/^per Textvergleich zugeordnet \(\d+\s%\)$/);
    await expectAccessible(el, 'matched by text');
  });

  it('pairs only by id with match="id", and takes the heading level', async () => {
    const [from, toJson] = await Promise.all([sample('konstanz-1.0'), sampleJson('konstanz-2.0')]);
    const to = structuredClone(toJson) as Json;
    let n = 0;
    eachMeasure(to, (m) => (m.id = `neu-${n++}`));
    const el = await fixture<VersionDiff>(html`<version-diff match="id" heading-level="3" .fromConcept=${from} .toConcept=${to}></version-diff>`);
    await settled(el);
    expect(summaryText(el)).to.equal('193 Maßnahmen gestrichen, 194 neu.');
    expect(root(el).querySelector('[part="match"]')).to.not.exist;
    expect(root(el).querySelector('#heading')!.tagName).to.equal('H3');
    expect(root(el).querySelector('[part="field"] h4')).to.exist;
    expect(root(el).querySelector('.change h5')).to.exist;
  });

  it('works inside a provider: the provider gives the newer version', async () => {
    const wrapper = await fixture<HTMLElement>(html`<konzept-provider src=${sampleUrl('konstanz-2.0')}>
      <version-diff from=${sampleUrl('konstanz-1.0')}></version-diff>
    </konzept-provider>`);
    const el = wrapper.querySelector('version-diff')!;
    await waitUntil(() => root(el).querySelector('[part="summary"]'), 'provider diff did not render', { timeout: 5000 });
    expect(summaryText(el)).to.contain('24 Maßnahmen angepasst, 21 gestrichen, 22 neu');
  });

  it('says "keine Änderungen" for identical versions', async () => {
    const concept = await sample('konstanz-1.0');
    const el = await fixture<VersionDiff>(html`<version-diff .fromConcept=${concept} .toConcept=${concept}></version-diff>`);
    await settled(el);
    expect(summaryText(el)).to.equal('Keine Änderungen: Beide Versionen enthalten dieselben 193 Maßnahmen.');
    expect(changes(el)).to.have.length(0);
    expect(root(el).querySelector('[part="empty"]')).to.not.exist;
    await expectAccessible(el, 'identical');
    await toggle(checkbox(el, 'unchanged'), el);
    expect(changes(el, 'unchanged')).to.have.length(193);
  });
});

describe('<version-diff> in pages', () => {
  it('renders the first 200 changes of two 2,000-measure versions, with the count and a "show more" button', async () => {
    const el = await largeDiff();
    const total = listedAnchors(el).length;
    expect(total).to.be.greaterThan(400);
    expect(changes(el)).to.have.length(200);
    expect(changes(el).map((c) => c.id)).to.deep.equal(listedAnchors(el).slice(0, 200));
    expect(moreText(el)).to.equal(`200 von ${total} angezeigt`);
    // The count above still says how many the selection holds.
    expect(countText(el)).to.match(new RegExp(`^${total} von [\\d.]+ Maßnahmen angezeigt$`));
    expect(moreButton(el).textContent!.trim()).to.equal('Weitere anzeigen');
    // Fields after the page wait; a field cut by the page keeps its heading and summary.
    const fields = root(el).querySelectorAll('[part="field"]');
    expect(fields.length).to.be.lessThan(filterChanges(el.diff!, el.filter).fields.length);
    expect(fields[fields.length - 1]!.querySelector('.field__summary')!.textContent).to.match(/\d/);
  });

  it('"show more" renders the next page and moves focus to its first change; the last page removes the button', async () => {
    const el = await largeDiff('page-size="150"');
    const total = listedAnchors(el).length;
    moreButton(el).click();
    await update(el);
    expect(changes(el)).to.have.length(300);
    expect(root(el).activeElement).to.equal(changes(el)[150]);
    expect(moreText(el)).to.equal(`300 von ${total} angezeigt`);
    expect(root(el).querySelector('[role="status"].visually-hidden')!.textContent).to.equal(`300 von ${total} angezeigt`);
    let before = 0;
    while (root(el).querySelector('[part="more"]')) {
      before = changes(el).length;
      moreButton(el).click();
      await update(el);
    }
    expect(changes(el)).to.have.length(total);
    // The last page took the button away: focus is on its first change, not on the page's body.
    expect(root(el).activeElement, 'focus after the last page').to.equal(changes(el)[before]);
    expect(root(el).querySelector('[role="status"].visually-hidden')!.textContent).to.equal(`${total} von ${total} angezeigt`);
  });

  it('works with the keyboard: Enter on "show more", then Tab goes on from the new change', async () => {
    const el = await largeDiff('page-size="20"');
    moreButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await update(el);
    expect(root(el).activeElement).to.equal(changes(el)[20]);
    expect(root(el).activeElement!.matches(':focus-visible, :focus')).to.be.true;
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(changes(el)[20]!.querySelector('a[part="link"]'));
  });

  it('starts at one page again when the selection changes (kind, field)', async () => {
    const el = await largeDiff('page-size="50"');
    moreButton(el).click();
    await update(el);
    expect(changes(el)).to.have.length(100);
    await toggle(checkbox(el, 'kind', 'added'), el);
    expect(changes(el)).to.have.length(50);
    expect(changes(el, 'added')).to.have.length(0);
    expect(moreText(el)).to.equal(`50 von ${listedAnchors(el).length} angezeigt`);
    moreButton(el).click();
    await update(el);
    const select = root(el).querySelector<HTMLSelectElement>('select[name="field"]')!;
    await choose(select, select.options[1]!.value, el);
    const listed = listedAnchors(el).length;
    expect(changes(el)).to.have.length(Math.min(50, listed));
    // And a smaller page-size set later applies at once.
    el.pageSize = 10;
    await update(el);
    expect(changes(el)).to.have.length(Math.min(10, listed));
  });

  it('a deep link to a change beyond the page renders the pages up to it and focuses it', async () => {
    const before = location.hash;
    try {
      const probe = await largeDiff();
      const target = listedAnchors(probe)[333]!;
      probe.remove();
      history.replaceState(null, '', `#${target}`);
      const el = await largeDiff('page-size="100"');
      await waitUntil(() => root(el).activeElement?.id === target, 'deep-linked change beyond the page not focused');
      // The parts after it follow (in later tasks): in the end the whole page is there.
      await el.updateComplete;
      expect(changes(el)).to.have.length(400);
      expect(moreText(el)).to.match(/^400 von \d+ angezeigt$/);
      // A later link to a change further down (a hash change) does the same.
      const further = listedAnchors(el)[420]!;
      location.hash = `#${further}`;
      await waitUntil(() => root(el).activeElement?.id === further, 'hash change beyond the page not followed');
      await el.updateComplete;
      expect(changes(el)).to.have.length(Math.min(500, listedAnchors(el).length));
    } finally {
      history.replaceState(null, '', location.pathname + location.search + before);
    }
  });

  it('prints every change and returns to the page afterwards', async () => {
    const el = await largeDiff('page-size="50"');
    const total = listedAnchors(el).length;
    window.dispatchEvent(new Event('beforeprint'));
    // At once: print layout follows the event without waiting for a microtask.
    expect(changes(el)).to.have.length(total);
    expect(root(el).querySelector('[part="more"]')).to.not.exist;
    window.dispatchEvent(new Event('afterprint'));
    await update(el);
    expect(changes(el)).to.have.length(50);
    expect(moreText(el)).to.equal(`50 von ${total} angezeigt`);
  });

  it('is accessible on the first page and after "show more", in German and English', async () => {
    const el = await largeDiff('page-size="15"');
    await expectAccessible(el, 'first page');
    moreButton(el).click();
    await update(el);
    await expectAccessible(el, 'after show more, focus on a change');
    const count = root(el).querySelector('[part="more"] .more__count')!;
    expect(getComputedStyle(moreButton(el)).minHeight).to.equal('40px'); // a target large enough to hit
    expect(count.closest('[aria-hidden]')).to.not.exist;
    // Two live regions: the selection's count, and the line that says how many "show more" shows
    // now. A change of filter is announced once, by the count: the line is empty then.
    const regions = () => [...root(el).querySelectorAll('[role="status"], [role="alert"], [aria-live], output')];
    expect(regions()).to.have.length(2);
    expect(regions()[1]!.textContent!.trim()).to.match(/^30 von [\d.]+ angezeigt$/);
    await toggle(checkbox(el, 'unchanged'), el);
    expect(regions().map((r) => r.textContent!.trim() !== '')).to.deep.equal([true, false]);
    const english = await konstanz('page-size="10"', 'en');
    expect(moreText(english)).to.equal('Showing 10 of 70');
    expect(moreButton(english).textContent!.trim()).to.equal('Show more');
    await expectAccessible(english, 'english, first page');
  });

  it('pages the status mode too: groups keep their full count, the deep link and the filter work', async () => {
    const concept = await sample('konstanz-1.0');
    const statusDiff = () =>
      fixture<VersionDiff>(html`<version-diff mode="status" from-evaluation="eval-2019-10" page-size="5" .concept=${concept}></version-diff>`);
    const el = await statusDiff();
    await settled(el);
    const groups = statusChanges(concept, 'eval-2019-10')!.groups;
    const total = groups.reduce((n, g) => n + g.changes.length, 0);
    expect(groups[0]!.changes.length).to.be.greaterThan(5);
    expect(changes(el)).to.have.length(5);
    expect(moreText(el)).to.equal(`5 von ${total} angezeigt`);
    // The first group shows five of its changes, and its heading still counts all of them.
    const heading = root(el).querySelector('[part="field"] h3 .field__kind')!.textContent!;
    expect(heading).to.equal(`(${groups[0]!.changes.length})`);
    moreButton(el).click();
    await update(el);
    expect(changes(el)).to.have.length(10);
    expect(root(el).activeElement).to.equal(changes(el)[5]);
    await expectAccessible(el, 'status, paged');
    const beyond = changes(el)[8]!.id;
    await choose(root(el).querySelector<HTMLSelectElement>('select[name="from-evaluation"]')!, 'eval-2021-04', el);
    expect(changes(el).length).to.be.at.most(5);

    const before = location.hash;
    try {
      history.replaceState(null, '', `#${beyond}`);
      const linked = await statusDiff();
      await waitUntil(() => root(linked).activeElement?.id === beyond, 'deep-linked status change beyond the page not focused');
      expect(changes(linked)).to.have.length(10);
    } finally {
      history.replaceState(null, '', location.pathname + location.search + before);
    }
  });
});

describe('<version-diff> states', () => {
  it('shows loading, then says which side failed to load', async () => {
    const log = console.error;
    console.error = () => undefined; // the 404 is expected here
    let el: VersionDiff;
    try {
      el = await fixture<VersionDiff>(html`<version-diff from="/schema/examples/does-not-exist.json" to=${sampleUrl('konstanz-2.0')}></version-diff>`);
      expect(root(el).querySelector('.state--loading')).to.exist;
      await expectAccessible(el, 'loading');
      await waitUntil(() => root(el).querySelector('.state--error'), 'no error shown');
    } finally {
      console.error = log;
    }
    const text = root(el).querySelector('.state--error')!.textContent!;
    expect(text).to.contain('Die frühere Version (from) konnte nicht angezeigt werden.');
    expect(text).to.contain('Fehler 404');
    expect(text).to.not.contain('neuere Version');
    await expectAccessible(el, 'from failed');
  });

  it('says the newer side is not a valid export, and fires konzept-error', async () => {
    const from = await sample('konstanz-1.0');
    const el = await fixture<VersionDiff>(html`<version-diff .fromConcept=${from}></version-diff>`);
    const errors: string[] = [];
    const log = console.error;
    console.error = (m: string) => errors.push(m);
    try {
      setTimeout(() => (el.toConcept = { formatVersion: 1, fields: 'nope' }));
      const event = await oneEvent(el, 'konzept-error');
      expect(event.detail.error.kind).to.equal('invalid');
    } finally {
      console.error = log;
    }
    await update(el);
    const text = root(el).querySelector('.state--error')!.textContent!;
    expect(text).to.contain('Die neuere Version (to) konnte nicht angezeigt werden.');
    expect(text).to.contain('kein gültiger Konzept-Export');
    expect(errors.length).to.be.greaterThan(0);
    await expectAccessible(el, 'invalid');
  });

  it('asks for the missing side', async () => {
    const el = await fixture<VersionDiff>(html`<version-diff></version-diff>`);
    expect(root(el).querySelector('.state')!.textContent).to.contain('from und to');
    await expectAccessible(el, 'idle');
    el.toConcept = await sample('konstanz-2.0');
    await update(el);
    expect(root(el).querySelector('.state')!.textContent).to.contain('Die frühere Version fehlt');
  });
});

/**
 * A diff whose rare-parts.ts (following a deep link, the idle and failed states) arrives only when
 * `release` is called: what a reader on a slow connection sees before that code is there.
 */
function withRarePartsLate(attrs: Record<string, string> = {}): { el: VersionDiff; release: () => void } {
  const el = document.createElement('version-diff');
  let release!: () => void;
  const gate = new Promise<void>((done) => (release = done));
  (el as unknown as Record<string, unknown>).rareCode = new OnDemand(el, () =>
    gate.then(() => import('../../packages/components/src/version-diff/rare-parts.js')),
  );
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return { el, release };
}

const frames = async (n = 5) => {
  for (let i = 0; i < n; i++) await new Promise(requestAnimationFrame);
};
const stateText = (el: VersionDiff) => root(el).querySelector('[part~="state"]')?.textContent?.trim() ?? '';

describe('<version-diff>: what only some pages need loads when they need it', () => {
  afterEach(() => document.body.replaceChildren());

  it('a deep link on load waits for its code: no first page and jump, then the linked change focused', async () => {
    const before = location.hash;
    try {
      history.replaceState(null, '', '#aenderung-spr-1-2');
      const [from, to] = await Promise.all([sample('konstanz-1.0'), sample('konstanz-2.0')]);
      const { el, release } = withRarePartsLate();
      el.fromConcept = from;
      el.toConcept = to;
      document.body.append(el);
      await frames();
      expect(changes(el), 'no change shown before the link can be followed').to.have.length(0);
      expect(stateText(el)).to.equal('Wird verglichen …');
      release();
      await waitUntil(() => root(el).activeElement?.id === 'aenderung-spr-1-2', 'deep-linked change not focused');
      expect(checkbox(el, 'unchanged').checked).to.be.true;
      await expectAccessible(el, 'deep link followed');
    } finally {
      history.replaceState(null, '', location.pathname + location.search + before);
    }
  });

  it('a later hash change keeps the changes shown while its code comes, then focuses the change', async () => {
    const before = location.hash;
    try {
      const [from, to] = await Promise.all([sample('konstanz-1.0'), sample('konstanz-2.0')]);
      const { el, release } = withRarePartsLate();
      el.fromConcept = from;
      el.toConcept = to;
      document.body.append(el);
      await settled(el);
      const shown = changes(el).length;
      expect(shown).to.be.greaterThan(0);
      location.hash = '#aenderung-spr-1-2';
      await frames();
      expect(changes(el), 'the list stays while the code comes').to.have.length(shown);
      expect(root(el).querySelector('[part~="state"]')).to.not.exist;
      release();
      await waitUntil(() => root(el).activeElement?.id === 'aenderung-spr-1-2', 'hash change not followed');
    } finally {
      history.replaceState(null, '', location.pathname + location.search + before);
    }
  });

  it('a deep link in status mode waits for its code too', async () => {
    const before = location.hash;
    try {
      const concept = await sample('konstanz-1.0');
      const listed = statusChanges(concept, 'eval-2019-10')!.groups.flatMap((g) => g.changes);
      const target = measureAnchors(concept, 'aenderung').byMeasure.get(listed[7]!.entry.measure.id)!;
      history.replaceState(null, '', `#${target}`);
      const { el, release } = withRarePartsLate({ mode: 'status', 'from-evaluation': 'eval-2019-10', 'page-size': '5' });
      el.concept = concept;
      document.body.append(el);
      await waitUntil(() => root(el).querySelector('.state--loading'), 'the loading state');
      await frames();
      expect(changes(el), 'no change shown before the link can be followed').to.have.length(0);
      release();
      await waitUntil(() => root(el).activeElement?.id === target, 'deep-linked status change not focused');
      expect(changes(el)).to.have.length(10);
    } finally {
      history.replaceState(null, '', location.pathname + location.search + before);
    }
  });

  it('versions with a thousand measures matched by text load the index of words and pair as the SDK does', async () => {
    const first = generateConcept(1_000);
    const older = parseConceptOrThrow(first);
    const newer = parseConceptOrThrow(evolveConcept(first));
    const el = document.createElement('version-diff');
    let loads = 0;
    (el as unknown as Record<string, unknown>).indexCode = new OnDemand(el, () => {
      loads++;
      return import('../../packages/components/src/version-diff/text-index.js');
    });
    Object.assign(el, { fromConcept: older, toConcept: newer, match: 'text' });
    document.body.append(el);
    await waitUntil(() => root(el).querySelector('[part~="summary"]'), 'the diff', { timeout: 30000 });
    await el.updateComplete;
    expect(loads, 'the index of words loaded once').to.equal(1);
    // 1,000 × 1,000 pairs: the SDK picks candidates through the index (needsCandidateIndex).
    const expected = diffConcepts(older, newer, { match: 'text' });
    expect(expected.summary.matchedByText).to.be.greaterThan(500);
    expect(el.diff!.summary).to.deep.equal(expected.summary);
    expect(root(el).textContent).to.match(/[\d.]+ per Textvergleich zugeordnet/);
  });

  it('without addresses and with a side that failed, shows loading until the words for it are there', async () => {
    const idle = withRarePartsLate();
    document.body.append(idle.el);
    await frames();
    expect(root(idle.el).querySelector('.state--loading'), 'loading, not an empty or wrong state').to.exist;
    idle.release();
    await waitUntil(() => stateText(idle.el).includes('from und to'), 'the idle message');

    const failed = withRarePartsLate();
    failed.el.fromConcept = await sample('konstanz-1.0');
    failed.el.toConcept = { formatVersion: 1, fields: 'nope' };
    await quietly(async () => {
      document.body.append(failed.el);
      await waitUntil(() => root(failed.el).querySelector('[part~="state"]'), 'a state');
      await frames();
      expect(root(failed.el).querySelector('.state--loading'), 'loading until the words are there').to.exist;
      failed.release();
      await waitUntil(() => root(failed.el).querySelector('.state--error'), 'the error');
    });
    expect(root(failed.el).querySelector('.state--error')!.textContent).to.contain('Die neuere Version (to) konnte nicht angezeigt werden.');
    await expectAccessible(failed.el, 'to failed');
  });
});

describe('<version-diff mode="status">', () => {
  it('lists the measures whose status changed since the last report, grouped by new status', async () => {
    const el = await fixture<VersionDiff>(html`<version-diff mode="status" src=${sampleUrl('konstanz-1.0')}></version-diff>`);
    await settled(el);
    await waitUntil(() => root(el).querySelector('[part="summary"]'), 'status summary did not render');
    expect(root(el).querySelector('h2')!.textContent).to.equal('Statusänderungen seit dem letzten Bericht');
    expect(root(el).querySelector('h2')!.matches(':lang(de)'), 'German on a page without lang').to.equal(true);
    expect(root(el).querySelector('.compared')!.textContent).to.contain('Ampeldokument Frühjahr 2023');
    expect(summaryText(el)).to.match(/^\d+ Maßnahmen mit neuem Status: \d+ umgesetzt/);
    const groups = [...root(el).querySelectorAll('[part="field"] h3')].map((h) => h.textContent!.replace(/\s+/g, ' ').trim());
    expect(groups[0]).to.match(/^Jetzt: umgesetzt \(\d+\)$/);
    const first = changes(el)[0]!;
    const statuses = [...first.querySelectorAll('.status')].map((s) => s.textContent!.trim());
    expect(statuses).to.have.length(2);
    expect(statuses[1]).to.equal('umgesetzt');
    expect(first.querySelectorAll('.status svg')).to.have.length(2);
    expect(first.querySelector('.before .visually-hidden')!.textContent).to.equal('vorher:\u00a0');
    await expectAccessible(el, 'status');
  });

  it('compares chosen evaluations, by attribute and by select, and filters by field', async () => {
    const concept = await sample('konstanz-1.0');
    const el = await fixture<VersionDiff>(html`<version-diff mode="status" from-evaluation="eval-2019-10" .concept=${concept}></version-diff>`);
    await settled(el);
    expect(root(el).querySelector('h2')!.textContent).to.equal('Statusänderungen zwischen zwei Berichten');
    expect(root(el).querySelector('.compared')!.textContent).to.contain('Herbst 2019');
    const wide = changes(el).length;
    const fromSelect = root(el).querySelector<HTMLSelectElement>('select[name="from-evaluation"]')!;
    await choose(fromSelect, 'eval-2023-03', el);
    expect(changes(el).length).to.be.lessThan(wide);
    const fieldSelect = root(el).querySelector<HTMLSelectElement>('select[name="field"]')!;
    await choose(fieldSelect, 'sprache', el);
    expect(changes(el).every((c) => c.querySelector('.place')!.textContent!.includes('(Sprache)'))).to.be.true;
    await expectAccessible(el, 'status chosen');
    await choose(root(el).querySelector<HTMLSelectElement>('select[name="to-evaluation"]')!, 'eval-2023-03', el);
    expect(root(el).querySelector('.state')!.textContent).to.contain('zwei verschiedene Berichte');
  });

  it('says when there is nothing to compare, in English too', async () => {
    const json = structuredClone(await sampleJson('konstanz-1.0')) as Json;
    json.evaluations = json.evaluations.slice(-1);
    const last = json.evaluations[0].id;
    eachMeasure(json, (m) => (m.history = (m.history ?? []).filter((h: Json) => h.evaluation === last)));
    const concept: Concept = parseConceptOrThrow(json);
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"><version-diff mode="status" .concept=${concept}></version-diff></div>`);
    const el = wrapper.querySelector('version-diff')!;
    await settled(el);
    expect(root(el).querySelector('.state')!.textContent).to.contain('A comparison needs at least two evaluations; this export has 1.');
    await expectAccessible(el, 'too few');
  });

  it('is accessible in English with status groups', async () => {
    const concept = await sample('konstanz-1.0');
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"><version-diff mode="status" .concept=${concept}></version-diff></div>`);
    const el = wrapper.querySelector('version-diff')!;
    await settled(el);
    expect(root(el).querySelector('h2')!.textContent).to.equal('Status changes since the last report');
    expect(root(el).querySelector('[part="field"] h3')!.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Now: implemented \(\d+\)$/);
    await expectAccessible(el, 'status en');
  });
});
