/**
 * "Get the data": what an element shows, as a CSV file a reader opens in Excel, as Datawrapper offers
 * under each chart. German Excel expects semicolons and only reads UTF-8 with a byte order mark; a
 * cell that starts with = + - @ (or a tab or carriage return) would be run as a formula, so it gets
 * a leading apostrophe (OWASP's advice against CSV injection).
 */
import type { Concept } from '@konzept-kit/concept-schema';
import { currentStatus, measureEntries, type MeasureEntry } from './measures.js';
import { conceptStats, type Distribution } from './stats.js';
import { textOf } from './text.js';

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
const HEADERS = {
  de: {
    id: 'ID',
    field: 'Handlungsfeld',
    kind: 'Art',
    objective: 'Unterziel',
    measure: 'Maßnahme',
    status: 'Status',
    lead: 'Federführung',
    partners: 'Kooperationspartner',
    timeframe: 'Zeitraum',
    total: 'Anzahl',
    unrated: 'ohne Bewertung',
    sum: 'Summe der Prozente',
    action: 'Handlungsfeld',
    crossCutting: 'Querschnittsthema',
    all: 'Gesamt',
  },
  en: {
    id: 'ID',
    field: 'Field',
    kind: 'Kind',
    objective: 'Objective',
    measure: 'Measure',
    status: 'Status',
    lead: 'Lead',
    partners: 'Partners',
    timeframe: 'Timeframe',
    total: 'Number',
    unrated: 'not rated',
    sum: 'Sum of percentages',
    action: 'Field of action',
    crossCutting: 'Cross-cutting theme',
    all: 'Total',
  },
} as const;

const langOf = (lang: string): Lang => (lang.toLowerCase().startsWith('en') ? 'en' : 'de');

/** The measures (all, or those a filter left) as rows: one a measure, with where it hangs and its status. */
export function measureRows(concept: Concept, lang = 'de', entries: readonly MeasureEntry[] = measureEntries(concept)): string[][] {
  const h = HEADERS[langOf(lang)];
  const own = (value: Parameters<typeof textOf>[0]) => textOf(value, lang, concept.language);
  const statusLabel = new Map(concept.statusScale.statuses.map((s) => [s.id, own(s.label)]));
  return [
    [h.id, h.field, h.objective, h.measure, h.status, h.lead, h.partners, h.timeframe],
    ...entries.map(({ measure, field, objective }) => {
      const status = currentStatus(concept, measure);
      const t = measure.timeframe;
      return [
        measure.id,
        own(field.title),
        own(objective.title),
        own(measure.title),
        status === undefined ? '' : (statusLabel.get(status) ?? status),
        own(measure.lead?.unit),
        measure.partners.map(own).join(', '),
        t ? own(t.text) || [t.start, t.end].filter(Boolean).join('–') : '',
      ];
    }),
  ];
}

/** The status statistics as rows: one a field and the total, count and percent per status, and the sum of the percents. */
export function statsRows(concept: Concept, lang = 'de'): CsvCell[][] {
  const h = HEADERS[langOf(lang)];
  const stats = conceptStats(concept);
  const statuses = concept.statusScale.statuses;
  const withUnrated = stats.unrated > 0;
  const own = (value: Parameters<typeof textOf>[0]) => textOf(value, lang, concept.language);
  const header = [
    h.field,
    h.kind,
    h.total,
    ...statuses.flatMap((s) => [own(s.label), `${own(s.label)} %`]),
    ...(withUnrated ? [h.unrated, `${h.unrated} %`] : []),
    h.sum,
  ];
  const row = (name: string, kind: string, d: Distribution): CsvCell[] => [
    name,
    kind,
    d.total,
    ...statuses.flatMap((s) => [d.byStatus[s.id] ?? 0, d.percent[s.id] ?? 0]),
    ...(withUnrated ? [d.unrated, d.unratedPercent] : []),
    d.percentSum,
  ];
  return [header, ...stats.fields.map((f) => row(own(f.title), h[f.kind], f)), row(h.all, '', stats)];
}

/** A file name from the concept: `integrationskonzept-konstanz-1.0-massnahmen.csv`. */
export function dataFileName(concept: Concept, what: string, extension: 'csv' | 'json'): string {
  const base = `${concept.id}-${concept.version}`.toLowerCase().replace(/[^a-z0-9.-]+/g, '-');
  return `${base}${what ? `-${what}` : ''}.${extension}`;
}

/**
 * What `<konzept-overview>` shows beyond the concept's details, as rows: the key statements and needs
 * of participation (per field, with their source) and the measures integration reports evaluate.
 */
export function overviewRows(concept: Concept, lang = 'de'): string[][] {
  const en = langOf(lang) === 'en';
  const own = (value: Parameters<typeof textOf>[0]) => textOf(value, lang, concept.language);
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
