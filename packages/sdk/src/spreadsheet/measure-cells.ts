/**
 * One measure from the cells of its row: status now and at earlier evaluations, responsibility,
 * lists, timeframe, indicators, links, council papers, participation, and the editor's own
 * columns. A value that cannot be read is kept under `extra` with a warning, never dropped.
 */
import { LIMITS, isSafeUrl, type StatusScale, type Terms, type Text } from '@konzept-kit/concept-schema';
import { cellText, isEmptyCell, parseTimeframe, splitList, type Cell } from './cells.js';
import { STRUCTURE_KEYS, type ColumnKey } from './columns.js';
import type { SheetIssue } from './issues.js';
import { FORBIDDEN_KEYS, type EvaluationBook, type PlannedColumn } from './layout.js';
import type { StatusMatcher } from './status.js';
import type { ColourReader } from './colours.js';
import type { StatusColumns, StatusFinding } from './status-read.js';
import { textOf } from '../text.js';
import { readValue, LONG_TEXT, SHORT_TEXT, type ValueContext, type ValueKind } from './values.js';

type Json = Record<string, unknown>;

export interface RowContext extends ValueContext {
  readonly sheet?: string;
  readonly scale: StatusScale;
  readonly matchStatus: StatusMatcher;
  readonly evaluations: EvaluationBook;
  readonly participation: ReadonlySet<string>;
  readonly terms?: Terms;
  readonly statusColumns: StatusColumns;
  readonly readColour: ColourReader;
  /** The evaluation date a title row gives ("Stand: 28.03.2025"), for statuses without their own. */
  readonly defaultDate?: string;
}

export function mainText(text: Text): string {
  return typeof text === 'string' ? text : (Object.values(text)[0] ?? '');
}

/** One row's cells, grouped by what they mean. */
export class RowCells {
  readonly main = new Map<ColumnKey, Cell>();
  readonly variants = new Map<ColumnKey, Map<string, Cell>>();
  readonly history = new Map<string, { status?: Cell; note?: Cell; header: { status?: string; note?: string } }>();
  readonly extra: Array<{ name: string; cell: Cell }> = [];
  readonly flags: Array<{ header: string; cell: Cell }> = [];
  readonly headers = new Map<ColumnKey, string>();

  constructor(row: readonly Cell[], columns: readonly PlannedColumn[]) {
    for (const column of columns) {
      const cell = row[column.index];
      if (column.role === 'column') {
        if (column.lang) {
          const map = this.variants.get(column.key) ?? new Map<string, Cell>();
          map.set(column.lang, cell);
          this.variants.set(column.key, map);
        } else {
          this.main.set(column.key, cell);
          this.headers.set(column.key, column.header);
        }
      } else if (column.role === 'flag') {
        this.flags.push({ header: column.header, cell });
      } else if (column.role === 'omitted') {
        continue;
      } else if (column.role === 'history') {
        const entry = this.history.get(column.evaluation) ?? { header: {} };
        entry[column.part] = cell;
        entry.header[column.part] = column.header;
        this.history.set(column.evaluation, entry);
      } else {
        this.extra.push({ name: column.name, cell });
      }
    }
  }

  filled(key: ColumnKey): boolean {
    return !isEmptyCell(this.main.get(key)) || [...(this.variants.get(key)?.values() ?? [])].some((c) => !isEmptyCell(c));
  }

  text(key: ColumnKey): string {
    return cellText(this.main.get(key));
  }

  header(key: ColumnKey): string {
    return this.headers.get(key) ?? key;
  }

  /** Names of the filled columns that are about a measure (not about the structure above it). */
  measureColumns(except: ReadonlySet<ColumnKey> = new Set()): string[] {
    const names: string[] = [];
    for (const key of new Set([...this.main.keys(), ...this.variants.keys()])) {
      if (!STRUCTURE_KEYS.has(key) && key !== 'measure' && !except.has(key) && this.filled(key)) names.push(this.header(key));
    }
    for (const entry of this.history.values()) {
      if (!isEmptyCell(entry.status)) names.push(entry.header.status!);
      if (!isEmptyCell(entry.note)) names.push(entry.header.note!);
    }
    for (const { name, cell } of this.extra) if (!isEmptyCell(cell)) names.push(name);
    for (const { header, cell } of this.flags) if (!isEmptyCell(cell)) names.push(header);
    return names;
  }
}

export type Warn = (code: SheetIssue['code'], column: string | undefined, de: string, en: string) => void;

/** Keeps a value that could not be read under the measure's extra, with a warning that says so. */
function keepAside(aside: Array<[string, string]>, warn: Warn, column: string, raw: string, de: string, en: string, code: SheetIssue['code'] = 'value') {
  warn(code, column, `${de} Der Wert steht bei den Zusatzangaben (extra).`, `${en} The value is kept in the extra data.`);
  aside.push([column, raw]);
}

export function readIndicators(cells: RowCells, context: RowContext, warn: Warn, aside: Array<[string, string]>): Json[] {
  const titles = cellText(cells.main.get('indicator')).split('\n').filter(Boolean);
  const lines = (key: ColumnKey) => cellText(cells.main.get(key)).split('\n');
  const numberKeys = [
    ['indicatorBaseline', 'baseline'],
    ['indicatorTarget', 'target'],
    ['indicatorCurrent', 'current'],
  ] as const;
  if (!titles.length) {
    for (const key of ['indicatorUnit', 'indicatorBaseline', 'indicatorTarget', 'indicatorCurrent', 'indicatorDate'] as const) {
      if (cells.filled(key)) keepAside(aside, warn, cells.header(key), cells.text(key), 'Ein Wert ohne Kennzahl.', 'A value without an indicator.');
    }
    return [];
  }
  return titles.map((title, i) => {
    const indicator: Json = { title: title.trim() };
    const unit = lines('indicatorUnit')[i]?.trim();
    if (unit) indicator.unit = unit;
    for (const [key, prop] of numberKeys) {
      const raw = (titles.length === 1 ? cells.main.get(key) : lines(key)[i]) ?? '';
      const result = readValue({ type: 'number' }, raw, new Map(), context);
      if (!result.ok) keepAside(aside, warn, cells.header(key), cellText(raw), result.message.de, result.message.en, 'number');
      else if (result.value !== undefined) indicator[prop] = result.value;
    }
    const rawDate = (titles.length === 1 ? cells.main.get('indicatorDate') : lines('indicatorDate')[i]) ?? '';
    const date = readValue({ type: 'date' }, rawDate, new Map(), context);
    if (!date.ok) keepAside(aside, warn, cells.header('indicatorDate'), cellText(rawDate), date.message.de, date.message.en, 'date');
    else if (date.value !== undefined) indicator.date = date.value;
    return indicator;
  });
}

/** A line of the "Links" column: `https://…` or `Titel: https://…`. */
function readLink(line: string): Json | undefined {
  const m = /^(?:(.*?)\s*[:|–]\s+)?(\S+)$/.exec(line.trim());
  if (!m || !isSafeUrl(m[2]!) || !/^(https?:|mailto:|\/|\.{1,2}\/|#)/i.test(m[2]!)) return undefined;
  return m[1] ? { url: m[2], title: m[1] } : { url: m[2] };
}

/** A status's label in a language, for messages. */
function statusName(context: RowContext, id: string, lang: 'de' | 'en'): string {
  const status = context.scale.statuses.find((s) => s.id === id);
  if (!status) return id;
  const colour = lang === 'de' ? { green: 'grün', yellow: 'gelb', red: 'rot' }[id] : undefined;
  return colour ?? textOf(status.label, lang, lang);
}

type Failure = { ok: false; column: string; message: { de: string; en: string } };

/** What the parts of `readMeasure` share: the row's cells, the report, the values kept aside, the measure so far. */
interface MeasureReading {
  readonly cells: RowCells;
  readonly context: RowContext;
  readonly warn: Warn;
  readonly aside: Array<[string, string]>;
  readonly data: Json;
}

function valueOf(m: MeasureReading, key: ColumnKey, kind: ValueKind) {
  return readValue(kind, m.cells.main.get(key), m.cells.variants.get(key) ?? new Map(), m.context);
}

function failure(m: MeasureReading, key: ColumnKey, message: { de: string; en: string }): Failure {
  return { ok: false, column: m.cells.header(key), message };
}

/** The status now: its value (from a word, a sign, a colour or a mark), date, note and evaluation. */
function readCurrentStatus(m: MeasureReading, status: StatusFinding, note: Text | undefined) {
  const { cells, context, warn, aside } = m;
  const statusValue = status.kind === 'found' ? status.value : undefined;
  if (status.kind === 'found' && status.aside !== undefined) {
    keepAside(
      aside,
      warn,
      cells.header('status'),
      status.aside,
      `"${status.aside}" ist kein Status; die Füllfarbe der Zelle sagt "${statusName(context, status.value, 'de')}".`,
      `"${status.aside}" is not a status; the cell's fill colour says "${statusName(context, status.value, 'en')}".`,
      'statusFromColour',
    );
  }
  if (status.kind === 'found' && status.conflict) {
    warn(
      'statusConflict',
      cells.header('status'),
      `Text "${cells.text('status')}" und Füllfarbe ("${statusName(context, status.conflict.colourSays, 'de')}") widersprechen sich; der Text gilt.`,
      `The text "${cells.text('status')}" and the fill colour ("${statusName(context, status.conflict.colourSays, 'en')}") disagree; the text counts.`,
    );
  }
  if (status.kind === 'lost' && status.why === 'word') aside.push([cells.header('status'), status.raw]);
  const statusDate = valueOf(m, 'statusDate', { type: 'date' });
  if (!statusDate.ok) keepAside(aside, warn, cells.header('statusDate'), cells.text('statusDate'), statusDate.message.de, statusDate.message.en, 'date');
  const date = (statusDate.ok ? (statusDate.value as string | undefined) : undefined) ?? (statusValue ? context.defaultDate : undefined);
  const evaluationText = cells.text('evaluation');
  let evaluation: string | undefined;
  if (evaluationText) {
    evaluation = context.evaluations.resolve(evaluationText, date)?.id;
    if (!evaluation) {
      keepAside(
        aside,
        warn,
        cells.header('evaluation'),
        evaluationText,
        `Der Bericht "${evaluationText}" ist unbekannt (Blatt "Berichte") und ohne Datum nicht anzulegen.`,
        `The evaluation "${evaluationText}" is unknown (sheet "Berichte") and cannot be created without a date.`,
      );
    }
  }
  if (statusValue) {
    m.data.status = {
      value: statusValue,
      ...(date ? { date } : {}),
      ...(note !== undefined ? { note } : {}),
      ...(evaluation ? { evaluation } : {}),
    };
    return;
  }
  for (const [key, raw] of [
    ['statusDate', date],
    ['statusNote', note === undefined ? undefined : typeof note === 'string' ? note : JSON.stringify(note)],
    ['evaluation', evaluation],
  ] as const) {
    if (raw) keepAside(aside, warn, cells.header(key), raw, 'Eine Angabe zum Status, aber kein Status.', 'A detail of the status, but no status.');
  }
}

/** Statuses at earlier evaluations ("Status 15.10.2019 (eval-2019-10)" and its "Bemerkung …"). */
function readHistory(m: MeasureReading) {
  const { cells, context, warn, aside } = m;
  const history: Json[] = [];
  for (const [evaluationId, entry] of cells.history) {
    const statusCell = cellText(entry.status);
    const noteCell = cellText(entry.note);
    if (!statusCell) {
      if (noteCell) keepAside(aside, warn, entry.header.note!, noteCell, 'Eine Bemerkung ohne Status.', 'A note without a status.');
      continue;
    }
    const id = context.matchStatus(statusCell);
    if (!id) {
      keepAside(
        aside,
        warn,
        entry.header.status!,
        statusCell,
        `"${statusCell}" ist kein Status der Statusskala.`,
        `"${statusCell}" is not a status of the scale.`,
        'unknownStatus',
      );
      if (noteCell) aside.push([entry.header.note!, noteCell]);
      continue;
    }
    history.push({ evaluation: evaluationId, status: id, ...(noteCell ? { note: noteCell } : {}) });
  }
  if (history.length) m.data.history = history;
}

function readLead(m: MeasureReading, unit: Text | undefined, contact: Text | undefined) {
  if (unit !== undefined) m.data.lead = { unit, ...(contact !== undefined ? { contact } : {}) };
  else if (contact !== undefined) {
    keepAside(
      m.aside,
      m.warn,
      m.cells.header('leadContact'),
      mainText(contact),
      'Eine Ansprechperson ohne federführende Stelle.',
      'A contact without a lead unit.',
    );
  }
}

/** Partners and target groups (lists in a cell) and the timeframe. */
function readListsAndTime(m: MeasureReading): Failure | undefined {
  const { cells, warn, data } = m;
  for (const key of ['partners', 'targetGroups'] as const) {
    const items = splitList(cells.main.get(key));
    if (items.some((item) => item.length > LIMITS.shortText)) {
      return failure(m, key, { de: `Ein Eintrag ist länger als ${LIMITS.shortText} Zeichen.`, en: `An entry is longer than ${LIMITS.shortText} characters.` });
    }
    if (items.length) data[key] = items;
  }
  const timeframe = parseTimeframe(cells.main.get('timeframe'));
  if (!timeframe) return undefined;
  if (timeframe.start && timeframe.end && timeframe.end < timeframe.start && !timeframe.start.startsWith(timeframe.end)) {
    warn(
      'timeframe',
      cells.header('timeframe'),
      'Das Ende liegt vor dem Anfang; der Zeitraum wird nur als Text übernommen.',
      'The end is before the start; the timeframe is imported as text only.',
    );
    data.timeframe = { text: cells.text('timeframe') };
  } else if ((timeframe.text?.length ?? 0) > LIMITS.shortText) {
    return failure(m, 'timeframe', { de: 'Der Zeitraum ist zu lang.', en: 'The timeframe is too long.' });
  } else data.timeframe = timeframe;
  return undefined;
}

/** Links, council papers, participation inputs, "added later". */
function readReferences(m: MeasureReading) {
  const { cells, context, warn, aside, data } = m;
  const links: Json[] = [];
  for (const line of cellText(cells.main.get('links')).split('\n').filter(Boolean)) {
    const link = readLink(line);
    if (link) links.push(link);
    else
      keepAside(
        aside,
        warn,
        cells.header('links'),
        line,
        `"${line}" ist kein erlaubter Link (http, https, mailto oder relativ).`,
        `"${line}" is not an allowed link (http, https, mailto or relative).`,
        'link',
      );
  }
  if (links.length) data.links = links;

  const papers = valueOf(m, 'councilPapers', { type: 'papers' });
  if (papers.ok && (papers.value as unknown[]).length) data.councilPapers = papers.value;

  const participation: string[] = [];
  for (const ref of splitList(cells.main.get('participation'))) {
    if (context.participation.has(ref)) participation.push(ref);
    else
      keepAside(
        aside,
        warn,
        cells.header('participation'),
        ref,
        `Die Beteiligung "${ref}" ist unbekannt (Blatt "Beteiligung").`,
        `The participation input "${ref}" is unknown (sheet "Beteiligung").`,
      );
  }
  if (participation.length) data.participation = participation;

  const addedLater = valueOf(m, 'addedLater', { type: 'bool' });
  if (!addedLater.ok) keepAside(aside, warn, cells.header('addedLater'), cells.text('addedLater'), addedLater.message.de, addedLater.message.en);
  else if (addedLater.value !== undefined) data.addedLater = addedLater.value;
}

/** The editor's own columns, and whatever could not be placed elsewhere, under `extra`. */
function collectExtra(m: MeasureReading): Failure | undefined {
  const extra = new Map<string, string>();
  for (const { name, cell } of m.cells.extra) {
    const text = cellText(cell);
    if (text) extra.set(name, text);
  }
  for (const [name, text] of m.aside) {
    let key = FORBIDDEN_KEYS.has(name) ? `${name} (Spalte)` : name;
    for (let n = 2; extra.has(key); n++) key = `${name} (${n})`;
    extra.set(key, text);
  }
  for (const [name, text] of extra) {
    if (text.length > LIMITS.longText) {
      return {
        ok: false,
        column: name,
        message: { de: `Zu lang: höchstens ${LIMITS.longText} Zeichen.`, en: `Too long: at most ${LIMITS.longText} characters.` },
      };
    }
  }
  if (extra.size) m.data.extra = Object.fromEntries(extra);
  return undefined;
}

export function readMeasure(
  cells: RowCells,
  title: Text,
  status: StatusFinding,
  context: RowContext,
  warn: Warn,
  aside: Array<[string, string]>,
): { ok: true; data: Json } | Failure {
  const m: MeasureReading = { cells, context, warn, aside, data: { title } };
  const texts: Partial<Record<ColumnKey, Text>> = {};
  for (const [key, kind] of [
    ['description', LONG_TEXT],
    ['lead', SHORT_TEXT],
    ['leadContact', SHORT_TEXT],
    ['statusNote', LONG_TEXT],
  ] as const) {
    const result = valueOf(m, key, kind);
    if (!result.ok) return failure(m, key, result.message);
    if (result.value !== undefined) texts[key] = result.value as Text;
  }
  if (texts.description !== undefined) m.data.description = texts.description;
  readCurrentStatus(m, status, texts.statusNote);
  readHistory(m);
  readLead(m, texts.lead, texts.leadContact);
  const problem = readListsAndTime(m);
  if (problem) return problem;
  const indicators = readIndicators(cells, context, warn, aside);
  if (indicators.length) m.data.indicators = indicators;
  readReferences(m);
  return collectExtra(m) ?? { ok: true, data: m.data };
}
