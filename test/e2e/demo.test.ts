/**
 * The demo page (demo/index.html, what `npm start` serves) with its own strict Content Security
 * Policy (scripts/serve.mjs; test/e2e/middleware.mjs adds a report-uri). Its accordion has
 * `update-url`: opening an info box, by mouse or keyboard, puts that measure's anchor into the
 * address; reloading that address opens the box again and scrolls to it. Nothing may violate the
 * policy on the way. The test runner's own page needs inline scripts, so the demo runs in a frame.
 *
 * Needs dist/konzept-kit.js: `npm test` builds first (alone: `npm run build`).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { measureAnchors, parseConceptOrThrow } from '../../packages/sdk/src/index.js';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

const frame = document.createElement('iframe');
// Fits the runner's window: a real mouse click needs the box on screen.
frame.style.cssText = 'width: 760px; height: 540px; border: 0';
document.body.append(frame);
/** Violations the frame's documents fired as events (a listener exists from each load on; the server's reports cover the time before). */
const violations: Violation[] = [];

const win = () => frame.contentWindow!;
const doc = () => frame.contentDocument!;
const accordion = () => doc().querySelector('measure-accordion')!;
const shadow = () => accordion().shadowRoot!;
const buttonOf = (anchor: string) => shadow().querySelector<HTMLButtonElement>(`#${anchor}-button`)!;

/** Waits for the frame's next document and records its violations from then on. */
function nextLoad(): Promise<void> {
  return new Promise((done) =>
    frame.addEventListener(
      'load',
      () => {
        win().addEventListener(
          'securitypolicyviolation',
          (e) => violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample }),
          true,
        );
        done();
      },
      { once: true },
    ),
  );
}

async function ready(): Promise<void> {
  await waitUntil(() => shadow()?.querySelector('.measure-button'), 'the demo accordion did not render (is dist/ built?)', { timeout: 20000 });
}

async function reportsOfTheDemo(): Promise<{ 'violated-directive'?: string; 'blocked-uri'?: string; 'document-uri'?: string }[]> {
  return (await fetch('/test/e2e/csp-reports?from=demo')).json();
}

/** The measure ids and anchors of the export the demo shows, straight from the SDK. */
async function anchorsOfTheDemo(): Promise<ReadonlyMap<string, string>> {
  const src = doc().querySelector('konzept-provider')!.getAttribute('src')!;
  const concept = parseConceptOrThrow(await (await fetch(src)).json());
  return measureAnchors(concept).byMeasure;
}

/** A real mouse click in the middle of an element of the frame. */
async function click(el: Element): Promise<void> {
  el.scrollIntoView({ block: 'center' });
  const inFrame = el.getBoundingClientRect();
  const at = frame.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(at.left + inFrame.left + inFrame.width / 2), Math.round(at.top + inFrame.top + inFrame.height / 2)] });
}

describe('demo page: deep links into the accordion (update-url) under its own CSP', function () {
  this.timeout(60000);

  it('serves the demo with the policy of npm start', async () => {
    const csp = (await fetch('/demo/index.html')).headers.get('content-security-policy') ?? '';
    expect(csp).to.contain("script-src 'self'");
    expect(csp).to.contain("style-src 'self'");
    expect(csp).to.contain("require-trusted-types-for 'script'");
  });

  it('puts the anchor of a box opened by click or keyboard into the address, opens it again on reload, with zero violations', async () => {
    let loaded = nextLoad();
    frame.src = '/demo/index.html';
    await loaded;
    await ready();
    const anchors = await anchorsOfTheDemo();
    const [first, second] = [...shadow().querySelectorAll<HTMLButtonElement>('.measure-button')];
    const firstAnchor = anchors.get(first!.dataset['measure']!)!;
    const secondAnchor = anchors.get(second!.dataset['measure']!)!;
    expect(win().location.hash, 'no anchor before a box is opened').to.equal('');

    // By mouse.
    await click(first!);
    await waitUntil(() => first!.getAttribute('aria-expanded') === 'true', 'the click did not open the box');
    expect(win().location.hash).to.equal(`#${firstAnchor}`);
    expect(first!.closest('[part~="measure"]')!.id, 'the anchor names the box').to.equal(firstAnchor);

    // By keyboard: Enter on the next header; the address names the box opened last.
    second!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => second!.getAttribute('aria-expanded') === 'true', 'Enter did not open the box');
    expect(win().location.hash).to.equal(`#${secondAnchor}`);
    expect(win().location.pathname).to.equal('/demo/index.html');

    // Reload that address from the top of the page: the box opens and comes into view, its header focused.
    win().scrollTo(0, 0);
    loaded = nextLoad();
    win().location.reload();
    await loaded;
    await ready();
    expect(win().location.hash).to.equal(`#${secondAnchor}`);
    await waitUntil(() => buttonOf(secondAnchor)?.getAttribute('aria-expanded') === 'true', 'the box of the address did not open');
    await waitUntil(() => shadow().activeElement === buttonOf(secondAnchor), 'its header was not focused');
    const box = shadow().getElementById(secondAnchor)!.getBoundingClientRect();
    expect(win().scrollY, 'the page scrolled down to the box').to.be.greaterThan(0);
    expect(box.top).to.be.within(0, win().innerHeight - 40);
    expect(shadow().querySelectorAll('[part~="measure-panel"]:not([hidden])'), 'only that box is open').to.have.length(1);

    // Zero violations: no events since each load, and no reports from any time.
    expect(violations, JSON.stringify(violations)).to.deep.equal([]);
    // The recording works: an inline style attribute is a violation of style-src 'self', reported both ways.
    doc().body.setAttribute('style', 'color: red');
    await waitUntil(() => violations.length === 1, 'the deliberate violation fired no event');
    await waitUntil(async () => (await reportsOfTheDemo()).length >= 1, 'no report reached the server', { timeout: 5000 });
    const reports = await reportsOfTheDemo();
    expect(
      reports.map((r) => r['violated-directive']),
      JSON.stringify(reports),
    ).to.deep.equal([violations[0]!.directive]);
  });
});
