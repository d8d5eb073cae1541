/**
 * `<konzept-workbench>`: the editors' tool. A workbook, CSV or JSON export in; every problem at once
 * in plain words; a preview of the three elements with that data; the export to download and the
 * snippets to paste. Everything happens in the browser: the file is read with `File.arrayBuffer()`,
 * checked by the SDK (`checkFile`, which uses `importSheet` and `parseConcept`), and offered back as
 * a `blob:` address. Nothing is sent anywhere.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic, type StaticValue } from 'lit/static-html.js';
import { ELEMENTS } from '../registry.js';
import { countMeasures, type Concept } from '@konzept-kit/sdk';
import { checkFile, type CheckFileOptions, type FileCheck, type FileProblem, type Remedies } from '@konzept-kit/sdk/spreadsheet';
import { KonzeptElement } from '../shared/konzept-element.js';
import { translationOf } from '../shared/i18n.js';
import { workbenchStyles } from './konzept-workbench.styles.js';
import { elementsSnippet, exportFileName, headSnippet, linksSnippet, type SnippetNames } from './snippets.js';
import './konzept-workbench.i18n.js';
import type { TranslationKey } from '../shared/i18n.js';

/** The preview's elements by registry key (their tags come from the registry, prefix-free as the preview registers them). */
const TAG: Record<string, StaticValue> = Object.fromEntries(ELEMENTS.map((row) => [row.key, unsafeStatic(row.tag)]));

/** A colour theme the preview offers (the release's themes/*.css). */
export interface WorkbenchTheme {
  readonly id: string;
  readonly label: string;
  /** The theme file's text; its `:root` rules apply to the preview. */
  readonly css: string;
}

/** Languages of the readers the preview offers, in their own words (those with registered words). */
const READER_LANGUAGES: ReadonlyArray<readonly [string, string]> = [
  ['de', 'Deutsch'],
  ['en', 'English'],
  ['de-x-ls', 'Leichte Sprache'],
  ['tr', 'Türkçe'],
  ['uk', 'Українська'],
  ['ar', 'العربية'],
];

const ICONS = { error: '✗', warning: '!', info: 'i' } as const;

/**
 * What fixes a problem besides the workbook, as the workbench offers it: only the municipality's
 * name (the field above). The importer words every other fix within the workbook itself, so an
 * editor is never sent to a command-line option.
 */
const WORKBENCH_REMEDIES: Remedies = {
  municipality: { de: 'Oder oben im Feld „Name der Kommune“ eintragen.', en: 'Or enter it above, in the field “Name of the municipality”.' },
};

/** How many problems of one kind are listed before the rest go behind "… and N more". */
const SHOWN_PER_GROUP = 12;

interface Loaded {
  readonly name: string;
  readonly check: FileCheck;
}

/**
 * The workbench: from the Ampeldokument (xlsx, ods, csv) or a JSON export to a checked export, a
 * preview and the snippets, in the browser alone. Not part of konzept-kit.js: the release's
 * werkstatt.html loads it (with the elements it previews) as one classic script.
 *
 * @summary The editors' workbench: spreadsheet in, problems in plain words, preview, export and snippets out.
 * @tagname konzept-workbench
 *
 * @attribute lang - Language of the workbench (`de` default, `en`); the preview's language is chosen inside.
 *
 * @csspart section - Each of the four steps.
 * @csspart preview - The frame the three elements are previewed in.
 *
 * @fires konzept-load - Comes up from the preview (its elements' event, composed) when it shows the data just read.
 * @fires konzept-error - Comes up from the preview when an element there cannot show the data.
 *
 * @cssproperty --konzept-workbench-accent - Colour of buttons and the drop zone (default `#1d4f91`).
 * @cssproperty --konzept-workbench-font - Font of the workbench itself (default the system's sans-serif).
 * @cssproperty --konzept-color-background - Background of the preview frame (a chosen theme sets it, as on the municipality's page).
 * @cssproperty --konzept-color-text - Text colour of the preview frame (from the chosen theme).
 * @cssproperty --konzept-font-family - Font of the preview frame (from the chosen theme; default a serif, to tell it from the workbench).
 * @cssproperty --konzept-font-size - Not used by the workbench's own text (shared with the elements' base styles).
 * @cssproperty --konzept-color-muted - Shared with the elements' base styles; the workbench sets its own colours.
 * @cssproperty --konzept-color-border - Shared with the elements' base styles; the workbench sets its own colours.
 * @cssproperty --konzept-color-surface - Shared with the elements' base styles; the workbench sets its own colours.
 * @cssproperty --konzept-color-accent - Shared with the elements' base styles; the workbench sets its own colours.
 * @cssproperty --konzept-focus-color - Shared with the elements' base styles; the workbench's focus ring stays dark blue.
 * @cssproperty --konzept-radius - Shared with the elements' base styles; the workbench's corners stay 6px.
 * @cssproperty --konzept-space - Shared with the elements' base styles.
 */
export class KonzeptWorkbench extends KonzeptElement {
  static override styles = workbenchStyles;

  /** The colour themes offered for the preview; the werkstatt page sets the release's themes. */
  static themes: readonly WorkbenchTheme[] = [];

  /** The folder the snippets name (where the editor uploads the files). */
  @property() accessor folder = '/fileadmin/integration/';

  @state() private accessor current: Loaded | undefined = undefined;
  @state() private accessor previous: Loaded | undefined = undefined;
  @state() private accessor reading = '';
  @state() private accessor municipality = '';
  @state() private accessor width: 'phone' | 'desktop' = 'phone';
  @state() private accessor theme = '';
  @state() private accessor ownTheme: WorkbenchTheme | undefined = undefined;
  @state() private accessor readerLang = 'de';
  @state() private accessor fileName = '';
  @state() private accessor linkText = '';
  @state() private accessor copied = '';

  private lastFile?: File;
  private downloadUrl?: string;
  private downloadFor?: Concept;
  private baseSheets?: CSSStyleSheet[];
  private themeSheet?: CSSStyleSheet;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('dragover', this.onDragOver);
    this.addEventListener('drop', this.onDrop);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('dragover', this.onDragOver);
    this.removeEventListener('drop', this.onDrop);
    if (this.downloadUrl) URL.revokeObjectURL(this.downloadUrl);
    this.downloadUrl = undefined;
    this.downloadFor = undefined;
  }

  /** Reads and checks a file (as the file input and a drop do); resolves when the result is shown. */
  async open(file: File): Promise<void> {
    this.lastFile = file;
    this.reading = file.name;
    const check = await this.check(file, this.options());
    if (this.lastFile !== file) return;
    this.current = { name: file.name, check };
    this.reading = '';
    if (!this.fileName || this.fileName === exportFileName(this.fileName)) this.fileName = exportFileName(file.name);
    await this.updateComplete;
  }

  /** Reads the previous version (for the version comparison in the preview). */
  async openPrevious(file: File): Promise<void> {
    const { previous: _ignored, ...options } = this.options();
    this.previous = { name: file.name, check: await this.check(file, options) };
    // Ids the previous version used for other measures are a warning on the current file.
    if (this.lastFile) await this.open(this.lastFile);
    await this.updateComplete;
  }

  /** The SDK's check of a file; a file that cannot even be read becomes one problem, never a page stuck on "reading". */
  private async check(file: File, options: CheckFileOptions): Promise<FileCheck> {
    try {
      return await checkFile(file.name, new Uint8Array(await file.arrayBuffer()), options);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return {
        kind: 'sheet',
        problems: [
          {
            severity: 'error',
            code: 'unreadable',
            message: { de: `Die Datei kann nicht gelesen werden (${detail}).`, en: `The file cannot be read (${detail}).` },
          },
        ],
      };
    }
  }

  private options(): CheckFileOptions {
    const name = this.municipality.trim();
    return {
      remedies: WORKBENCH_REMEDIES,
      ...(name ? { municipality: name } : {}),
      ...(this.previous?.check.concept ? { previous: this.previous.check.concept } : {}),
    };
  }

  private readonly onDragOver = (event: DragEvent): void => {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  };

  private readonly onDrop = (event: DragEvent): void => {
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    if (file) void this.open(file);
  };

  private chosen(event: Event, previous = false): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    void (previous ? this.openPrevious(file) : this.open(file));
  }

  private async chooseTheme(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    this.ownTheme = { id: 'own', label: file.name, css: await file.text() };
    this.theme = 'own';
  }

  private get concept(): Concept | undefined {
    return this.current?.check.concept;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('theme' as keyof KonzeptWorkbench) || changed.has('ownTheme' as keyof KonzeptWorkbench)) this.applyTheme();
  }

  /** The chosen theme's custom properties, on the preview frame only (its `:root` rules move there). */
  private applyTheme(): void {
    const root = this.shadowRoot;
    if (!root) return;
    this.baseSheets ??= [...root.adoptedStyleSheets];
    const theme = this.theme === 'own' ? this.ownTheme : KonzeptWorkbench.themes.find((t) => t.id === this.theme);
    if (!theme) {
      root.adoptedStyleSheets = this.baseSheets;
      return;
    }
    this.themeSheet ??= new CSSStyleSheet();
    this.themeSheet.replaceSync(theme.css.replace(/:root\b/g, '.frame'));
    root.adoptedStyleSheets = [...this.baseSheets, this.themeSheet];
  }

  private exportUrl(concept: Concept): string {
    if (this.downloadFor !== concept) {
      if (this.downloadUrl) URL.revokeObjectURL(this.downloadUrl);
      this.downloadUrl = URL.createObjectURL(new Blob([`${JSON.stringify(concept, null, 2)}\n`], { type: 'application/json' }));
      this.downloadFor = concept;
    }
    return this.downloadUrl!;
  }

  override render(): TemplateResult {
    const other = this.uiLanguage === 'en' ? 'de' : 'en';
    return html`<div class="workbench" dir=${this.direction}>
      <header class="top">
        <h1>${this.t('workbench.title')}</h1>
        <button type="button" class="switch" lang=${other} @click=${() => this.setAttribute('lang', other)}>${this.t('workbench.switchLanguage')}</button>
      </header>
      <p class="privacy"><span aria-hidden="true">🔒</span> ${this.t('workbench.privacy')}</p>
      ${this.renderChoose()} ${this.renderCheck()} ${this.renderPreview()} ${this.renderPublish()}
    </div>`;
  }

  private renderChoose(): TemplateResult {
    return html`<section part="section" aria-labelledby="step1">
      <h2 id="step1">${this.t('workbench.step1')}</h2>
      <p id="step1-help">${this.t('workbench.step1Help')}</p>
      <div class="drop">
        <label class="label" for="file">${this.t('workbench.chooseFile')}</label>
        <input
          id="file"
          class="file"
          type="file"
          accept=".xlsx,.xlsm,.ods,.csv,.tsv,.txt,.json,application/json,text/csv"
          aria-describedby="step1-help"
          @change=${(e: Event) => this.chosen(e)}
        />
        <span class="drop__hint">${this.t('workbench.drop')}</span>
      </div>
      <p class="field">
        <label for="municipality">${this.t('workbench.municipality')}</label>
        <input
          id="municipality"
          type="text"
          autocomplete="organization"
          .value=${this.municipality}
          @change=${(e: Event) => {
            this.municipality = (e.target as HTMLInputElement).value;
            if (this.lastFile) void this.open(this.lastFile);
          }}
        />
      </p>
    </section>`;
  }

  private renderCheck(): TemplateResult {
    const loaded = this.current;
    let verdict: string | TemplateResult = this.t('workbench.nothingYet');
    if (this.reading) verdict = this.t('workbench.reading', { name: this.reading });
    else if (loaded) verdict = this.verdict(loaded);
    const problems = loaded?.check.problems ?? [];
    const errors = problems.filter((p) => p.severity === 'error');
    const warnings = problems.filter((p) => p.severity === 'warning');
    const notes = problems.filter((p) => p.severity === 'info');
    const summary = loaded?.check.summary;
    return html`<section part="section" aria-labelledby="step2">
      <h2 id="step2">${this.t('workbench.step2')}</h2>
      <p class="verdict ${errors.length ? 'verdict--bad' : loaded ? 'verdict--good' : ''}" role="status" aria-live="polite">
        ${loaded && !this.reading ? html`<span aria-hidden="true">${errors.length ? '✗ ' : '✓ '}</span>` : nothing}${verdict}
      </p>
      ${
        summary && !this.reading
          ? html`<p class="muted">
            ${this.t('workbench.summary', {
              rows: this.formatNumber(summary.rows),
              measures: this.formatNumber(summary.measures),
              structure: this.formatNumber(summary.structure),
              empty: this.formatNumber(summary.empty),
              rejected: this.formatNumber(summary.rejected),
            })}
          </p>`
          : nothing
      }
      ${errors.length ? html`<h3>${this.t('workbench.errorsHeading')}</h3><p>${this.t('workbench.fixHint')}</p>${this.renderGroups(errors)}` : nothing}
      ${warnings.length ? html`<h3>${this.t('workbench.warningsHeading')}</h3>${this.renderGroups(warnings)}` : nothing}
      ${
        notes.length
          ? html`<details class="notes">
            <summary>${this.t('workbench.notesHeading', { count: this.formatNumber(notes.length) })}</summary>
            ${this.renderGroups(notes)}
          </details>`
          : nothing
      }
    </section>`;
  }

  private verdict({ name, check }: Loaded): string {
    const errors = check.problems.filter((p) => p.severity === 'error').length;
    const warnings = check.problems.filter((p) => p.severity === 'warning').length;
    if (errors || !check.concept) {
      return this.t('workbench.verdictErrors', {
        name,
        errors: errors === 1 ? this.t('workbench.errorCount') : this.t('workbench.errorsCount', { count: this.formatNumber(errors) }),
      });
    }
    const measures = this.measureCount(check.concept);
    if (!warnings) return this.t('workbench.verdictOk', { name, measures });
    return this.t('workbench.verdictWarnings', {
      name,
      measures,
      warnings: warnings === 1 ? this.t('workbench.warningCount') : this.t('workbench.warningsCount', { count: this.formatNumber(warnings) }),
    });
  }

  /** "193 Maßnahmen", in the concept's own word. */
  private measureCount(concept: Concept): string {
    const count = countMeasures(concept);
    return `${this.formatNumber(count)} ${this.termCount(concept, 'measure', count)}`;
  }

  /** Problems of one kind under one heading, with what to do, the first ones listed and the rest behind a disclosure. */
  private renderGroups(problems: readonly FileProblem[]): TemplateResult[] {
    const groups = new Map<string, FileProblem[]>();
    for (const problem of problems) {
      const key = this.groupKey(problem);
      groups.set(key, [...(groups.get(key) ?? []), problem]);
    }
    return [...groups].map(([key, list]) => {
      const shown = list.slice(0, SHOWN_PER_GROUP);
      const rest = list.slice(SHOWN_PER_GROUP);
      return html`<div class="group group--${list[0]!.severity}">
        <h4><span aria-hidden="true">${ICONS[list[0]!.severity]}</span> ${this.t(`workbench.code.${key}` as TranslationKey)} (${this.formatNumber(list.length)})</h4>
        <p class="todo"><strong>${this.t('workbench.todo')}</strong> ${this.t(`workbench.todo.${key}` as TranslationKey)}</p>
        <ul>
          ${shown.map((p) => this.renderProblem(p))}
        </ul>
        ${
          rest.length
            ? html`<details>
              <summary>${this.t('workbench.more', { count: this.formatNumber(rest.length) })}</summary>
              <ul>
                ${rest.map((p) => this.renderProblem(p))}
              </ul>
            </details>`
            : nothing
        }
      </div>`;
    });
  }

  /** The heading a problem is listed under: its code where the workbench has words for it, else its kind, else "further problems/notes". */
  private groupKey(problem: FileProblem): string {
    const words = translationOf('de');
    if (`workbench.code.${problem.code}` in words) return problem.code;
    if (problem.kind && `workbench.code.kind-${problem.kind}` in words) return `kind-${problem.kind}`;
    return problem.severity === 'error' ? 'other' : 'otherWarning';
  }

  private renderProblem(problem: FileProblem): TemplateResult {
    const where: string[] = [];
    if (problem.sheet !== undefined) where.push(this.t('workbench.sheet', { name: problem.sheet }));
    if (problem.row !== undefined) where.push(this.t('workbench.row', { row: problem.row }));
    if (problem.column !== undefined) where.push(this.t('workbench.column', { name: problem.column }));
    if (problem.measure !== undefined) where.push(this.t('workbench.measure', { title: problem.measure }));
    const text = this.uiLanguage === 'en' ? problem.message.en : problem.message.de;
    return html`<li>
      ${where.length ? html`<span class="where">${where.join(', ')}:</span> ` : nothing}<span class="message">${text}</span>
      ${problem.at && !problem.measure && problem.at !== '(root)' ? html`<span class="at">(${this.t('workbench.at', { at: problem.at })})</span>` : nothing}
    </li>`;
  }

  private renderPreview(): TemplateResult {
    const concept = this.concept;
    const themes = KonzeptWorkbench.themes;
    const previous = this.previous?.check.concept;
    return html`<section part="section" aria-labelledby="step3">
      <h2 id="step3">${this.t('workbench.step3')}</h2>
      ${
        concept
          ? html`<p>${this.t('workbench.previewHelp')}</p>
            <div class="controls">
              <fieldset>
                <legend>${this.t('workbench.width')}</legend>
                ${(['phone', 'desktop'] as const).map(
                  (w) =>
                    html`<label class="choice"
                      ><input type="radio" name="width" value=${w} .checked=${this.width === w} @change=${() => (this.width = w)} />
                      ${this.t(`workbench.${w}`)}</label
                    >`,
                )}
              </fieldset>
              <p class="field">
                <label for="theme">${this.t('workbench.theme')}</label>
                <select id="theme" @change=${(e: Event) => (this.theme = (e.target as HTMLSelectElement).value)}>
                  <option value="" ?selected=${this.theme === ''}>${this.t('workbench.themeDefault')}</option>
                  ${themes.map((t) => html`<option value=${t.id} ?selected=${this.theme === t.id}>${t.label}</option>`)}
                  ${this.ownTheme ? html`<option value="own" ?selected=${this.theme === 'own'}>${this.ownTheme.label}</option>` : nothing}
                </select>
              </p>
              <p class="field">
                <label for="own-theme">${this.t('workbench.ownTheme')}</label>
                <input id="own-theme" class="small-file" type="file" accept=".css,text/css" @change=${(e: Event) => void this.chooseTheme(e)} />
              </p>
              <p class="field">
                <label for="reader-lang">${this.t('workbench.language')}</label>
                <select id="reader-lang" @change=${(e: Event) => (this.readerLang = (e.target as HTMLSelectElement).value)}>
                  ${READER_LANGUAGES.filter(([code]) => code === 'de' || code === 'en' || Object.keys(translationOf(code)).length).map(
                    ([code, name]) => html`<option value=${code} lang=${code} ?selected=${this.readerLang === code}>${name}</option>`,
                  )}
                </select>
              </p>
              <p class="field">
                <label for="previous">${this.t('workbench.previous')}</label>
                <input
                  id="previous"
                  class="small-file"
                  type="file"
                  accept=".xlsx,.xlsm,.ods,.csv,.json,application/json"
                  aria-describedby="previous-help"
                  @change=${(e: Event) => this.chosen(e, true)}
                />
                <span id="previous-help" class="muted">${this.t('workbench.previousHelp')}</span>
              </p>
              ${this.renderPreviousState()}
            </div>
            <div class="viewport" tabindex="0" role="region" aria-label=${this.t('workbench.previewFrame')}>
              <div class="frame frame--${this.width}" part="preview" lang=${this.readerLang} dir=${this.readerLang === 'ar' ? 'rtl' : 'ltr'}>
                ${staticHtml`<${TAG.provider} .concept=${concept}>
                  <${TAG.ampelChart}></${TAG.ampelChart}>
                  <${TAG.measureAccordion} heading-level="3"></${TAG.measureAccordion}>
                  ${
                    previous
                      ? staticHtml`<${TAG.versionDiff} .fromConcept=${previous} .toConcept=${concept} heading-level="3"></${TAG.versionDiff}>`
                      : (concept.evaluations?.length ?? 0) >= 2
                        ? staticHtml`<${TAG.versionDiff} mode="status" heading-level="3"></${TAG.versionDiff}>`
                        : nothing
                  }
                </${TAG.provider}>`}
              </div>
            </div>`
          : html`<p class="muted">${this.t('workbench.noPreview')}</p>`
      }
    </section>`;
  }

  private renderPreviousState(): TemplateResult | typeof nothing {
    const previous = this.previous;
    if (!previous) return nothing;
    const concept = previous.check.concept;
    const first = previous.check.problems.find((p) => p.severity === 'error');
    return html`<p class=${concept ? 'muted' : 'verdict--bad'}>
      ${
        concept
          ? this.t('workbench.previousLoaded', { name: previous.name, measures: this.measureCount(concept) })
          : this.t('workbench.previousBroken', { name: previous.name, problem: first ? (this.uiLanguage === 'en' ? first.message.en : first.message.de) : '' })
      }
      <button type="button" class="link" @click=${() => this.removePrevious()}>${this.t('workbench.removePrevious')}</button>
    </p>`;
  }

  private removePrevious(): void {
    this.previous = undefined;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#previous');
    if (input) input.value = '';
    if (this.lastFile) void this.open(this.lastFile);
  }

  private renderPublish(): TemplateResult {
    const concept = this.concept;
    const names: SnippetNames = {
      folder: this.folder,
      file: exportFileName(this.fileName || 'integrationskonzept.json'),
      linkText: this.linkText || this.t('workbench.linkTextDefault'),
      ...(this.previous?.check.concept && this.previous.check.kind === 'json' ? { previous: exportFileName(this.previous.name) } : {}),
    };
    return html`<section part="section" aria-labelledby="step4">
      <h2 id="step4">${this.t('workbench.step4')}</h2>
      ${
        concept
          ? html`<p>
              <a class="button" download=${names.file} href=${this.exportUrl(concept)}>
                <span aria-hidden="true">⬇</span> ${this.t('workbench.download', { file: names.file })}</a
              >
            </p>
            <p>${this.t('workbench.downloadHelp')}</p>
            <div class="names">
              ${this.renderName('file-name', 'workbench.fileName', names.file, (v) => (this.fileName = v))}
              ${this.renderName('folder', 'workbench.folder', this.folder, (v) => (this.folder = v))}
              ${this.renderName('link-text', 'workbench.linkText', names.linkText, (v) => (this.linkText = v))}
            </div>
            ${this.renderSnippet('head', this.t('workbench.headSnippet'), headSnippet(names))}
            ${this.renderSnippet('form-a', this.t('workbench.formA'), elementsSnippet(names))}
            ${this.renderSnippet('form-b', this.t('workbench.formB'), linksSnippet(names))}
            <p class="muted">${this.t('workbench.guide')}</p>`
          : html`<p class="muted">${this.t('workbench.noPreview')}</p>`
      }
    </section>`;
  }

  private renderName(id: string, label: TranslationKey, value: string, set: (value: string) => void): TemplateResult {
    return html`<p class="field">
      <label for=${id}>${this.t(label)}</label>
      <input id=${id} type="text" spellcheck="false" .value=${value} @input=${(e: Event) => set((e.target as HTMLInputElement).value)} />
    </p>`;
  }

  private renderSnippet(id: string, label: string, code: string): TemplateResult {
    const rows = code.split('\n').length;
    return html`<div class="snippet">
      <label for=${`snippet-${id}`}>${label}</label>
      <textarea id=${`snippet-${id}`} readonly rows=${rows} spellcheck="false" .value=${code}></textarea>
      <button type="button" class="button button--quiet" @click=${() => void this.copy(id, code)}>${this.t('workbench.copy')}</button>
      <span role="status" class="muted">${this.copied === id ? this.t('workbench.copied') : this.copied === `${id}!` ? this.t('workbench.copyFailed') : ''}</span>
    </div>`;
  }

  private async copy(id: string, code: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(code);
      this.copied = id;
    } catch {
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>(`#snippet-${id}`);
      area?.select();
      this.copied = document.execCommand?.('copy') ? id : `${id}!`;
    }
  }
}
