/**
 * Plain hand-written DOM that shows what each element shows, for the render ratios in the bench:
 * `document.createElement` in a loop, no framework, no shadow DOM, no styles. Domain numbers come
 * from the same SDK functions the elements use (stats, filter, diff, word diff), so a ratio
 * measures the element's rendering against the cheapest rendering of the same content, not the SDK.
 */
import {
  conceptStats,
  chartSegments,
  diffConcepts,
  fieldGroups,
  filterChanges,
  filterMeasures,
  localize,
  currentStatus,
  wordDiff,
  statusHistory,
  type Concept,
  type MeasureEntry,
  type Text,
  type ConceptDiff,
} from '@konzept-kit/sdk';

type Attrs = Record<string, string>;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (attrs) for (const k in attrs) node.setAttribute(k, attrs[k]!);
  if (children.length) node.append(...children);
  return node;
}

const SVG = 'http://www.w3.org/2000/svg';
function svgEl(tag: string, attrs: Attrs, ...children: (Node | string)[]): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const k in attrs) node.setAttribute(k, attrs[k]!);
  if (children.length) node.append(...children);
  return node;
}

/** A small icon, as the elements draw one beside every status, kind and chevron. */
function icon(d = 'M4 8h8'): SVGElement {
  return svgEl(
    'svg',
    { viewBox: '0 0 16 16', width: '16', height: '16', 'aria-hidden': 'true', focusable: 'false' },
    svgEl('path', { d, fill: 'none', stroke: 'currentColor' }),
  );
}

const de = new Intl.NumberFormat('de-DE');
const pct = new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 0 });
const txt = (concept: Concept, value: Text | undefined) => localize(value, 'de', concept.language).text;
/** An attribute's value as text: a text in the reader's language, anything else as a string, nothing as ''. */
const attributeText = (concept: Concept, value: unknown): string =>
  value === undefined
    ? ''
    : typeof value === 'string' || (value && typeof value === 'object' && !Array.isArray(value))
      ? txt(concept, value as Text)
      : String(value);

function statusLabels(concept: Concept): Map<string | undefined, string> {
  const labels = new Map<string | undefined, string>(concept.statusScale.statuses.map((s) => [s.id, txt(concept, s.label)]));
  labels.set(undefined, 'nicht bewertet');
  return labels;
}

function legend(concept: Concept, segments: ReturnType<typeof chartSegments>, labels: Map<string | undefined, string>): HTMLElement {
  return el(
    'ul',
    { class: 'legend' },
    ...segments.map((s) =>
      el(
        'li',
        null,
        el('span', null, icon('M0 0h16v16H0z'), icon()),
        el('span', null, labels.get(s.statusId)!),
        el('span', null, de.format(s.count)),
        el('span', null, pct.format(s.percent / 100)),
      ),
    ),
  );
}

/** A donut segment between two angles (radians from 12 o'clock). */
function arcPath(a0: number, a1: number, r0 = 70, r1 = 110): string {
  const p = (r: number, a: number) => `${(r * Math.sin(a)).toFixed(3)},${(-r * Math.cos(a)).toFixed(3)}`;
  const large = a1 - a0 > Math.PI ? 1 : 0;
  return `M${p(r1, a0)}A${r1},${r1},0,${large},1,${p(r1, a1)}L${p(r0, a1)}A${r0},${r0},0,${large},0,${p(r0, a0)}Z`;
}

/** `<ampel-chart view="overview">`: caption, donut, centre figure, legend and the data table. */
export function plainChartOverview(concept: Concept): HTMLElement {
  const stats = conceptStats(concept);
  const labels = statusLabels(concept);
  const segments = chartSegments(concept, stats);
  const svg = svgEl('svg', { viewBox: '-115 -115 230 230', role: 'group', 'aria-label': 'Status' });
  let angle = 0;
  for (const s of segments) {
    if (!s.count) continue;
    const end = angle + s.share * 2 * Math.PI;
    const color = concept.statusScale.statuses.find((x) => x.id === s.statusId)?.color ?? '#767676';
    const d = arcPath(angle, end);
    svg.append(
      svgEl(
        'g',
        { role: 'button', tabindex: '0', 'aria-label': `${labels.get(s.statusId)}: ${de.format(s.count)}` },
        svgEl('path', { d, fill: color }),
        svgEl('path', { d, fill: 'none', stroke: '#000' }),
      ),
    );
    angle = end;
  }
  const done = segments.filter((s) => concept.statusScale.statuses.find((x) => x.id === s.statusId)?.done).reduce((n, s) => n + s.percent, 0);
  const table = el(
    'table',
    null,
    el('caption', null, 'Maßnahmen nach Status'),
    el('tr', null, el('th', null, 'Status'), el('th', null, 'Anzahl'), el('th', null, 'Anteil')),
    ...segments.map((s) =>
      el('tr', null, el('th', null, labels.get(s.statusId)!), el('td', null, de.format(s.count)), el('td', null, pct.format(s.percent / 100))),
    ),
  );
  return el(
    'figure',
    null,
    el('figcaption', null, txt(concept, concept.title)),
    el('div', null, svg, el('div', null, el('span', null, pct.format(done / 100)), el('span', null, 'umgesetzt'))),
    legend(concept, segments, labels),
    el('button', { type: 'button' }, 'Als Tabelle anzeigen'),
    el('div', { hidden: '' }, table),
  );
}

/** `<ampel-chart view="fields">`: a labelled stacked bar per field, grouped by kind, legend and table. */
export function plainChartFields(concept: Concept): HTMLElement {
  const stats = conceptStats(concept);
  const labels = statusLabels(concept);
  const colors = new Map(concept.statusScale.statuses.map((s) => [s.id as string | undefined, s.color ?? '#767676']));
  const groups = fieldGroups(concept);
  const body = el('div');
  const rows = el('tbody');
  for (const group of groups) {
    const list = el('ul');
    for (const field of group.fields) {
      const name = txt(concept, field.title);
      const bar = svgEl('svg', { width: '100%', height: '32', role: 'group', 'aria-label': name });
      for (const s of field.segments) {
        if (!s.count) continue;
        bar.append(
          svgEl(
            'g',
            { role: 'button', tabindex: '-1', 'aria-label': `${name}: ${labels.get(s.statusId)} ${de.format(s.count)}` },
            svgEl(
              'svg',
              { x: `${s.start * 100}%`, width: `${s.share * 100}%`, height: '24' },
              svgEl('rect', { width: '100%', height: '100%', fill: colors.get(s.statusId) ?? '#767676' }),
              svgEl('text', { x: '50%', y: '12' }, de.format(s.count)),
            ),
          ),
        );
      }
      list.append(
        el(
          'li',
          null,
          el('button', { type: 'button' }, name, el('span', null, `, ${de.format(field.total)} Maßnahmen`)),
          bar,
          el('span', null, pct.format(field.donePercent / 100)),
        ),
      );
      rows.append(el('tr', null, el('th', null, name), ...field.segments.map((s) => el('td', null, de.format(s.count)))));
    }
    body.append(el('div', { role: 'group' }, el('p', null, group.kind === 'action' ? 'Handlungsfelder' : 'Querschnittsthemen'), list));
  }
  return el(
    'figure',
    null,
    el('figcaption', null, txt(concept, concept.title)),
    body,
    legend(concept, chartSegments(concept, stats), labels),
    el('button', { type: 'button' }, 'Als Tabelle anzeigen'),
    el('div', { hidden: '' }, el('table', null, rows)),
  );
}

/** The plain accordion: the same filter form, count, headings and (up to `pageSize`) measure buttons. */
export class PlainAccordion {
  readonly root = el('section', { 'aria-label': 'Maßnahmen' });
  private readonly list = el('div');
  private readonly count = el('p', { role: 'status' });
  private readonly labels: Map<string | undefined, string>;
  private entries: MeasureEntry[] = [];

  constructor(
    private readonly concept: Concept,
    private readonly pageSize = 200,
  ) {
    this.labels = statusLabels(concept);
    const select = el('select', null, el('option', { value: '' }, 'Alle'));
    for (const f of concept.fields) select.append(el('option', { value: f.id }, txt(concept, f.title)));
    const statuses = el('fieldset', null, el('legend', null, 'Status'));
    for (const s of concept.statusScale.statuses) statuses.append(el('label', null, el('input', { type: 'checkbox', value: s.id }), txt(concept, s.label)));
    this.root.append(
      el('div', { role: 'search' }, el('label', null, 'Suche', el('input', { type: 'search' })), el('label', null, 'Feld', select), statuses),
      el('div', null, this.count, el('button', { type: 'button' }, 'Alle öffnen'), el('button', { type: 'button' }, 'Alle schließen')),
      this.list,
    );
    this.list.addEventListener('click', (event) => {
      const button = (event.target as Element).closest('button[data-index]');
      if (button) this.toggle(button as HTMLButtonElement);
    });
    this.search('');
  }

  /** Filters (with the SDK's filter) and rebuilds the list: what one search keystroke does. */
  search(query: string): void {
    const all = filterMeasures(this.concept, query ? { query } : {});
    this.entries = all;
    const shown = all.slice(0, this.pageSize);
    const concept = this.concept;
    const out = document.createDocumentFragment();
    let field: unknown;
    let objective: unknown;
    let objectiveBox: HTMLElement | undefined;
    for (const entry of shown) {
      if (entry.field !== field) {
        field = entry.field;
        out.append(
          el(
            'h3',
            null,
            el('span', null, entry.field.kind === 'action' ? 'Handlungsfeld' : 'Querschnittsthema'),
            el('span', null, txt(concept, entry.field.title)),
          ),
        );
        const goal = entry.field.goal;
        if (goal)
          out.append(
            el(
              'div',
              null,
              el('span', null, 'Ziel:'),
              el('span', null, txt(concept, goal.title)),
              ...(goal.description ? [el('p', null, txt(concept, goal.description))] : []),
            ),
          );
      }
      if (entry.objective !== objective) {
        objective = entry.objective;
        objectiveBox = el('div', null, el('h4', null, txt(concept, entry.objective.title)));
        out.append(objectiveBox);
      }
      const status = currentStatus(concept, entry.measure);
      objectiveBox!.append(
        el(
          'div',
          { id: `m-${entry.measure.id}` },
          el(
            'h5',
            null,
            el(
              'button',
              { type: 'button', 'aria-expanded': 'false', 'data-index': String(entry.index) },
              icon('M5.5 3.5 10 8l-4.5 4.5'),
              el('span', null, txt(concept, entry.measure.title)),
              el(
                'span',
                null,
                el('span', { class: 'visually-hidden' }, ', Status:'),
                ' ',
                el('span', null, icon(), el('span', null, this.labels.get(status) ?? '')),
              ),
            ),
          ),
        ),
      );
    }
    if (shown.length < all.length)
      out.append(el('div', null, `${de.format(shown.length)} von ${de.format(all.length)}`, el('button', { type: 'button' }, 'Mehr anzeigen')));
    this.count.textContent = query ? `${de.format(all.length)} von ${de.format(this.concept.fields.length)} Maßnahmen` : `${de.format(all.length)} Maßnahmen`;
    this.list.replaceChildren(out);
  }

  /** Opens a box: the same details the element's panel shows, as plain elements. */
  toggle(button: HTMLButtonElement): void {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    const box = button.closest('div')!;
    if (!open) {
      box.querySelector('.panel')?.remove();
      return;
    }
    const concept = this.concept;
    const entry = this.entries.find((e) => e.index === Number(button.dataset['index']))!;
    const m = entry.measure;
    const dl = el('dl');
    const row = (label: string, ...content: (Node | string)[]) => dl.append(el('dt', null, label), el('dd', null, ...content));
    if (m.description) row('Beschreibung', txt(concept, m.description));
    if (m.lead) row('Federführung', txt(concept, m.lead.unit));
    if (m.partners.length) row('Partner', el('ul', null, ...m.partners.map((p) => el('li', null, txt(concept, p)))));
    if (m.targetGroups.length) row('Zielgruppen', el('ul', null, ...m.targetGroups.map((p) => el('li', null, txt(concept, p)))));
    if (m.timeframe) row('Zeitraum', `${m.timeframe.start ?? ''} – ${m.timeframe.end ?? ''}`);
    if (m.indicators.length)
      row(
        'Kennzahlen',
        el(
          'ul',
          null,
          ...m.indicators.map((i) =>
            el(
              'li',
              null,
              `${txt(concept, i.title)}: ${i.current ?? ''} / ${i.target ?? ''}`,
              el('progress', { max: String(i.target ?? 1), value: String(i.current ?? 0) }),
            ),
          ),
        ),
      );
    if (m.links.length) row('Links', el('ul', null, ...m.links.map((l) => el('li', null, el('a', { href: l.url }, l.title ? txt(concept, l.title) : l.url)))));
    const history = statusHistory(concept, m);
    if (history.length) row('Verlauf', el('ol', null, ...history.map((h) => el('li', null, `${h.date ?? ''} ${this.labels.get(h.status) ?? ''}`))));
    box.append(
      el(
        'div',
        { class: 'panel', role: 'region' },
        el('p', null, `Stand ${m.status?.date ?? ''}`, ` Nr. ${m.id}`),
        dl,
        el('button', { type: 'button' }, 'Link kopieren'),
      ),
    );
  }
}

function wordDiffNode(before: string, after: string): HTMLElement {
  const p = el('p');
  for (const part of wordDiff(before, after)) {
    if (part.kind === 'same') p.append(part.text);
    else
      p.append(
        el(
          part.kind === 'inserted' ? 'ins' : 'del',
          null,
          el('span', { class: 'visually-hidden' }, part.kind === 'inserted' ? 'eingefügt: ' : 'gelöscht: '),
          part.text,
        ),
      );
  }
  return p;
}

function beforeAfter(before: string, after: string): HTMLElement {
  return el(
    'span',
    null,
    el('span', null, el('span', { class: 'visually-hidden' }, 'vorher: '), before),
    el('span', { 'aria-hidden': 'true' }, ' → '),
    el('span', null, el('span', { class: 'visually-hidden' }, 'nachher: '), after),
  );
}

const KIND_LABEL = { added: 'neu', removed: 'gestrichen', changed: 'angepasst', moved: 'verschoben', unchanged: 'unverändert' } as const;

/** `<version-diff>`: heading, summary, filter form, and per field a plain list of changes with word diffs. */
export function plainDiff(from: Concept, to: Concept): HTMLElement {
  const diff: ConceptDiff = diffConcepts(from, to);
  const filtered = filterChanges(diff, {});
  const s = diff.summary;
  const root = el(
    'section',
    null,
    el('h2', null, `Version ${from.version} → ${to.version}`),
    el(
      'p',
      null,
      `${de.format(s.changed)} Maßnahmen angepasst, ${de.format(s.removed)} gestrichen, ${de.format(s.added)} neu, ${de.format(s.moved)} verschoben.`,
    ),
    el(
      'div',
      null,
      ...(['added', 'removed', 'changed', 'moved'] as const).map((k) =>
        el('label', null, el('input', { type: 'checkbox', checked: '' }), `${KIND_LABEL[k]} (${de.format(s[k])})`),
      ),
    ),
    el('select', null, el('option', null, 'Alle'), ...diff.fields.map((f) => el('option', { value: f.id }, txt(to, f.title)))),
  );
  for (const field of filtered.fields) {
    const list = el('ul');
    for (const change of field.changes) {
      const side = change.to ? to : from;
      const entry = (change.to ?? change.from)!;
      const li = el(
        'li',
        { id: `change-${change.id}` },
        el('h4', null, txt(side, entry.measure.title)),
        el(
          'p',
          null,
          el('span', null, icon(), KIND_LABEL[change.kind]),
          ' ',
          el('a', { href: `#change-${change.id}` }, 'Link', el('span', { class: 'visually-hidden' }, ` zu ${txt(side, entry.measure.title)}`)),
        ),
      );
      if (change.kind === 'added' || change.kind === 'removed') {
        if (entry.measure.description) li.append(el('p', null, txt(side, entry.measure.description)));
        li.append(el('p', null, `${change.kind === 'added' ? 'steht in' : 'stand in'} ${txt(side, entry.objective.title)} (${txt(side, entry.field.title)})`));
      } else {
        const dl = el('dl');
        for (const a of change.attributes) {
          const before = attributeText(from, a.before);
          const after = attributeText(to, a.after);
          dl.append(
            el(
              'div',
              null,
              el('dt', null, a.attribute),
              el('dd', null, a.attribute === 'title' || a.attribute === 'description' ? wordDiffNode(before, after) : beforeAfter(before, after)),
            ),
          );
        }
        if (change.moved && change.from && change.to) {
          dl.append(
            el('div', null, el('dt', null, 'Ort'), el('dd', null, beforeAfter(txt(from, change.from.objective.title), txt(to, change.to.objective.title)))),
          );
        }
        li.append(dl);
      }
      list.append(li);
    }
    root.append(el('section', null, el('h3', null, txt(to, field.title)), el('p', null, `${field.summary.changed} angepasst`), list));
  }
  return root;
}
