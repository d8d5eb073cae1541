/**
 * The built bundle on a strict page: test/e2e/csp/index.html is served with
 * `Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self';
 * require-trusted-types-for 'script'` (test/e2e/middleware.mjs). The test runner's own page needs
 * inline scripts, so the strict page runs in a same-origin frame. Every element renders the
 * Konstanz sample, a reader uses them, and the page records zero violations (no eval, no zod probe,
 * no inline style, no string to innerHTML). A deliberate violation at the end proves the recording.
 *
 * Needs dist/konzept-kit.js: `npm test` builds first (alone: `npm run build`).
 */
import { expect, waitUntil, aTimeout } from '@open-wc/testing';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
  line: number;
}
type FrameWindow = Window & { cspViolations: Violation[] };

async function openStrictPage(): Promise<{ frame: HTMLIFrameElement; win: FrameWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1024px';
  frame.style.height = '2000px';
  const loaded = new Promise((done) => frame.addEventListener('load', done, { once: true }));
  frame.src = '/test/e2e/csp/index.html';
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as FrameWindow, doc: frame.contentDocument! };
}

function rendered(el: Element): boolean {
  const root = el.shadowRoot;
  return !!root && !root.querySelector('.state--loading, [role=alert]') && !!root.querySelector('[part~="base"]');
}

function describeViolations(list: readonly Violation[]): string {
  return list.map((v) => `${v.directive} blocked ${v.blocked || '(inline)'} ${v.sample ? `«${v.sample}»` : ''} at ${v.source}:${v.line}`).join('\n');
}

describe('strict Content Security Policy and Trusted Types', function () {
  this.timeout(30000);

  it('serves the test page with the strict header', async () => {
    const response = await fetch('/test/e2e/csp/index.html');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).to.contain("script-src 'self'");
    expect(csp).to.contain("style-src 'self'");
    expect(csp).to.contain("require-trusted-types-for 'script'");
  });

  it('renders, filters and opens everything with zero violations', async () => {
    const { win, doc } = await openStrictPage();
    expect(win.cspViolations, 'the recorder ran first').to.be.an('array');
    const elements = () => [...doc.querySelectorAll('ampel-chart, measure-accordion, version-diff')];
    try {
      await waitUntil(() => win.customElements.get('ampel-chart') && elements().length === 6, '', { timeout: 20000 });
    } catch {
      throw new Error(
        `the bundle did not register the elements or upgrade the links: defined ${!!win.customElements.get('ampel-chart')}, ` +
          `${elements().length} elements, violations: ${describeViolations(win.cspViolations)}`,
      );
    }
    await waitUntil(() => elements().every(rendered), 'not every element rendered the sample', { timeout: 15000 });
    expect(doc.querySelector('version-diff[mode=status]'), 'the lone diff link became a status comparison').to.exist;

    // A reader at work: choose a status on the chart, a field, open a measure, switch to the table,
    // search, and switch the page to English (every path renders new templates and styles).
    const [donut, fields] = [...doc.querySelectorAll('konzept-provider ampel-chart')];
    const accordion = doc.querySelector('measure-accordion')!;
    donut!.shadowRoot!.querySelector('[part~="segment"][data-key="s:yellow"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await aTimeout(50);
    fields!.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="field"]')!.click();
    await aTimeout(50);
    await waitUntil(() => accordion.shadowRoot!.querySelector('[part~="measure-button"]'), 'no measure to open');
    accordion.shadowRoot!.querySelector<HTMLButtonElement>('[part~="measure-button"]')!.click();
    await waitUntil(() => accordion.shadowRoot!.querySelector('[part~="measure-panel"]:not([hidden])'), 'the measure did not open');
    donut!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
    const search = accordion.shadowRoot!.querySelector<HTMLInputElement>('[part~="search"]');
    if (search) {
      search.value = 'Sprachkurs';
      search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    doc.documentElement.lang = 'en';
    await aTimeout(400);
    expect(elements().every(rendered), 'still rendered after the interactions').to.equal(true);
    expect(win.cspViolations, describeViolations(win.cspViolations)).to.deep.equal([]);

    // The recorder really records: an inline style attribute is a violation of style-src 'self'…
    doc.body.setAttribute('style', 'color: red');
    // …and a string given to innerHTML one of Trusted Types.
    expect(() => (doc.body.querySelector('p')!.innerHTML = '<b>x</b>')).to.throw();
    await waitUntil(() => win.cspViolations.length >= 2, 'the deliberate violations were not recorded');
    const directives = win.cspViolations.map((v) => v.directive);
    expect(directives.some((d) => d.startsWith('style-src'))).to.equal(true);
    expect(directives).to.include('require-trusted-types-for');
    // The browser reported them to the server, and nothing else.
    await waitUntil(async () => (await (await fetch('/test/e2e/csp-reports')).json()).length >= 2, 'no reports reached the server', { timeout: 5000 });
    const reports = (await (await fetch('/test/e2e/csp-reports')).json()) as { 'violated-directive'?: string; 'effective-directive'?: string }[];
    expect(reports).to.have.length(2, JSON.stringify(reports));
  });
});
