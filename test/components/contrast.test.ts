/**
 * Contrast of what the chart paints (WCAG 1.4.11, 3:1 for the parts of a graphic a reader needs):
 * once a reader chooses a segment, the others fade, and a faded segment must still stand out
 * from the background. Measured on the painted pixels (a screenshot of each segment), not on the
 * style sheet, for every status of the Konstanz scale.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { defineAmpelChart } from '../../packages/components/src/ampel-chart/define.js';
import type { AmpelChart } from '../../packages/components/src/ampel-chart/ampel-chart.js';
import { sampleUrl, settled } from './helpers.js';

defineAmpelChart();

type Rgb = readonly [number, number, number];

function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour most of an element's painted pixels have (its fill; pattern marks and the count pill are fewer). */
async function paintedColour(el: Element): Promise<Rgb> {
  el.scrollIntoView({ block: 'center' });
  const box = el.getBoundingClientRect();
  const clip = {
    x: Math.round(box.x + scrollX) + 1,
    y: Math.round(box.y + scrollY) + 1,
    width: Math.max(1, Math.round(box.width) - 2),
    height: Math.max(1, Math.round(box.height) - 2),
  };
  const png = await executeServerCommand<string, typeof clip>('konzept-screenshot', clip);
  const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
  const context = new OffscreenCanvas(image.width, image.height).getContext('2d')!;
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, image.width, image.height);
  const counts = new Map<string, number>();
  for (let i = 0; i < data.length; i += 4) {
    const key = `${data[i]},${data[i + 1]},${data[i + 2]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const [top] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  return top.split(',').map(Number) as unknown as Rgb;
}

const background = (): Rgb => getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.slice(0, 3).map(Number) as unknown as Rgb;

describe('contrast of the chart as painted', function () {
  this.timeout(30000);

  it('faded segments (when another is chosen) keep at least 3:1 against the background', async () => {
    document.body.style.background = '#ffffff';
    const wrapper = await fixture<HTMLDivElement>(html`<div><ampel-chart view="fields" src=${sampleUrl('konstanz-1.0')}></ampel-chart></div>`);
    const el = wrapper.firstElementChild as AmpelChart;
    await settled(el);
    const first = [...el.shadowRoot!.querySelectorAll<SVGGElement>('li.row')][0]!;
    const parts = () => [...first.querySelectorAll<SVGGElement>('[part="segment"]')];
    expect(parts().length).to.equal(3);
    const results: string[] = [];
    for (const chosen of parts().map((p) => p.dataset['key'])) {
      const target = parts().find((p) => p.dataset['key'] === chosen)!;
      target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
      await new Promise((done) => setTimeout(done, 300)); // the fade's transition
      for (const faded of parts().filter((p) => p.classList.contains('segment--dim'))) {
        const colour = await paintedColour(faded.querySelector('.segment__fill')!);
        const ratio = contrast(colour, background());
        results.push(`${faded.getAttribute('aria-label')}: rgb(${colour.join(', ')}) ${ratio.toFixed(2)}:1`);
        expect(ratio, results.join('\n')).to.be.at.least(3);
      }
      target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
    }
    expect(results.length).to.equal(6);
  });
});
