/**
 * `<version-diff>` as a council member meets it: ids that do not identify are noticed and said,
 * every level of the concept is compared (not only measures), and the synopsis prints as an annex.
 */
import { expect, fixture } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { parseConceptOrThrow } from '../../packages/sdk/src/index.js';
import { defineVersionDiff } from '../../packages/components/src/version-diff/define.js';
import type { VersionDiff } from '../../packages/components/src/version-diff/version-diff.js';
import { EDITS, konstanzWithObjectiveIndicator, landshutNext, positionalIds, reworkedKonstanz } from '../version-instances.js';
import { expectAccessible, sampleJson, settled } from './helpers.js';

defineVersionDiff();

type Json = Record<string, any>;

const root = (el: VersionDiff) => el.shadowRoot!;
const textOf = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function compare(from: Json, to: Json, attrs = '', lang = 'de'): Promise<VersionDiff> {
  const wrapper = await fixture<HTMLDivElement>(`<div lang=${lang}><version-diff ${attrs}></version-diff></div>`);
  const el = wrapper.querySelector('version-diff')!;
  el.fromConcept = parseConceptOrThrow(from);
  el.toConcept = parseConceptOrThrow(to);
  await settled(el);
  return el;
}

describe('<version-diff>: ids that do not identify', function () {
  // Two diffs of 200 measures and axe twice: slow on a loaded machine, not in a reader's browser.
  this.timeout(60_000);

  it('pairs Konstanz 2.0 with positional ids as 24/21/22 and says why, visibly, in German and English', async () => {
    const [older, newer] = (await Promise.all([sampleJson('konstanz-1.0'), sampleJson('konstanz-2.0')])) as Json[];
    const el = await compare(older!, positionalIds(newer!));
    expect(textOf(root(el).querySelector('[part="summary"] .summary__text'))).to.contain('24 Maßnahmen angepasst, 21 gestrichen, 22 neu');
    const notice = root(el).querySelector<HTMLElement>('[part="notice"]')!;
    expect(notice, 'notice').to.exist;
    expect(notice.getBoundingClientRect().height).to.be.greaterThan(10);
    expect(textOf(notice)).to.match(/^Achtung: \d+ Kennungen stehen in beiden Versionen für Maßnahmen mit ganz anderem Text \(zum Beispiel spr-\d-\d, /);
    expect(textOf(notice)).to.contain('Diese Maßnahmen wurden deshalb über den Text zugeordnet.');
    await expectAccessible(el, 'id notice');

    const en = await compare(older!, positionalIds(newer!), 'match="id"', 'en');
    expect(textOf(root(en).querySelector('[part="summary"] .summary__text'))).to.contain('49 measures adapted, 16 deleted, 17 new');
    expect(textOf(root(en).querySelector('[part="notice"]'))).to.match(
      /^Note: \d+ ids stand for measures with entirely different text .*pairing by id is probably wrong here\.$/,
    );
    await expectAccessible(en, 'id notice en');
  });

  it('shows no notice where ids identify', async () => {
    const [older, newer] = (await Promise.all([sampleJson('konstanz-1.0'), sampleJson('konstanz-2.0')])) as Json[];
    const el = await compare(older!, newer!);
    expect(root(el).querySelector('[part="notice"]')).to.equal(null);
  });
});

describe('<version-diff>: every level, not only measures', function () {
  this.timeout(60_000);

  it('shows a renamed field, a reworded goal, a deleted objective and an indicator target as changes, accessibly', async () => {
    const k2 = (await sampleJson('konstanz-2.0')) as Json;
    const el = await compare(konstanzWithObjectiveIndicator(k2), reworkedKonstanz(k2));
    const summary = textOf(root(el).querySelector('[part="summary"]'));
    expect(summary).to.contain('Außerdem: 1 Handlungsfeld angepasst, 1 Oberziel angepasst, 1 Unterziel angepasst, 1 Unterziel gestrichen.');
    const elements = [...root(el).querySelectorAll<HTMLElement>('.change--element')];
    expect(elements.map((e) => e.id)).to.deep.equal([
      'aenderung-feld-sprache',
      'aenderung-ziel-sprache',
      'aenderung-unterziel-spr-1',
      'aenderung-unterziel-spr-7',
    ]);
    const goal = root(el).querySelector('#aenderung-ziel-sprache')!;
    expect(textOf(goal.querySelector('.change__title'))).to.equal(`Oberziel: ${EDITS.goalTitle}`);
    const marked = (node: Element, tag: string) =>
      [...node.querySelectorAll(tag)].map((m) => textOf(m).replace(/^(eingefügt|gelöscht): | \(Ende der (Einfügung|Löschung)\)$/g, '')).join(' ');
    expect(marked(goal, 'ins')).to.contain('schnell, wohnortnah');
    expect(marked(goal, 'del')).to.contain('von Anfang an');
    const field = root(el).querySelector('#aenderung-feld-sprache')!;
    expect(textOf(field.querySelector('ins'))).to.contain('und Kommunikation');
    const objective = root(el).querySelector('#aenderung-unterziel-spr-1')!;
    expect(textOf(objective.querySelector('.attribute'))).to.match(/Kennzahlen.*Ziel vorher: 40 Kurse → nachher: 60 Kurse/);
    expect(textOf(root(el).querySelector('#aenderung-unterziel-spr-7 .badge'))).to.equal('gestrichen');
    // The measure's own indicator: the target 4 → 6.
    expect(textOf(root(el).querySelector('#aenderung-spr-1-1'))).to.match(/Ziel vorher: 4 pro Jahr → nachher: 6 pro Jahr/);
    await expectAccessible(el, 'levels');
  });

  it("Landshut's goals-only concept: guidelines and goals instead of '0 von 0', in German and English", async () => {
    const landshut = (await sampleJson('landshut')) as Json;
    const el = await compare(landshut, landshutNext(landshut));
    expect(textOf(root(el).querySelector('[part="count"]'))).to.match(/^4 von \d+ Einträgen angezeigt$/);
    expect(textOf(root(el).querySelector('[part="summary"]'))).to.contain('1 Leitziel angepasst, 1 Ziel gestrichen, 1 Leitlinie angepasst, 1 Leitlinie neu.');
    expect(root(el).querySelector('.tiles'), 'no tiles of zeros').to.equal(null);
    const guidelines = root(el).querySelector('[aria-labelledby="guidelines-heading"]')!;
    expect(textOf(guidelines.querySelector('h3'))).to.equal('Leitlinien');
    expect(textOf(guidelines.querySelector('#aenderung-leitlinie-gemeinsame-aufgabe .attribute--text'))).to.contain('eingefügt: und der Schulen');
    expect(textOf(root(el).querySelector('#aenderung-ziel-beteiligung ins'))).to.contain('und sichtbar');
    await expectAccessible(el, 'landshut');

    const unchanged = root(el).querySelector<HTMLInputElement>('input[name="unchanged"]')!;
    // The switch counts the unchanged fields, goals, objectives and guidelines, the entries it shows.
    const unchangedCount = Number(/\((\d+)\)/.exec(textOf(unchanged.closest('label')))![1]);
    unchanged.click();
    await el.updateComplete;
    const shownUnchanged = root(el).querySelectorAll('.change--element.element--unchanged').length;
    expect(shownUnchanged).to.be.greaterThan(20);
    expect(shownUnchanged).to.equal(unchangedCount);

    const en = await compare(landshut, landshutNext(landshut), '', 'en');
    expect(textOf(root(en).querySelector('[part="count"]'))).to.match(/^4 of \d+ entries shown$/);
    await expectAccessible(en, 'landshut en');

    const same = await compare(landshut, landshut);
    expect(textOf(root(same).querySelector('[part="summary"] .summary__text'))).to.equal('Keine Änderungen: Beide Versionen sind inhaltlich gleich.');
  });

  it("shows the concept's own details: Konstanz 1.0 → 2.0 changes its summary and drops the adoption", async () => {
    const [older, newer] = (await Promise.all([sampleJson('konstanz-1.0'), sampleJson('konstanz-2.0')])) as Json[];
    const el = await compare(older!, newer!);
    expect(textOf(root(el).querySelector('.summary__details'))).to.match(
      /^Angaben zum Konzept geändert: Zusammenfassung, Beschlossen am, Beschlossen von, Hinweis/,
    );
    const details = root(el).querySelector('[part~="details"]')!;
    expect(textOf(details.querySelector('h3'))).to.equal('Angaben zum Konzept');
    expect(textOf(details)).to.match(/Beschlossen am\s*vorher: 19\.03\.2018 → nachher: keine Angabe/);
    // A rewritten text reads as the old one struck through, then the new one: not word for word.
    const summaryRow = details.querySelector('.attribute--text')!;
    expect(summaryRow.querySelectorAll('del').length).to.equal(1);
    expect(summaryRow.querySelectorAll('ins').length).to.equal(1);
    await expectAccessible(el, 'details');
  });
});

describe('<version-diff view="synopsis">: old and new wording side by side', function () {
  this.timeout(60_000);

  async function synopsis(width = 0, lang = 'de'): Promise<VersionDiff> {
    const k2 = (await sampleJson('konstanz-2.0')) as Json;
    const style = width ? ` style="inline-size: ${width}px; font: 16px/1.6 system-ui, sans-serif"` : '';
    const wrapper = await fixture<HTMLDivElement>(`<div lang=${lang}${style}><version-diff view="synopsis"></version-diff></div>`);
    const el = wrapper.querySelector('version-diff')!;
    el.fromConcept = parseConceptOrThrow(konstanzWithObjectiveIndicator(k2));
    el.toConcept = parseConceptOrThrow(reworkedKonstanz(k2));
    await settled(el);
    return el;
  }

  it('Konstanz 1.0 → 2.0: a lead or a list of ids is no text of a language: every lang attribute is a language, the lead reads as its unit', async () => {
    const [older, newer] = (await Promise.all([sampleJson('konstanz-1.0'), sampleJson('konstanz-2.0')])) as Json[];
    const wrapper = await fixture<HTMLDivElement>('<div lang="de"><version-diff view="synopsis"></version-diff></div>');
    const el = wrapper.querySelector('version-diff')!;
    el.fromConcept = parseConceptOrThrow(older);
    el.toConcept = parseConceptOrThrow(newer);
    await settled(el);
    const langs = [...new Set([...root(el).querySelectorAll('[lang]')].map((e) => e.getAttribute('lang')!))];
    expect(langs.filter((l) => !/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(l))).to.deep.equal([]);
    expect(textOf(root(el).querySelector('table[part="synopsis"]'))).not.to.match(/unit:|\{/);
    await expectAccessible(el, 'synopsis konstanz 1.0 → 2.0');
  });

  it('is a table: old wording left with deletions, new wording right with insertions, every level', async () => {
    const el = await synopsis();
    const table = root(el).querySelector('table[part="synopsis"]')!;
    expect(textOf(table.querySelector('caption'))).to.equal('Synopse: Version 2.0 und Version 2.0');
    expect([...table.querySelectorAll('thead th')].map(textOf)).to.deep.equal(['Bisherige Fassung (Version 2.0)', 'Neue Fassung (Version 2.0)']);
    const before = [...table.querySelectorAll('.synopsis__cell--before')];
    const after = [...table.querySelectorAll('.synopsis__cell--after')];
    expect(
      before.some((c) => c.querySelector('del')),
      'deletions on the left',
    ).to.equal(true);
    expect(
      before.every((c) => !c.querySelector('ins')),
      'no insertions on the left',
    ).to.equal(true);
    expect(
      after.every((c) => !c.querySelector('del')),
      'no deletions on the right',
    ).to.equal(true);
    const text = textOf(table);
    expect(text).to.contain(EDITS.goalTitle.split(' – ')[0]!);
    expect(text).to.contain('Unterziel spr-7');
    expect(text).to.contain('(gestrichen)');
    expect(text).to.match(/Ziel 40\).*Ziel 60\)/);
    // The reader can go back to the list.
    const list = root(el).querySelector<HTMLInputElement>('input[name="view"][value="list"]')!;
    expect(root(el).querySelector<HTMLInputElement>('input[name="view"][value="synopsis"]')!.checked).to.equal(true);
    await expectAccessible(el, 'synopsis');
    list.click();
    await el.updateComplete;
    expect(root(el).querySelector('table')).to.equal(null);
    expect(root(el).querySelector('#aenderung-ziel-sprache')).to.exist;
  });

  it('stacks the two wordings at 320 px, each saying which it is, without overflowing', async () => {
    const el = await synopsis(288);
    const side = root(el).querySelector<HTMLElement>('.synopsis__cell--before .synopsis__side')!;
    expect(getComputedStyle(side).display).to.equal('block');
    expect(textOf(side)).to.equal('Bisherige Fassung (Version 2.0)');
    const cells = root(el).querySelectorAll<HTMLElement>('.synopsis__row--texts td');
    expect(cells[0]!.getBoundingClientRect().bottom).to.be.at.most(cells[1]!.getBoundingClientRect().top + 1);
    expect(el.scrollWidth).to.be.at.most(288);
    await expectAccessible(el, 'synopsis 320');
  });

  it('prints as an annex: the header repeats on every page, no buttons or filters', async () => {
    const el = await synopsis(0, 'en');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(root(el).querySelector('thead')!).display).to.equal('table-header-group');
      expect(getComputedStyle(root(el).querySelector('[part="filters"]')!).display).to.equal('none');
      expect([...root(el).querySelectorAll('button')].every((b) => b.getBoundingClientRect().height === 0)).to.equal(true);
      expect([...root(el).querySelectorAll('thead th')].map(textOf)).to.deep.equal(['Previous wording (version 2.0)', 'New wording (version 2.0)']);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
