/** `konzept diff OLD NEW [--json] [--match id|text|auto]`: what changed between two versions. */
import {
  diffConcepts,
  localize,
  type ChangeKind,
  type Concept,
  type ConceptDiff,
  type ContentAttribute,
  type DiffOptions,
  type DiffSummary,
  type ConceptAttribute,
  type ElementAttribute,
  type ElementChange,
  type StructureLevel,
  STRUCTURE_LEVELS,
  type MeasureChange,
  type Text,
} from '@konzept-kit/sdk';
import type { Command } from '../command.js';
import { EXIT, UsageError } from '../errors.js';
import { loadConceptFile, STDIN_ONCE } from '../io.js';
import { formatAlternatives, formatNumber, formatPercent, type Lang } from '../lang.js';
import { clip } from '../table.js';

type MatchMode = NonNullable<DiffOptions['match']>;
const MATCH_MODES: readonly MatchMode[] = ['id', 'text', 'auto'];

/** The order a reader asks in: "24 adapted, 21 deleted, 22 new". */
const SUMMARY_ORDER: ReadonlyArray<ChangeKind> = ['changed', 'removed', 'added', 'moved', 'unchanged'];
const MARK: Record<ChangeKind, string> = { added: '+', removed: '-', changed: '~', moved: '>', unchanged: ' ' };

const de = {
  kinds: { added: 'neu', removed: 'entfernt', changed: 'geändert', moved: 'verschoben', unchanged: 'unverändert' } as Record<ChangeKind, string>,
  attributes: {
    title: 'Titel',
    description: 'Beschreibung',
    lead: 'Federführung',
    partners: 'Kooperationspartner',
    targetGroups: 'Zielgruppen',
    timeframe: 'Zeitraum',
    indicators: 'Kennzahlen',
    links: 'Links',
    councilPapers: 'Drucksachen',
    participation: 'Beteiligung',
    extra: 'Zusatzangaben',
  } as Record<ContentAttribute, string>,
  byText: (n: string) => `${n} per Text zugeordnet`,
  similarity: 'per Text zugeordnet, Ähnlichkeit',
  changedAttributes: (list: string) => `geändert: ${list}`,
  movedFrom: (place: string) => `verschoben aus ${place}`,
  textPairs: 'Per Text zugeordnet (alte Kennung → neue Kennung, Ähnlichkeit):',
  noChanges: 'Keine Unterschiede.',
  levels: { action: 'Handlungsfeld', crossCutting: 'Querschnittsthema', goal: 'Ziel', objective: 'Unterziel', guideline: 'Leitlinie' },
  elementAttributes: {
    title: 'Titel',
    kind: 'Art',
    description: 'Beschreibung',
    extra: 'Zusatzangaben',
    indicators: 'Kennzahlen',
    text: 'Text',
    field: 'Handlungsfeld',
  } as Record<ElementAttribute, string>,
  conceptAttributes: {
    title: 'Titel',
    summary: 'Zusammenfassung',
    adopted: 'Beschlossen am',
    adoptedBy: 'Beschlossen von',
    municipality: 'Kommune',
    councilPapers: 'Drucksachen',
    evaluations: 'Bewertungen',
    integrationReports: 'Integrationsberichte',
    participation: 'Beteiligung',
    terms: 'Begriffe',
    statusScale: 'Statusskala',
    note: 'Hinweis',
    extra: 'Zusatzangaben',
  } as Record<ConceptAttribute, string>,
  concept: 'Das Konzept selbst',
  measures: 'Maßnahmen',
  levelsPlural: { field: 'Felder', goal: 'Ziele', objective: 'Unterziele', guideline: 'Leitlinien' } as Record<StructureLevel, string>,
  guidelines: 'Leitlinien des ganzen Konzepts',
  was: (title: string) => `vorher «${title}»`,
  idConflicts: (n: string, auto: boolean) =>
    `Achtung: ${n} Kennungen stehen in beiden Versionen für Maßnahmen mit ganz anderem Text. Vermutlich sind es Zeilennummern (etwa nach dem Entfernen der ID-Spalte), keine festen Kennungen. ` +
    (auto
      ? 'Diese Maßnahmen wurden deshalb über den Text zugeordnet.'
      : 'Sie wurden trotzdem über die Kennung zugeordnet (--match id); prüfen Sie diese Paare oder nehmen Sie --match auto.'),
  idConflictLine: (id: string, before: string, after: string, similarity: string) => `  ${id}: «${before}» / «${after}» (Ähnlichkeit ${similarity})`,
};
const en: typeof de = {
  kinds: { added: 'added', removed: 'removed', changed: 'changed', moved: 'moved', unchanged: 'unchanged' },
  attributes: {
    title: 'title',
    description: 'description',
    lead: 'lead',
    partners: 'partners',
    targetGroups: 'target groups',
    timeframe: 'timeframe',
    indicators: 'indicators',
    links: 'links',
    councilPapers: 'council papers',
    participation: 'participation',
    extra: 'extra data',
  },
  byText: (n) => `${n} matched by text`,
  similarity: 'matched by text, similarity',
  changedAttributes: (list) => `changed: ${list}`,
  movedFrom: (place) => `moved from ${place}`,
  textPairs: 'Matched by text (old id → new id, similarity):',
  noChanges: 'No differences.',
  levels: { action: 'field of action', crossCutting: 'cross-cutting theme', goal: 'goal', objective: 'objective', guideline: 'guideline' },
  elementAttributes: {
    title: 'title',
    kind: 'kind',
    description: 'description',
    extra: 'extra data',
    indicators: 'indicators',
    text: 'text',
    field: 'field',
  },
  conceptAttributes: {
    title: 'title',
    summary: 'summary',
    adopted: 'adopted on',
    adoptedBy: 'adopted by',
    municipality: 'municipality',
    councilPapers: 'council papers',
    evaluations: 'evaluations',
    integrationReports: 'integration reports',
    participation: 'participation',
    terms: 'terms',
    statusScale: 'status scale',
    note: 'note',
    extra: 'extra data',
  },
  concept: 'The concept itself',
  measures: 'Measures',
  levelsPlural: { field: 'fields', goal: 'goals', objective: 'objectives', guideline: 'guidelines' },
  guidelines: 'Guidelines of the whole concept',
  was: (title) => `was «${title}»`,
  idConflicts: (n, auto) =>
    `Warning: ${n} ids stand for measures with entirely different text in the two versions. They are probably row numbers (for example after the ID column was removed), not stable ids. ` +
    (auto ? 'These measures were therefore matched by text.' : 'They were still paired by id (--match id); check these pairs or use --match auto.'),
  idConflictLine: (id, before, after, similarity) => `  ${id}: «${before}» / «${after}» (similarity ${similarity})`,
};
const TEXT: Record<Lang, typeof de> = { de, en };

/** The stable shape of `konzept diff --json`. */
function diffJson(diff: ConceptDiff) {
  return {
    summary: diff.summary,
    /** Ids both versions use for unrelated measures (positions, not identities). */
    idConflicts: diff.idConflicts.map((c) => ({ id: c.id, similarity: c.similarity, pairedById: c.kept, fromField: c.from.field.id, toField: c.to.field.id })),
    changes: diff.changes.map((c) => ({
      kind: c.kind,
      id: c.id,
      fromId: c.from?.measure.id ?? null,
      toId: c.to?.measure.id ?? null,
      field: (c.to ?? c.from)!.field.id,
      attributes: c.attributes.map((a) => a.attribute),
      moved: c.moved,
      match: c.match ? { by: c.match.by, confidence: c.match.confidence } : null,
    })),
    /** Every level but the measures: the concept's changed details, and each field, goal, objective and guideline. */
    structure: {
      summary: diff.structure.summary,
      details: diff.structure.details.map((d) => d.attribute),
      elements: diff.structure.elements.map((e) => ({
        level: e.level,
        kind: e.kind,
        id: e.id,
        field: e.fieldId ?? null,
        attributes: e.attributes.map((a) => a.attribute),
        ...(e.fromFieldId ? { fromField: e.fromFieldId } : {}),
      })),
    },
  };
}

function summaryLine(summary: DiffSummary, lang: Lang, only = false): string {
  const t = TEXT[lang];
  const parts = SUMMARY_ORDER.filter((k) => !only || (summary[k] > 0 && k !== 'unchanged')).map((k) => `${formatNumber(summary[k], lang)} ${t.kinds[k]}`);
  if (summary.matchedByText > 0 && !only) parts.push(t.byText(formatNumber(summary.matchedByText, lang)));
  return parts.join(' · ');
}

function changeLine(change: MeasureChange, lang: Lang, own: (value: Text | undefined) => string): string {
  const t = TEXT[lang];
  const entry = (change.to ?? change.from)!;
  const fromId = change.from?.measure.id;
  const id = fromId !== undefined && fromId !== change.id ? `${fromId} → ${change.id}` : change.id;
  const notes: string[] = [];
  if (change.attributes.length) notes.push(t.changedAttributes(change.attributes.map((a) => t.attributes[a.attribute]).join(', ')));
  if (change.moved && change.from) {
    const fieldMoved = change.from.field.id !== entry.field.id;
    notes.push(t.movedFrom(`«${clip(own(fieldMoved ? change.from.field.title : change.from.objective.title), 60)}»`));
  }
  if (change.match?.by === 'text') notes.push(`${t.similarity} ${formatPercent(Math.round(change.match.confidence * 100), lang)}`);
  return `  ${MARK[change.kind]} ${id}  ${clip(own(entry.measure.title))}${notes.length ? `  (${notes.join('; ')})` : ''}`;
}

/** The warning about ids that do not identify, with a few examples; empty when every id identifies. */
function idConflictLines(diff: ConceptDiff, lang: Lang, own: (value: Text | undefined) => string, examples = 5): string[] {
  const t = TEXT[lang];
  const conflicts = diff.idConflicts;
  if (!conflicts.length) return [];
  const lines = [t.idConflicts(formatNumber(conflicts.length, lang), !conflicts[0]!.kept)];
  for (const c of conflicts.slice(0, examples)) {
    lines.push(
      t.idConflictLine(c.id, clip(own(c.from.measure.title), 50), clip(own(c.to.measure.title), 50), formatPercent(Math.round(c.similarity * 100), lang)),
    );
  }
  if (conflicts.length > examples) lines.push('  …');
  lines.push('');
  return lines;
}

/** One field, goal, objective or guideline: "~ Ziel  «…»  (geändert: Titel; vorher «…»)". */
function elementLine(change: ElementChange, lang: Lang, own: (value: Text | undefined) => string): string {
  const t = TEXT[lang];
  const element = (change.after ?? change.before)!;
  const level = change.level === 'field' ? t.levels[element['kind'] as 'action' | 'crossCutting'] : t.levels[change.level];
  const title = own((element['title'] ?? element['text']) as Text | undefined);
  const notes: string[] = [];
  if (change.attributes.length) notes.push(t.changedAttributes(change.attributes.map((a) => t.elementAttributes[a.attribute]).join(', ')));
  const oldTitle = change.attributes.find((a) => a.attribute === 'title');
  if (oldTitle?.before !== undefined) notes.push(t.was(clip(own(oldTitle.before as Text), 60)));
  if (change.kind === 'moved' && change.fromFieldId) notes.push(t.movedFrom(change.fromFieldId));
  const id = change.level === 'goal' ? '' : ` ${change.id}`;
  return `  ${MARK[change.kind]} ${level}${id}  «${clip(title, 70)}»${notes.length ? `  (${notes.join('; ')})` : ''}`;
}

function renderDiff(diff: ConceptDiff, lang: Lang, fromName: string, toName: string): string {
  const t = TEXT[lang];
  const own = (value: Text | undefined) => localize(value, lang, diff.to.language).text;
  const lines = [`${fromName} (${diff.from.version}) → ${toName} (${diff.to.version})`, `${t.measures}: ${summaryLine(diff.summary, lang)}`, ''];
  const levels = STRUCTURE_LEVELS.flatMap((level) => {
    const counts = SUMMARY_ORDER.filter((k) => k !== 'unchanged' && diff.structure.summary[level][k] > 0);
    return counts.length
      ? [`${t.levelsPlural[level]}: ${counts.map((k) => `${formatNumber(diff.structure.summary[level][k], lang)} ${t.kinds[k]}`).join(', ')}`]
      : [];
  });
  if (levels.length) lines.splice(2, 0, levels.join(' · '));
  lines.push(...idConflictLines(diff, lang, own));
  const visible = (c: { kind: ChangeKind }) => c.kind !== 'unchanged';
  const details = diff.structure.details;
  if (details.length) lines.push(`${t.concept}: ${t.changedAttributes(details.map((d) => t.conceptAttributes[d.attribute]).join(', '))}`, '');
  for (const field of diff.fields) {
    const shown = field.changes.filter(visible);
    const elements = field.elements.filter(visible);
    if (!shown.length && !elements.length) continue;
    const counts = summaryLine(field.summary, lang, true);
    lines.push(`${own(field.title)}:${counts ? ` ${counts}` : ''}`);
    for (const change of elements) lines.push(elementLine(change, lang, own));
    for (const change of shown) lines.push(changeLine(change, lang, own));
    lines.push('');
  }
  const guidelines = diff.guidelines.filter(visible);
  if (guidelines.length) lines.push(`${t.guidelines}:`, ...guidelines.map((g) => elementLine(g, lang, own)), '');
  if (!diff.changes.some(visible) && !diff.structure.elements.some(visible) && !details.length) lines.push(t.noChanges, '');
  const byText = diff.changes.filter((c) => c.match?.by === 'text');
  if (byText.length) {
    lines.push(t.textPairs);
    for (const c of byText) {
      const confidence = formatPercent(Math.round(c.match!.confidence * 100), lang);
      lines.push(`  ${c.from!.measure.id} → ${c.id}  ${confidence}  ${clip(own(c.to!.measure.title), 70)}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

export const diffCommand: Command = {
  name: 'diff',
  usage: { de: 'konzept diff ALT NEU [--json] [--match id|text|auto]', en: 'konzept diff OLD NEW [--json] [--match id|text|auto]' },
  summary: { de: 'zwei Versionen vergleichen: neu, entfernt, geändert', en: 'compare two versions: added, removed, changed' },
  details: {
    de: `Vergleicht zwei Versionen: die Angaben zum Konzept, Felder, Ziele, Unterziele,
Leitlinien und Maßnahmen, nach Feldern geordnet:
  + neu   - entfernt   ~ inhaltlich geändert   > nur verschoben

  --json           maschinenlesbar: { summary, idConflicts, changes, structure }
  --match id       Maßnahmen nur über ihre Kennung zuordnen
  --match text     Kennungen nicht beachten, nur über die Ähnlichkeit der Texte zuordnen
  --match auto     erst über die Kennung, den Rest über den Text (Standard)

Rückgabewert: 0 verglichen, 1 ein Export ungültig, 2 Aufruf falsch oder Datei nicht lesbar.`,
    en: `Compares two versions: the concept's details, fields, goals, objectives,
guidelines and measures, grouped by field:
  + added   - removed   ~ content changed   > only moved

  --json           machine-readable: { summary, idConflicts, changes, structure }
  --match id       pair measures by their id only
  --match text     ignore ids and pair by text similarity
  --match auto     by id first, the rest by text (default)

Exit code: 0 compared, 1 an export is invalid, 2 wrong usage or file unreadable.`,
  },
  options: { json: { type: 'boolean' }, match: { type: 'string' } },
  async run({ positionals, values, lang, io }) {
    if (positionals.length !== 2) {
      throw new UsageError({ de: 'diff erwartet zwei Dateien: die alte und die neue Version.', en: 'diff takes two files: the old and the new version.' });
    }
    const match = (values.match ?? 'auto') as MatchMode;
    if (!MATCH_MODES.includes(match)) {
      throw new UsageError({
        de: `--match "${String(values.match)}" gibt es nicht: ${formatAlternatives(MATCH_MODES, 'de')}.`,
        en: `--match "${String(values.match)}" does not exist: use ${formatAlternatives(MATCH_MODES, 'en')}.`,
      });
    }
    const [fromFile, toFile] = positionals as [string, string];
    if (fromFile === '-' && toFile === '-') throw new UsageError(STDIN_ONCE);
    const from: Concept = await loadConceptFile(fromFile, io, lang);
    const to: Concept = await loadConceptFile(toFile, io, lang);
    const diff = diffConcepts(from, to, { match });
    if (values.json) {
      // The JSON carries the conflicts; a person running it still reads the warning.
      const warning = idConflictLines(diff, lang, (value) => localize(value, lang, diff.to.language).text);
      if (warning.length) io.err(`${warning.join('\n')}\n`);
      io.out(`${JSON.stringify(diffJson(diff), null, 2)}\n`);
    } else io.out(renderDiff(diff, lang, fromFile, toFile));
    return EXIT.ok;
  },
};
