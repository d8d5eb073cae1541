/**
 * The per-element files in dist/ (for pages that need one element): each registers only its own
 * element; together they share their chunks (one Lit, one loader), so a provider feeds them.
 *
 * Needs dist/: `npm test` builds first (alone: `npm run build`).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';

function rendered(el: Element): boolean {
  const root = el.shadowRoot;
  return !!root && !root.querySelector('.state--loading, [role=alert]') && !!root.querySelector('[part~="base"]');
}

describe('dist/<element>.js entries', function () {
  this.timeout(20000);

  it('registers one element per file; together they work with a provider', async () => {
    await import('/dist/ampel-chart.js' as string);
    expect(customElements.get('ampel-chart')).to.exist;
    expect(customElements.get('measure-accordion'), 'only its own element').to.equal(undefined);
    await Promise.all(['/dist/konzept-provider.js', '/dist/measure-accordion.js', '/dist/version-diff.js'].map((src) => import(src)));
    const page = await fixture<HTMLElement>(html`
      <konzept-provider src="/schema/examples/konstanz-1.0.json">
        <ampel-chart></ampel-chart>
        <measure-accordion></measure-accordion>
        <version-diff mode="status"></version-diff>
      </konzept-provider>
    `);
    const els = [...page.querySelectorAll('ampel-chart, measure-accordion, version-diff')];
    await waitUntil(() => els.every(rendered), 'not every element rendered', { timeout: 10000 });
  });

  it('takes ?prefix= too', async () => {
    await import('/dist/ampel-chart.js?prefix=kn' as string);
    expect(customElements.get('kn-ampel-chart')).to.exist;
  });
});
