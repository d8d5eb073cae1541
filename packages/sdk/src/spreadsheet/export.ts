/**
 * A concept back into the sheet editors keep: one row per measure with the same German headers
 * the importer reads, every value written so that importing it gives the same value again. Fields
 * and objectives without measures get a row of their own; an objective's indicators sit on a row
 * of the objective before its measures.
 */
import type { Concept, Field, Indicator, Measure, Objective, Text } from '@konzept-kit/concept-schema';
import { formatTimeframe, joinList, type Cell } from './cells.js';
import { COLUMN_BY_KEY, COLUMN_KEYS, TEXT_KEYS, type ColumnKey } from './columns.js';
import { EvaluationBook, extraHeader } from './layout.js';
import { splitText, withLanguage } from './languages.js';
import { statusWord } from './status.js';
import { CONCEPT_FIELDS, LIST_SHEETS, reportsToRows, writeKeyValue, writeTable, type ListSheetName } from './tables.js';

/** The columns of the template: what an editor fills in. The export adds others where the concept uses them. */
export const TEMPLATE_KEYS: readonly ColumnKey[] = [
  'id',
  'kind',
  'field',
  'goal',
  'objective',
  'measure',
  'description',
  'status',
  'statusDate',
  'statusNote',
  'lead',
  'partners',
  'targetGroups',
  'timeframe',
  'indicator',
];

/** Export order: every column but the technical ids (written last) and the two-column form of the kind. */
const EXPORT_ORDER: readonly ColumnKey[] = COLUMN_KEYS.filter((key) => key !== 'crossCutting' && key !== 'fieldId' && key !== 'objectiveId');

/** What one row of the sheet holds, before it becomes cells. */
interface RowSource {
  readonly field: Field;
  readonly objective?: Objective;
  readonly measure?: Measure;
  /** Indicators of the objective (on the objective's own row). */
  readonly objectiveIndicators?: readonly Indicator[];
  /** The first row of its field / objective: descriptions are written once. */
  readonly firstOfField: boolean;
  readonly firstOfObjective: boolean;
}

function rowSources(concept: Concept): RowSource[] {
  const rows: RowSource[] = [];
  for (const field of concept.fields) {
    let firstOfField = true;
    if (!field.objectives.length) rows.push({ field, firstOfField, firstOfObjective: false });
    for (const objective of field.objectives) {
      let firstOfObjective = true;
      if (objective.indicators.length || !objective.measures.length) {
        rows.push({ field, objective, objectiveIndicators: objective.indicators, firstOfField, firstOfObjective });
        firstOfField = firstOfObjective = false;
      }
      for (const measure of objective.measures) {
        rows.push({ field, objective, measure, firstOfField, firstOfObjective });
        firstOfField = firstOfObjective = false;
      }
    }
  }
  return rows;
}

type Texts = Partial<Record<ColumnKey, Text | undefined>>;

/** The texts of a row that may have translations. */
function textsOf(source: RowSource): Texts {
  const { field, objective, measure } = source;
  return {
    field: field.title,
    fieldDescription: source.firstOfField ? field.description : undefined,
    goal: field.goal?.title,
    goalDescription: source.firstOfField ? field.goal?.description : undefined,
    objective: objective?.title,
    objectiveDescription: source.firstOfObjective ? objective?.description : undefined,
    measure: measure?.title,
    description: measure?.description,
    statusNote: measure?.status?.note,
    lead: measure?.lead?.unit,
    leadContact: measure?.lead?.contact,
  };
}

function numbersLine(indicators: readonly Indicator[], pick: (i: Indicator) => number | string | undefined): Cell {
  if (!indicators.length) return null;
  if (indicators.length === 1) {
    const value = pick(indicators[0]!);
    return value === undefined ? null : typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value;
  }
  // Several indicators: one line each, numbers as text so the lines stay aligned.
  return indicators.map((i) => String(pick(i) ?? '').replace('.', ',')).join('\n');
}

/** Plain cells of one row, by column key (texts in the concept's language). */
function cellsOf(concept: Concept, source: RowSource): Partial<Record<ColumnKey, Cell>> {
  const { field, objective, measure } = source;
  const lang = concept.language;
  const texts = textsOf(source);
  const cells: Partial<Record<ColumnKey, Cell>> = {};
  for (const [key, text] of Object.entries(texts) as Array<[ColumnKey, Text | undefined]>) {
    const main = splitText(text, lang).main;
    if (main) cells[key] = main;
  }
  cells.kind = field.kind === 'action' ? 'Handlungsfeld' : 'Querschnittsthema';
  cells.fieldId = field.id;
  if (objective) cells.objectiveId = objective.id;
  const indicators = measure?.indicators ?? source.objectiveIndicators ?? [];
  if (indicators.length) {
    cells.indicator = indicators.map((i) => splitText(i.title, lang).main).join('\n');
    cells.indicatorUnit = indicators.some((i) => i.unit !== undefined) ? indicators.map((i) => splitText(i.unit, lang).main).join('\n') : null;
    cells.indicatorBaseline = numbersLine(indicators, (i) => i.baseline);
    cells.indicatorTarget = numbersLine(indicators, (i) => i.target);
    cells.indicatorCurrent = numbersLine(indicators, (i) => i.current);
    cells.indicatorDate = indicators.length === 1 ? numbersLine(indicators, (i) => i.date) : indicators.map((i) => i.date ?? '').join('\n');
  }
  if (!measure) return cells;
  cells.id = measure.id;
  if (measure.status) {
    cells.status = statusWord(concept.statusScale, measure.status.value, lang);
    if (measure.status.date) cells.statusDate = new Date(`${measure.status.date}T00:00:00Z`);
    if (measure.status.evaluation) cells.evaluation = measure.status.evaluation;
  }
  if (measure.partners.length) cells.partners = joinList(measure.partners.map((p) => splitText(p, lang).main));
  if (measure.targetGroups.length) cells.targetGroups = joinList(measure.targetGroups.map((p) => splitText(p, lang).main));
  if (measure.timeframe) {
    const tf = measure.timeframe;
    cells.timeframe = formatTimeframe({ start: tf.start, end: tf.end, text: tf.text === undefined ? undefined : splitText(tf.text, lang).main });
  }
  if (measure.addedLater !== undefined) cells.addedLater = measure.addedLater ? 'ja' : 'nein';
  if (measure.councilPapers.length) cells.councilPapers = measure.councilPapers.map((p) => p.number).join('\n');
  if (measure.links.length) {
    cells.links = measure.links.map((l) => (l.title !== undefined ? `${splitText(l.title, lang).main}: ${l.url}` : l.url)).join('\n');
  }
  if (measure.participation.length) cells.participation = measure.participation.join('\n');
  return cells;
}

export interface SheetTable {
  readonly name: string;
  /** Header row first. */
  readonly rows: Cell[][];
  /** Column keys of the measure sheet (for widths and the status drop-down), undefined for other sheets. */
  readonly keys?: ReadonlyArray<ColumnKey | undefined>;
}

/** The measure sheet of a concept: header row and one row per measure (and per field or objective without measures). */
export function measureTable(concept: Concept): SheetTable {
  const lang = concept.language;
  const sources = rowSources(concept);
  const rows = sources.map((s) => ({ source: s, cells: cellsOf(concept, s), texts: textsOf(s) }));

  const used = (key: ColumnKey) => rows.some((r) => r.cells[key] !== undefined && r.cells[key] !== null && r.cells[key] !== '');
  const keys = EXPORT_ORDER.filter((key) => TEMPLATE_KEYS.includes(key) || used(key));
  keys.push('fieldId', 'objectiveId');

  // Translations beside their column.
  const languagesFor = (key: ColumnKey) => [...new Set(rows.flatMap((r) => [...splitText(r.texts[key], lang).variants.keys()]))].sort();

  // Earlier evaluations: a status column (and a note column where there are notes) for each.
  // One pass over the histories (asking every measure per evaluation grows with reports × ratings).
  const rated = new Set(sources.flatMap((s) => s.measure?.history.map((h) => h.evaluation) ?? []));
  const historyEvaluations = concept.evaluations.filter((e) => rated.has(e.id));
  /** Each row's history by evaluation id, the first entry for each (as the status columns read it). */
  const historyOf = new Map(rows.map((r) => [r, new Map([...(r.source.measure?.history ?? [])].reverse().map((h) => [h.evaluation, h]))] as const));
  const withNotes = new Set(sources.flatMap((s) => s.measure?.history.filter((h) => h.note !== undefined).map((h) => h.evaluation) ?? []));
  const extraKeys = [...new Set(sources.flatMap((s) => Object.keys(s.measure?.extra ?? {})))];

  interface Column {
    header: string;
    key?: ColumnKey;
    value(row: (typeof rows)[number]): Cell;
  }
  const columns: Column[] = [];
  const historyAfter: ColumnKey = keys.includes('evaluation') ? 'evaluation' : 'statusNote';
  for (const key of keys) {
    const header = COLUMN_BY_KEY.get(key)!.header;
    columns.push({ header, key, value: (r) => r.cells[key] ?? null });
    if (TEXT_KEYS.has(key)) {
      for (const other of languagesFor(key)) {
        columns.push({ header: withLanguage(header, other), value: (r) => splitText(r.texts[key], lang).variants.get(other) ?? null });
      }
    }
    if (key === historyAfter) {
      for (const evaluation of historyEvaluations) {
        const entry = (r: (typeof rows)[number]) => historyOf.get(r)!.get(evaluation.id);
        columns.push({
          header: EvaluationBook.header('Status', evaluation),
          value: (r) => {
            const h = entry(r);
            return h ? statusWord(concept.statusScale, h.status, lang) : null;
          },
        });
        if (withNotes.has(evaluation.id)) {
          columns.push({
            header: EvaluationBook.header('Bemerkung', evaluation),
            value: (r) => {
              const note = entry(r)?.note;
              return note === undefined ? null : splitText(note, lang).main;
            },
          });
        }
      }
    }
  }
  // The editor's own columns, before the technical ids.
  const idColumns = columns.splice(columns.length - 2, 2);
  for (const name of extraKeys) columns.push({ header: extraHeader(name), value: (r) => r.source.measure?.extra?.[name] ?? null });
  columns.push(...idColumns);

  return {
    name: 'Maßnahmen',
    rows: [columns.map((c) => c.header), ...rows.map((r) => columns.map((c) => c.value(r)))],
    keys: columns.map((c) => c.key),
  };
}

/** The sheets beside the measures: Konzept, Statusskala, and the lists the concept has. */
export function conceptTables(concept: Concept): SheetTable[] {
  const lang = concept.language;
  const tables: SheetTable[] = [{ name: 'Konzept', rows: writeKeyValue(concept, CONCEPT_FIELDS, lang) }];
  const scale = concept.statusScale;
  tables.push({
    name: 'Statusskala',
    rows: writeTable(
      scale.statuses.map((s) => ({ ...s, ...(s.id === scale.unrated ? { unrated: true } : {}) })),
      LIST_SHEETS.Statusskala,
      lang,
    ),
  });
  const reports = reportsToRows(concept.integrationReports);
  const lists: Array<[ListSheetName, readonly unknown[]]> = [
    ['Berichte', concept.evaluations],
    ['Drucksachen', concept.councilPapers],
    ['Beteiligung', concept.participation],
    ['Leitlinien', concept.guidelines],
    ['Integrationsberichte', reports.reports],
    ['Bewertete Maßnahmen', reports.measures],
  ];
  for (const [name, items] of lists) if (items.length) tables.push({ name, rows: writeTable(items, LIST_SHEETS[name], lang) });
  return tables;
}
