/**
 * Languages and reuse by other municipalities: every element in German, English, Turkish, Arabic
 * (right to left), Ukrainian and Leichte Sprache, with axe, without raw keys, placeholders or German
 * interface text left over; export texts in the reader's language with a marked fallback; the
 * municipality's own words for every level; the example themes applied.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../packages/components/src/i18n/all.js';
import { EXTRA_LANGUAGES } from '../../packages/components/src/i18n/all.js';
import { DEFAULT_TERMS, parseConceptOrThrow, type Level } from '../../packages/sdk/src/index.js';
import { registeredLanguages, registerTranslation, translate, translationOf, type TranslationValue } from '../../packages/components/src/shared/i18n.js';
import { defineAmpelChart } from '../../packages/components/src/ampel-chart/define.js';
import { defineMeasureAccordion } from '../../packages/components/src/measure-accordion/define.js';
import { defineVersionDiff } from '../../packages/components/src/version-diff/define.js';
// The German words of the parts that load with their code (the diff's synopsis, status mode, structure and rare parts, the chart's bar views and tables, the error view): every language must have them too.
import '../../packages/components/src/version-diff/synopsis-view.i18n.js';
import '../../packages/components/src/shared/error-view.i18n.js';
import '../../packages/components/src/shared/error-view.i18n.en.js';
import '../../packages/components/src/ampel-chart/bar-views.i18n.js';
import '../../packages/components/src/ampel-chart/tables.i18n.js';
import '../../packages/components/src/version-diff/status-mode.i18n.js';
import '../../packages/components/src/version-diff/structure-view.i18n.js';
import '../../packages/components/src/version-diff/rare-parts.i18n.js';
import '../../packages/components/src/measure-accordion/rare-parts.i18n.js';
import { defineKonzeptOverview } from '../../packages/components/src/overview/define.js';
import type { KonzeptElement } from '../../packages/components/src/shared/konzept-element.js';
import type { VersionDiff } from '../../packages/components/src/version-diff/version-diff.js';
import { expectAccessible, sample, sampleJson, sampleUrl, settled } from './helpers.js';

defineAmpelChart();
defineMeasureAccordion();
defineVersionDiff();
defineKonzeptOverview();

type Json = Record<string, any>;

const LANGUAGES = ['de', 'en', 'tr', 'ar', 'uk', 'de-x-ls'] as const;
const LEVELS = Object.keys(DEFAULT_TERMS) as Level[];
/** The languages as the kit registers them, before any test adds its own. */
const shipped = registeredLanguages();

const placeholderNames = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

/**
 * The placeholders a value uses. A function (a language's grammar, e.g. Ukrainian after "з") is
 * asked with each of `names` standing for itself: what it puts into its sentence, it uses.
 */
function placeholders(value: TranslationValue | undefined, names: readonly string[] = []): string | undefined {
  if (value === undefined) return undefined;
  const text = typeof value === 'string' ? value : value(Object.fromEntries(names.map((n) => [n, `{${n}}`])));
  return placeholderNames(text).sort().join(',');
}

/** What a language lacks against German: missing keys, other placeholders, keys German does not know. */
function completeness(lang: string): string[] {
  const german = translationOf('de');
  const entries = translationOf(lang);
  const problems: string[] = [];
  for (const [key, value] of Object.entries(german)) {
    const names = typeof value === 'string' ? placeholderNames(value) : [];
    if (!(key in entries)) problems.push(`${lang}: ${key} is missing`);
    else if (placeholders(value) !== placeholders(entries[key], names))
      problems.push(`${lang}: ${key} has {${placeholders(entries[key], names)}}, German {${placeholders(value)}}`);
  }
  for (const key of Object.keys(entries)) if (!(key in german) && !/^(term|status)\./.test(key)) problems.push(`${lang}: ${key} is unknown`);
  return problems;
}

describe('interface languages: complete', () => {
  it('registers German, English, Turkish, Arabic, Ukrainian and Leichte Sprache', () => {
    expect([...shipped].sort()).to.deep.equal([...LANGUAGES].sort());
    expect([...EXTRA_LANGUAGES]).to.deep.equal(['tr', 'ar', 'uk', 'de-x-ls']);
  });

  it('every language has every German key, with the same placeholders', () => {
    expect(shipped.flatMap(completeness)).to.deep.equal([]);
  });

  it('notices a missing key and a wrong placeholder, also in a value written as a function', () => {
    registerTranslation('qq', { ...translationOf('en'), 'chart.summary': '{total} {measure}', 'diff.count': (p) => `${p['shown']} / ${p['total']}` });
    const partial = { ...translationOf('qq') };
    delete (partial as Record<string, unknown>)['diff.heading'];
    registerTranslation('qq-x-gap', partial);
    expect(completeness('qq')).to.deep.equal([
      'qq: chart.summary has {measure,total}, German {measures,parts,total}',
      'qq: diff.count has {shown,total}, German {measures,shown,total}',
    ]);
    expect(completeness('qq-x-gap')).to.include('qq-x-gap: diff.heading is missing');
  });

  it('names every level, singular and plural, and the Ampel in every language beyond German and English', () => {
    const missing = EXTRA_LANGUAGES.flatMap((lang) =>
      [
        ...LEVELS.flatMap((level) => ['singular', 'plural'].map((n) => `term.${level}.${n}`)),
        'status.ampel',
        'status.ampel.green',
        'status.ampel.yellow',
        'status.ampel.red',
      ]
        .filter((key) => typeof translationOf(lang)[key] !== 'string')
        .map((key) => `${lang}: ${key}`),
    );
    expect(missing).to.deep.equal([]);
  });
});

// ——— rendering in every language ———

/** Everything a reader or a screen reader gets: text (also visually hidden) and the names in attributes. */
/** What a reader is shown: the panels of closed boxes (hidden until found) are left out. */
function readerText(el: Element): string {
  const root = el.shadowRoot!;
  const shown = (n: Node) => !(n instanceof Element ? n : n.parentElement)?.closest('[hidden]');
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (shown(n)) texts.push(n.textContent ?? '');
  const attributes = [...root.querySelectorAll('*')]
    .filter(shown)
    .flatMap((n) => ['aria-label', 'title', 'label', 'placeholder', 'alt'].map((a) => n.getAttribute(a) ?? ''));
  return [texts.join(''), ...attributes].join(' \n ').replace(/[\u202f\u00a0]/g, ' ');
}

const allKeys = [...new Set(shipped.flatMap((lang) => Object.keys(translationOf(lang))))];

/**
 * German interface words that must not show in another language: German values without
 * placeholders (and the default level words) that are not also that language's value, nor in the
 * export itself.
 */
function germanLeftovers(lang: string, text: string, data: string): string[] {
  if (lang.startsWith('de')) return [];
  const own = new Set(Object.values(translationOf(lang)).filter((v) => typeof v === 'string'));
  const german = [
    ...Object.values(translationOf('de')).filter((v): v is string => typeof v === 'string' && !v.includes('{')),
    ...LEVELS.flatMap((level) => [DEFAULT_TERMS[level].singular.de, DEFAULT_TERMS[level].plural.de]),
  ].filter((v) => v.length >= 6 && !own.has(v) && !data.includes(v));
  return [...new Set(german.filter((v) => text.includes(v)))];
}

async function expectTranslated(el: KonzeptElement, lang: string, label: string, data: string): Promise<void> {
  const text = readerText(el);
  expect(
    allKeys.filter((key) => text.includes(key)),
    `raw keys in ${label}`,
  ).to.deep.equal([]);
  expect(text.match(/\{[a-zA-Z]+\}/g) ?? [], `placeholders in ${label}`).to.deep.equal([]);
  expect(germanLeftovers(lang, text, data), `German interface text in ${label}`).to.deep.equal([]);
  await expectAccessible(el, label);
}

async function inLanguage<T extends KonzeptElement>(lang: string, inner: string, tag: string): Promise<T> {
  const dir = lang === 'ar' ? ' dir="rtl"' : '';
  const wrapper = await fixture<HTMLDivElement>(`<div lang="${lang}"${dir}>${inner}</div>`);
  const el = wrapper.querySelector(tag) as T;
  await settled(el);
  return el;
}

describe('every element in every language', () => {
  let data = '';
  before(async () => {
    data = JSON.stringify([await sampleJson('konstanz-1.0'), await sampleJson('konstanz-2.0')]);
  });

  for (const lang of LANGUAGES) {
    it(`${lang}: <ampel-chart> overview, fields and progress`, async () => {
      for (const view of ['overview', 'fields', 'progress']) {
        const el = await inLanguage<KonzeptElement>(lang, `<ampel-chart src="${sampleUrl('konstanz-2.0')}" view="${view}"></ampel-chart>`, 'ampel-chart');
        await expectTranslated(el, lang, `${lang} chart ${view}`, data);
      }
    });

    it(`${lang}: <measure-accordion> with an open measure and its filters`, async () => {
      const el = await inLanguage<KonzeptElement>(
        lang,
        `<measure-accordion src="${sampleUrl('konstanz-2.0')}" field="sprache"></measure-accordion>`,
        'measure-accordion',
      );
      el.shadowRoot!.querySelector<HTMLButtonElement>('.measure-button')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="measure-panel"]:not([hidden])')).to.exist;
      await expectTranslated(el, lang, `${lang} accordion`, data);
    });

    it(`${lang}: <version-diff> between versions and between reports`, async () => {
      const versions = await inLanguage<VersionDiff>(
        lang,
        `<version-diff from="${sampleUrl('konstanz-1.0')}" to="${sampleUrl('konstanz-2.0')}" field="sprache"></version-diff>`,
        'version-diff',
      );
      await waitUntil(() => versions.shadowRoot!.querySelector('[part="summary"]'), 'diff rendered');
      await expectTranslated(versions, lang, `${lang} diff`, data);
      const status = await inLanguage<VersionDiff>(
        lang,
        `<version-diff mode="status" src="${sampleUrl('konstanz-2.0')}" field="sprache"></version-diff>`,
        'version-diff',
      );
      await expectTranslated(status, lang, `${lang} status diff`, data);
      const paged = await inLanguage<VersionDiff>(
        lang,
        `<version-diff from="${sampleUrl('konstanz-1.0')}" to="${sampleUrl('konstanz-2.0')}" page-size="3"></version-diff>`,
        'version-diff',
      );
      await waitUntil(() => paged.shadowRoot!.querySelector('[part="more"]'), 'show more rendered');
      await expectTranslated(paged, lang, `${lang} diff, first page`, data);
    });
  }

  it('Ukrainian says "5 з 193 заходів" (genitive plural after "з", whatever the number) in the accordion and the diff', async () => {
    for (const [shown, total, counted] of [
      ['5', '193', 'заходи'],
      ['1', '21', 'захід'],
      ['7', '195', 'заходів'],
    ]) {
      expect(translate('uk', 'accordion.count', { shown: shown!, total: total!, measures: counted! })).to.equal(`${shown} з ${total} заходів`);
    }
    // A municipality's own word stays as the export gives it.
    expect(translate('uk', 'accordion.count', { shown: '5', total: '48', measures: 'Projekte' })).to.equal('5 з 48 Projekte');
    const accordion = await inLanguage<KonzeptElement>(
      'uk',
      `<measure-accordion src="${sampleUrl('konstanz-1.0')}" status="red"></measure-accordion>`,
      'measure-accordion',
    );
    expect(accordion.shadowRoot!.querySelector('[part="count"]')!.textContent!.trim()).to.equal('13 з 193 заходів');
    const diff = await inLanguage<VersionDiff>(
      'uk',
      `<version-diff from="${sampleUrl('konstanz-1.0')}" to="${sampleUrl('konstanz-2.0')}"></version-diff>`,
      'version-diff',
    );
    await waitUntil(() => diff.shadowRoot!.querySelector('[part="count"]'), 'diff rendered');
    expect(diff.shadowRoot!.querySelector('[part="count"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Показано 70 з 215 заходів');
  });

  it('counts in each language’s grammar: 194 Maßnahmen, 194 tedbir, 194 заходи, 194 إجراءً', async () => {
    const expected: Record<string, string> = {
      de: '194 Maßnahmen',
      en: '194 measures',
      tr: '194 tedbir',
      uk: '194 заходи',
      ar: '194 إجراءً',
      'de-x-ls': '194 Maßnahmen',
    };
    for (const [lang, words] of Object.entries(expected)) {
      const el = await inLanguage<KonzeptElement>(lang, `<measure-accordion src="${sampleUrl('konstanz-2.0')}"></measure-accordion>`, 'measure-accordion');
      expect(el.shadowRoot!.querySelector('[part="count"]')!.textContent!.trim(), lang).to.equal(words);
    }
  });

  it('Leichte Sprache uses simple words for the Ampel and the levels', async () => {
    const el = await inLanguage<KonzeptElement>('de-x-ls', `<ampel-chart src="${sampleUrl('konstanz-2.0')}" view="fields"></ampel-chart>`, 'ampel-chart');
    const text = readerText(el);
    for (const word of ['fertig', 'in Arbeit', 'nicht geschafft', 'Themen-Bereiche', 'Tabelle zeigen']) expect(text).to.contain(word);
    expect(text).not.to.contain('umgesetzt');
  });

  it('an export that only restates the default word (Konstanz: "Federführung") gets the reader’s language', async () => {
    const el = await inLanguage<KonzeptElement>(
      'tr',
      `<measure-accordion src="${sampleUrl('konstanz-2.0')}" field="sprache"></measure-accordion>`,
      'measure-accordion',
    );
    expect(el.shadowRoot!.querySelector('#search-hint')!.textContent).to.contain('sorumlu birim');
    expect(readerText(el)).not.to.contain('Federführung');
  });

  it('an own word given only in German ("Federführung") gives way to the interface word on an English page, in labels and sentences', async () => {
    const el = await inLanguage<KonzeptElement>(
      'en',
      `<measure-accordion src="${sampleUrl('konstanz-2.0')}" field="sprache"></measure-accordion>`,
      'measure-accordion',
    );
    const accordion = el as KonzeptElement & { expandAll(): void };
    accordion.expandAll();
    await el.updateComplete;
    const labels = [...el.shadowRoot!.querySelectorAll('.details dt')].map((dt) => dt.textContent!.trim());
    expect(labels, [...new Set(labels)].join(' / ')).to.include('Lead');
    expect(el.shadowRoot!.querySelector('#search-hint')!.textContent).to.contain('lead');
    expect(readerText(el)).not.to.contain('Federführung');
    // The German page keeps the municipality's word.
    const german = await inLanguage<KonzeptElement>(
      'de',
      `<measure-accordion src="${sampleUrl('konstanz-2.0')}" field="sprache"></measure-accordion>`,
      'measure-accordion',
    );
    expect(german.shadowRoot!.querySelector('#search-hint')!.textContent).to.contain('Federführung');
  });

  it('a language registered after the element rendered takes over at once (a languages file loaded later)', async () => {
    const el = await inLanguage<KonzeptElement>('fr', `<ampel-chart src="${sampleUrl('konstanz-1.0')}"></ampel-chart>`, 'ampel-chart');
    const toggle = () => el.shadowRoot!.querySelector('[part="toggle"]')!.textContent!.trim();
    expect(toggle()).to.equal('Tabelle anzeigen');
    registerTranslation('fr', { 'chart.showTable': 'Afficher le tableau' });
    await el.updateComplete;
    expect(toggle()).to.equal('Afficher le tableau');
  });

  it('words registered again for the language in use reach every measure row too (rows render only when they change)', async () => {
    registerTranslation('fr-x-rows', { 'accordion.statusPrefix': 'statut' });
    const el = await inLanguage<KonzeptElement>(
      'fr-x-rows',
      `<measure-accordion src="${sampleUrl('konstanz-1.0')}" field="sprache"></measure-accordion>`,
      'measure-accordion',
    );
    const prefixes = () => [...el.shadowRoot!.querySelectorAll('.measure-status')].map((n) => n.textContent!.split('\u00a0')[0]!.trim());
    expect(prefixes().length).to.be.greaterThan(5);
    expect(prefixes().every((p) => p === 'statut')).to.equal(true);
    // Same language, so `uiLanguage` does not change: only the new words do.
    registerTranslation('fr-x-rows', { 'accordion.statusPrefix': 'état' });
    await el.updateComplete;
    expect(
      prefixes().every((p) => p === 'état'),
      prefixes().join(' | '),
    ).to.equal(true);
  });
});

// ——— right to left ———

const rect = (n: Element) => n.getBoundingClientRect();
const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;

describe('right to left', () => {
  it('an Arabic interface reads right to left, with dir="rtl" on the page or from lang="ar" alone', async () => {
    for (const inner of [`<div lang="ar" dir="rtl">`, `<div lang="ar">`]) {
      const wrapper = await fixture<HTMLDivElement>(
        `${inner}<ampel-chart src="${sampleUrl('konstanz-1.0')}"></ampel-chart><measure-accordion src="${sampleUrl('konstanz-1.0')}" field="sprache"></measure-accordion></div>`,
      );
      for (const el of wrapper.querySelectorAll<KonzeptElement>('ampel-chart, measure-accordion')) {
        await settled(el);
        const base = el.shadowRoot!.querySelector('[part="base"]')!;
        expect(base.getAttribute('dir')).to.equal('rtl');
        expect(getComputedStyle(base).direction).to.equal('rtl');
      }
    }
  });

  it('bars grow from the right, names stand right of the bars and shares left, nothing overlaps', async () => {
    const measure = async (lang: string) => {
      const el = await inLanguage<KonzeptElement>(lang, `<ampel-chart src="${sampleUrl('konstanz-1.0')}" view="fields"></ampel-chart>`, 'ampel-chart');
      return [...el.shadowRoot!.querySelectorAll('li.row')].map((row) => {
        const bar = rect(row.querySelector('svg.bar')!);
        const first = rect(row.querySelector('[part="segment"] .segment__fill')!); // the first status of the scale: done
        return { bar, first, label: rect(row.querySelector('.row__label')!), done: rect(row.querySelector('.row__done')!) };
      });
    };
    for (const row of await measure('ar')) {
      expect(row.first.right).to.be.closeTo(row.bar.right, 1.5);
      expect(row.label.left).to.be.at.least(row.bar.right - 1);
      expect(row.done.right).to.be.at.most(row.bar.left + 1);
      expect([overlaps(row.label, row.bar), overlaps(row.done, row.bar), overlaps(row.label, row.done)]).to.deep.equal([false, false, false]);
    }
    for (const row of await measure('de')) {
      expect(row.first.left).to.be.closeTo(row.bar.left, 1.5);
      expect(row.label.right).to.be.at.most(row.bar.left + 1);
    }
  });

  it('the accordion’s arrows point the reading way; the diff’s arrows run right to left', async () => {
    const accordion = await inLanguage<KonzeptElement>(
      'ar',
      `<measure-accordion src="${sampleUrl('konstanz-1.0')}" field="sprache"></measure-accordion>`,
      'measure-accordion',
    );
    const chevron = accordion.shadowRoot!.querySelector('.chevron')!;
    expect(getComputedStyle(chevron).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    const button = accordion.shadowRoot!.querySelector<HTMLElement>('.measure-button')!;
    expect(rect(chevron).left).to.be.greaterThan(rect(button.querySelector('.measure-title')!).right - 1);
    const ltr = await inLanguage<KonzeptElement>(
      'de',
      `<measure-accordion src="${sampleUrl('konstanz-1.0')}" field="sprache"></measure-accordion>`,
      'measure-accordion',
    );
    expect(getComputedStyle(ltr.shadowRoot!.querySelector('.chevron')!).transform).to.equal('none');

    const diff = await inLanguage<VersionDiff>(
      'ar',
      `<version-diff from="${sampleUrl('konstanz-1.0')}" to="${sampleUrl('konstanz-2.0')}"></version-diff>`,
      'version-diff',
    );
    await waitUntil(() => diff.shadowRoot!.querySelector('.arrow'), 'a before → after');
    const arrow = diff.shadowRoot!.querySelector('.arrow')!;
    expect(getComputedStyle(arrow).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    const pair = arrow.closest('.before-after')!;
    expect(rect(pair.querySelector('.before')!).left).to.be.greaterThan(rect(pair.querySelector('.after')!).left);
  });

  it('German text in an Arabic interface keeps its own language and direction', async () => {
    const diff = await inLanguage<VersionDiff>(
      'ar',
      `<version-diff from="${sampleUrl('konstanz-1.0')}" to="${sampleUrl('konstanz-2.0')}" field="sprache"></version-diff>`,
      'version-diff',
    );
    await waitUntil(() => diff.shadowRoot!.querySelector('.word-diff'), 'a word diff');
    const words = diff.shadowRoot!.querySelector('.word-diff')!;
    expect([words.getAttribute('lang'), words.getAttribute('dir')]).to.deep.equal(['de', 'ltr']);
    expect(words.querySelector('ins .visually-hidden, del .visually-hidden')!.getAttribute('lang')).to.equal('ar');
    const title = diff.shadowRoot!.querySelector('.change__title :is(span, bdi)[lang="de"]')!;
    expect(title.getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(title).direction).to.equal('ltr');
  });
});

// ——— texts in several languages ———

describe('export texts in the reader’s language', () => {
  it('Landshut in English shows the English texts unmarked, and marks the ones it has only in German', async () => {
    const el = await inLanguage<KonzeptElement>('en', `<measure-accordion src="${sampleUrl('landshut')}"></measure-accordion>`, 'measure-accordion');
    const text = readerText(el);
    for (const phrase of ['Education', 'Integration is a shared task', 'Themes', 'Guiding goal']) expect(text).to.contain(phrase);
    expect(text).not.to.contain('Bildung eröffnet');
    const german = [...el.shadowRoot!.querySelectorAll('[lang="de"]')].map((n) => n.textContent!.trim());
    expect(german).not.to.include('Education');
    expect(german).to.include('Teilhabe von Anfang an'); // a guideline the export gives in German only
  });

  it('Landshut in Turkish falls back to German, marked lang="de" for screen readers', async () => {
    const el = await inLanguage<KonzeptElement>('tr', `<measure-accordion src="${sampleUrl('landshut')}"></measure-accordion>`, 'measure-accordion');
    const fallback = [...el.shadowRoot!.querySelectorAll('[lang="de"]')].map((n) => n.textContent!.trim());
    for (const text of ['Bildung', 'Integration ist eine gemeinsame Aufgabe', 'Bildung eröffnet allen Landshuterinnen und Landshutern die gleichen Chancen.']) {
      expect(fallback).to.include(text);
    }
    // The interface around them is Turkish; the city's own word "Leitziel", given in German and English
    // only, gives way to the Turkish interface's word (not German inside a Turkish page).
    expect(readerText(el)).to.contain('tek tek değerlendirilmiş tedbir yok');
    expect(readerText(el)).to.contain('Ana hedef');
    expect(fallback).not.to.include('Leitziel');
    await expectAccessible(el, 'landshut tr');
  });

  it('the chart and the diff mark fallback titles too', async () => {
    const chart = await inLanguage<KonzeptElement>('tr', `<ampel-chart src="${sampleUrl('landshut')}"></ampel-chart>`, 'ampel-chart');
    expect(chart.shadowRoot!.querySelector('[part="title"] [lang="de"]')!.textContent).to.equal('Integrationskonzept der Stadt Landshut');
    const english = await inLanguage<KonzeptElement>('en', `<ampel-chart src="${sampleUrl('landshut')}"></ampel-chart>`, 'ampel-chart');
    expect(english.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim()).to.equal('Integration concept of the City of Landshut');
    const diff = await inLanguage<VersionDiff>(
      'uk',
      `<version-diff from="${sampleUrl('konstanz-1.0')}" to="${sampleUrl('konstanz-2.0')}" field="sprache"></version-diff>`,
      'version-diff',
    );
    await waitUntil(() => diff.shadowRoot!.querySelector('.compared'), 'diff rendered');
    expect(diff.shadowRoot!.querySelectorAll('.compared [lang="de"]')).to.have.length(2);
  });
});

// ——— the municipality's own words and colours ———

/** Lörrach 1.0 against a copy with one project moved, one lead changed, one removed, one added. */
async function loerrachRevised(): Promise<[unknown, unknown]> {
  const original = (await sampleJson('loerrach')) as Json;
  const revised = structuredClone(original) as Json;
  revised.version = `${original.version}-rev`;
  const objectives = revised.fields.flatMap((f: Json) => f.objectives);
  const [first, second] = objectives as Json[];
  const moved = first!.measures.shift();
  second!.measures.push(moved);
  second!.measures[0].lead = { unit: 'Stabsstelle Integration' };
  second!.measures.splice(1, 1);
  first!.measures.push({ id: 'neu-1', title: 'Sprachcafé in jeder Gemeinde' });
  return [original, revised];
}

async function themed<T extends KonzeptElement>(theme: string, inner: string, tag: string): Promise<T> {
  const href = `/packages/components/themes/${theme}.css`;
  if (!document.querySelector(`link[href="${href}"]`)) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    const loaded = new Promise((resolve) => link.addEventListener('load', resolve));
    document.head.append(link);
    await loaded;
  }
  const wrapper = await fixture<HTMLDivElement>(`<div lang="de" class="konzept-theme-${theme}">${inner}</div>`);
  const el = wrapper.querySelector(tag) as T;
  await settled(el);
  return el;
}

describe('other municipalities: own words and themes', () => {
  after(() => document.querySelectorAll('link[href^="/packages/components/themes/"]').forEach((l) => l.remove()));

  it('Lörrach: Themenfeld, Teilziel, Projekt, Verantwortlich everywhere, never Maßnahme or Handlungsfeld', async () => {
    const src = sampleUrl('loerrach');
    const chart = await themed<KonzeptElement>('loerrach', `<ampel-chart src="${src}" view="fields"></ampel-chart>`, 'ampel-chart');
    const accordion = await themed<KonzeptElement>('loerrach', `<measure-accordion src="${src}"></measure-accordion>`, 'measure-accordion');
    accordion.shadowRoot!.querySelector<HTMLButtonElement>('.measure-button')!.click();
    await accordion.updateComplete;
    const [from, to] = await loerrachRevised();
    const diff = await themed<VersionDiff>('loerrach', `<version-diff></version-diff>`, 'version-diff');
    diff.fromConcept = from;
    diff.toConcept = to;
    await waitUntil(() => diff.shadowRoot!.querySelector('[part="summary"]'), 'diff rendered');

    const chartText = readerText(chart);
    expect(chartText).to.contain('Themenfelder');
    expect(chartText).to.contain('48 Projekte');
    const accordionText = readerText(accordion);
    for (const word of ['48 Projekte', 'Themenfeld', 'Leitziel', 'Verantwortlich', 'Mitwirkende', 'Umsetzungsstand']) expect(accordionText).to.contain(word);
    const diffText = readerText(diff);
    for (const word of ['Teilziel:', 'Projekt', 'Verantwortlich', 'Themenfeld']) expect(diffText).to.contain(word);
    expect(diffText).to.match(/\d+ Projekte? angepasst/);
    for (const text of [chartText, accordionText, diffText]) {
      for (const word of ['Maßnahme', 'Handlungsfeld', 'Querschnittsthema', 'Federführung', 'Kooperationspartner', 'Unterziel', 'Oberziel'])
        expect(text).not.to.contain(word);
    }

    // The theme's tokens reach the elements: the accent, and a status colour of Lörrach's own scale.
    expect(getComputedStyle(accordion).getPropertyValue('--konzept-color-accent').trim()).to.equal('#6a2c5b');
    const running = [...accordion.shadowRoot!.querySelectorAll('.filters .status')].find((s) => s.textContent!.includes('läuft'))!;
    expect(getComputedStyle(running.querySelector('.status-icon')!).color).to.equal('rgb(168, 80, 10)');
    await expectAccessible(chart, 'loerrach chart themed');
    await expectAccessible(accordion, 'loerrach accordion themed');
    await expectAccessible(diff, 'loerrach diff themed');
  });

  it('Landshut: Leitziel, Themenfelder and Leitlinien, in its theme (colours and serif font)', async () => {
    const accordion = await themed<KonzeptElement>('landshut', `<measure-accordion src="${sampleUrl('landshut')}"></measure-accordion>`, 'measure-accordion');
    const chart = await themed<KonzeptElement>('landshut', `<ampel-chart src="${sampleUrl('landshut')}"></ampel-chart>`, 'ampel-chart');
    const text = readerText(accordion);
    for (const word of ['Leitziel', 'Themenfelder', 'Leitlinien', 'Querschnittsfeld']) expect(text).to.contain(word);
    expect(readerText(chart)).to.contain('Themenfelder: Bildung');
    expect(getComputedStyle(accordion).getPropertyValue('--konzept-color-background').trim()).to.equal('#fffdfa');
    expect(getComputedStyle(accordion).fontFamily).to.contain('Georgia');
    expect(getComputedStyle(accordion.shadowRoot!.querySelector('.goal')!).borderRadius).to.equal('0px');
    await expectAccessible(accordion, 'landshut accordion themed');
    await expectAccessible(chart, 'landshut chart themed');
  });

  it('Konstanz: its theme on the Konstanz chart, in Arabic', async () => {
    const chart = await themed<KonzeptElement>(
      'konstanz',
      `<ampel-chart src="${sampleUrl('konstanz-2.0')}" view="fields" lang="ar"></ampel-chart>`,
      'ampel-chart',
    );
    expect(getComputedStyle(chart).getPropertyValue('--konzept-status-green').trim()).to.equal('#16703d');
    const fill = chart.shadowRoot!.querySelector('[part="segment"] .segment__fill')!;
    expect(getComputedStyle(fill).fill).to.equal('rgb(22, 112, 61)');
    await expectAccessible(chart, 'konstanz chart themed ar');
  });

  it('parses the revised Lörrach copy (the test data is a valid export)', async () => {
    const [, revised] = await loerrachRevised();
    expect(parseConceptOrThrow(revised).version).to.match(/-rev$/);
    expect((await sample('loerrach')).terms?.measure).to.exist;
  });
});
