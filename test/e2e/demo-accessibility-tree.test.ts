/**
 * The demo page (demo/index.html, what `npm start` serves) as a screen reader gets it right after
 * load, read from Chromium's accessibility tree (CDP `Accessibility.getFullAXTree`, the frame's
 * tree): every heading and every measure button the DOM holds is there, none skipped as "not
 * rendered" below the fold, and the German page's data is German.
 *
 * Needs dist/konzept-kit.js: `npm test` builds first (alone: `npm run build`).
 */
import { expect } from '@open-wc/testing';
import { axTree, domCount, exposed } from '../components/ax.js';

const frame = document.createElement('iframe');
// A small window, as a phone has: most of the page is below the fold.
frame.style.cssText = 'width: 760px; height: 540px; border: 0';
document.body.append(frame);

describe('demo page: the accessibility tree after load', function () {
  this.timeout(60000);

  it('holds every heading and every measure button the DOM holds, and every change of the diff', async () => {
    const loaded = new Promise((done) => frame.addEventListener('load', done, { once: true }));
    frame.src = '/demo/index.html';
    await loaded;
    const doc = frame.contentDocument!;
    const accordion = () => doc.querySelector('measure-accordion')?.shadowRoot;
    const diff = () => doc.querySelector('version-diff')?.shadowRoot;
    for (let waited = 0; !(accordion()?.querySelector('.measure-button') && diff()?.querySelector('.change')); waited += 100) {
      if (waited > 20000) {
        throw new Error(
          `the demo did not render (is dist/ built?): accordion ${Boolean(accordion()?.querySelector('.measure-button'))}, diff ${diff()?.innerHTML.slice(0, 300)}`,
        );
      }
      await new Promise((done) => setTimeout(done, 100));
    }
    // The list renders its boxes in parts when the browser is idle: on a loaded machine the last ones come later.
    for (let waited = 0; accordion()!.querySelectorAll('.measure-button').length < 193 && waited < 20000; waited += 100) {
      await new Promise((done) => setTimeout(done, 100));
    }
    await new Promise((done) => setTimeout(done, 500));
    const tree = await axTree({ frame: true });
    const headings = domCount(doc, 'h1, h2, h3, h4, h5, h6');
    const buttons = accordion()!.querySelectorAll('.measure-button').length;
    expect(buttons, 'measure buttons in the DOM').to.equal(193);
    expect(headings).to.be.greaterThan(300);
    expect(exposed(tree, 'heading').length, 'headings in the tree').to.equal(headings);
    expect(exposed(tree, 'button').filter((b) => 'expanded' in b.props && b.description.startsWith('Status')).length, 'measure buttons in the tree').to.equal(
      buttons,
    );
    // Nothing with a role or text is skipped as "not rendered" (what stays: <head>, the hidden table, icons' defs).
    const skipped = tree.filter((n) => n.ignoredReasons.includes('notRendered') && n.role !== 'none');
    expect(skipped.map((n) => `${n.role} ${n.name}`).slice(0, 20)).to.deep.equal([]);
    const changes = diff()!.querySelectorAll('.change').length;
    expect(exposed(tree, 'listitem').filter((i) => i.props['focusable']).length, 'changes in the tree').to.equal(changes);
    // The page is German, and so is the data: every measure button speaks German.
    expect(
      exposed(tree, 'button')
        .filter((b) => 'expanded' in b.props && b.lang !== 'de')
        .map((b) => `${b.lang}: ${b.name}`)
        .slice(0, 5),
    ).to.deep.equal([]);
  });
});
