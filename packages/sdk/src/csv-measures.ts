/**
 * The measures as CSV rows: those a filter left (the measure list), and those whose status changed
 * between two reports (the status view of a version diff). See csv.ts for the file itself.
 */
import type { Concept } from '@konzept-kit/concept-schema';
import { currentStatus, measureEntries, type MeasureEntry } from './measures.js';
import type { StatusChanges } from './status-changes.js';
import { csvWords, ownText, statusLabels, type CsvWords } from './csv.js';

/** The measures (all, or those a filter left) as rows: one a measure, with where it hangs and its status. */
export function measureRows(
  concept: Concept,
  lang = 'de',
  entries: readonly MeasureEntry[] = measureEntries(concept),
  words: Partial<CsvWords> = {},
): string[][] {
  const h = csvWords(concept, lang, words);
  const own = ownText(concept, lang);
  const statusLabel = statusLabels(concept, lang);
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

/**
 * "Since the last report": the measures whose status changed between two evaluations, as rows, with
 * the status before and after (the status view of the version diff).
 */
export function statusChangeRows(concept: Concept, changes: StatusChanges, lang = 'de', words: Partial<CsvWords> = {}): string[][] {
  const h = csvWords(concept, lang, words);
  const own = ownText(concept, lang);
  const label = statusLabels(concept, lang);
  const status = (id: string | undefined) => (id === undefined ? '' : (label.get(id) ?? id));
  return [
    [h.id, h.field, h.objective, h.measure, `${h.status} (${h.before})`, `${h.status} (${h.after})`],
    ...changes.groups.flatMap((g) =>
      g.changes.map(({ entry, from, to }) => [
        entry.measure.id,
        own(entry.field.title),
        own(entry.objective.title),
        own(entry.measure.title),
        status(from),
        status(to),
      ]),
    ),
  ];
}
