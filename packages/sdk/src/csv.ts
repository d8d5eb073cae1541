/**
 * "Get the data": what an element shows, as a CSV file a reader opens in Excel, as Datawrapper offers
 * under each chart. German Excel expects semicolons and only reads UTF-8 with a byte order mark; a
 * cell that starts with = + - @ (or a tab or carriage return) would be run as a formula, so it gets
 * a leading apostrophe (OWASP's advice against CSV injection).
 */
import type { Concept } from '@konzept-kit/concept-schema';
import { termFor, textOf } from './text.js';

export type CsvCell = string | number | undefined | null;

const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: CsvCell): string {
  if (value === undefined || value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV for German Excel: byte order mark, semicolons, CRLF, quoted where needed, formulas defused. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(cell).join(';')).join('\r\n') + '\r\n';
}

type Lang = 'de' | 'en';
const WORDS = {
  de: {
    id: 'ID',
    kind: 'Art',
    status: 'Status',
    timeframe: 'Zeitraum',
    total: 'Anzahl',
    unrated: 'ohne Bewertung',
    sum: 'Summe der Prozente',
    all: 'Gesamt',
    evaluation: 'Bewertung',
    date: 'Datum',
    before: 'vorher',
    after: 'nachher',
    level: 'Ebene',
    change: 'Änderung',
    attribute: 'Angabe',
    previous: 'Bisherige Fassung',
    next: 'Neue Fassung',
    concept: 'Konzept',
    added: 'neu',
    removed: 'gestrichen',
    changed: 'angepasst',
    moved: 'verschoben',
    unchanged: 'unverändert',
  },
  en: {
    id: 'ID',
    kind: 'Kind',
    status: 'Status',
    timeframe: 'Timeframe',
    total: 'Number',
    unrated: 'not rated',
    sum: 'Sum of percentages',
    all: 'Total',
    evaluation: 'Evaluation',
    date: 'Date',
    before: 'before',
    after: 'after',
    level: 'Level',
    change: 'Change',
    attribute: 'Attribute',
    previous: 'Previous wording',
    next: 'New wording',
    concept: 'Concept',
    added: 'new',
    removed: 'deleted',
    changed: 'adapted',
    moved: 'moved',
    unchanged: 'unchanged',
  },
} as const;

/** The levels named in headers and cells, in the municipality's own words where it has them. */
const TERMS = {
  field: 'actionField',
  action: 'actionField',
  crossCutting: 'crossCuttingField',
  objective: 'objective',
  measure: 'measure',
  lead: 'lead',
  partners: 'partners',
} as const;

/** The words of the header row and of the fixed cells; an element passes its own (its interface language, the municipality's terms). */
export type CsvWords = { -readonly [K in keyof (typeof WORDS)['de'] | keyof typeof TERMS]: string };

const langOf = (lang: string): Lang => (lang.toLowerCase().startsWith('en') ? 'en' : 'de');

/** German or English words for `lang` and the concept's own terms (e.g. "Themenfeld"), with the caller's own words over them. */
export function csvWords(concept: Concept, lang: string, own: Partial<CsvWords> = {}): CsvWords {
  const terms = Object.fromEntries(Object.entries(TERMS).map(([key, level]) => [key, termFor(concept, level, lang, key === 'partners').text]));
  return { ...WORDS[langOf(lang)], ...(terms as Record<keyof typeof TERMS, string>), ...own };
}

/** A text of the export as a plain string in `lang` (else the concept's language). */
export const ownText = (concept: Concept, lang: string) => (value: Parameters<typeof textOf>[0]) => textOf(value, lang, concept.language);

/** Status id → its label in `lang`. */
export const statusLabels = (concept: Concept, lang: string) => new Map(concept.statusScale.statuses.map((s) => [s.id, ownText(concept, lang)(s.label)]));

const FOLD: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** A file name's words: lower case, umlauts folded as German does, anything but letters and digits a hyphen. */
function slug(text: string, keep = '', max = 60): string {
  const words = text
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => FOLD[c]!)
    // Accents off Latin letters (é → e); Cyrillic й and Arabic letters stay as they are.
    .normalize('NFKD')
    .replace(/([a-z])\p{M}+/gu, '$1')
    .normalize('NFC')
    .replace(keep ? /[^\p{L}\p{N}.]+/gu : /[^\p{L}\p{N}]+/gu, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return words.length <= max ? words : words.slice(0, max).replace(/-[^-]*$/, '');
}

/**
 * A file name from the concept's title and version in the reader's language:
 * `integrationskonzept-des-landkreises-konstanz-2.0-massnahmen.csv`.
 */
export function dataFileName(concept: Concept, what: string, extension: 'csv' | 'json', lang = concept.language): string {
  const title = slug(textOf(concept.title, lang, concept.language)) || slug(concept.id);
  return [title, slug(concept.version, '.'), slug(what, '.')].filter(Boolean).join('-') + `.${extension}`;
}

/**
 * What the overview element shows beyond the concept's details, as rows: the key statements and needs
 * of participation (per field, with their source) and the measures integration reports evaluate.
 */
export function overviewRows(concept: Concept, lang = 'de'): string[][] {
  const en = langOf(lang) === 'en';
  const own = ownText(concept, lang);
  const fieldTitle = new Map(concept.fields.map((f) => [f.id, own(f.title)]));
  const rows: string[][] = [en ? ['Part', 'Field', 'Title', 'Text', 'Source'] : ['Teil', 'Handlungsfeld', 'Titel', 'Text', 'Quelle']];
  for (const input of concept.participation) {
    const field = input.field ? (fieldTitle.get(input.field) ?? input.field) : '';
    const source = [own(input.title), input.councilPaper ? `${en ? 'Paper' : 'Drucksache'} ${input.councilPaper.number}` : ''].filter(Boolean).join(', ');
    for (const s of input.statements) rows.push([en ? 'Key statement' : 'Kernaussage', field, own(input.title), own(s), source]);
    for (const s of input.needs) rows.push([en ? 'Need' : 'Bedarf', field, own(input.title), own(s), source]);
  }
  for (const report of concept.integrationReports) {
    for (const m of report.measures) {
      const field = m.field ? (fieldTitle.get(m.field) ?? m.field) : '';
      const source = `${own(report.title)} (${report.date})`;
      rows.push([en ? 'Evaluation' : 'Bewertung', field, own(m.title), own(m.assessment), source]);
      if (m.nextSteps) rows.push([en ? 'Next steps' : 'Nächste Schritte', field, own(m.title), own(m.nextSteps), source]);
    }
  }
  return rows;
}
