/**
 * The base of every element: language and direction from the page, translation, number and date
 * formats through `Intl`, the municipality's own terms, and the common states (loading, error,
 * empty) rendered the same way everywhere.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { localize, safeLocale, type Concept, type Level, type LocalizedText, type Text } from '@konzept-kit/sdk';
import type { LoadError } from '@konzept-kit/sdk';
import { translate, translateParts, interfaceLanguage, isRtl, requestLanguage, type TranslationKey, type TranslationParams } from './i18n.js';
import { countedTerm, inSentence, levelTerm, type Reader } from './terms.js';
import { dataText, isolate, isolateText } from './data-text.js';
import { LocaleController, resolveDir, resolveLang } from './locale.js';
import { VERSION } from './version.js';
import type { LoadState } from './context.js';
import { loadedErrorView } from './concept-source.js';
import { yieldIfSliceUsed } from './yield.js';
import './common.i18n.js';

/** The attribute with which a host page hides the "get the data" buttons (shared/download.ts). */
export const NO_DOWNLOADS = 'no-downloads';

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The base class of the chart, the accordion and the version diff: what all three
 * share, documented once here and inherited into each element's manifest entry.
 *
 * @attribute lang - Language of the interface (`de`, `en`; `tr`, `ar`, `uk`, `de-x-ls` with the languages file, docs/LANGUAGES.md); without it, the nearest `lang` of the page, else German.
 * @attribute dir - Writing direction; an Arabic interface reads right to left even without it.
 * @attribute timeout - Milliseconds to wait for the export at `src` (read when loading starts; default 20,000); then the reader is told the server does not answer.
 *
 * @slot - Fallback content, such as a link to the export: readers see it before the script runs, without JavaScript, and in the error view (the data stays reachable as a file).
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
    // `lang` and `dir` are global attributes, not Lit properties: watch them to re-render (and `no-downloads`, read where the buttons render).
    return [...super.observedAttributes, 'lang', 'dir', NO_DOWNLOADS];
  }

  constructor() {
    super();
    new LocaleController(this);
  }

  /** Several elements rendering at once share the task with the browser (shared/yield.ts): no long task. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const wait = yieldIfSliceUsed();
    return wait ? wait.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /**
   * Language and direction looked up once per render: each lookup walks up the page's DOM, and a
   * list of 200 boxes asked about 2,000 times per render. Outside a render they are looked up fresh.
   */
  private locale?: { lang?: string; ui?: string; dir?: 'ltr' | 'rtl' };

  protected override update(changed: PropertyValues): void {
    this.locale = {};
    try {
      super.update(changed);
    } finally {
      this.locale = undefined;
    }
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' || name === 'dir' || name === NO_DOWNLOADS) this.requestUpdate();
  }

  /** The language the reader gets: the nearest `lang`, else German. */
  get language(): string {
    const cache = this.locale;
    return cache ? (cache.lang ??= resolveLang(this)) : resolveLang(this);
  }

  /** The interface language actually used (a registered one). */
  get uiLanguage(): string {
    const cache = this.locale;
    return cache ? (cache.ui ??= this.resolveUiLanguage()) : this.resolveUiLanguage();
  }

  /** A language whose words are not loaded yet (the page switched to English) loads them; until then German stays. */
  private resolveUiLanguage(): string {
    const lang = this.language;
    requestLanguage(lang);
    return interfaceLanguage(lang);
  }

  /** Elements put this on their root wrapper: an Arabic interface reads right to left even where the page forgot `dir`. */
  get direction(): 'ltr' | 'rtl' {
    const cache = this.locale;
    return cache ? (cache.dir ??= this.resolveDirection()) : this.resolveDirection();
  }

  private resolveDirection(): 'ltr' | 'rtl' {
    const ui = this.uiLanguage;
    if (isRtl(ui)) return 'rtl';
    // A right-to-left page whose language we have no interface text for falls back to German:
    // German text laid out right to left would garble numbers ("% 88"), so it stays left to right.
    const pageBase = this.language.toLowerCase().split('-')[0];
    return resolveDir(this) === 'rtl' && ui.split('-')[0] === pageBase ? 'rtl' : 'ltr';
  }

  t(key: TranslationKey, params?: TranslationParams): string {
    return translate(this.uiLanguage, key, params);
  }

  /**
   * A sentence whose parameters may be rendered content, such as `renderText()` of an export text
   * that fell back to another language and carries its own `lang`.
   */
  tHtml(key: TranslationKey, params: Readonly<Record<string, unknown>>): unknown[] {
    return translateParts(this.uiLanguage, key, params);
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
    return safeLocale(lang.includes('-x-') ? lang.split('-x-')[0]! : lang);
  }

  /** A text from the export in the reader's language, with the language it is really in. */
  text(concept: Concept, value: Text | undefined): LocalizedText {
    // Isolated where it could reorder the sentence around it (see data-text.ts).
    return isolateText(localize(value, this.language, concept.language), this.direction);
  }

  /**
   * Renders a text from the export; where it falls back to another language than the reader's,
   * it is marked with `lang` so screen readers pronounce it right, and, where that language runs
   * the other way (German in an Arabic interface), with its own `dir`, so its full stops and
   * brackets stay where they belong.
   */
  renderText(concept: Concept, value: Text | undefined): TemplateResult | string {
    return this.renderLocalized(this.text(concept, value));
  }

  /** A text in the reader's language as it is; one in another language in a `<span>` with its `lang` (and `dir` where it runs the other way). */
  renderLocalized(localized: LocalizedText): TemplateResult | string {
    const lang = this.fallbackLang(localized);
    if (lang === nothing) return dataText(localized.text);
    const dir = isRtl(lang) ? 'rtl' : 'ltr';
    return dataText(localized.text, { lang, dir: dir === this.direction ? nothing : dir });
  }

  /**
   * A text from the export where markup cannot go (an `<option>`): one that runs the other way
   * than the interface is wrapped in Unicode isolates (FSI … PDI), so its brackets and full stops
   * do not wander. Give the element `lang=${fallbackLang(…)}` as well.
   */
  isolated(text: LocalizedText): string {
    return (isRtl(text.lang) ? 'rtl' : 'ltr') === this.direction ? isolate(text.text, this.direction) : `\u2068${text.text}\u2069`;
  }

  /** The `lang` for an element showing this text where it is not in the reader's language (an `<option>`, a label), else `nothing`. */
  fallbackLang(text: LocalizedText): string | typeof nothing {
    return text.lang.split('-')[0] === this.language.split('-')[0] ? nothing : text.lang;
  }

  /** The municipality's own word for a level, e.g. "Themenfeld" instead of "Handlungsfeld" (as a heading or label). */
  term(concept: Concept | undefined, level: Level, plural = false): string {
    return this.termText(concept, level, plural).text;
  }

  /** The word for a level and the language it is in (see shared/terms.ts for the order). */
  termText(concept: Concept | undefined, level: Level, plural = false): LocalizedText {
    return levelTerm(concept, level, this.reader, plural);
  }

  /** The word for a level as a heading or label; one in another language than the reader's (an export's own word) carries its `lang`. */
  renderTerm(concept: Concept | undefined, level: Level, plural = false): TemplateResult | string {
    return this.renderLocalized(this.termText(concept, level, plural));
  }

  /** The word for a level inside a sentence ("keine Maßnahmen", "no measures"). */
  termInline(concept: Concept | undefined, level: Level, plural = false): string {
    return inSentence(this.termText(concept, level, plural));
  }

  /** The word for a level after a number, inside a sentence: "1 Maßnahme", "193 Maßnahmen", "193 tedbir", "193 заходи". */
  termCount(concept: Concept | undefined, level: Level, count: number): string {
    return inSentence(countedTerm(concept, level, this.reader, count, this.intlLocale));
  }

  private get reader(): Reader {
    return { lang: this.language, ui: this.uiLanguage };
  }

  /** The shared rendering of loading, idle and error states; `nothing` when ready. */
  protected renderState(state: LoadState, error: LoadError | undefined): TemplateResult | typeof nothing {
    if (state === 'ready') return nothing;
    // The message reads in the interface's direction even where no wrapper of the element carries it.
    const dir = this.direction;
    if (state === 'loading') {
      return html`<div class="state state--loading" part="state" role="status" aria-live="polite" dir=${dir}><p>${this.t('state.loading')}</p></div>`;
    }
    if (state === 'idle') return html`<div class="state" part="state" role="status" dir=${dir}><p>${this.t('state.idle')}</p></div>`;
    return this.renderError(this.t('state.errorTitle'), error);
  }

  /**
   * The one error view (error-view.ts): a title (what failed), why in one sentence, the data as a
   * file, and for the editor the details. Its code and words load when a load fails; the element
   * shows "loading" until they are there (concept-source.ts).
   */
  protected renderError(title: string, error: LoadError | undefined): TemplateResult {
    const view = loadedErrorView();
    if (view) return view.renderError(this, title, error);
    // The view did not load (a file missing from an incomplete upload, the connection lost): what
    // failed and the loader's own sentence, in German or English.
    const why = error?.text[this.uiLanguage.startsWith('de') ? 'de' : 'en'];
    return html`<div class="state state--error" part="state error" role="alert" dir=${this.direction}><p><strong>${title}</strong></p>${why ? html`<p>${why}</p>` : nothing}</div>`;
  }
}
