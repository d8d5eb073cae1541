/**
 * One file an editor chose (a workbook, a CSV or a JSON export), checked the way the workbench
 * shows it: the concept if one could be built, and every problem at once, each with where it is as
 * an editor finds it again (sheet, row, column, the measure's title) instead of a JSON path, plus
 * warnings for what would go wrong on the published page. The reading itself is `importSheet` and
 * `parseConcept`; this only brings their reports into one shape and adds the page's warnings.
 */
import { parseConcept, type BilingualText, type Concept, type ConceptIssue } from '@konzept-kit/concept-schema';
import { decodeExport } from '../encoding.js';
import { titleOnPath } from '../issue-titles.js';
import { measureEntries, currentStatus } from '../measures.js';
import { textOf } from '../text.js';
import { importSheet, type ImportSummary, type SheetImportOptions } from './import.js';
import type { SheetIssue } from './issues.js';

export type CheckedFileKind = 'sheet' | 'json';

/** A problem as the workbench lists it. `code` groups problems of one kind. */
export interface FileProblem {
  /** `info`: what the import set aside as expected (a legend, a summary row, blank rows). */
  readonly severity: 'error' | 'warning' | 'info';
  readonly code: string;
  /** For a sheet: what the problem is about (the file, the layout, a row set aside or rejected, a status …). */
  readonly kind?: SheetIssue['kind'];
  readonly sheet?: string;
  readonly row?: number;
  readonly column?: string;
  /** The title of the measure (or field, objective) the problem is in, as the editor wrote it. */
  readonly measure?: string;
  /** For a JSON export: where in the file, as a path (`fields[2].objectives[0]…`). */
  readonly at?: string;
  readonly message: BilingualText;
}

export interface FileCheck {
  readonly kind: CheckedFileKind;
  readonly concept?: Concept;
  /** Errors first, then warnings; each kind of problem together. */
  readonly problems: readonly FileProblem[];
  /** For a sheet: how many rows became what. */
  readonly summary?: ImportSummary;
}

export interface CheckFileOptions extends Pick<SheetImportOptions, 'municipality' | 'title' | 'version' | 'remedies'> {
  /** The previous version, if the editor gave one: ids that no longer name the same measure are warned about. */
  readonly previous?: Concept;
}

const SHEET_NAME = /\.(xlsx|xlsm|xls|ods|csv|tsv|txt)$/i;

/** Is this a JSON export (by its name, else by its first character)? */
export function looksLikeJson(name: string, bytes: Uint8Array): boolean {
  if (/\.json$/i.test(name)) return true;
  if (SHEET_NAME.test(name)) return false;
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  return bytes[i] === 0x7b; // {
}

/** Checks one file: a workbook or CSV goes through `importSheet`, a JSON export through `parseConcept`. */
export async function checkFile(name: string, bytes: Uint8Array, options: CheckFileOptions = {}): Promise<FileCheck> {
  if (looksLikeJson(name, bytes)) {
    const decoded = decodeExport(bytes);
    if (!decoded.ok) return { kind: 'json', problems: [{ severity: 'error', code: 'encoding', message: decoded.message }] };
    const check = checkJsonText(decoded.text, options);
    const warning: FileProblem | undefined = decoded.warning && { severity: 'warning', code: 'encoding', message: decoded.warning };
    return warning ? { ...check, problems: [...check.problems, warning] } : check;
  }
  const { previous: _previous, ...importOptions } = options;
  const result = await importSheet(bytes, importOptions);
  const problems = result.issues.map(fromSheetIssue);
  if (result.concept) problems.push(...conceptWarnings(result.concept, options));
  if (result.concept && result.positionIds) {
    const { count, firstRow } = result.positionIds;
    problems.push({
      severity: 'warning',
      code: 'positionIds',
      ...(result.layout?.sheet !== undefined ? { sheet: result.layout.sheet } : {}),
      row: firstRow,
      column: 'ID',
      message: {
        de: `${count === 1 ? '1 Maßnahme hat' : `${count} Maßnahmen haben`} keine ID; die Kennung kommt aus der Reihenfolge. Wird später eine Zeile eingefügt, ändern sich die Kennungen der folgenden Maßnahmen, und der Versionsvergleich ordnet falsch zu.`,
        en: `${count === 1 ? '1 measure has' : `${count} measures have`} no id; the id comes from the order. If a row is inserted later, the ids of the measures after it change, and the version comparison pairs the wrong measures.`,
      },
    });
  }
  return { kind: 'sheet', concept: result.concept, problems: ordered(problems), summary: result.summary };
}

/** Checks the text of a JSON export. */
export function checkJsonText(text: string, options: CheckFileOptions = {}): FileCheck {
  const result = parseConcept(text);
  if (result.success) return { kind: 'json', concept: result.concept, problems: ordered(conceptWarnings(result.concept, options)) };
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    data = undefined;
  }
  return { kind: 'json', problems: ordered(result.issues.map((issue) => fromConceptIssue(issue, data))) };
}

function fromSheetIssue(issue: SheetIssue): FileProblem {
  const measure = issue.measure;
  return {
    severity: issue.severity,
    code: issue.code,
    kind: issue.kind,
    ...(issue.sheet !== undefined ? { sheet: issue.sheet } : {}),
    ...(issue.row !== undefined ? { row: issue.row } : {}),
    ...(issue.column !== undefined ? { column: issue.column } : {}),
    ...(measure ? { measure } : {}),
    message: issue.message,
  };
}

/** A problem of a JSON export, with the title of the measure (or objective, field) its path leads into. */
function fromConceptIssue(issue: ConceptIssue, data: unknown): FileProblem {
  const measure = titleOnPath(data, issue.path);
  return {
    severity: 'error',
    code: issue.code,
    ...(issue.at ? { at: issue.at } : {}),
    ...(measure ? { measure } : {}),
    message: issue.message,
  };
}

const SEVERITY_RANK = { error: 0, warning: 1_000_000, info: 2_000_000 } as const;

/** Errors first, then warnings, then notes; within each, problems of one kind together, in the order they were found. */
function ordered(problems: FileProblem[]): FileProblem[] {
  const rank = new Map<string, number>();
  for (const p of problems) if (!rank.has(`${p.severity}|${p.code}`)) rank.set(`${p.severity}|${p.code}`, rank.size);
  const key = (p: FileProblem) => SEVERITY_RANK[p.severity] + rank.get(`${p.severity}|${p.code}`)!;
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => key(a.p) - key(b.p) || a.i - b.i)
    .map(({ p }) => p);
}

/**
 * What would go wrong on the published page although the export is valid: measures without a status
 * (the chart leaves them out) and ids the previous version used for another measure (the version
 * comparison pairs the two). Ids made from a row's position are reported by the import itself.
 */
export function conceptWarnings(concept: Concept, options: Pick<CheckFileOptions, 'previous'> = {}): FileProblem[] {
  const problems: FileProblem[] = [];
  const entries = measureEntries(concept);
  const title = (value: Parameters<typeof textOf>[0]) => textOf(value, concept.language, concept.language);
  for (const { measure, field } of entries) {
    if (currentStatus(concept, measure) === undefined) {
      problems.push({
        severity: 'warning',
        code: 'statusMissing',
        measure: title(measure.title),
        message: {
          de: `Ohne Status (Handlungsfeld "${title(field.title)}"): das Diagramm zählt diese Maßnahme nicht mit.`,
          en: `No status (field "${title(field.title)}"): the chart does not count this measure.`,
        },
      });
    }
  }
  if (options.previous) {
    const before = new Map(measureEntries(options.previous).map((e) => [e.measure.id, e]));
    for (const { measure } of entries) {
      const old = before.get(measure.id);
      if (!old) continue;
      const a = words(textOf(old.measure.title, options.previous.language));
      const b = words(title(measure.title));
      if (a.size && b.size && overlap(a, b) < 0.2) {
        problems.push({
          severity: 'warning',
          code: 'idReused',
          measure: title(measure.title),
          message: {
            de: `Die Kennung "${measure.id}" gehörte in der vorigen Version zu "${textOf(old.measure.title, options.previous.language)}". Der Versionsvergleich hält beide für dieselbe Maßnahme.`,
            en: `The id "${measure.id}" belonged to "${textOf(old.measure.title, options.previous.language)}" in the previous version. The version comparison takes both for the same measure.`,
          },
        });
      }
    }
  }
  return problems;
}

function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2),
  );
}

function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.min(a.size, b.size);
}
