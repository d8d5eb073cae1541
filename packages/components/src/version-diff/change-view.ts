/**
 * One change of a version diff, as a reader sees it: what it was and what it is. Adapted text is
 * a word-level diff; lists show which entries went and came; other attributes read "before → after".
 * Inserted and deleted text is marked by more than colour (underline, strike-through) and with
 * hidden words for screen readers, many of which ignore `<ins>` and `<del>`. The SDK decides what
 * changed; this file only words and lays it out.
 */
import { dataText } from '../shared/data-text.js';
import { growing, inParts, partKey } from '../shared/in-parts.js';
import { ELEMENT_MAX_CELLS, objectPairs, stringPairs, whenComputed, type Pending } from '../shared/later.js';
import { html, nothing, svg, type TemplateResult } from 'lit';
import {
  canonicalJson,
  listDiff,
  wordDiff,
  type AttributeChange,
  type ChangeKind,
  type Concept,
  type CouncilPaper,
  type Indicator,
  type ListPart,
  type MeasureChange,
  type MeasureEntry,
  type Text,
  type WordPart,
} from '@konzept-kit/sdk';
import type { KonzeptElement } from '../shared/konzept-element.js';
import { isRtl, translationRevision } from '../shared/i18n.js';
import { statusLook } from '../shared/status.js';
import { renderStatus } from '../shared/status-label.js';
import type { MoreWords } from '../shared/paging.js';

/** The diff's words for its "show more" line (both modes). */
export const DIFF_MORE: MoreWords = { count: 'diff.shownOf', more: 'diff.more' };

/** The two versions a change is between (for their languages, terms and participation inputs). */
export interface Concepts {
  readonly from: Concept;
  readonly to: Concept;
}

/** What rendering needs from the element: words, formats and the municipality's terms. */
export type ChangeHost = Pick<
  KonzeptElement,
  | 't'
  | 'tHtml'
  | 'formatDate'
  | 'formatNumber'
  | 'formatPercent'
  | 'text'
  | 'renderText'
  | 'fallbackLang'
  | 'term'
  | 'renderTerm'
  | 'language'
  | 'uiLanguage'
  | 'direction'
  | 'requestUpdate'
>;

/** A small shape per kind of change, so the kind never rests on colour alone. */
export function kindIcon(kind: ChangeKind): TemplateResult {
  const body = {
    changed: svg`<path d="M10.8 2.7l2.5 2.5-7.6 7.6-3.2.7.7-3.2z" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round"/>`,
    removed: svg`<circle cx="8" cy="8" r="7.25" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M4.6 8h6.8" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/>`,
    added: svg`<circle cx="8" cy="8" r="7.25" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M4.6 8h6.8M8 4.6v6.8" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/>`,
    moved: svg`<path d="M2 8h10.5M9 4.5L12.5 8 9 11.5" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/>`,
    unchanged: svg`<path d="M3.5 6h9M3.5 10h9" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/>`,
  }[kind];
  return html`<svg class="kind-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${body}</svg>`;
}

/**
 * Inserted text: underlined, and announced with where it starts and ends ("eingefügt: digital
 * (Ende der Einfügung)"), as GOV.UK and the APG mark `<ins>`: many screen readers say nothing for
 * the element itself. `markerLang`: the reader's language, inside a text in another language.
 */
function inserted(host: ChangeHost, content: unknown, markerLang: string | typeof nothing = nothing): TemplateResult {
  return html`<ins part="ins">${marks(host, 'inserted', markerLang, content)}</ins>`;
}

/** Deleted text: struck through, and announced with its start and end ("gelöscht: … (Ende der Löschung)"). */
function deleted(host: ChangeHost, content: unknown, markerLang: string | typeof nothing = nothing): TemplateResult {
  return html`<del part="del">${marks(host, 'deleted', markerLang, content)}</del>`;
}

/**
 * The spoken start and end around a change. Their spaces are no-break spaces: a hidden box drops
 * ordinary spaces at its edges, and the accessibility tree then reads "gelöscht:wird".
 */
function marks(host: ChangeHost, kind: 'inserted' | 'deleted', lang: string | typeof nothing, content: unknown): TemplateResult {
  return html`<span class="visually-hidden" lang=${lang}>${host.t(`diff.${kind}`)}\u00a0</span>${content}<span class="visually-hidden" lang=${lang}
      >\u00a0(${host.t(`diff.${kind}End`)})\u00a0</span
    >`;
}

/** Below this share of words kept, a text counts as rewritten: marking it word by word would be noise. */
const REWRITTEN_BELOW = 0.4;

/**
 * The parts of a word diff, or, for a text rewritten rather than edited, the old text deleted and
 * the new one inserted as two whole parts: "gelöscht: … eingefügt: …" reads, forty alternating
 * marks in one sentence do not.
 */
function rewordedParts(parts: WordPart[], before: string, after: string): WordPart[] {
  let kept = 0;
  for (const p of parts) if (p.kind === 'same') kept += p.text.replace(/\s+/g, '').length;
  const longer = Math.max(before.replace(/\s+/g, '').length, after.replace(/\s+/g, '').length);
  if (!before || !after || longer === 0 || kept / longer >= REWRITTEN_BELOW) return parts;
  return [
    { text: before, kind: 'deleted' },
    { text: after, kind: 'inserted' },
  ];
}

const sides = new WeakMap<WordPart[], Partial<Record<'both' | 'before' | 'after', WordPart[]>>>();

/** The parts one side shows (a synopsis shows the old wording with its deletions, or the new with its insertions), once per diff of two texts. */
function sideParts(words: WordPart[], before: string, after: string, side: 'both' | 'before' | 'after'): WordPart[] {
  let bySide = sides.get(words);
  if (!bySide) sides.set(words, (bySide = {}));
  return (bySide[side] ??= ((all) => (side === 'both' ? all : all.filter((p) => p.kind === 'same' || p.kind === (side === 'before' ? 'deleted' : 'inserted'))))(
    rewordedParts(words, before, after),
  ));
}

/** A passage longer than this arrives in pieces of about this size (see {@link longText}). */
const PIECE_CHARS = 100;

/** `text` cut after a space every PIECE_CHARS characters or so: the pieces read as the text did. */
function pieces(text: string): string[] {
  const out: string[] = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + PIECE_CHARS);
    const space = end < text.length ? text.lastIndexOf(' ', end) : -1;
    if (space > start) end = space + 1;
    out.push(text.slice(start, end));
    start = end;
  }
  return out;
}

/**
 * A passage of a word diff as data text, a long one in pieces that `growing` adds a few per frame
 * (in one `<bdi>`, one mark: the words for screen readers stay at its start and end). Two texts too
 * long to align read as one deleted and one inserted passage: 60 such descriptions were 1 MB of
 * text for the browser to lay out in one frame (600 ms).
 */
function longText(text: string): TemplateResult {
  return text.length <= PIECE_CHARS ? dataText(text) : html`<bdi>${growing(pieces(text), (piece) => piece)}</bdi>`;
}

/**
 * An adapted text, word by word. `lang` is the language the text is in: where that is not the
 * reader's, the paragraph carries it (and its direction), and the spoken markers the reader's.
 */
export function renderWordDiff(
  host: ChangeHost,
  before: string,
  after: string,
  lang = host.language,
  side: 'both' | 'before' | 'after' = 'both',
): TemplateResult {
  // Words are about 4 characters with the spaces between them: the cells an alignment may need.
  const words = whenComputed(wordDiffs, before, after, (before.length / 4) * (after.length / 4), () => wordDiff(before, after, ELEMENT_MAX_CELLS), host);
  if (!words) return comparing(host);
  const parts = sideParts(words, before, after, side);
  const text = side === 'before' ? before : after;
  const textLang = host.fallbackLang({ text, lang });
  const textDir = textLang === nothing ? host.direction : isRtl(textLang) ? 'rtl' : 'ltr';
  const markerLang = textLang === nothing ? nothing : host.uiLanguage;
  // A rewritten long text can have thousands of marks: in parts, as the lists of a change.
  const { items: shown, more } = inParts(host, parts, partKey(words, side));
  return html`<p class="word-diff in-parts" lang=${textLang} dir=${textDir === host.direction ? nothing : textDir}>${growing(
    shown,
    (part, i) => {
      // Each piece of the text is isolated on its own: an override in one must not run into the next.
      if (part.kind === 'same') return longText(part.text);
      // Spaces around a change stay outside the mark; a deletion right before an insertion gets one
      // between them, so "gelöscht: gedruckt eingefügt: digital" is read as separate words.
      const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(part.text) ?? [];
      const next = parts[i + 1];
      const gap = !trail && next && next.kind !== 'same' && !/^\s/.test(next.text) ? ' ' : '';
      const piece = longText(core);
      return html`${lead}${part.kind === 'inserted' ? inserted(host, piece, markerLang) : deleted(host, piece, markerLang)}${trail}${gap}`;
    },
    [parts, textLang, host.uiLanguage, translationRevision()],
  )}</p>${more}`;
}

/** "before → after", with the arrow hidden and the roles spoken. */
export function renderBeforeAfter(host: ChangeHost, before: unknown, after: unknown): TemplateResult {
  return html`<span class="before-after"
    ><span class="before"><span class="visually-hidden">${host.t('diff.before')}\u00a0</span>${before ?? html`<em>${host.t('diff.none')}</em>`}</span>
    <span class="arrow" aria-hidden="true">→</span>
    <span class="after"><span class="visually-hidden">\u00a0${host.t('diff.after')}\u00a0</span>${after ?? html`<em>${host.t('diff.none')}</em>`}</span></span
  >`;
}

/** How the entries of one list attribute read, and what makes two entries the same entry. */
export interface ListFormat<T> {
  readonly format: (item: T) => unknown;
  /** For an entry that kept its identity but changed: what changed in it. */
  readonly changed?: (before: T, after: T) => unknown;
  readonly identity?: (item: T) => string;
}

const NO_ENTRIES: readonly never[] = [];
const listDiffs = objectPairs<ListPart<unknown>[] | Pending>();
const wordDiffs = stringPairs<WordPart[] | Pending>();

let entryLists = new Map<string, readonly string[]>();

/**
 * One array per content: entries derived anew on each render must find their comparison in the
 * cache, which holds arrays weakly (else a large one would be queued again on every render).
 */
function interned(entries: readonly string[]): readonly string[] {
  const key = JSON.stringify(entries);
  const known = entryLists.get(key);
  if (known) return known;
  if (entryLists.size >= 500) entryLists = new Map();
  entryLists.set(key, entries);
  return entries;
}

/** While a large comparison is done in later tasks (shared/later.ts): a line that says so. */
function comparing(host: ChangeHost): TemplateResult {
  return html`<p class="comparing muted">${host.t('diff.comparing')}</p>`;
}

export function renderListDiff<T>(host: ChangeHost, before: readonly T[] | undefined, after: readonly T[] | undefined, list: ListFormat<T>): TemplateResult {
  const { format } = list;
  const changed = list.changed ?? ((a: T, b: T) => renderBeforeAfter(host, format(a), format(b)));
  // In parts (LIST_STEP at a time): 100,000 changed partners are valid. Opened as far per list.
  const a = before ?? NO_ENTRIES;
  const b = after ?? NO_ENTRIES;
  const all = whenComputed(listDiffs, a, b, a.length * b.length, () => listDiff(before, after, list.identity, ELEMENT_MAX_CELLS), host) as
    ListPart<T>[] | undefined;
  if (!all) return comparing(host);
  const { items: parts, more } = inParts(host, all, after ?? before ?? {});
  return html`<ul class="list-diff">
    ${growing(
      parts,
      (part) =>
        html`<li class="list-diff__item list-diff__item--${part.kind}">
          ${
            part.kind === 'inserted'
              ? inserted(host, format(part.item))
              : part.kind === 'deleted'
                ? deleted(host, format(part.item))
                : part.kind === 'changed'
                  ? changed(part.before!, part.item)
                  : format(part.item)
          }
        </li>`,
      [a, b, host.language, host.uiLanguage, translationRevision()],
    )}
  </ul>${more}`;
}

/** A status with its icon and label; "not rated" without one. */
export function renderStatusLabel(host: ChangeHost, concept: Concept, id: string | undefined): TemplateResult {
  return renderStatus(host, statusLook(concept, id, host.language));
}

function timeframe(host: ChangeHost, concept: Concept, value: MeasureEntry['measure']['timeframe']): unknown {
  if (!value) return undefined;
  const start = value.start ? host.formatDate(value.start) : undefined;
  const end = value.end ? host.formatDate(value.end) : undefined;
  const range =
    start && end
      ? host.t('diff.timeframe.range', { start, end })
      : start
        ? host.t('diff.timeframe.from', { start })
        : end
          ? host.t('diff.timeframe.until', { end })
          : '';
  const text = value.text ? host.renderText(concept, value.text) : undefined;
  if (range && text) return html`${range} (${text})`;
  return range || text;
}

function indicator(host: ChangeHost, concept: Concept, value: Indicator): unknown {
  const number = (n: number | undefined) => (n === undefined ? host.t('diff.indicator.unknown') : host.formatNumber(n));
  const unit = value.unit ? ` ${host.text(concept, value.unit).text}` : '';
  return host.tHtml('diff.indicator', {
    title: host.renderText(concept, value.title),
    baseline: number(value.baseline),
    target: number(value.target) + (value.target !== undefined ? unit : ''),
    current: number(value.current),
  });
}

function councilPaper(host: ChangeHost, concept: Concept, paper: CouncilPaper): unknown[] {
  const parts: unknown[] = [host.t('diff.paper', { number: paper.number })];
  if (paper.title) parts.push(host.renderText(concept, paper.title));
  if (paper.date) parts.push(host.formatDate(paper.date));
  return parts.flatMap((part, i) => (i ? [host.t('list.separator'), part] : [part]));
}

function participationTitle(host: ChangeHost, concepts: Concepts, id: string): unknown {
  for (const concept of [concepts.to, concepts.from]) {
    const input = concept.participation.find((p) => p.id === id);
    if (input) return host.renderText(concept, input.title);
  }
  return id;
}

function renderValue(host: ChangeHost, concept: Concept, attribute: AttributeChange['attribute'], value: unknown): unknown {
  if (value === undefined) return undefined;
  switch (attribute) {
    case 'lead': {
      const lead = value as NonNullable<MeasureEntry['measure']['lead']>;
      return lead.contact ? html`${host.renderText(concept, lead.unit)} (${host.renderText(concept, lead.contact)})` : host.renderText(concept, lead.unit);
    }
    case 'timeframe':
      return timeframe(host, concept, value as MeasureEntry['measure']['timeframe']);
    default:
      return typeof value === 'string' || (value && typeof value === 'object' && !Array.isArray(value))
        ? host.renderText(concept, value as Text)
        : String(value);
  }
}

const INDICATOR_VALUES = ['baseline', 'target', 'current'] as const;

/** "Beratungsgespräche: Ziel 120 → 200 pro Jahr": only the values that changed. */
function indicatorChange(host: ChangeHost, concept: Concept, before: Indicator, after: Indicator): unknown {
  const changes = INDICATOR_VALUES.filter((key) => before[key] !== after[key]);
  const sameRest = canonicalJson({ ...before, baseline: 0, target: 0, current: 0 }) === canonicalJson({ ...after, baseline: 0, target: 0, current: 0 });
  if (!changes.length || !sameRest) return renderBeforeAfter(host, indicator(host, concept, before), indicator(host, concept, after));
  const unit = after.unit ? ` ${host.text(concept, after.unit).text}` : '';
  const value = (n: number | undefined) => (n === undefined ? undefined : `${host.formatNumber(n)}${unit}`);
  return html`${host.renderText(concept, after.title)}:
  ${changes.map((key, i) => html`${i ? '; ' : ''}${host.t(`diff.indicator.${key}`)} ${renderBeforeAfter(host, value(before[key]), value(after[key]))}`)}`;
}

function listFormat(host: ChangeHost, concepts: Concepts, attribute: AttributeChange['attribute']): ListFormat<unknown> {
  const concept = concepts.to;
  switch (attribute) {
    case 'indicators':
      return {
        format: (item) => indicator(host, concept, item as Indicator),
        identity: (item) => canonicalJson((item as Indicator).id ?? (item as Indicator).title),
        changed: (a, b) => indicatorChange(host, concept, a as Indicator, b as Indicator),
      };
    case 'links':
      return {
        format: (item) => {
          const link = item as { url: string; title?: Text };
          return link.title ? html`${host.renderText(concept, link.title)} <span class="url">(${link.url})</span>` : html`<span class="url">${link.url}</span>`;
        },
        identity: (item) => (item as { url: string }).url,
      };
    case 'councilPapers':
      return { format: (item) => councilPaper(host, concept, item as CouncilPaper), identity: (item) => (item as CouncilPaper).number };
    case 'participation':
      return { format: (item) => participationTitle(host, concepts, item as string) };
    default:
      return { format: (item) => host.renderText(concept, item as Text) };
  }
}

export function row(label: unknown, content: unknown, modifier = ''): TemplateResult {
  return html`<div class="attribute ${modifier}"><dt>${label}</dt><dd>${content}</dd></div>`;
}

/** The name of a changed attribute; lead and partners in the municipality's own words. */
function attributeLabel(host: ChangeHost, concept: Concept, attribute: AttributeChange['attribute']): unknown {
  if (attribute === 'lead') return host.renderTerm(concept, 'lead');
  if (attribute === 'partners') return host.renderTerm(concept, 'partners', true);
  return host.t(`diff.attribute.${attribute}`);
}

/** A text before and after (either may be missing), word by word. */
export function renderTextRow(host: ChangeHost, concepts: Concepts, label: unknown, before: unknown, after: unknown): TemplateResult {
  const old = before === undefined ? '' : host.text(concepts.from, before as Text).text;
  const now = after === undefined ? undefined : host.text(concepts.to, after as Text);
  return row(label, renderWordDiff(host, old, now?.text ?? '', now?.lang), 'attribute--text');
}

/** Key–value entries (`extra`, terms) as a list of "key: value" lines, entry by entry. */
export function renderEntriesRow(host: ChangeHost, label: unknown, before: readonly string[], after: readonly string[]): TemplateResult {
  return row(label, renderListDiff(host, interned(before), interned(after), { format: (item) => item }));
}

/** One changed attribute of a measure (or of an objective: title, description, indicators, extra). */
export function renderAttribute(
  host: ChangeHost,
  concepts: Concepts,
  a: AttributeChange,
  label = attributeLabel(host, concepts.to, a.attribute),
): TemplateResult {
  const { from, to } = concepts;
  if (a.attribute === 'title' || a.attribute === 'description') return renderTextRow(host, concepts, label, a.before, a.after);
  if (a.attribute === 'extra') {
    const entries = (value: unknown) => Object.entries((value ?? {}) as Record<string, string>).map(([k, v]) => `${k}: ${v}`);
    return renderEntriesRow(host, label, entries(a.before), entries(a.after));
  }
  if (Array.isArray(a.before) || Array.isArray(a.after)) {
    return row(label, renderListDiff(host, a.before as unknown[] | undefined, a.after as unknown[] | undefined, listFormat(host, concepts, a.attribute)));
  }
  return row(label, renderBeforeAfter(host, renderValue(host, from, a.attribute, a.before), renderValue(host, to, a.attribute, a.after)));
}

/** Where a measure hangs: "Unterziel: Deutschkurse ausbauen (Sprache)". */
export function place(host: ChangeHost, concept: Concept, entry: MeasureEntry): TemplateResult {
  return html`${host.tHtml('diff.place', {
    objective: host.renderTerm(concept, 'objective'),
    objectiveTitle: host.renderText(concept, entry.objective.title),
    field: host.renderText(concept, entry.field.title),
  })}`;
}

/** The details of one change: every changed attribute, its status and its place. */
export function renderChangeBody(host: ChangeHost, change: MeasureChange, concepts: Concepts): TemplateResult {
  const { from, to } = concepts;
  const rows: TemplateResult[] = [];
  if (change.kind === 'added' && change.to) {
    const description = change.to.measure.description;
    return html`${description ? html`<p class="description">${host.renderText(to, description)}</p>` : nothing}
      <p class="place muted">${host.t('diff.isIn')} ${place(host, to, change.to)}</p>`;
  }
  if (change.kind === 'removed' && change.from) {
    const description = change.from.measure.description;
    return html`${description ? html`<p class="description description--removed">${host.renderText(from, description)}</p>` : nothing}
      <p class="place muted">${host.t('diff.wasIn')} ${place(host, from, change.from)}</p>`;
  }
  for (const a of change.attributes) rows.push(renderAttribute(host, concepts, a));
  if (change.moved && change.from && change.to) {
    rows.push(row(host.t('diff.attribute.place'), renderBeforeAfter(host, place(host, from, change.from), place(host, to, change.to))));
  }
  if (change.statusChanged && change.from && change.to) {
    rows.push(
      row(
        host.t('diff.attribute.status'),
        renderBeforeAfter(host, renderStatusLabel(host, from, change.from.measure.status?.value), renderStatusLabel(host, to, change.to.measure.status?.value)),
      ),
    );
  }
  return rows.length ? html`<dl class="attributes">${rows}</dl>` : html``;
}
