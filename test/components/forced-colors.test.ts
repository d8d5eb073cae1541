/**
 * Windows' high-contrast mode (`forced-colors: active`): the browser replaces every colour with a
 * few system colours, so the Ampel's green, yellow and red are gone. What a reader must still see:
 * the statuses told apart by their fill patterns, every segment drawn (not painted away into the
 * background), and a visible focus. These tests emulate the mode in Chromium and look at the
 * pixels it paints (a screenshot of each part), not at the style sheet.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { defineAmpelChart } from '../../packages/components/src/ampel-chart/define.js';
import { defineMeasureAccordion } from '../../packages/components/src/measure-accordion/define.js';
import { defineVersionDiff } from '../../packages/components/src/version-diff/define.js';
import { expectAccessible, sampleUrl, settled } from './helpers.js';

defineAmpelChart();
defineMeasureAccordion();
defineVersionDiff();

const forcedColors = (active: boolean) => executeServerCommand('konzept-forced-colors', { active });

interface Ink {
  /** Share of pixels inside the part (its border left out) that differ clearly from the background. */
  readonly inside: number;
  /** Share of pixels on the part's outermost two-pixel frame that do. */
  readonly frame: number;
}

/** What the browser paints for an element: a screenshot of its box, measured against the page background. */
async function inkOf(el: Element): Promise<Ink> {
  el.scrollIntoView({ block: 'center' });
  const box = el.getBoundingClientRect();
  const clip = { x: Math.round(box.x + scrollX), y: Math.round(box.y + scrollY), width: Math.round(box.width), height: Math.round(box.height) };
  const png = await executeServerCommand<string, typeof clip>('konzept-screenshot', clip);
  const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
  const canvas = new OffscreenCanvas(image.width, image.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  const { data, width, height } = context.getImageData(0, 0, image.width, image.height);
  const background = getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.map(Number);
  const inked = (x: number, y: number) => {
    const i = (y * width + x) * 4;
    return Math.abs(data[i]! - background[0]!) + Math.abs(data[i + 1]! - background[1]!) + Math.abs(data[i + 2]! - background[2]!) > 120;
  };
  // Device pixels: the screenshot may be larger than the CSS box.
  const edge = Math.max(2, Math.round((2 * width) / clip.width));
  let inside = 0;
  let insideAll = 0;
  let frame = 0;
  let frameAll = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const onFrame = x < edge || y < edge || x >= width - edge || y >= height - edge;
      const nearFrame = x < 2 * edge || y < 2 * edge || x >= width - 2 * edge || y >= height - 2 * edge;
      if (onFrame) {
        frameAll++;
        if (inked(x, y)) frame++;
      } else if (!nearFrame) {
        insideAll++;
        if (inked(x, y)) inside++;
      }
    }
  }
  return { inside: inside / Math.max(1, insideAll), frame: frame / Math.max(1, frameAll) };
}

describe('forced colours (Windows high contrast)', () => {
  beforeEach(async () => {
    document.body.style.background = 'Canvas';
    await forcedColors(true);
  });
  afterEach(async () => {
    await forcedColors(false);
    document.body.style.background = '';
  });

  it('the mode is on in the page (the emulation reaches Chromium)', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
  });

  it('<ampel-chart>: the three Ampel statuses keep three different patterns, and every bar segment is drawn', async () => {
    const el = await fixture<HTMLElement>(html`<ampel-chart view="fields" src=${sampleUrl('konstanz-1.0')}></ampel-chart>`);
    await settled(el);
    const root = el.shadowRoot!;
    // The legend: one swatch per status, in the order of the scale (umgesetzt, in Umsetzung, nicht umgesetzt).
    const swatches = [...root.querySelectorAll('[part="legend"] .swatch')];
    expect(swatches.length).to.be.at.least(3);
    const legend = await Promise.all(swatches.slice(0, 3).map(inkOf));
    // The first status is the solid one: in forced colours an outlined, empty box. The others are patterned.
    expect(legend[0]!.frame, 'outline of the solid swatch').to.be.above(0.3);
    expect(legend[1]!.inside, 'pattern of the second swatch').to.be.above(0.1);
    expect(legend[2]!.inside, 'pattern of the third swatch').to.be.above(0.1);
    const shares = legend.map((ink) => ink.inside);
    for (let a = 0; a < shares.length; a++)
      for (let b = a + 1; b < shares.length; b++)
        expect(Math.abs(shares[a]! - shares[b]!), `swatches ${a} and ${b} look alike: ${shares.join(', ')}`).to.be.above(0.05);
    // Every segment of the first field's bar is visible: outlined or patterned, never background only.
    const bar = root.querySelector('li.row')!;
    const segments = [...bar.querySelectorAll('[part="segment"] > svg')];
    expect(segments.length).to.be.at.least(2);
    for (const segment of segments) {
      const ink = await inkOf(segment);
      expect(ink.frame + ink.inside, 'a bar segment painted away').to.be.above(0.2);
    }
    await expectAccessible(el, 'forced colours, fields');
  });

  it('<ampel-chart>: the keyboard focus on a segment is visible', async () => {
    const el = await fixture<HTMLElement>(html`<ampel-chart src=${sampleUrl('konstanz-1.0')}></ampel-chart>`);
    await settled(el);
    const segment = el.shadowRoot!.querySelector('[part="segment"]')!;
    const before = await inkOf(segment);
    (el.shadowRoot!.querySelector('[part="segment"][tabindex="0"]') as SVGElement).focus();
    await sendKeys({ press: 'Home' });
    expect(el.shadowRoot!.activeElement).to.equal(segment);
    const after = await inkOf(segment);
    expect(after.frame + after.inside, 'focus ring adds visible ink').to.be.above(before.frame + before.inside + 0.02);
  });

  it('<measure-accordion>: every info box has a visible border and its status keeps its text', async () => {
    const el = await fixture<HTMLElement>(html`<measure-accordion src=${sampleUrl('konstanz-1.0')} page-size="5"></measure-accordion>`);
    await settled(el);
    const boxes = [...el.shadowRoot!.querySelectorAll('.measure')].slice(0, 3);
    expect(boxes.length).to.equal(3);
    for (const box of boxes) {
      expect((await inkOf(box)).frame, 'border of an info box').to.be.above(0.3);
      expect(box.querySelector('.status')!.textContent!.trim()).to.match(/umgesetzt|Umsetzung/);
    }
    await expectAccessible(el, 'forced colours, accordion');
  });

  it('<version-diff>: changed words stay marked by line, not colour, and every change keeps its border', async () => {
    const el = await fixture<HTMLElement>(html`<version-diff from=${sampleUrl('konstanz-1.0')} to=${sampleUrl('konstanz-2.0')}></version-diff>`);
    await settled(el);
    const root = el.shadowRoot!;
    const ins = root.querySelector('ins')!;
    const del = root.querySelector('del')!;
    expect(getComputedStyle(ins).textDecorationLine).to.equal('underline');
    expect(getComputedStyle(del).textDecorationLine).to.equal('line-through');
    const change = root.querySelector('.change')!;
    expect((await inkOf(change)).frame, 'border of a change').to.be.above(0.3);
    await expectAccessible(el, 'forced colours, diff');
  });
});
