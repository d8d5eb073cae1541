/**
 * Words by the page's language, through the one script tag (dist/konzept-kit.js): an element's
 * English words load beside its code on an English page (before it is defined, so it never shows
 * German first), and only when an element switches to English on a German page.
 *
 * Needs dist/: `npm test` builds first (alone: `npm run build`).
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { loadModuleScript } from './page-assets.js';

type Konzept = HTMLElement & { shadowRoot: ShadowRoot; updateComplete: Promise<unknown>; t(key: string): string };

/** The scripts the page has loaded so far whose text contains `text`. */
async function scriptsWith(text: string): Promise<string[]> {
  const urls = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => url.includes('/dist/'));
  const texts = await Promise.all(urls.map(async (url) => [url, await (await fetch(url)).text()] as const));
  return texts.filter(([, body]) => body.includes(text)).map(([url]) => url);
}

describe('words by the page’s language (dist/konzept-kit.js)', function () {
  this.timeout(30000);

  it('an English element has its English words when it is defined', async () => {
    const el = await fixture<Konzept>(`<ampel-chart lang="en" src="/schema/examples/konstanz-2.0.json"></ampel-chart>`);
    await loadModuleScript('/dist/konzept-kit.js');
    await customElements.whenDefined('ampel-chart');
    // Defined only once the words are there: its first render is English.
    expect(el.t('chart.showTable')).to.equal('Show table');
    await waitUntil(() => el.shadowRoot?.querySelector('[part="toggle"]'), 'chart rendered', { timeout: 10000 });
    expect(el.shadowRoot.querySelector('[part="toggle"]')!.textContent!.trim()).to.equal('Show table');
  });

  it('a German element loads no English words, and loads them when it switches to English', async () => {
    const el = await fixture<Konzept>(`<div lang="de"><measure-accordion src="/schema/examples/konstanz-2.0.json"></measure-accordion></div>`);
    const accordion = el.querySelector<Konzept>('measure-accordion')!;
    await customElements.whenDefined('measure-accordion');
    await waitUntil(() => accordion.shadowRoot?.querySelector('button'), 'list rendered', { timeout: 10000 });
    expect(accordion.t('accordion.search')).to.equal('Suche');
    expect(await scriptsWith('Searches titles, descriptions')).to.deep.equal([]);

    accordion.setAttribute('lang', 'en');
    await waitUntil(() => accordion.t('accordion.search') === 'Search', 'English arrived', { timeout: 10000 });
    expect(await scriptsWith('Searches titles, descriptions')).to.have.length(1);
  });
});
