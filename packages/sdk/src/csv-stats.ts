/**
 * The status statistics as CSV rows: per field and in total (the chart's overview and fields views),
 * and per report (its progress view). See csv.ts for the file itself.
 */
import type { Concept } from '@konzept-kit/concept-schema';
import { conceptStats, type Distribution } from './stats.js';
import { progressView } from './progress.js';
import { csvWords, ownText, type CsvCell, type CsvWords } from './csv.js';

/** The header and cells of distributions: count and percent per status, unrated where any is, the sum of the percents. */
function distributionColumns(concept: Concept, lang: string, h: CsvWords, withUnrated: boolean) {
  const statuses = concept.statusScale.statuses;
  const own = ownText(concept, lang);
  return {
    header: [h.total, ...statuses.flatMap((s) => [own(s.label), `${own(s.label)} %`]), ...(withUnrated ? [h.unrated, `${h.unrated} %`] : []), h.sum],
    cells: (d: Distribution): CsvCell[] => [
      d.total,
      ...statuses.flatMap((s) => [d.byStatus[s.id] ?? 0, d.percent[s.id] ?? 0]),
      ...(withUnrated ? [d.unrated, d.unratedPercent] : []),
      d.percentSum,
    ],
  };
}

/**
 * The status statistics as rows: one a field and the total, count and percent per status, and the
 * sum of the percents. `fieldIds` picks and orders the fields (as a chart sorted by share done
 * shows them); an empty list leaves only the total (the chart's overview).
 */
export function statsRows(concept: Concept, lang = 'de', fieldIds?: readonly string[], words: Partial<CsvWords> = {}): CsvCell[][] {
  const h = csvWords(concept, lang, words);
  const stats = conceptStats(concept);
  const own = ownText(concept, lang);
  const { header, cells } = distributionColumns(concept, lang, h, stats.unrated > 0);
  const byId = new Map(stats.fields.map((f) => [f.id, f]));
  const fields = fieldIds ? fieldIds.map((id) => byId.get(id)).filter((f) => f !== undefined) : stats.fields;
  return [[h.field, h.kind, ...header], ...fields.map((f) => [own(f.title), h[f.kind], ...cells(f)]), [h.all, '', ...cells(stats)]];
}

/** The chart's progress view as rows: one an evaluation (oldest first) with its date and its distribution; none when there is no history. */
export function progressRows(concept: Concept, lang = 'de', words: Partial<CsvWords> = {}): CsvCell[][] {
  const h = csvWords(concept, lang, words);
  const view = progressView(concept);
  if (!view) return [];
  const { header, cells } = distributionColumns(
    concept,
    lang,
    h,
    view.snapshots.some((s) => s.distribution.unrated > 0),
  );
  const own = ownText(concept, lang);
  return [
    [h.evaluation, h.date, ...header],
    ...view.snapshots.map(({ evaluation, distribution }) => [own(evaluation.title) || evaluation.id, evaluation.date, ...cells(distribution)]),
  ];
}
