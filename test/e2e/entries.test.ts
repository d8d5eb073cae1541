/**
 * The per-element files in dist/ (for pages that need one element): each registers only its own
 * element; together they share their chunks (one Lit, one loader), so a provider feeds them.
 *
 * Needs dist/: `npm test` builds first (alone: `npm run build`).
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { ELEMENTS, VIEWS } from '../../packages/components/src/registry.js';

function rendered(el: Element): boolean {
  const root = el.shadowRoot;
  return !!root && !root.querySelector('.state--loading, [role=alert]') && !!root.querySelector('[part~="base"]');
}

describe('dist/<element>.js entries', function () {
  this.timeout(20000);

  it('registers one element per file; together they work with a provider', async () => {
    const [first, ...others] = VIEWS;
    await import(`/dist/${first!.tag}.js` as string);
    expect(customElements.get(first!.tag)).to.exist;
    for (const other of others) expect(customElements.get(other.tag), 'only its own element').to.equal(undefined);
    await Promise.all(ELEMENTS.filter((row) => row !== first).map((row) => import(`/dist/${row.tag}.js`)));
    // A provider around one of each view (the version comparison of one export: its status mode).
    const provider = ELEMENTS.find((row) => row.key === 'provider')!.tag;
    const page = await fixture<HTMLElement>(
      `<${provider} src="/schema/examples/konstanz-1.0.json">${VIEWS.map((row) => `<${row.tag} mode="status"></${row.tag}>`).join('')}</${provider}>`,
    );
    const els = [...page.querySelectorAll(VIEWS.map((row) => row.tag).join(', '))];
    await waitUntil(() => els.every(rendered), 'not every element rendered', { timeout: 10000 });
  });

  it('takes ?prefix= too', async () => {
    await import(`/dist/${VIEWS[0]!.tag}.js?prefix=kn` as string);
    expect(customElements.get(`kn-${VIEWS[0]!.tag}`)).to.exist;
  });
});
