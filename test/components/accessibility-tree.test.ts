/**
 * What a screen reader gets, read from Chromium's accessibility tree (CDP
 * `Accessibility.getFullAXTree`), not from the DOM: every heading and control present right after
 * load (nothing skipped as "not rendered"), names without stray spaces, roles, states and the
 * language of each piece of text (data in the data's language, interface words in the interface's).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defineAmpelChart } from '../../packages/components/src/ampel-chart/define.js';
import { defineMeasureAccordion } from '../../packages/components/src/measure-accordion/define.js';
import { defineVersionDiff } from '../../packages/components/src/version-diff/define.js';
import type { MeasureAccordion } from '../../packages/components/src/measure-accordion/measure-accordion.js';
import type { VersionDiff } from '../../packages/components/src/version-diff/version-diff.js';
import { sample, sampleUrl, settled } from './helpers.js';
import { axTree, domCount, exposed, textsUnder, type AxNode } from './ax.js';

defineAmpelChart();
defineMeasureAccordion();
defineVersionDiff();

/** Names as a screen reader says them: no space before a comma or full stop, none doubled, none at either end. */
function strayed(nodes: readonly AxNode[]): string[] {
  return nodes.map((n) => n.name).filter((name) => /\s[,.;:]|\s{2}|^\s|\s$/.test(name));
}

async function english<T extends HTMLElement>(template: unknown): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">${template}</div>`);
  const el = wrapper.firstElementChild as T;
  await settled(el);
  return el;
}

describe('accessibility tree: measure-accordion', function () {
  this.timeout(60000);

  it('holds every heading and every measure button right after load, not only those on screen', async () => {
    const el = await fixture<MeasureAccordion>(html`<measure-accordion .concept=${await sample('konstanz-1.0')}></measure-accordion>`);
    await settled(el);
    const tree = await axTree();
    const headings = domCount(el.shadowRoot!, 'h1, h2, h3, h4, h5, h6');
    const buttons = el.shadowRoot!.querySelectorAll('.measure-button').length;
    expect(buttons).to.be.greaterThan(150);
    expect(exposed(tree, 'heading').length, 'headings in the tree').to.equal(headings);
    const measureButtons = exposed(tree, 'button').filter((b) => 'expanded' in b.props);
    expect(measureButtons.length, 'measure buttons in the tree').to.equal(buttons);
    const skipped = tree.filter((n) => n.ignoredReasons.includes('notRendered'));
    expect(skipped.length, 'nodes skipped as not rendered').to.equal(0);
  });

  it('names a measure button by its title alone, in German on an English page, with its status as description in English', async () => {
    const el = await english<MeasureAccordion>(html`<measure-accordion field="sprache" src=${sampleUrl('konstanz-1.0')}></measure-accordion>`);
    const tree = await axTree();
    const buttons = exposed(tree, 'button').filter((b) => 'expanded' in b.props);
    expect(buttons.length).to.equal(24);
    const first = buttons[0]!;
    expect(first.name).to.equal('Landkreisweite Übersicht der Sprachkursangebote');
    expect(first.lang, 'the title is spoken as German').to.equal('de');
    // (a no-break space, which keeps the space in a visually hidden box; screen readers read it as one)
    expect(first.description.replace(/\u00a0/g, ' ')).to.equal('Status: implemented');
    expect(first.props['expanded']).to.equal(false);
    expect(strayed(buttons), 'names with stray spaces').to.deep.equal([]);
    // Headings: the measure's title only, as German; the objective's too; interface words as English.
    const headings = exposed(tree, 'heading');
    expect(headings.find((h) => h.props['level'] === 4)!.name).to.equal('Landkreisweite Übersicht der Sprachkursangebote');
    expect(strayed(headings)).to.deep.equal([]);
    const texts = tree.filter((n) => !n.ignored && n.role === 'StaticText');
    const langOf = (name: string) => texts.find((t) => t.name === name)?.lang;
    expect(langOf('Das Sprachkursangebot ist transparent und für alle zugänglich.')).to.equal('de');
    expect(langOf('Sprache')).to.equal('de');
    expect(langOf('Fields of action')).to.equal('en');
    expect(langOf('Status: ')?.startsWith('en') ?? langOf('Status:')).to.not.equal('de');
    // Opening one: its state changes in the tree.
    el.shadowRoot!.querySelector<HTMLButtonElement>('.measure-button')!.click();
    await el.updateComplete;
    const opened = exposed(await axTree(), 'button').find((b) => b.name === first.name)!;
    expect(opened.props['expanded']).to.equal(true);
    expect(
      exposed(await axTree(), 'region').some((r) => r.name === first.name),
      'the open panel is a region named by its button',
    ).to.equal(true);
  });

  it('announces an empty result in its live region, not only the count', async () => {
    const el = await fixture<MeasureAccordion>(html`<measure-accordion query="xyzxyz" src=${sampleUrl('konstanz-1.0')}></measure-accordion>`);
    await settled(el);
    const tree = await axTree();
    const status = exposed(tree, 'status').find((s) => textsUnder(tree, s).some((t) => t.name.includes('193')))!;
    expect(status.props['live']).to.equal('polite');
    const said = textsUnder(tree, status)
      .map((t) => t.name)
      .join('');
    expect(said).to.equal('0 von 193 Maßnahmen. Keine Maßnahmen passen zu diesem Filter.');
  });
});

describe('accessibility tree: ampel-chart', function () {
  this.timeout(30000);

  it('the table toggle is a toggle button, pressed while the table shows, and only one view is in the tree', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><ampel-chart view="fields" src=${sampleUrl('konstanz-1.0')}></ampel-chart></div>`);
    const el = wrapper.firstElementChild as HTMLElement;
    await settled(el);
    let tree = await axTree();
    const toggle = () => exposed(tree, 'button').find((b) => b.name === 'Tabelle anzeigen')!;
    expect(toggle().props['pressed']).to.equal('false');
    expect(exposed(tree, 'table'), 'no table while the chart shows').to.have.length(0);
    expect(
      exposed(tree, 'group').some((g) => g.name.startsWith('Nach Handlungsfeld')),
      'the chart is there',
    ).to.equal(true);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    tree = await axTree();
    expect(toggle().props['pressed']).to.equal('true');
    expect(exposed(tree, 'table')).to.have.length(1);
    expect(
      exposed(tree, 'button').filter((b) => b.props['pressed'] !== undefined && b.name !== 'Tabelle anzeigen'),
      'no chart parts while the table shows',
    ).to.have.length(0);
    expect(strayed(exposed(tree, 'cell').concat(exposed(tree, 'rowheader'), exposed(tree, 'columnheader')))).to.deep.equal([]);
    // The field names in the table are German data; the column heads are the interface's words.
    const rowHeader = exposed(tree, 'rowheader').find((r) => r.name === 'Sprache');
    expect(rowHeader, 'the row header of Sprache').to.exist;
  });

  it('on an English page, field names in the chart and table are exposed as German', async () => {
    const el = await english<HTMLElement>(html`<ampel-chart view="fields" src=${sampleUrl('konstanz-1.0')}></ampel-chart>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const tree = await axTree();
    const cellTexts = tree.filter((n) => !n.ignored && n.role === 'StaticText' && n.name === 'Sprache');
    expect(cellTexts.length).to.be.greaterThan(0);
    expect(cellTexts.every((t) => t.lang === 'de')).to.equal(true);
    expect(tree.find((n) => !n.ignored && n.role === 'StaticText' && n.name === 'Total')?.lang).to.equal('en');
  });
});

describe('accessibility tree: version-diff', function () {
  this.timeout(30000);

  it('every change is in the tree after load, with its heading; word changes read with start and end, before then after', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><version-diff from=${sampleUrl('konstanz-1.0')} to=${sampleUrl('konstanz-2.0')}></version-diff></div>`,
    );
    const el = wrapper.firstElementChild as VersionDiff;
    await waitUntil(() => el.shadowRoot?.querySelector('.change'), 'diff rendered', { timeout: 10000 });
    await el.updateComplete;
    const tree = await axTree();
    const changes = el.shadowRoot!.querySelectorAll('.change').length;
    expect(changes).to.be.greaterThan(50);
    expect(tree.filter((n) => n.ignoredReasons.includes('notRendered'))).to.have.length(0);
    expect(exposed(tree, 'heading').length).to.equal(domCount(el.shadowRoot!, 'h1, h2, h3, h4, h5, h6'));
    const items = exposed(tree, 'listitem').filter((i) => i.props['focusable']);
    expect(items.length, 'every change a list item in the tree').to.equal(changes);
    expect(
      items.every((i) => textsUnder(tree, i).length > 0),
      'no empty list items',
    ).to.equal(true);
    // spr-1-1: "… wird … gedruckt …" became "… zeigt … digital …".
    const item = items[0]!;
    const said = textsUnder(tree, item)
      .map((t) => t.name)
      .join('')
      .replace(/\s+/g, ' ');
    expect(said).to.match(/gelöscht: [^()]+ \(Ende der Löschung\) ?eingefügt: [^()]+ \(Ende der Einfügung\)/);
    expect(said.indexOf('gelöscht:'), 'the old words before the new').to.be.lessThan(said.indexOf('eingefügt:'));
    // Other attributes: "before: … after: …" (the arrow is hidden).
    const lead = items
      .map((i) =>
        textsUnder(tree, i)
          .map((t) => t.name)
          .join('')
          .replace(/\s+/g, ' '),
      )
      .find((t) => t.includes('vorher:'))!;
    expect(lead).to.match(/vorher: \S.* nachher: \S/);
    expect(lead).not.to.contain('→');
  });

  it('on an English page, the data is German and the spoken marks are English', async () => {
    const el = await english<VersionDiff>(
      html`<version-diff field="sprache" from=${sampleUrl('konstanz-1.0')} to=${sampleUrl('konstanz-2.0')}></version-diff>`,
    );
    await waitUntil(() => el.shadowRoot?.querySelector('.change'), 'diff rendered', { timeout: 10000 });
    const tree = await axTree();
    const texts = tree.filter((n) => !n.ignored && n.role === 'StaticText');
    const marks = texts.filter((t) => /^(inserted|deleted):/.test(t.name.trim()) || /end of (insertion|deletion)/.test(t.name));
    expect(marks.length).to.be.greaterThan(4);
    expect(marks.every((m) => m.lang === 'en')).to.equal(true);
    const title = texts.find((t) => t.name === 'Landkreisweite Übersicht der Sprachkursangebote');
    expect(title?.lang).to.equal('de');
    const link = exposed(tree, 'link').find((l) => l.name.includes('Landkreisweite'))!;
    expect(strayed([link]), link.name).to.deep.equal([]);
  });
});

describe('accessibility tree: skipping the list', function () {
  this.timeout(30000);

  it('a skip link before the list leads past its ~200 buttons, and a link after it back to the filter', async () => {
    const el = await fixture<MeasureAccordion>(html`<measure-accordion src=${sampleUrl('konstanz-1.0')}></measure-accordion>`);
    await settled(el);
    const tree = await axTree();
    const links = exposed(tree, 'link').map((l) => l.name);
    expect(links).to.include('Zum Ende der Liste springen');
    expect(links).to.include('Zurück zum Filter');
    const root = el.shadowRoot!;
    // Keyboard: from the last filter control, Tab reaches the skip link before any measure.
    const skip = root.querySelector<HTMLAnchorElement>('[part="skip"]')!;
    skip.focus();
    expect(root.activeElement).to.equal(skip);
    expect(skip.getBoundingClientRect().width, 'seen while focused').to.be.greaterThan(20);
    await sendKeys({ press: 'Enter' });
    const end = root.querySelector<HTMLElement>('#list-end')!;
    expect(root.activeElement).to.equal(end);
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement!.textContent).to.equal('Zurück zum Filter');
    await sendKeys({ press: 'Enter' });
    expect(root.activeElement).to.equal(root.querySelector('#search'));
    // Backwards from the skip link: the filter, not a measure.
    skip.focus();
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement!.closest('.measure'), 'after the skip link come the toolbar buttons').to.equal(null);
  });
});
