/**
 * cssProps: Lit's styleMap without the `style="…"` string on the first render, which a strict
 * Content Security Policy blocks (the elements' one style directive; lint refuses Lit's styleMap).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { cssProps } from '../../packages/components/src/shared/css-props.js';

describe('cssProps', () => {
  it('sets every property through the CSSOM, also on the first render', async () => {
    const written: string[] = [];
    const setAttribute = Element.prototype.setAttribute;
    Element.prototype.setAttribute = function (name: string, value: string) {
      if (name === 'style') written.push(value);
      return setAttribute.call(this, name, value);
    };
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const view = (props: Record<string, string | undefined>) => html`<span style=${cssProps(props)}>x</span>`;
    try {
      render(view({ '--_share': '0.4', backgroundColor: 'rgb(1, 2, 3)', color: 'red !important' }), host);
    } finally {
      Element.prototype.setAttribute = setAttribute;
    }
    const span = host.querySelector('span')!;
    expect(written, 'no style attribute string').to.deep.equal([]);
    expect(span.style.getPropertyValue('--_share')).to.equal('0.4');
    expect(span.style.backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(span.style.getPropertyPriority('color')).to.equal('important');

    render(view({ '--_share': '0.5', backgroundColor: undefined }), host);
    expect(span.style.getPropertyValue('--_share')).to.equal('0.5');
    expect(span.style.backgroundColor).to.equal('');
    expect(span.style.color).to.equal('');
  });

  it('refuses any place but a style attribute', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    expect(() => render(html`<span title=${cssProps({})}></span>`, host)).to.throw(/style attribute/);
  });
});
