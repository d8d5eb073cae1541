/**
 * What a screen reader gets, read from Chromium's accessibility tree (CDP
 * `Accessibility.getFullAXTree`), not from the DOM: every heading and control present right after
 * load (nothing skipped as "not rendered"), names without stray spaces, roles, states and the
 * language of each piece of text (data in the data's language, interface words in the interface's).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { defineMeasureAccordion } from '../../packages/components/src/measure-accordion/define.js';
import type { MeasureAccordion } from '../../packages/components/src/measure-accordion/measure-accordion.js';
import { sample, settled } from './helpers.js';
import { axTree, domCount, exposed } from './ax.js';

defineMeasureAccordion();

describe('accessibility tree: measure-accordion', function () {
  this.timeout(30000);

  it('holds every heading and every measure button right after load, not only those on screen', async () => {
    const el = await fixture<MeasureAccordion>(html`<measure-accordion .concept=${await sample('konstanz-1.0')}></measure-accordion>`);
    await settled(el);
    const tree = await axTree();
    const headings = domCount(el.shadowRoot!, 'h1, h2, h3, h4, h5, h6');
    const buttons = el.shadowRoot!.querySelectorAll('.measure-button').length;
    expect(buttons).to.be.greaterThan(150);
    expect(exposed(tree, 'heading').length, 'headings in the tree').to.equal(headings);
    const measureButtons = exposed(tree, 'button').filter((b) => 'expanded' in b.props);
    expect(measureButtons.length, 'measure buttons in the tree').to.equal(buttons);
    const skipped = tree.filter((n) => n.ignoredReasons.includes('notRendered'));
    expect(skipped.length, 'nodes skipped as not rendered').to.equal(0);
  });
});
