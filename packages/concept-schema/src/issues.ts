/**
 * Problems in an export, said in German and English so a web editor can act on them: what is wrong,
 * where (a JSON path such as `fields[2].objectives[0].measures[4].status.value`), and what to do.
 */

export type IssuePath = ReadonlyArray<string | number>;

export interface BilingualText {
  readonly de: string;
  readonly en: string;
}

export type IssueCode =
  | 'json' // not JSON at all
  | 'tooLarge'
  | 'tooDeep'
  | 'forbiddenKey'
  | 'missing'
  | 'type'
  | 'tooShort'
  | 'tooLong'
  | 'tooSmall'
  | 'tooBig'
  | 'format'
  | 'value'
  | 'unknownKey'
  | 'text'
  | 'date'
  | 'url'
  | 'duplicateId'
  | 'unknownStatus'
  | 'unknownEvaluation'
  | 'unknownReference'
  | 'dateOrder'
  | 'other';

export interface ConceptIssue {
  /** Where in the export, as keys and indices from the root. */
  readonly path: IssuePath;
  /** The same path written the way a person reads it, e.g. `fields[0].title`. */
  readonly at: string;
  readonly code: IssueCode;
  readonly message: BilingualText;
}

/** How many characters of a value from the export a message quotes; the rest becomes "…". */
export const MAX_QUOTED = 60;
/**
 * The longest message (in either language) an issue carries. Every value a message quotes is cut
 * to MAX_QUOTED characters already; this is the net below that, so no hostile export (a 20-million-
 * character date, a key of a megabyte) can make a message, or a terminal line, large.
 */
export const MAX_MESSAGE = 2_000;
/** The longest `at` text (a path has at most 41 parts of at most MAX_QUOTED characters each). */
const MAX_AT = 4_000;

/** A string from the export cut to MAX_QUOTED characters ("…" for the rest), never inside a surrogate pair. */
export function shortened(value: string): string {
  if (value.length <= MAX_QUOTED) return value;
  const end = (value.charCodeAt(MAX_QUOTED - 1) & 0xfc00) === 0xd800 ? MAX_QUOTED - 1 : MAX_QUOTED;
  return `${value.slice(0, end)}…`;
}

/** A value from the export as a message shows it: JSON, a long string cut to MAX_QUOTED characters. */
export function quoted(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(shortened(value));
  if (value === undefined) return 'undefined';
  if (value !== null && typeof value === 'object') return Array.isArray(value) ? '[…]' : '{…}';
  return String(value).slice(0, MAX_QUOTED);
}

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function pathToString(path: IssuePath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (part.length <= MAX_QUOTED && /^[A-Za-z_$][\w$]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${quoted(part)}]`;
  }
  return cut(out, MAX_AT) || '(root)';
}

export function issue(path: IssuePath, code: IssueCode, de: string, en: string): ConceptIssue {
  return { path: [...path], at: pathToString(path), code, message: { de: cut(de, MAX_MESSAGE), en: cut(en, MAX_MESSAGE) } };
}

/** One line for a log or a terminal: `fields[0].title: … ` in the chosen language. */
export function formatIssue(problem: ConceptIssue, lang: 'de' | 'en' = 'de'): string {
  return `${problem.at}: ${problem.message[lang]}`;
}
