/**
 * The link forms reserve the element's height before the script runs and while the export loads,
 * as the snippet form does (konzept-kit.css, made from the registry's reserved heights): the class
 * in the address (`…json#konzept-ampel-chart`) and the class on the paragraph. Before, both took the
 * height of one line of text (about 65 px with the paragraph's margins) and the text below jumped
 * down by the element's height when it appeared.
 *
 * Needs dist/ (`npm test` builds first; alone: `npm run build`).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { loadModuleScript, loadStylesheet } from './page-assets.js';

const token = () => `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
/** A sample export that answers after 1.5 s, so the loading state can be measured. */
const slow = (name: string) => `/test/e2e/data/${token()}/${name}.json?delay=1500`;

const content = document.createElement('article');
content.innerHTML = `
  <h2>Ampel</h2>
  <p><a href="${slow('konstanz-2.0')}#konzept-ampel-chart">Integrationskonzept (JSON)</a></p>
  <p id="after-fragment">Text unter dem Link in der Adresse.</p>
  <h2>Maßnahmen</h2>
  <p class="konzept-measure-accordion">Alle Maßnahmen: <a href="/impressum">Kontakt</a> und <a href="${slow('konstanz-1.0')}">Maßnahmen (JSON)</a></p>
  <p id="after-block">Text unter dem Absatz mit der Klasse.</p>
`;
document.body.append(content);

const top = (id: string) => Math.round(document.getElementById(id)!.getBoundingClientRect().top + scrollY);
const loading = (tag: string) => !!content.querySelector(tag)?.shadowRoot?.querySelector('.state--loading');

describe('link forms reserve the element’s space (konzept-kit.css)', function () {
  this.timeout(30000);
  const atStart: Record<string, number> = {};
  const whileLoading: Record<string, number> = {};

  before(async () => {
    await loadStylesheet('/dist/konzept-kit.css');
    for (const id of ['after-fragment', 'after-block']) atStart[id] = top(id);
    await loadModuleScript('/dist/konzept-kit.js');
    await waitUntil(() => loading('ampel-chart') && loading('measure-accordion'), 'the elements show no loading state', { timeout: 10000 });
    for (const id of ['after-fragment', 'after-block']) whileLoading[id] = top(id);
  });

  it('the class in the address (…json#konzept-ampel-chart): the text below does not jump', () => {
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const link = content.querySelector('ampel-chart a')!;
    expect(link, 'the link is the fallback content inside the chart').to.exist;
    // Reserved before the script: the chart's 21rem, not one line of text.
    expect(atStart['after-fragment']! - content.querySelector('h2')!.getBoundingClientRect().bottom - scrollY).to.be.greaterThan(21 * rem - 1);
    expect(Math.abs(whileLoading['after-fragment']! - atStart['after-fragment']!), 'jump in px when the chart appears').to.be.at.most(2);
  });

  it('the class on the paragraph: the text below does not jump', () => {
    const block = content.querySelector('p.konzept-measure-accordion')!;
    expect(block.querySelector('measure-accordion'), 'the paragraph’s export link became the accordion').to.exist;
    // The whole page below the first element must not move either.
    expect(Math.abs(whileLoading['after-block']! - atStart['after-block']!), 'jump in px when the accordion appears').to.be.at.most(2);
  });
});
