/**
 * Long lists inside a box, a chart and the overview come in parts of 200 with "show more". After a
 * click the focus moves to the first new entry (the last part removes the button, and focus must not
 * fall back to the page's body), and a status line says how many are shown. The rows of a part
 * arrive 50 per task. The data is made here, not stored.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defineAmpelChart } from '../../packages/components/src/ampel-chart/define.js';
import { defineMeasureAccordion } from '../../packages/components/src/measure-accordion/define.js';
import { defineKonzeptOverview } from '../../packages/components/src/overview/define.js';
import { parseConceptOrThrow, type Concept } from '../../packages/sdk/src/index.js';
import { expectAccessible, sampleJson, settled } from './helpers.js';

defineAmpelChart();
defineMeasureAccordion();
defineKonzeptOverview();

type Json = any;
type Konzept = HTMLElement & { updateComplete: Promise<unknown>; shadowRoot: ShadowRoot };

const status = (el: Konzept) => [...el.shadowRoot.querySelectorAll('[role="status"].visually-hidden')].map((s) => s.textContent!.trim()).filter(Boolean);
const moreButton = (el: Konzept) => el.shadowRoot.querySelector<HTMLButtonElement>('button.show-more');
const focused = (el: Konzept) => el.shadowRoot.activeElement as HTMLElement | null;

async function edited(edit: (data: Json) => void): Promise<Concept> {
  const data = structuredClone(await sampleJson('konstanz-1.0')) as Json;
  edit(data);
  return parseConceptOrThrow(JSON.stringify(data));
}

/** Clicks "show more" and waits until `count` entries are there. */
async function showMore(el: Konzept, entries: () => readonly Element[], count: number): Promise<void> {
  moreButton(el)!.click();
  await waitUntil(() => entries().length === count, `${count} entries`, { timeout: 10_000 });
  await el.updateComplete;
}

describe('lists in parts: "show more", focus and status', function () {
  this.timeout(60_000);

  it('a box with 450 partners: 200, then 400, then all; focus on the first new partner, the count in a status line', async () => {
    const concept = await edited((data) => (data.fields[0].objectives[0].measures[0].partners = Array.from({ length: 450 }, (_, i) => `Partner ${i + 1}`)));
    const el = await fixture<Konzept>(html`<measure-accordion .concept=${concept}></measure-accordion>`);
    await settled(el);
    el.shadowRoot.querySelector<HTMLButtonElement>('.measure-button')!.click();
    const partners = () => [...el.shadowRoot.querySelectorAll('.measure--open .plain-list li')].filter((li) => /^Partner \d+$/.test(li.textContent!.trim()));
    // The rows of a part come 50 per task, until the part is there.
    await waitUntil(() => partners().length === 200, 'the first part fills up');
    expect(moreButton(el)!.textContent!.trim()).to.equal('200 weitere anzeigen (200 von 450)');
    expect(status(el)).to.deep.equal([]);

    await showMore(el, partners, 400);
    expect(focused(el)!.textContent!.trim()).to.equal('Partner 201');
    expect(status(el)).to.deep.equal(['400 von 450 angezeigt']);
    expect(moreButton(el)!.textContent!.trim()).to.equal('50 weitere anzeigen (400 von 450)');

    await showMore(el, partners, 450);
    expect(moreButton(el), 'the last part removes the button').to.not.exist;
    expect(focused(el)!.textContent!.trim(), 'focus is not lost').to.equal('Partner 401');
    expect(document.activeElement).to.equal(el);
    expect(status(el)).to.deep.equal(['450 von 450 angezeigt']);
    await expectAccessible(el, 'all partners shown, focus on one');
  });

  it('the chart with 450 fields: 50 at a time; "show more" under the rows moves focus to the next field’s button', async () => {
    const concept = await edited((data) =>
      data.fields.push(...Array.from({ length: 450 }, (_, i) => ({ id: `f-${i}`, kind: 'crossCutting', title: `Thema ${i + 1}`, objectives: [] }))),
    );
    const el = await fixture<Konzept>(html`<ampel-chart view="fields" .concept=${concept}></ampel-chart>`);
    await settled(el);
    const group = () => [...el.shadowRoot.querySelectorAll('[part="group"]')].at(-1)!;
    const rows = () => [...group().querySelectorAll('li.row')];
    await waitUntil(() => rows().length === 50, 'the first part');
    expect(group().querySelector('button.show-more')!.textContent!.trim()).to.equal('50 weitere anzeigen (50 von 455)');
    group().querySelector<HTMLButtonElement>('button.show-more')!.click();
    await waitUntil(() => rows().length === 100, 'the second part');
    const onRow = focused(el)!;
    expect(onRow.matches('button.row__label'), 'the row’s own button').to.equal(true);
    expect(onRow.textContent).to.contain(rows()[50]!.querySelector('.row__label')!.textContent!.split(',')[0]!.trim());
    expect(status(el)).to.include('100 von 455 angezeigt');
  });

  it('the overview with 450 fields of participation: the last part focuses the next field’s summary', async () => {
    const concept = await edited((data) => {
      data.fields.push(...Array.from({ length: 450 }, (_, i) => ({ id: `f-${i}`, kind: 'action', title: `Feld ${i + 1}`, objectives: [] })));
      data.participation.push(...Array.from({ length: 450 }, (_, i) => ({ id: `p-${i}`, kind: 'workshop', title: `Werkstatt ${i + 1}`, field: `f-${i}` })));
    });
    const el = await fixture<Konzept>(html`<konzept-overview .concept=${concept}></konzept-overview>`);
    await settled(el);
    const boxes = () => [...el.shadowRoot.querySelectorAll('details')];
    const total = concept.fields.filter((f) => concept.participation.some((p) => p.field === f.id)).length;
    await waitUntil(() => boxes().length === 200, 'the first part');
    await showMore(el, boxes, 400);
    await showMore(el, boxes, total);
    expect(moreButton(el)).to.not.exist;
    expect(focused(el), 'focus on the summary of the first new field').to.equal(boxes()[400]!.querySelector('summary'));
    expect(status(el)).to.deep.equal([`${total} von ${total} angezeigt`]);
  });
});
