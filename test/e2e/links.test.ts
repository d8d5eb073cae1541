/**
 * The form for rich-text editors that strip custom elements and unknown attributes (CKEditor in
 * TYPO3 and Drupal, WordPress): an ordinary link with a class. The site-wide script
 * (dist/konzept-kit.js) replaces it by the element and keeps it inside as fallback content.
 * Here the editor's content is on the page before the script runs, as in a CMS.
 *
 * Needs dist/konzept-kit.js: `npm test` builds first (alone: `npm run build`).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { loadStylesheet } from './page-assets.js';

type Konzept = HTMLElement & { shadowRoot: ShadowRoot; visibleMeasures?: readonly { field: { id: string } }[] };

let counter = 0;
const token = () => `l${Date.now().toString(36)}${(counter++).toString(36)}`;
const dataUrl = (t: string, name: string) => `/test/e2e/data/${t}/${name}.json`;
async function hits(t: string): Promise<number> {
  return (await (await fetch(`/test/e2e/hits/${t}`)).json()).count;
}

const shared = token();
const pair = token();

// What the editor saved: links in paragraphs, as CKEditor leaves them (class, href, text; the
// `data-view` survives in some configurations, `data-onclick` must never become a handler).
const content = document.createElement('article');
content.innerHTML = `
  <h2>Stand der Umsetzung</h2>
  <p><a class="konzept-ampel-chart" href="${dataUrl(shared, 'konstanz-2.0')}" data-view="fields" data-onclick="window.hacked = true">Integrationskonzept (JSON)</a></p>
  <h2>Alle Maßnahmen</h2>
  <p><a class="konzept-measure-accordion" href="${dataUrl(shared, 'konstanz-2.0')}">Maßnahmen (JSON)</a></p>
  <h2>Was hat sich geändert?</h2>
  <p>Vergleich: <a class="konzept-version-diff" href="${dataUrl(pair, 'konstanz-1.0')}">Fassung 2018</a> → <a class="konzept-version-diff" href="${dataUrl(pair, 'konstanz-2.0')}">Fassung 2025</a></p>
  <p><a class="konzept-version-diff" id="query-form" href="/schema/examples/konstanz-2.0.json?from=konstanz-1.0.json">Änderungen (JSON)</a></p>
  <p><a class="konzept-version-diff" id="lone" href="/schema/examples/konstanz-2.0.json">Ampelbericht (JSON)</a></p>
  <p><a href="/schema/examples/konstanz-2.0.json" id="plain">Ein gewöhnlicher Link bleibt ein Link</a></p>
  <p class="konzept-measure-accordion" id="block-class">Die <a href="/impressum">Kontaktseite</a> und die <a href="/schema/examples/landshut.json">Leitlinien (JSON)</a></p>
`;
document.body.append(content);

// The snippet form beside it, with konzept-kit.css: space reserved before the script and while loading.
const slow = token();
const reserved = document.createElement('section');
reserved.innerHTML = `<ampel-chart id="reserved" src="${dataUrl(slow, 'konstanz-1.0')}?delay=1500"><a href="/schema/examples/konstanz-1.0.json">Integrationskonzept (JSON)</a></ampel-chart>`;
document.body.append(reserved);
const heights: Record<string, number> = {};
const reservedHeight = () => Math.round(reserved.querySelector('#reserved')!.getBoundingClientRect().height);

function rendered(el: Element): boolean {
  const root = el.shadowRoot;
  return !!root && !root.querySelector('.state--loading, [role=alert]') && !!root.querySelector('[part~="base"]');
}

describe('links with class="konzept-…" (stripped-editor form)', function () {
  this.timeout(30000);

  before(async () => {
    await loadStylesheet('/dist/konzept-kit.css');
    heights['undefined'] = reservedHeight();
    // Before the script: ordinary links a reader can follow.
    const before = content.querySelector<HTMLAnchorElement>('a.konzept-ampel-chart')!;
    expect(before.href).to.contain('konstanz-2.0.json');
    expect(before.getClientRects().length).to.be.greaterThan(0);
    await new Promise<void>((done, fail) => {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = '/dist/konzept-kit.js';
      script.onload = () => done();
      script.onerror = () => fail(new Error('dist/konzept-kit.js did not load (run npm run build)'));
      document.head.append(script);
    });
    await waitUntil(() => reserved.querySelector('#reserved')!.shadowRoot?.querySelector('.state--loading'), 'the slow chart shows no loading state');
    heights['loading'] = reservedHeight();
    await waitUntil(() => content.querySelectorAll('ampel-chart, measure-accordion, version-diff').length === 6, 'the links were not upgraded');
    await waitUntil(
      () => [...content.querySelectorAll('ampel-chart, measure-accordion, version-diff')].every(rendered),
      'not every upgraded element rendered',
      { timeout: 15000 },
    );
  });

  it('replaces each link by its element, with the link kept inside as fallback content', () => {
    const chart = content.querySelector('ampel-chart') as Konzept;
    expect(chart.getAttribute('src')).to.equal(dataUrl(shared, 'konstanz-2.0'));
    const fallback = chart.querySelector('a')!;
    expect(fallback.textContent).to.equal('Integrationskonzept (JSON)');
    expect(fallback.hasAttribute('data-konzept-upgraded')).to.equal(true);
    // Not shown once the element renders (no slot), so readers see the chart, not the link.
    expect(fallback.getClientRects().length).to.equal(0);
    expect(chart.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(content.querySelector('#plain')!.closest('ampel-chart, measure-accordion, version-diff')).to.equal(null);
  });

  it('starts the headings inside one level below the heading before the link', () => {
    // An <h2> precedes each link in the editor's content.
    expect(content.querySelector('measure-accordion')!.getAttribute('heading-level')).to.equal('3');
    expect(content.querySelector('version-diff')!.getAttribute('heading-level')).to.equal('3');
  });

  it('takes declared data-* attributes and never an event handler', () => {
    const chart = content.querySelector('ampel-chart')!;
    expect(chart.getAttribute('view')).to.equal('fields');
    expect(chart.hasAttribute('onclick')).to.equal(false);
    chart.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!.click();
    expect((window as unknown as { hacked?: boolean }).hacked).to.equal(undefined);
  });

  it('loads an export shared by several links once', async () => {
    expect(await hits(shared)).to.equal(1);
  });

  it('lets the chart filter the accordion made from a link to the same export', async () => {
    const chart = content.querySelector('ampel-chart') as Konzept;
    const accordion = content.querySelector('measure-accordion') as Konzept;
    expect(accordion.hasAttribute('listen')).to.equal(true);
    const all = accordion.visibleMeasures!.length;
    chart.shadowRoot.querySelector<HTMLButtonElement>('button[part~="field"][data-key="f:bildung"]')!.click();
    await waitUntil(() => accordion.visibleMeasures!.length < all, 'the accordion did not follow the chart');
    expect(accordion.visibleMeasures!.every((e) => e.field.id === 'bildung')).to.equal(true);
  });

  it('makes one comparison from two links in a paragraph, from a ?from= link, and a status comparison from a lone link', () => {
    const [pairDiff, queryDiff, loneDiff] = [...content.querySelectorAll('version-diff')] as Konzept[];
    expect(pairDiff!.getAttribute('from')).to.equal(dataUrl(pair, 'konstanz-1.0'));
    expect(pairDiff!.getAttribute('to')).to.equal(dataUrl(pair, 'konstanz-2.0'));
    // Both links and the arrow between them moved inside: the paragraph reads "Vergleich: " + the element.
    expect(pairDiff!.querySelectorAll('a')).to.have.length(2);
    expect(pairDiff!.parentElement!.textContent!.trim()).to.match(/^Vergleich:/);
    expect(pairDiff!.shadowRoot.textContent).to.match(/neu|angepasst|gestrichen/i);

    expect(new URL(queryDiff!.getAttribute('from')!).pathname).to.equal('/schema/examples/konstanz-1.0.json');
    expect(new URL(queryDiff!.getAttribute('to')!).pathname).to.equal('/schema/examples/konstanz-2.0.json');
    expect(queryDiff!.getAttribute('to')).not.to.contain('from=');

    expect(loneDiff!.getAttribute('mode')).to.equal('status');
    expect(loneDiff!.getAttribute('src')).to.equal('/schema/examples/konstanz-2.0.json');
  });

  it('keeps the reserved space from before the script through loading (konzept-kit.css): no jump', async () => {
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(heights['undefined'], 'reserved before the script').to.be.closeTo(21 * rem, 2);
    expect(heights['loading'], 'reserved while loading').to.be.closeTo(heights['undefined']!, 2);
    await waitUntil(() => rendered(reserved.querySelector('#reserved')!), 'the slow chart did not render', { timeout: 5000 });
    expect(reservedHeight(), 'the chart fills about the reserved space').to.be.greaterThan(0.8 * heights['undefined']!);
  });

  it('takes the class from the paragraph (WordPress block class) and uses its link to the export', () => {
    const block = content.querySelector('#block-class')!;
    const accordion = block.querySelector('measure-accordion')!;
    expect(accordion.getAttribute('src')).to.equal('/schema/examples/landshut.json');
    expect(block.querySelector('a[href="/impressum"]')!.closest('measure-accordion')).to.equal(null);
    expect(accordion.hasAttribute('listen')).to.equal(false);
  });

  it('upgrades links a page adds later (content loaded by the CMS after the page)', async () => {
    const later = document.createElement('p');
    later.innerHTML = `<a class="konzept-ampel-chart" href="/schema/examples/loerrach.json">Lörrach (JSON)</a>`;
    content.append(later);
    await waitUntil(() => later.querySelector('ampel-chart'), 'the added link was not upgraded');
    await waitUntil(() => rendered(later.querySelector('ampel-chart')!), 'the added chart did not render', { timeout: 10000 });
  });
  it('reads the class from the address where the editor keeps no class (#konzept-ampel-chart&view=fields)', async () => {
    // What plain CKEditor 5, Drupal's "Basic HTML" and a paste into a WordPress paragraph leave: href and text only.
    const fragment = token();
    const later = document.createElement('section');
    later.innerHTML = `
      <h2>Ampel</h2>
      <p><a id="f-chart" href="${dataUrl(fragment, 'konstanz-2.0')}#konzept-ampel-chart&view=fields&onclick=window.hacked%3Dtrue&bad%20name=1">Integrationskonzept (JSON)</a></p>
      <p><a id="f-accordion" href="${dataUrl(fragment, 'konstanz-2.0')}#konzept-measure-accordion">Maßnahmen (JSON)</a></p>
      <p><a id="f-diff" href="/schema/examples/konstanz-2.0.json?from=konstanz-1.0.json#konzept-version-diff">Änderungen (JSON)</a></p>
      <p><a id="f-diff-fragment" href="/schema/examples/konstanz-2.0.json#konzept-version-diff%26from%3Dkonstanz-1.0.json">Änderungen (JSON)</a></p>
      <p><a id="f-plain" href="/schema/examples/konstanz-2.0.json#abschnitt-2">Ein Link mit einem anderen Sprungziel bleibt ein Link</a></p>`;
    content.append(later);
    await waitUntil(() => later.querySelectorAll('ampel-chart, measure-accordion, version-diff').length === 4, 'the links were not upgraded');
    const chart = later.querySelector('ampel-chart') as Konzept;
    const accordion = later.querySelector('measure-accordion') as Konzept;
    const [diff, encodedDiff] = [...later.querySelectorAll('version-diff')] as Konzept[];
    await waitUntil(() => [chart, accordion, diff, encodedDiff].every((el) => rendered(el!)), 'not every element rendered', { timeout: 15000 });
    // The address without the fragment: what the file server gets, and what both elements share.
    expect(chart.getAttribute('src')).to.equal(dataUrl(fragment, 'konstanz-2.0'));
    expect(accordion.getAttribute('src')).to.equal(dataUrl(fragment, 'konstanz-2.0'));
    expect(chart.querySelector('a')!.getAttribute('href')).to.equal(dataUrl(fragment, 'konstanz-2.0'));
    expect(await hits(fragment)).to.equal(1);
    expect(chart.getAttribute('view')).to.equal('fields');
    expect(chart.hasAttribute('onclick')).to.equal(false);
    expect(chart.shadowRoot.querySelectorAll('li.row').length).to.be.greaterThan(5);
    expect(accordion.hasAttribute('listen')).to.equal(true);
    expect(accordion.getAttribute('heading-level')).to.equal('3');
    expect(new URL(diff!.getAttribute('from')!).pathname).to.equal('/schema/examples/konstanz-1.0.json');
    expect(new URL(diff!.getAttribute('to')!).pathname).to.equal('/schema/examples/konstanz-2.0.json');
    expect(diff!.getAttribute('to')).not.to.contain('#');
    // `from` in the fragment, with `&` and `=` percent-encoded as some editors store them.
    expect(new URL(encodedDiff!.getAttribute('from')!).pathname).to.equal('/schema/examples/konstanz-1.0.json');
    expect(encodedDiff!.getAttribute('mode')).to.not.equal('status');
    const plain = later.querySelector<HTMLAnchorElement>('#f-plain')!;
    expect(plain.closest('ampel-chart, measure-accordion, version-diff')).to.equal(null);
    expect(plain.getAttribute('href')).to.equal('/schema/examples/konstanz-2.0.json#abschnitt-2');
    expect((window as unknown as { hacked?: boolean }).hacked).to.equal(undefined);
  });
});
