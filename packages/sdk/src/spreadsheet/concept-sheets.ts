/**
 * The sheets of a workbook beside the measures, read into what the concept says about itself:
 * metadata (Konzept), status scale (Statusskala), council papers, evaluations, participation and
 * guidelines. Where a sheet is missing, a base concept's values count, then the defaults.
 */
import { AMPEL_SCALE, schemas, type Concept, type CouncilPaper, type StatusScale } from '@konzept-kit/concept-schema';
import { headerKey } from './columns.js';
import type { SheetImportOptions } from './import.js';
import { sheetIssue, type SheetIssue } from './issues.js';
import { CONCEPT_FIELDS, LIST_SHEETS, readKeyValue, readTable, reportsToRows, type ListSheetName } from './tables.js';
import type { ValueContext } from './values.js';
import type { WorkbookData } from './xlsx-read.js';

type Json = Record<string, unknown>;

export function findSheet(workbook: WorkbookData, name: string) {
  return workbook.sheets.find((s) => headerKey(s.name) === headerKey(name));
}

/** The status scale: given in the options, in a "Statusskala" sheet, or the Ampel. */
function readScale(
  options: SheetImportOptions,
  workbook: WorkbookData | undefined,
  conceptSheet: Json,
  context: ValueContext,
  issues: SheetIssue[],
): StatusScale | undefined {
  if (options.statusScale !== undefined) {
    const parsed = schemas().statusScale.safeParse(options.statusScale);
    if (parsed.success) return parsed.data as StatusScale;
    issues.push(
      sheetIssue(
        'error',
        'metadata',
        `Die Statusskala ist ungültig: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
        `The status scale is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
      ),
    );
    return undefined;
  }
  const sheet = workbook && findSheet(workbook, 'Statusskala');
  if (!sheet) return structuredClone((options.base?.statusScale ?? AMPEL_SCALE) as StatusScale);
  const statuses = readTable(sheet.rows, LIST_SHEETS.Statusskala, context, sheet.name, issues);
  const unrated = statuses.find((s) => s.unrated === true)?.id as string | undefined;
  for (const s of statuses) delete s.unrated;
  const scale: Json = { ...((conceptSheet.statusScale as Json | undefined) ?? {}), statuses, ...(unrated ? { unrated } : {}) };
  const parsed = schemas().statusScale.safeParse(scale);
  if (parsed.success) return parsed.data as StatusScale;
  issues.push(
    sheetIssue(
      'error',
      'metadata',
      'Die Statusskala im Blatt "Statusskala" ist ungültig (mindestens zwei Status mit ID und Bezeichnung, Farben als #rrggbb).',
      'The status scale in sheet "Statusskala" is invalid (at least two statuses with ID and label, colours as #rrggbb).',
      { sheet: sheet.name },
    ),
  );
  return undefined;
}

/** Top-level values of a concept the Konzept sheet (or a base concept) can give. */
const META_KEYS = ['id', 'title', 'version', 'language', 'summary', 'adopted', 'adoptedBy', 'municipality', 'meta', 'terms', 'extra'] as const;

function baseMeta(base: Concept | undefined): Json {
  const meta: Json = {};
  if (!base) return meta;
  for (const key of META_KEYS) if (base[key] !== undefined) meta[key] = structuredClone(base[key]);
  return meta;
}

/** The sheet's values over the base's: objects such as `municipality` merge one level deep. */
function mergeMeta(under: Json, over: Json): Json {
  const merged: Json = { ...under };
  for (const [key, value] of Object.entries(over)) {
    const below = merged[key];
    merged[key] =
      value && typeof value === 'object' && !Array.isArray(value) && below && typeof below === 'object' ? { ...(below as Json), ...(value as Json) } : value;
  }
  return merged;
}

export interface ConceptSheets {
  readonly lang: string;
  readonly meta: Json;
  readonly lists: Record<ListSheetName, Json[]>;
  readonly context: ValueContext;
  readonly scale: StatusScale;
}

/**
 * Reads the sheets beside the measures (Konzept, Drucksachen, Berichte, Beteiligung, Leitlinien,
 * Statusskala); where a sheet is missing, the base concept's values count.
 */
export function readConceptSheets(workbook: WorkbookData | undefined, options: SheetImportOptions, issues: SheetIssue[]): ConceptSheets | undefined {
  const base = options.base;
  const conceptSheet = workbook && findSheet(workbook, 'Konzept');
  const quiet: ValueContext = { lang: options.language ?? 'de', papers: new Map() };
  const preliminary = conceptSheet ? readKeyValue(conceptSheet.rows, CONCEPT_FIELDS, quiet, conceptSheet.name, []) : {};
  const lang = options.language ?? (preliminary.language as string | undefined) ?? base?.language ?? 'de';
  const table = (name: ListSheetName, context: ValueContext, fallback: readonly unknown[] | undefined): Json[] => {
    const sheet = workbook && findSheet(workbook, name);
    if (sheet) return readTable(sheet.rows, LIST_SHEETS[name], context, sheet.name, issues);
    return structuredClone((fallback ?? []) as Json[]);
  };
  const Drucksachen = table('Drucksachen', { lang, papers: new Map() }, base?.councilPapers);
  const context: ValueContext = { lang, papers: new Map(Drucksachen.map((p) => [p.number as string, p as unknown as CouncilPaper])) };
  const sheetMeta = conceptSheet ? readKeyValue(conceptSheet.rows, CONCEPT_FIELDS, context, conceptSheet.name, issues) : {};
  const meta = mergeMeta(baseMeta(base), sheetMeta);
  const baseReports = reportsToRows(base?.integrationReports ?? []);
  const lists: Record<ListSheetName, Json[]> = {
    Statusskala: [],
    Drucksachen,
    Berichte: table('Berichte', context, base?.evaluations),
    Beteiligung: table('Beteiligung', context, base?.participation),
    Leitlinien: table('Leitlinien', context, base?.guidelines),
    Integrationsberichte: table('Integrationsberichte', context, baseReports.reports),
    'Bewertete Maßnahmen': table('Bewertete Maßnahmen', context, baseReports.measures),
  };
  const scale = readScale(options, workbook, sheetMeta, context, issues);
  return scale ? { lang, meta, lists, context, scale } : undefined;
}
