/**
 * The base of every element: language and direction from the page, translation, number and date
 * formats through `Intl`, the municipality's own terms, and the common states (loading, error,
 * empty) rendered the same way everywhere.
 */
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { localize, termFor, type Concept, type Level, type LocalizedText, type Text } from '@konzept-kit/sdk';
import type { LoadError } from '@konzept-kit/sdk';
import { translate, interfaceLanguage, isRtl, type TranslationParams } from './i18n.js';
import { LocaleController, resolveDir, resolveLang } from './locale.js';
import { VERSION } from './version.js';
import type { LoadState } from './context.js';
import './common.i18n.js';

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The base class of `<ampel-chart>`, `<measure-accordion>` and `<version-diff>`: what all three
 * share, documented once here and inherited into each element's manifest entry.
 *
 * @attribute lang - Language of the interface (`de`, `en`); without it, the nearest `lang` of the page, else German.
 * @attribute dir - Writing direction; an Arabic interface reads right to left even without it.
 *
 * @csspart state - Messages for loading, an element without a source, and errors.
 * @csspart error - The error message (together with `state`).
 *
 * @cssproperty --konzept-color-error - Edge of error messages (default `#b42318`).
 * @cssproperty --konzept-loading-min-height - Height kept free while the data loads, so the page does not jump (default `3rem`; `konzept-kit.css` sets the element's full height).
 */
export abstract class KonzeptElement extends LitElement {
  /** Compared by `defineElement` when another copy of the library is already registered. */
  static readonly konzeptVersion = VERSION;

  static override get observedAttributes(): string[] {
    // `lang` and `dir` are global attributes, not Lit properties: watch them to re-render.
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  constructor() {
    super();
    new LocaleController(this);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' || name === 'dir') this.requestUpdate();
  }

  /** The language the reader gets: the nearest `lang`, else German. */
  get language(): string {
    return resolveLang(this);
  }

  /** The interface language actually used (a registered one). */
  get uiLanguage(): string {
    return interfaceLanguage(this.language);
  }

  /** Elements put this on their root wrapper: an Arabic interface reads right to left even where the page forgot `dir`. */
  get direction(): 'ltr' | 'rtl' {
    const ui = this.uiLanguage;
    if (isRtl(ui)) return 'rtl';
    // A right-to-left page whose language we have no interface text for falls back to German:
    // German text laid out right to left would garble numbers ("% 88"), so it stays left to right.
    const pageBase = this.language.toLowerCase().split('-')[0];
    return resolveDir(this) === 'rtl' && ui.split('-')[0] === pageBase ? 'rtl' : 'ltr';
  }

  t(key: string, params?: TranslationParams): string {
    return translate(this.uiLanguage, key, params);
  }

  formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
    const key = `${this.uiLanguage}|${JSON.stringify(options)}`;
    let format = numberFormats.get(key);
    if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(this.intlLocale, options)));
    return format.format(value);
  }

  /** A whole percent in the reader's format: "73 %" in German, "73%" in English. */
  formatPercent(percent: number): string {
    return this.formatNumber(percent / 100, { style: 'percent', maximumFractionDigits: 0 });
  }

  /** `2025-03-28` → "28.03.2025" / "28/03/2025"; `2025` or `2025-03` stay short. */
  formatDate(iso: string): string {
    const parts = iso.split('-').map(Number);
    const options: Intl.DateTimeFormatOptions =
      parts.length === 1 ? { year: 'numeric' } : parts.length === 2 ? { year: 'numeric', month: 'long' } : { dateStyle: 'medium' };
    const key = `${this.uiLanguage}|${parts.length}`;
    let format = dateFormats.get(key);
    if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(this.intlLocale, { ...options, timeZone: 'UTC' })));
    return format.format(new Date(Date.UTC(parts[0]!, (parts[1] ?? 1) - 1, parts[2] ?? 1)));
  }

  /** The locale for `Intl` (plain language `de-x-ls` formats as German). */
  protected get intlLocale(): string {
    const lang = this.uiLanguage;
    return lang.includes('-x-') ? lang.split('-x-')[0]! : lang;
  }

  /** A text from the export in the reader's language, with the language it is really in. */
  text(concept: Concept, value: Text | undefined): LocalizedText {
    return localize(value, this.language, concept.language);
  }

  /**
   * Renders a text from the export; where it falls back to another language than the reader's,
   * it is marked with `lang` so screen readers pronounce it right.
   */
  renderText(concept: Concept, value: Text | undefined): TemplateResult | string {
    const { text, lang } = this.text(concept, value);
    return lang.split('-')[0] === this.language.split('-')[0] ? text : html`<span lang=${lang}>${text}</span>`;
  }

  /** The municipality's own word for a level, e.g. "Themenfeld" instead of "Handlungsfeld". */
  term(concept: Concept | undefined, level: Level, plural = false): string {
    const own = concept?.terms?.[level];
    if (own) return termFor(concept, level, this.language, plural).text;
    const key = `term.${level}.${plural ? 'plural' : 'singular'}`;
    const translated = this.t(key);
    return translated === key ? termFor(concept, level, this.language, plural).text : translated;
  }

  /** The shared rendering of loading, idle and error states; `nothing` when ready. */
  protected renderState(state: LoadState, error: LoadError | undefined): TemplateResult | typeof nothing {
    if (state === 'ready') return nothing;
    if (state === 'loading') {
      return html`<div class="state state--loading" part="state" role="status" aria-live="polite"><p>${this.t('state.loading')}</p></div>`;
    }
    if (state === 'idle') return html`<div class="state" part="state" role="status"><p>${this.t('state.idle')}</p></div>`;
    const kind = error?.kind ?? 'network';
    return html`<div class="state state--error" part="state error" role="alert">
      <div>
        <p><strong>${this.t('state.errorTitle')}</strong></p>
        <p>${this.t(`state.${kind}`, { status: error?.status ?? '' })}</p>
        ${error?.url && error.url !== '(concept property)' ? html`<p class="state__detail">${this.t('state.source', { src: error.url })}</p>` : nothing}
      </div>
    </div>`;
  }
}
