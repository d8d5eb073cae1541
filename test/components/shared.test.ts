import { expect } from '@open-wc/testing';
import { defineElement, prefixedTag } from '../../packages/components/src/shared/define.js';
import { translate, registerTranslation, interfaceLanguage } from '../../packages/components/src/shared/i18n.js';
import '../../packages/components/src/shared/common.i18n.js';
import '../../packages/components/src/shared/error-view.i18n.js';
import '../../packages/components/src/shared/error-view.i18n.en.js';
import '../../packages/components/src/shared/common.i18n.en.js';

describe('defineElement', () => {
  it('leaves a tag owned by an older copy alone, warning once, without throwing', () => {
    // An old copy of the library (0.0.9) registered first; this copy (0.1.0) arrives second.
    class A extends HTMLElement {
      static konzeptVersion = '0.0.9';
    }
    class B extends HTMLElement {
      static konzeptVersion = '0.1.0';
    }
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      expect(defineElement('test-guarded', A)).to.equal('test-guarded');
      expect(() => defineElement('test-guarded', B)).not.to.throw();
      defineElement('test-guarded', B);
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('test-guarded')).to.equal(A);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('0.0.9');
  });

  it('registers under another prefix, even the same constructor', () => {
    class C extends HTMLElement {}
    defineElement('test-c', C);
    const tag = prefixedTag('test-c', 'lk');
    expect(tag).to.equal('lk-test-c');
    defineElement(tag, C);
    expect(customElements.get('lk-test-c')).to.exist;
  });
});

describe('translate', () => {
  it('falls back from an unknown language to German and from a missing key to English', () => {
    expect(interfaceLanguage('fr')).to.equal('de');
    expect(interfaceLanguage('en-GB')).to.equal('en');
    registerTranslation('xx', { 'state.loading': 'xx loading' });
    expect(translate('xx', 'state.loading')).to.equal('xx loading');
    expect(translate('xx', 'state.aborted')).to.equal('Loading was cancelled.');
    expect(translate('de', 'state.http', { status: 404 })).to.equal('Die Datei wurde nicht gefunden (Fehler 404).');
  });
});
