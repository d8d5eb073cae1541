/** `konzept stats FILE [--json]`: the Ampel statistics of an export, per field, per kind and overall. */
import { conceptStats, evaluationsByDate, localize, termFor, textOf, type Concept, type Distribution, type FieldKind } from '@konzept-kit/sdk';
import type { Command } from '../command.js';
import { EXIT, UsageError } from '../errors.js';
import { loadConceptFile } from '../io.js';
import { formatNumber, formatPercent, type Lang } from '../lang.js';
import { renderTable, type Row } from '../table.js';

const KINDS: readonly FieldKind[] = ['action', 'crossCutting'];

const TEXT = {
  de: {
    field: 'Feld',
    total: 'Gesamt',
    subtotal: (term: string) => `Summe ${term}`,
    unrated: 'ohne Bewertung',
    asOf: 'Stand',
    none: (measures: string) => `Dieses Konzept enthält keine ${measures}, also nichts zu zählen.`,
    sum: (percent: string) => `Summe ${percent}`,
    rounding: 'Gleiche Anzahlen zeigen gleiche Prozente; wo eine Zeile gerundet nicht 100 % ergibt, steht ihre Summe bei der Gesamtzahl.',
  },
  en: {
    field: 'Field',
    total: 'Total',
    subtotal: (term: string) => `${term}, total`,
    unrated: 'not rated',
    asOf: 'As of',
    none: (measures: string) => `This concept has no ${measures.toLowerCase()}, so there is nothing to count.`,
    sum: (percent: string) => `sum ${percent}`,
    rounding: 'Equal numbers show equal percentages; where a row does not add up to 100 % after rounding, its sum is given with the total.',
  },
} satisfies Record<Lang, unknown>;

function distributionJson(d: Distribution) {
  return { total: d.total, byStatus: d.byStatus, unrated: d.unrated, percent: d.percent, percentSum: d.percentSum };
}

/** The stable shape of `konzept stats --json`; titles are in the concept's own language. */
function statsJson(concept: Concept) {
  const stats = conceptStats(concept);
  return {
    ...distributionJson(stats),
    fields: stats.fields.map((field) => ({
      id: field.id,
      title: textOf(field.title, concept.language, concept.language),
      kind: field.kind,
      ...distributionJson(field),
    })),
    byKind: Object.fromEntries(KINDS.map((kind) => [kind, distributionJson(stats.byKind[kind])])) as Record<FieldKind, ReturnType<typeof distributionJson>>,
  };
}

function renderStats(concept: Concept, lang: Lang): string {
  const t = TEXT[lang];
  const stats = conceptStats(concept);
  const own = (value: Parameters<typeof localize>[0]) => localize(value, lang, concept.language).text;
  const latest = evaluationsByDate(concept).at(-1);
  const asOf = latest
    ? ` · ${t.asOf} ${new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(latest.date))}`
    : '';
  const title = `${own(concept.title)} · ${own(concept.municipality.name)} · Version ${concept.version}${asOf}`;
  const measures = termFor(concept, 'measure', lang, true).text;
  // Landshut's concept holds only guidelines and goals: a table of zeros would only look broken.
  if (stats.total === 0) return `${title}\n\n${t.none(measures)}\n`;

  const statuses = concept.statusScale.statuses;
  const showUnrated = stats.unrated > 0;
  const cell = (count: number, percent: number) => `${formatNumber(count, lang)} (${formatPercent(percent, lang)})`;
  const roundedOff = (d: Distribution) => d.total > 0 && d.percentSum !== 100;
  const cells = (d: Distribution) => [
    formatNumber(d.total, lang) + (roundedOff(d) ? ` (${t.sum(formatPercent(d.percentSum, lang))})` : ''),
    ...statuses.map((s) => cell(d.byStatus[s.id] ?? 0, d.percent[s.id] ?? 0)),
    ...(showUnrated ? [cell(d.unrated, d.unratedPercent)] : []),
  ];
  const header = [t.field, measures, ...statuses.map((s) => own(s.label)), ...(showUnrated ? [t.unrated] : [])];
  const rows: Row[] = [];
  for (const kind of KINDS) {
    const fields = stats.fields.filter((f) => f.kind === kind);
    if (!fields.length) continue;
    const term = termFor(concept, kind === 'action' ? 'actionField' : 'crossCuttingField', lang, true).text;
    rows.push({ heading: term });
    for (const field of fields) rows.push([`  ${own(field.title)}`, ...cells(field)]);
    rows.push([`  ${t.subtotal(term)}`, ...cells(stats.byKind[kind])]);
  }
  rows.push([t.total, ...cells(stats)]);
  const note = [stats, ...stats.fields, ...KINDS.map((k) => stats.byKind[k])].some(roundedOff) ? `\n${t.rounding}\n` : '';
  return `${title}\n\n${renderTable(
    header,
    rows,
    header.map((_, i) => (i === 0 ? 'left' : 'right')),
  )}${note}`;
}

export const statsCommand: Command = {
  name: 'stats',
  usage: { de: 'konzept stats DATEI [--json]', en: 'konzept stats FILE [--json]' },
  summary: { de: 'Ampel-Statistik: Anteile je Feld und insgesamt', en: 'status statistics per field and overall' },
  details: {
    de: `Zählt die Maßnahmen je Status (z. B. grün/gelb/rot) je Handlungsfeld, je Querschnittsthema
und insgesamt. Gleiche Anzahlen zeigen gleiche Prozente; wo eine Zeile gerundet daher nicht 100
ergibt, steht ihre Summe bei der Gesamtzahl.

  --json   maschinenlesbar: { total, byStatus, unrated, percent, percentSum, fields, byKind }

Rückgabewert: 0 ausgewertet, 1 Export ungültig, 2 Aufruf falsch oder Datei nicht lesbar.`,
    en: `Counts measures per status (e.g. green/yellow/red) per field of action, per cross-cutting
theme and overall. Equal numbers show equal percentages; where a row therefore does not add up
to 100 after rounding, its sum is given with the total.

  --json   machine-readable: { total, byStatus, unrated, percent, percentSum, fields, byKind }

Exit code: 0 done, 1 export invalid, 2 wrong usage or file unreadable.`,
  },
  options: { json: { type: 'boolean' } },
  async run({ positionals, values, lang, io }) {
    if (positionals.length !== 1) {
      throw new UsageError({ de: 'stats erwartet genau eine Datei.', en: 'stats takes exactly one file.' });
    }
    const concept = await loadConceptFile(positionals[0]!, io, lang);
    io.out(values.json ? `${JSON.stringify(statsJson(concept), null, 2)}\n` : renderStats(concept, lang));
    return EXIT.ok;
  },
};
