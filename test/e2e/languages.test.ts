/**
 * The languages file beside the main bundle, as a CMS loads them: dist/konzept-kit.js (German and
 * English) and dist/konzept-kit-i18n.js (Turkish, Arabic, Ukrainian, Leichte Sprache) as two module
 * scripts. Elements that rendered before the languages arrived switch at once; a page's own
 * language file imports `registerTranslation` from the main bundle.
 *
 * Needs dist/: `npm test` builds first (alone: `npm run build`).
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';

type Konzept = HTMLElement & { shadowRoot: ShadowRoot; updateComplete?: Promise<unknown> };

function loadScript(src: string): Promise<void> {
  return new Promise((done, fail) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.addEventListener('load', () => done(), { once: true });
    script.addEventListener('error', () => fail(new Error(`${src} did not load (run npm run build)`)), { once: true });
    script.src = src;
    document.head.append(script);
  });
}

// The loader defines the chart when the page shows one: until then it has no shadow root.
const toggleText = (el: Konzept) => el.shadowRoot?.querySelector('[part="toggle"]')?.textContent?.trim();

describe('dist/konzept-kit-i18n.js beside dist/konzept-kit.js', () => {
  it('brings Turkish and Arabic to elements that already rendered in German', async () => {
    await loadScript('/dist/konzept-kit.js');
    const wrapper = await fixture<HTMLDivElement>(`<div>
      <ampel-chart lang="tr" src="/schema/examples/konstanz-1.0.json"></ampel-chart>
      <ampel-chart lang="ar" src="/schema/examples/konstanz-1.0.json"></ampel-chart>
    </div>`);
    const [tr, ar] = [...wrapper.querySelectorAll<Konzept>('ampel-chart')];
    await waitUntil(() => toggleText(tr!) && toggleText(ar!), 'charts rendered', { timeout: 10000 });
    expect(toggleText(tr!)).to.equal('Tabelle anzeigen');
    expect(ar!.shadowRoot.querySelector('[part="base"]')!.getAttribute('dir')).to.equal('ltr');

    await loadScript('/dist/konzept-kit-i18n.js');
    await waitUntil(() => toggleText(tr!) === 'Tabloyu göster', 'Turkish arrived', { timeout: 5000 });
    await ar!.updateComplete;
    expect(toggleText(ar!)).to.equal('عرض الجدول');
    expect(ar!.shadowRoot.querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
  });

  it('a page registers its own language through the main bundle’s export', async () => {
    const kit = (await import(/* @vite-ignore */ '/dist/konzept-kit.js' as string)) as {
      registerTranslation: (lang: string, entries: Record<string, string>) => void;
    };
    const wrapper = await fixture<HTMLDivElement>(`<div lang="fr"><ampel-chart src="/schema/examples/konstanz-1.0.json"></ampel-chart></div>`);
    const el = wrapper.querySelector<Konzept>('ampel-chart')!;
    await waitUntil(() => toggleText(el), 'chart rendered', { timeout: 10000 });
    kit.registerTranslation('fr', { 'chart.showTable': 'Afficher le tableau' });
    await el.updateComplete;
    expect(toggleText(el)).to.equal('Afficher le tableau');
  });
});
