/**
 * The built file web editors upload, dist/konzept-kit.js, loaded the way a CMS loads it: a
 * `<script type="module">` tag, sometimes twice (two plug-ins, an old and a new version; different
 * addresses make the browser evaluate it twice), sometimes under a tag prefix. Nothing may throw,
 * and the page must keep working.
 *
 * Needs dist/konzept-kit.js: `npm test` builds first (alone: `npm run build`).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';

type Konzept = HTMLElement & { shadowRoot: ShadowRoot; visibleMeasures?: readonly unknown[]; updateComplete?: Promise<unknown> };

const problems: string[] = [];
window.addEventListener('error', (e) => problems.push(`error: ${e.message}`));
window.addEventListener('unhandledrejection', (e) => problems.push(`unhandled rejection: ${String(e.reason)}`));

/** Adds a module script tag as a CMS template would and waits until it has run. */
function loadScript(src: string, data: Record<string, string> = {}): Promise<void> {
  return new Promise((done, fail) => {
    const script = document.createElement('script');
    script.type = 'module';
    for (const [key, value] of Object.entries(data)) script.dataset[key] = value;
    script.addEventListener('load', () => done(), { once: true });
    script.addEventListener('error', () => fail(new Error(`${src} did not load (run npm run build)`)), { once: true });
    script.src = src;
    document.head.append(script);
  });
}

function rendered(el: Element): boolean {
  const root = el.shadowRoot;
  return !!root && !root.querySelector('.state--loading, [role=alert]') && !!root.querySelector('[part~="base"]');
}

async function allRendered(els: Element[]): Promise<void> {
  await waitUntil(
    () => els.every(rendered),
    `not rendered: ${els
      .filter((e) => !rendered(e))
      .map((e) => e.localName)
      .join(', ')}`,
    { timeout: 10000 },
  );
}

/** Captures console warnings and errors while `run` runs. */
async function capturingConsole(run: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => seen.push(`warn: ${args.join(' ')}`);
  console.error = (...args: unknown[]) => seen.push(`error: ${args.join(' ')}`);
  try {
    await run();
  } finally {
    Object.assign(console, { warn, error });
  }
  return seen;
}

const SAMPLE = '/schema/examples/konstanz-2.0.json';

/** The class registered under `tag`, once the loader has loaded it (within 10 s), or undefined. */
async function defined(tag: string): Promise<CustomElementConstructor | undefined> {
  const timeout = new Promise<undefined>((done) => setTimeout(() => done(undefined), 10_000));
  return Promise.race([customElements.whenDefined(tag), timeout]);
}

describe('dist/konzept-kit.js on a CMS page', function () {
  this.timeout(30000);

  it('loaded twice (two plug-ins) neither throws nor breaks the page', async () => {
    const page = await fixture<HTMLElement>(html`
      <div>
        <konzept-provider src=${SAMPLE}>
          <ampel-chart></ampel-chart>
          <measure-accordion></measure-accordion>
        </konzept-provider>
      </div>
    `);
    const logs = await capturingConsole(async () => {
      await loadScript('/dist/konzept-kit.js?v=1');
      // The page shows a chart: the loader loads and registers it.
      const first = await defined('ampel-chart');
      expect(first, 'the first copy registered <ampel-chart>').to.exist;
      await allRendered([...page.querySelectorAll('ampel-chart, measure-accordion')]);

      await loadScript('/dist/konzept-kit.js?v=2');
      expect(customElements.get('ampel-chart'), 'the first copy keeps the tag').to.equal(first);
      // The page goes on working: existing elements, new ones, a click on the chart.
      const chart = page.querySelector('ampel-chart') as Konzept;
      const accordion = page.querySelector('measure-accordion') as Konzept;
      const more = document.createElement('version-diff');
      more.setAttribute('mode', 'status');
      page.querySelector('konzept-provider')!.append(more);
      await allRendered([chart, accordion, more]);
      const all = accordion.visibleMeasures!.length;
      chart.shadowRoot.querySelector('[part~="segment"][data-key="s:red"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await waitUntil(() => accordion.visibleMeasures!.length < all && accordion.visibleMeasures!.length > 0, 'the chart no longer filters the accordion');
    });
    expect(problems, problems.join('\n')).to.deep.equal([]);
    // The same version twice is no reason to warn; nothing failed.
    expect(logs, logs.join('\n')).to.deep.equal([]);
  });

  it('a link added after both copies ran is upgraded exactly once', async () => {
    const page = await fixture<HTMLElement>(html`<div></div>`);
    page.innerHTML = `<p><a class="konzept-ampel-chart" href="${SAMPLE}">Integrationskonzept (JSON)</a></p>`;
    await waitUntil(() => page.querySelector('ampel-chart'), 'the link was not upgraded');
    await new Promise((done) => setTimeout(done, 50));
    expect(page.querySelectorAll('ampel-chart')).to.have.length(1);
    expect(page.querySelectorAll('ampel-chart ampel-chart')).to.have.length(0);
    await allRendered([page.querySelector('ampel-chart')!]);
  });

  it('registers under the prefix from the script address (?prefix=lk), also when loaded twice', async () => {
    const logs = await capturingConsole(async () => {
      await loadScript('/dist/konzept-kit.js?v=3&prefix=lk');
      await loadScript('/dist/konzept-kit.js?v=4&prefix=lk');
    });
    expect(logs, logs.join('\n')).to.deep.equal([]);
    const page = await fixture<HTMLElement>(html`
      <div>
        <lk-provider src=${SAMPLE}>
          <lk-ampel-chart view="fields"></lk-ampel-chart>
          <lk-measure-accordion></lk-measure-accordion>
        </lk-provider>
        <konzept-provider src=${SAMPLE}>
          <lk-ampel-chart></lk-ampel-chart>
        </konzept-provider>
      </div>
    `);
    // Each element is loaded when the page shows it, under the prefix.
    for (const tag of ['lk-ampel-chart', 'lk-measure-accordion', 'lk-provider']) expect(await defined(tag), tag).to.exist;
    expect(customElements.get('lk-version-diff'), 'no diff on the page: its code is not loaded').to.equal(undefined);
    // The plain names are still the first copy's; the prefixed ones are separate classes.
    expect(customElements.get('lk-ampel-chart')).not.to.equal(customElements.get('ampel-chart'));
    const els = [...page.querySelectorAll('lk-ampel-chart, lk-measure-accordion')];
    await allRendered(els);
    // Copies share the provider protocol: the first copy's provider feeds the prefixed chart.
    expect((els[2] as Konzept).shadowRoot.textContent).to.match(/\d\s?%/);
    const accordion = page.querySelector('lk-measure-accordion') as Konzept;
    const field = (els[0] as Konzept).shadowRoot.querySelector<HTMLButtonElement>('button[part~="field"][data-key="f:wohnen"]')!;
    field.click();
    await waitUntil(
      () => accordion.visibleMeasures!.length > 0 && accordion.visibleMeasures!.length < 50,
      'the prefixed chart did not filter the prefixed accordion',
    );
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('takes the prefix from data-prefix on the script tag too', async () => {
    await loadScript('/dist/konzept-kit.js?v=5', { prefix: 'bw' });
    await fixture<HTMLElement>(html`<bw-provider src=${SAMPLE}><bw-ampel-chart></bw-ampel-chart></bw-provider>`);
    expect(await defined('bw-ampel-chart')).to.exist;
    expect(await defined('bw-provider')).to.exist;
  });
});
