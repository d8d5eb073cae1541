/**
 * Writes the four example exports in `schema/examples/` and checks each with `parseConcept`:
 *
 * - `konstanz-1.0.json`: Landkreis Konstanz, Integrationskonzept 1.0 with four Ampel evaluations
 *   (64 objectives, 193 measures, 141 green / 39 yellow / 13 red as in Drucksache 2025/073).
 * - `konstanz-2.0.json`: the 2.0 draft: 24 measures adapted, 21 deleted, 22 new, 3 moved.
 * - `landshut.json`: Stadt Landshut, guidelines and goals only, German and English texts.
 * - `loerrach.json`: Landkreis Lörrach, own terms, a five-step scale with "not yet rated",
 *   measurable goals with indicators.
 *
 * Deterministic: every random choice comes from a seeded generator, so a second run writes the same
 * bytes. Run with `npx tsx scripts/make-examples.ts`; exits 1 if an export does not validate or a
 * planned figure is not met.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConcept, type ConceptInput } from '@konzept-kit/concept-schema';
import { Random } from './random.js';
import {
  ADAPTED_2_0,
  KONSTANZ_FIELDS,
  LANDSHUT_FIELDS,
  LANDSHUT_GUIDELINES,
  LANDSHUT_REPORT,
  LOERRACH_FIELDS,
  MOVED_2_0,
  NEW_MEASURES_2_0,
  STATUS_NOTES,
  type FieldText,
  type MeasureText,
  type Tagged,
} from './example-texts.js';

type FieldIn = ConceptInput['fields'][number];
type ObjectiveIn = NonNullable<FieldIn['objectives']>[number];
type MeasureIn = NonNullable<ObjectiveIn['measures']>[number];
type IndicatorIn = NonNullable<MeasureIn['indicators']>[number];
type HistoryIn = NonNullable<MeasureIn['history']>[number];
type CouncilPaperIn = NonNullable<ConceptInput['councilPapers']>[number];
type EvaluationIn = NonNullable<ConceptInput['evaluations']>[number];
type ParticipationIn = NonNullable<ConceptInput['participation']>[number];
type MetaIn = NonNullable<ConceptInput['meta']>;
type Ampel = 'green' | 'yellow' | 'red';

const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema', 'examples');
const SCHEMA_REF = '../concept.schema.json';
const GENERATOR = 'scripts/make-examples.ts';

// ---------------------------------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------------------------------

/** The entries of a pool that fit a measure's text: tagged ones whose pattern matches, and the untagged ones. */
function fitting(pool: readonly Tagged[], text: string): { matching: string[]; generic: string[] } {
  const matching: string[] = [];
  const generic: string[] = [];
  for (const entry of pool) {
    if (typeof entry === 'string') generic.push(entry);
    else if (entry[1].test(text)) matching.push(entry[0]);
  }
  return { matching, generic };
}

/** Up to `n` entries that fit, the specific ones first. */
function choose(pool: readonly Tagged[], text: string, n: number, rng: Random): string[] {
  const { matching, generic } = fitting(pool, text);
  return [...rng.shuffle(matching), ...rng.shuffle(generic)].slice(0, n);
}

/** The field's default lead, or a more specific unit where one fits the measure. */
function leadFor(pool: readonly Tagged[], text: string, rng: Random): string {
  const { matching, generic } = fitting(pool, text);
  if (matching.length && rng.chance(0.85)) return rng.pick(matching);
  return generic[0] ?? rng.pick(matching);
}

const problems: string[] = [];
function check(condition: boolean, message: string): void {
  if (!condition) problems.push(message);
}

// ---------------------------------------------------------------------------------------------------
// Landkreis Konstanz: council papers, evaluations, participation (all from the seeds)
// ---------------------------------------------------------------------------------------------------

const PAPER_2016_114: CouncilPaperIn = {
  number: '2016/114',
  title: 'Rahmenkonzept zur Integration von Geflüchteten und Asylsuchenden im Landkreis Konstanz',
  date: '2016-06-16',
  body: 'Sozialausschuss und Kreistag',
  session: 'public',
};
const PAPER_2024_140: CouncilPaperIn = {
  number: '2024/140',
  title: 'Sachstandsbericht Integrationskonferenz',
  date: '2024-06-21',
  body: 'Sozialausschuss',
  session: 'public',
};
const PAPER_2025_073: CouncilPaperIn = {
  number: '2025/073',
  title: 'Fortschreibung des Integrationskonzeptes/ Bericht aus der Steuerungsgruppe Integration',
  date: '2025-03-28',
  body: 'Sozialausschuss',
  session: 'public',
};

/** The Ampeldokument over the years; only the last one (2025/073) is a published report. */
const KONSTANZ_EVALUATIONS: EvaluationIn[] = [
  { id: 'eval-2019-10', date: '2019-10-15', title: 'Ampeldokument Herbst 2019' },
  { id: 'eval-2021-04', date: '2021-04-20', title: 'Ampeldokument Frühjahr 2021' },
  { id: 'eval-2023-03', date: '2023-03-14', title: 'Ampeldokument Frühjahr 2023' },
  {
    id: 'eval-2025-03',
    date: '2025-03-28',
    title: 'Ampeldokument 2025 (Kurzextrakt in Drucksache 2025/073)',
    councilPaper: PAPER_2025_073,
  },
];
const EVAL_IDS = KONSTANZ_EVALUATIONS.map((e) => e.id);
const CURRENT_EVAL = KONSTANZ_EVALUATIONS[3]!;
/** Year from which a measure added at evaluation index k appears (k = 1, 2, 3). */
const ADDED_START_YEAR = [2018, 2020, 2022, 2024] as const;

/** Green / yellow / red per field in the current evaluation: 141 / 39 / 13 in all (73 / 20 / 7 %). */
const STATUS_PLAN: Readonly<Record<string, readonly [green: number, yellow: number, red: number]>> = {
  spr: [21, 2, 1], // 87.5 %
  bil: [24, 3, 1], // 85.7 %
  arb: [18, 6, 2], // 69.2 %
  woh: [9, 4, 3], // 56.3 %
  ges: [16, 2, 0], // 88.9 %
  kul: [10, 4, 1], // 66.7 %
  ehr: [12, 2, 0], // 85.7 %
  iko: [10, 6, 1], // 58.8 %
  bet: [6, 6, 3], // 40.0 %
  kom: [11, 1, 0], // 91.7 %
  ant: [4, 3, 1], // 50.0 %
};
/** Fields the report names as above 80 % green. */
const ABOVE_80 = new Set(['spr', 'bil', 'ges', 'ehr', 'kom']);
/** Measures added while implementing 1.0, per field: 15 in all. */
const ADDED_LATER_PLAN: Readonly<Record<string, number>> = {
  spr: 2,
  bil: 2,
  arb: 2,
  woh: 1,
  ges: 2,
  kul: 1,
  ehr: 1,
  iko: 1,
  bet: 1,
  kom: 1,
  ant: 1,
};

function participationInputs(): ParticipationIn[] {
  const inputs: ParticipationIn[] = [
    {
      id: 'konferenz-2023',
      kind: 'conference',
      title: '3. Integrationskonferenz des Landkreises Konstanz im Milchwerk Radolfzell',
      date: '2023-11-17',
      participants: 150,
      statements: ['Rund 150 Teilnehmende gaben in sechs thematischen Workshops Rückmeldung zur integrativen Arbeit im Landkreis.'],
    },
    {
      id: 'padlet-2024',
      kind: 'padlet',
      title: 'Digitale Pinnwände (Padlets) zum Integrationskonzept',
      dateTo: '2024-01-31',
      statements: [
        'Im Vorfeld der Konferenz wurde ein Link zu digitalen Pinnwänden versandt; Rückmeldungen zum Integrationskonzept waren bis zum 31. Januar 2024 möglich.',
      ],
    },
  ];
  for (const field of KONSTANZ_FIELDS) {
    // The paper lists key statements and needs together; those worded as a need ("Bedarf …", "Wunsch …") go under `needs`.
    const isNeed = (statement: string) => /^(Bedarf|Wunsch)/.test(statement);
    inputs.push({
      id: `bedarfe-${field.id}`,
      kind: 'other',
      title: 'Integrationskonferenz und Padlets',
      date: '2023-11-17',
      dateTo: '2024-01-31',
      field: field.id,
      statements: field.statements.filter((s) => !isNeed(s)),
      needs: field.statements.filter(isNeed),
    });
  }
  return inputs.map((input) => ({ ...input, councilPaper: PAPER_2024_140 }));
}

// ---------------------------------------------------------------------------------------------------
// Konstanz 1.0
// ---------------------------------------------------------------------------------------------------

interface Slot {
  readonly id: string;
  readonly field: FieldText;
  readonly objectiveId: string;
  readonly text: MeasureText;
  /** Index of the first evaluation the measure took part in (0 = adopted with 1.0). */
  first: number;
  status: Ampel;
  /** Was better in the 2023 evaluation than now. */
  regressed: boolean;
  /** Evaluation index from which it is green (green measures only). */
  greenSince: number;
}

function konstanzSlots(): Slot[] {
  const slots: Slot[] = [];
  for (const field of KONSTANZ_FIELDS) {
    field.objectives.forEach((objective, oi) => {
      objective.m.forEach((text, mi) => {
        slots.push({
          id: `${field.abbr}-${oi + 1}-${mi + 1}`,
          field,
          objectiveId: `${field.abbr}-${oi + 1}`,
          text,
          first: 0,
          status: 'green',
          regressed: false,
          greenSince: 0,
        });
      });
    });
  }
  return slots;
}

/** Decides which measures came later, their current status and how they got there. */
function planStatuses(slots: Slot[], rng: Random): void {
  // Added while implementing: the last measure of some objectives, from 2020, 2022 or 2024 on.
  const firstEvals = rng.shuffle([1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3]);
  for (const field of KONSTANZ_FIELDS) {
    const n = ADDED_LATER_PLAN[field.abbr] ?? 0;
    const objectives = rng.sample(
      field.objectives.map((_, oi) => `${field.abbr}-${oi + 1}`),
      n,
    );
    for (const objectiveId of objectives) {
      const last = slots.filter((s) => s.objectiveId === objectiveId).at(-1)!;
      last.first = firstEvals.pop()!;
    }
  }

  // Current status per field: hints first, the rest shuffled.
  for (const field of KONSTANZ_FIELDS) {
    const [green, yellow, red] = STATUS_PLAN[field.abbr]!;
    const fieldSlots = slots.filter((s) => s.field === field);
    check(green + yellow + red === fieldSlots.length, `${field.abbr}: status plan ${green + yellow + red} ≠ ${fieldSlots.length} measures`);
    const pool: Ampel[] = [...Array<Ampel>(green).fill('green'), ...Array<Ampel>(yellow).fill('yellow'), ...Array<Ampel>(red).fill('red')];
    for (const slot of fieldSlots) {
      if (!slot.text.s) continue;
      const at = pool.indexOf(slot.text.s);
      check(at >= 0, `${slot.id}: no ${slot.text.s} left in the plan for ${field.abbr}`);
      if (at >= 0) pool.splice(at, 1);
      slot.status = slot.text.s;
    }
    const rest = rng.shuffle(pool);
    for (const slot of fieldSlots) if (!slot.text.s) slot.status = rest.pop()!;
  }

  // A few measures were better in 2023 than now.
  const existedIn2023 = (s: Slot) => s.first <= 2 && !s.text.s;
  for (const s of rng.sample(
    slots.filter((x) => x.status === 'yellow' && existedIn2023(x)),
    4,
  ))
    s.regressed = true;
  for (const s of rng.sample(
    slots.filter((x) => x.status === 'red' && existedIn2023(x)),
    1,
  ))
    s.regressed = true;

  // When the green ones turned green: some only in the latest report, so progress is visible.
  const greens = rng.shuffle(slots.filter((s) => s.status === 'green'));
  greens.forEach((s, i) => {
    const since = i < 27 ? 3 : i < 49 ? 2 : i < 73 ? 1 : 0;
    s.greenSince = Math.max(since, s.first);
  });
}

/** Statuses for the earlier evaluations (index first … 2) that lead to the current one. */
function historyOf(slot: Slot, rng: Random): HistoryIn[] {
  const entries: HistoryIn[] = [];
  const redSince = slot.status === 'red' ? rng.int(slot.first, 3) : 4;
  for (let i = slot.first; i < 3; i++) {
    let status: Ampel;
    let note: string | undefined;
    if (slot.status === 'green') {
      status = i >= slot.greenSince ? 'green' : i === slot.first && rng.chance(0.1) ? 'red' : 'yellow';
    } else if (slot.regressed) {
      status = i === 2 || (i === 1 && rng.chance(0.5)) ? 'green' : 'yellow';
    } else if (slot.status === 'yellow') {
      status = i === slot.first && rng.chance(0.15) ? 'red' : 'yellow';
    } else {
      status = i >= redSince ? 'red' : 'yellow';
    }
    if (status === 'red' && rng.chance(0.5)) note = rng.pick(STATUS_NOTES.red);
    else if (status === 'yellow' && rng.chance(0.15)) note = rng.pick(STATUS_NOTES.yellow);
    entries.push(note ? { evaluation: EVAL_IDS[i]!, status, note } : { evaluation: EVAL_IDS[i]!, status });
  }
  return entries;
}

function currentValue(baseline: number, target: number, status: string, rng: Random): number {
  const span = target - baseline;
  if (status === 'green' || status === 'done') return target + (span > 0 && rng.chance(0.3) ? Math.round(span * 0.1) : 0);
  if (status === 'yellow' || status === 'running') return Math.round(baseline + span * (0.35 + rng.next() * 0.35));
  return Math.round(baseline + span * rng.next() * 0.15);
}

function timeframeFor(first: number, rng: Random): NonNullable<MeasureIn['timeframe']> {
  const year = first === 0 ? 2018 + (rng.chance(0.35) ? 1 : 0) : ADDED_START_YEAR[first]!;
  const start = rng.chance(0.5) ? `${year}` : `${year}-${String(rng.int(1, 12)).padStart(2, '0')}`;
  const r = rng.next();
  if (r < 0.35) return { start, end: `${year + rng.int(1, 3)}` };
  if (r < 0.65) return { start, text: 'fortlaufend' };
  return { start };
}

function fieldWord(field: { kind: 'action' | 'crossCutting' }): string {
  return field.kind === 'action' ? 'Handlungsfeld' : 'Querschnittsthema';
}

function buildKonstanz1(): { concept: ConceptInput; slots: Slot[] } {
  const rng = new Random(0x1a2b_2018);
  const slots = konstanzSlots();
  planStatuses(slots, rng);

  // A few measures of the four original fields point at the 2016 framework they grew from.
  const framework = new Set(
    rng
      .sample(
        slots.filter((s) => ['spr', 'bil', 'arb', 'woh'].includes(s.field.abbr) && s.first === 0),
        5,
      )
      .map((s) => s.id),
  );

  const measureOf = (slot: Slot): MeasureIn => {
    const { field, text } = slot;
    const words = `${text.t} ${text.d}`;
    let description = text.d;
    const context = choose(field.context, words, 1, rng);
    if (context.length && rng.chance(0.3)) description += ' ' + context[0];

    const noteChance = slot.status === 'green' ? 0.2 : slot.status === 'yellow' ? 0.6 : 1;
    let note: string | undefined;
    if (slot.regressed) note = slot.status === 'yellow' ? STATUS_NOTES.regressedToYellow : STATUS_NOTES.regressedToRed;
    else if (rng.chance(noteChance)) note = rng.pick(STATUS_NOTES[slot.status]);

    const measure: MeasureIn = {
      id: slot.id,
      title: text.t,
      description,
      status: {
        value: slot.status,
        date: CURRENT_EVAL.date,
        evaluation: CURRENT_EVAL.id,
        ...(note ? { note } : {}),
      },
      history: historyOf(slot, rng),
    };
    if (rng.chance(0.9)) measure.lead = { unit: leadFor(field.leads, words, rng) };
    const partners = choose(
      field.partners,
      words,
      rng.weighted([
        [0, 2],
        [1, 3],
        [2, 3.5],
        [3, 1.5],
      ] as const),
      rng,
    );
    if (partners.length) measure.partners = partners;
    const groups = choose(
      field.targetGroups,
      words,
      rng.weighted([
        [0, 3],
        [1, 4.5],
        [2, 2.5],
      ] as const),
      rng,
    );
    if (groups.length) measure.targetGroups = groups;
    if (rng.chance(0.85)) measure.timeframe = timeframeFor(slot.first, rng);
    if (text.i) {
      const [title, unit, baseline, target] = text.i;
      const indicator: IndicatorIn = {
        title,
        unit,
        baseline,
        target,
        current: currentValue(baseline, target, slot.status, rng),
        date: CURRENT_EVAL.date,
      };
      measure.indicators = [indicator];
    }
    if (rng.chance(0.12)) {
      measure.links = [{ url: `/integration/${field.id}`, title: `Mehr zum ${fieldWord(field)} ${field.title}` }];
    }
    const papers: CouncilPaperIn[] = [];
    if (framework.has(slot.id)) papers.push(PAPER_2016_114);
    if (slot.id === 'iko-5-1') papers.push(PAPER_2025_073);
    if (slot.id === 'bet-2-3') papers.push(PAPER_2024_140);
    if (papers.length) measure.councilPapers = papers;
    if (slot.first > 0) measure.addedLater = true;
    return measure;
  };

  const fields: FieldIn[] = KONSTANZ_FIELDS.map((field) => ({
    id: field.id,
    kind: field.kind,
    title: field.title,
    goal: { title: field.goal.title, description: field.goal.description },
    objectives: field.objectives.map((objective, oi) => ({
      id: `${field.abbr}-${oi + 1}`,
      title: objective.t,
      measures: slots.filter((s) => s.objectiveId === `${field.abbr}-${oi + 1}`).map(measureOf),
    })),
  }));

  const concept: ConceptInput = {
    $schema: SCHEMA_REF,
    formatVersion: 1,
    id: 'konstanz-integrationskonzept',
    title: 'Integrationskonzept des Landkreises Konstanz',
    version: '1.0',
    language: 'de',
    summary: {
      de: 'Das Integrationskonzept 1.0 wurde im März 2018 vom Kreistag verabschiedet. Es legt sechs Handlungsfelder und fünf Querschnittsthemen fest, jeweils mit einem Oberziel, insgesamt 64 Unterzielen und 178 Maßnahmen. Weil die Umsetzung dynamisch und praxisorientiert erfolgt, umfasst das aktuelle Ampeldokument 193 Maßnahmen: 73 Prozent sind realisiert, 20 Prozent in Planung, Umsetzung oder Überarbeitung, 7 Prozent konnten nicht umgesetzt werden.',
      en: 'Integration concept 1.0 was adopted by the district council in March 2018. It sets out six fields of action and five cross-cutting themes, each with one goal, 64 objectives and 178 measures in all. As implementation is dynamic and practice-oriented, the current traffic-light report lists 193 measures: 73 per cent are implemented, 20 per cent are being planned, implemented or reworked, and 7 per cent could not be implemented.',
    },
    adopted: '2018-03-19',
    adoptedBy: 'Kreistag',
    municipality: { name: 'Landkreis Konstanz', kind: 'district', ags: '08335', url: 'https://www.lrakn.de' },
    meta: konstanzMeta('1.0'),
    terms: {
      lead: { singular: 'Federführung', plural: 'Federführung' },
    },
    councilPapers: [PAPER_2016_114, PAPER_2024_140, PAPER_2025_073],
    evaluations: KONSTANZ_EVALUATIONS,
    participation: participationInputs(),
    fields,
  };
  return { concept, slots };
}

function konstanzMeta(version: '1.0' | '2.0'): MetaIn {
  const de =
    'Beispieldaten zur Demonstration: Die Texte der Maßnahmen sind erfunden und an den Themen der öffentlichen Sitzungsvorlagen des Landkreises Konstanz orientiert. Nur Struktur und Zahlen (6 Handlungsfelder, 5 Querschnittsthemen, 64 Unterziele, 193 Maßnahmen, Ampel 73/20/7 %' +
    (version === '2.0' ? '; 24 angepasste, 21 gelöschte und 22 neue Maßnahmen' : '') +
    ') folgen den veröffentlichten Berichten; Tagesdaten früherer Ampeldokumente und des Beschlusses sind angenommen. Die Kernaussagen der Beteiligung stammen aus Drucksache 2024/140.' +
    (version === '2.0' ? ' Die Kennungen der geänderten Maßnahmen stehen unter „extra“.' : '');
  const en =
    'Sample data for demonstration: the texts of the measures are invented, drawing on the themes of the public council papers of Landkreis Konstanz. Only the structure and the figures (6 fields of action, 5 cross-cutting themes, 64 objectives, 193 measures, traffic light 73/20/7 %' +
    (version === '2.0' ? '; 24 adapted, 21 deleted and 22 new measures' : '') +
    ') follow the published reports; the exact dates of earlier reports and of the adoption are assumed. The key statements of the participation process come from council paper 2024/140.' +
    (version === '2.0' ? ' The ids of the changed measures are listed under "extra".' : '');
  return {
    illustrative: true,
    note: { de, en },
    source: 'Landkreis Konstanz, Drucksachen 2025/073, 2024/140 und 2016/114',
    generator: GENERATOR,
  };
}

// ---------------------------------------------------------------------------------------------------
// Konstanz 2.0: adapted, deleted, new and moved measures against 1.0
// ---------------------------------------------------------------------------------------------------

interface Changes {
  deleted: string[];
  added: string[];
  adapted: string[];
  moved: string[];
}

function allMeasures(concept: ConceptInput): Array<{ measure: MeasureIn; objective: ObjectiveIn; field: FieldIn }> {
  return concept.fields.flatMap((field) =>
    (field.objectives ?? []).flatMap((objective) => (objective.measures ?? []).map((measure) => ({ measure, objective, field }))),
  );
}

function buildKonstanz2(v1: ConceptInput, slots: readonly Slot[]): { concept: ConceptInput; changes: Changes } {
  const rng = new Random(0x2b3c_2025);
  const fields = structuredClone(v1.fields);
  const objectives = new Map(fields.flatMap((f) => (f.objectives ?? []).map((o) => [o.id, o] as const)));
  const byId = new Map(
    fields.flatMap((f) => (f.objectives ?? []).flatMap((o) => (o.measures ?? []).map((m) => [m.id, { measure: m, objective: o }] as const))),
  );

  // Adapted in content: word-level edits of the 1.0 text, plus responsibilities, timeframes, targets.
  for (const [id, a] of Object.entries(ADAPTED_2_0)) {
    const found = byId.get(id);
    check(found !== undefined, `adapted measure ${id} does not exist in 1.0`);
    if (!found) continue;
    const m = found.measure;
    const before = JSON.stringify(m);
    if (a.title) m.title = a.title;
    let description = typeof m.description === 'string' ? m.description : '';
    for (const [from, to] of a.replace ?? []) {
      check(description.includes(from), `${id}: "${from}" is not in the description`);
      description = description.replace(from, to);
    }
    if (a.append) description += ' ' + a.append;
    m.description = description;
    if (a.addTargetGroups) m.targetGroups = [...new Set([...(m.targetGroups ?? []), ...a.addTargetGroups])];
    if (a.addPartners) m.partners = [...new Set([...(m.partners ?? []), ...a.addPartners])];
    if (a.lead) m.lead = { unit: a.lead };
    if (a.timeframeEnd) {
      const start = m.timeframe?.start ?? '2025';
      m.timeframe = { start, end: a.timeframeEnd };
    }
    if (a.indicatorTarget !== undefined) {
      const indicator = m.indicators?.[0];
      check(indicator !== undefined, `${id}: no indicator to raise the target of`);
      if (indicator) indicator.target = a.indicatorTarget;
    }
    if (a.participation) m.participation = [...new Set([...(m.participation ?? []), ...a.participation])];
    check(JSON.stringify(m) !== before, `${id}: the adaptation changes nothing`);
  }

  // Deleted: mostly what could not be implemented, some finished one-offs, some that stalled.
  const protectedIds = new Set([...Object.keys(ADAPTED_2_0), ...MOVED_2_0.map((x) => x.id)]);
  const remaining = new Map<string, number>();
  for (const o of objectives.values()) remaining.set(o.id, o.measures?.length ?? 0);
  for (const { id } of MOVED_2_0) {
    const from = byId.get(id)?.objective.id ?? '';
    remaining.set(from, (remaining.get(from) ?? 0) - 1);
  }
  const deleted: string[] = [];
  const deletedPerField = new Map<string, number>();
  const wanted: Array<[Ampel, number]> = [
    ['red', 10],
    ['yellow', 6],
    ['green', 5],
  ];
  let carry = 0;
  for (const [status, count] of wanted) {
    let need = count + carry;
    const candidates = rng.shuffle(slots.filter((s) => s.status === status && !protectedIds.has(s.id)));
    for (const s of candidates) {
      if (need === 0) break;
      const left = remaining.get(s.objectiveId) ?? 0;
      const fromField = deletedPerField.get(s.field.abbr) ?? 0;
      if (left <= 1 || fromField >= 3) continue;
      remaining.set(s.objectiveId, left - 1);
      deletedPerField.set(s.field.abbr, fromField + 1);
      deleted.push(s.id);
      need--;
    }
    carry = need;
  }
  check(deleted.length === 21, `deleted ${deleted.length} measures, planned 21`);
  const deletedSet = new Set(deleted);
  for (const o of objectives.values()) o.measures = (o.measures ?? []).filter((m) => !deletedSet.has(m.id));

  // Moved: same content, another objective (and, for two of them, another field).
  for (const { id, to } of MOVED_2_0) {
    const found = byId.get(id);
    const target = objectives.get(to);
    check(found !== undefined && target !== undefined, `cannot move ${id} to ${to}`);
    if (!found || !target) continue;
    found.objective.measures = (found.objective.measures ?? []).filter((m) => m.id !== id);
    target.measures = [...(target.measures ?? []), found.measure];
  }

  // New: numbered on within their objective, never reusing a 1.0 number.
  const usedNumbers = new Map<string, number>();
  for (const s of slots) {
    const n = Number(s.id.slice(s.objectiveId.length + 1));
    usedNumbers.set(s.objectiveId, Math.max(usedNumbers.get(s.objectiveId) ?? 0, n));
  }
  const added: string[] = [];
  for (const text of NEW_MEASURES_2_0) {
    const objective = objectives.get(text.objective);
    const field = KONSTANZ_FIELDS.find((f) => text.objective.startsWith(`${f.abbr}-`));
    check(objective !== undefined && field !== undefined, `new measure "${text.t}": unknown objective ${text.objective}`);
    if (!objective || !field) continue;
    const number = (usedNumbers.get(objective.id) ?? 0) + 1;
    usedNumbers.set(objective.id, number);
    const id = `${objective.id}-${number}`;
    const startYear = rng.chance(0.6) ? 2025 : 2026;
    const words = `${text.t} ${text.d}`;
    const measure: MeasureIn = { id, title: text.t, description: text.d, lead: { unit: leadFor(field.leads, words, rng) } };
    const partners = choose(field.partners, words, rng.int(1, 3), rng);
    if (partners.length) measure.partners = partners;
    const groups = choose(field.targetGroups, words, rng.int(1, 2), rng);
    if (groups.length && rng.chance(0.7)) measure.targetGroups = groups;
    measure.timeframe = { start: `${startYear}`, end: `${startYear + rng.int(1, 3)}` };
    if (text.i) {
      const [title, unit, baseline, target] = text.i;
      measure.indicators = [{ title, unit, baseline, target }];
    }
    if (rng.chance(0.35)) measure.councilPapers = [PAPER_2024_140];
    measure.participation = ['konferenz-2023', ...(text.padlet ? ['padlet-2024'] : []), `bedarfe-${field.id}`];
    objective.measures = [...(objective.measures ?? []), measure];
    added.push(id);
  }

  const changes: Changes = {
    deleted: [...deleted].sort(compareIds),
    added: [...added].sort(compareIds),
    adapted: Object.keys(ADAPTED_2_0).sort(compareIds),
    moved: MOVED_2_0.map((x) => x.id).sort(compareIds),
  };

  const concept: ConceptInput = {
    ...structuredClone(v1),
    version: '2.0',
    summary: {
      de: 'Entwurf, Stand März 2025: Das Integrationskonzept 2.0 befindet sich im Redaktionsprozess. Es wurde ab Herbst 2023 partizipativ überarbeitet, gestützt auf die Integrationskonferenz im November 2023, die Padlet-Ergebnisse vom Januar 2024 und die Fachkenntnisse des Referats Integration. Die Struktur bleibt gleich (sechs Handlungsfelder, fünf Querschnittsthemen); 24 Maßnahmen wurden inhaltlich angepasst, 21 gelöscht und 22 sind neu hinzugekommen.',
      en: 'Draft as of March 2025: integration concept 2.0 is being edited. It was revised from autumn 2023 in a participatory process based on the integration conference of November 2023, the Padlet results of January 2024 and the expertise of the integration unit. The structure stays the same (six fields of action, five cross-cutting themes); 24 measures were adapted in content, 21 deleted and 22 added.',
    },
    meta: konstanzMeta('2.0'),
    fields,
    extra: {
      'changesFrom1.0.adapted': changes.adapted.join(', '),
      'changesFrom1.0.deleted': changes.deleted.join(', '),
      'changesFrom1.0.new': changes.added.join(', '),
      'changesFrom1.0.moved': changes.moved.join(', '),
    },
  };
  delete concept.adopted;
  delete concept.adoptedBy;
  return { concept, changes };
}

function compareIds(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** Recomputes the changes between the two versions from the exports alone, as a diff tool would. */
function verifyKonstanzDiff(v1: ConceptInput, v2: ConceptInput, planned: Changes): void {
  const content = (m: MeasureIn) => {
    const { status: _status, history: _history, id: _id, ...rest } = m;
    return JSON.stringify(rest, Object.keys(rest).sort());
  };
  const index = (c: ConceptInput) => new Map(allMeasures(c).map(({ measure, objective }) => [measure.id, { measure, objective: objective.id }] as const));
  const a = index(v1);
  const b = index(v2);
  const deleted = [...a.keys()].filter((id) => !b.has(id)).sort(compareIds);
  const added = [...b.keys()].filter((id) => !a.has(id)).sort(compareIds);
  const adapted: string[] = [];
  const moved: string[] = [];
  for (const [id, before] of a) {
    const after = b.get(id);
    if (!after) continue;
    const changedContent = JSON.stringify(content(before.measure)) !== JSON.stringify(content(after.measure));
    if (changedContent) adapted.push(id);
    if (before.objective !== after.objective) moved.push(id);
    check(JSON.stringify(before.measure.status) === JSON.stringify(after.measure.status), `${id}: status differs between 1.0 and 2.0`);
  }
  check(deleted.join() === planned.deleted.join(), `diff: deleted ${deleted.length} ≠ planned`);
  check(added.join() === planned.added.join(), `diff: new ${added.length} ≠ planned`);
  check(adapted.sort(compareIds).join() === planned.adapted.join(), `diff: adapted ${adapted.length} ≠ planned`);
  check(moved.sort(compareIds).join() === planned.moved.join(), `diff: moved ${moved.length} ≠ planned`);
  check(deleted.length === 21 && added.length === 22 && adapted.length === 24 && moved.length === 3, 'diff counts 21/22/24/3');
  check(!moved.some((id) => adapted.includes(id)), 'a moved measure is also adapted');
  for (const id of added) check(b.get(id)!.measure.status === undefined, `new measure ${id} has a status`);
  check(b.size === 194, `2.0 has ${b.size} measures, expected 194`);
}

// ---------------------------------------------------------------------------------------------------
// Landkreis Lörrach
// ---------------------------------------------------------------------------------------------------

const LOERRACH_STATUS_PLAN: ReadonlyArray<readonly [string, number]> = [
  ['done', 15],
  ['running', 18],
  ['planned', 7],
  ['notStarted', 3],
  ['unrated', 5],
];

function buildLoerrach(): ConceptInput {
  const rng = new Random(0x3c4d_2018);
  const evaluation: EvaluationIn = { id: 'bericht-2023', date: '2023-10-18', title: 'Umsetzungsbericht 2023' };
  const total = LOERRACH_FIELDS.reduce((n, f) => n + f.objectives.reduce((k, o) => k + o.m.length, 0), 0);
  const statuses = rng.shuffle(LOERRACH_STATUS_PLAN.flatMap(([id, n]) => Array<string>(n).fill(id)));
  check(statuses.length === total, `Lörrach: status plan ${statuses.length} ≠ ${total} measures`);
  const notes: Record<string, readonly string[]> = {
    done: ['Ziel erreicht.', 'Abgeschlossen; wird als Regelangebot fortgeführt.'],
    running: ['Läuft planmäßig.', 'Läuft; Zielwert noch nicht erreicht.', 'Läuft in ersten Gemeinden.'],
    planned: ['Start im kommenden Jahr vorgesehen.', 'Finanzierung beantragt.'],
    notStarted: ['Zurückgestellt, bis Personal gewonnen ist.', 'Noch kein Träger gefunden.'],
  };

  const fields: FieldIn[] = LOERRACH_FIELDS.map((field) => ({
    id: field.id,
    kind: field.kind,
    title: field.title,
    goal: { title: field.goal },
    objectives: field.objectives.map((objective, oi) => {
      const measures: MeasureIn[] = objective.m.map((text, mi) => {
        const status = statuses.pop()!;
        const [title, unit, baseline, target] = text.i;
        const indicator: IndicatorIn = { title, unit, baseline, target };
        const measure: MeasureIn = { id: `${field.abbr}-${oi + 1}-${mi + 1}`, title: text.t, description: text.d };
        if (status === 'unrated') {
          measure.status = { value: 'unrated' };
          measure.addedLater = true;
          measure.timeframe = { start: '2023', end: `${2024 + rng.int(0, 2)}` };
        } else {
          const note = rng.chance(0.4) ? rng.pick(notes[status]!) : undefined;
          measure.status = { value: status, date: evaluation.date, evaluation: evaluation.id, ...(note ? { note } : {}) };
          const start = 2020 + rng.int(0, 1);
          measure.timeframe = { start: `${start}`, end: `${start + rng.int(2, 5)}` };
          if (status !== 'planned' && status !== 'notStarted') {
            indicator.current = currentValue(baseline, target, status, rng);
            indicator.date = evaluation.date;
          }
        }
        const words = `${text.t} ${text.d}`;
        measure.lead = { unit: leadFor(field.leads, words, rng) };
        const partners = choose(field.partners, words, rng.int(1, 2), rng);
        if (partners.length) measure.partners = partners;
        measure.indicators = [indicator];
        if (rng.chance(0.3)) measure.participation = ['arbeitsgruppen'];
        return measure;
      });
      // The objective's own indicator moves with its measures: done counts fully, running half.
      const progress = measures.reduce((sum, m) => sum + (m.status?.value === 'done' ? 1 : m.status?.value === 'running' ? 0.5 : 0), 0) / measures.length;
      const [title, unit, baseline, target] = objective.i;
      return {
        id: `${field.abbr}-${oi + 1}`,
        title: objective.t,
        indicators: [{ title, unit, baseline, target, current: Math.round(baseline + (target - baseline) * progress), date: evaluation.date }],
        measures,
      };
    }),
  }));

  return {
    $schema: SCHEMA_REF,
    formatVersion: 1,
    id: 'loerrach-integrationskonzept',
    title: 'Integrationskonzept für Menschen mit Migrationshintergrund im Landkreis Lörrach',
    version: '2020',
    language: 'de',
    summary: {
      de: 'Das Integrationskonzept ersetzt das nicht mehr zeitgemäße Konzept aus dem Jahr 2007. Es entstand in einem moderierten Prozess mit Bedarfsanalyse, Integrationskonferenz, Strategieworkshop und Arbeitsgruppen, die konkrete und messbare Ziele und Projekte erarbeitet haben. Jedes Teilziel hat eine Kennzahl mit Ausgangs- und Zielwert.',
      en: 'This integration concept replaces the outdated concept of 2007. It was developed in a facilitated process with a needs analysis, an integration conference, a strategy workshop and working groups that set concrete and measurable objectives and projects. Every objective has an indicator with a baseline and a target.',
    },
    municipality: { name: 'Landkreis Lörrach', kind: 'district', ags: '08336', url: 'https://www.loerrach-landkreis.de' },
    meta: {
      illustrative: true,
      note: {
        de: 'Beispieldaten zur Demonstration: Ziele, Projekte, Kennzahlen und Bewertungen sind erfunden und an den Themen der öffentlichen Vorlage 079/2018 des Landkreises Lörrach orientiert (Prozessschritte, konkrete und messbare Ziele). Nur die Struktur folgt der Vorlage; Zahlen und Daten sind angenommen.',
        en: 'Sample data for demonstration: objectives, projects, indicators and ratings are invented, drawing on the themes of the public council paper 079/2018 of Landkreis Lörrach (process steps, concrete and measurable objectives). Only the structure follows the paper; figures and dates are assumed.',
      },
      source: 'Landkreis Lörrach, Vorlage 079/2018',
      generator: GENERATOR,
    },
    terms: {
      actionField: { singular: { de: 'Themenfeld', en: 'Theme' }, plural: { de: 'Themenfelder', en: 'Themes' } },
      crossCuttingField: {
        singular: { de: 'Querschnittsaufgabe', en: 'Cross-cutting task' },
        plural: { de: 'Querschnittsaufgaben', en: 'Cross-cutting tasks' },
      },
      goal: { singular: { de: 'Leitziel', en: 'Guiding goal' }, plural: { de: 'Leitziele', en: 'Guiding goals' } },
      objective: { singular: { de: 'Teilziel', en: 'Sub-goal' }, plural: { de: 'Teilziele', en: 'Sub-goals' } },
      measure: { singular: { de: 'Projekt', en: 'Project' }, plural: { de: 'Projekte', en: 'Projects' } },
      lead: { singular: { de: 'Verantwortlich', en: 'Responsible' }, plural: { de: 'Verantwortlich', en: 'Responsible' } },
      partners: { singular: { de: 'Mitwirkende', en: 'Contributor' }, plural: { de: 'Mitwirkende', en: 'Contributors' } },
    },
    // Blue, orange and greys: distinguishable with red-green colour blindness, each at least 3:1 on white.
    statusScale: {
      id: 'umsetzungsstand',
      title: { de: 'Umsetzungsstand', en: 'Implementation status' },
      statuses: [
        {
          id: 'done',
          label: { de: 'abgeschlossen', en: 'completed' },
          description: { de: 'Das Projekt ist abgeschlossen und hat sein Ziel erreicht.', en: 'The project is completed and has reached its target.' },
          color: '#1d4e89',
          icon: 'check',
          done: true,
        },
        {
          id: 'running',
          label: { de: 'läuft', en: 'in progress' },
          description: { de: 'Das Projekt läuft.', en: 'The project is under way.' },
          color: '#b5560b',
          icon: 'progress',
        },
        {
          id: 'planned',
          label: { de: 'geplant', en: 'planned' },
          description: { de: 'Das Projekt ist geplant, hat aber noch nicht begonnen.', en: 'The project is planned but has not started yet.' },
          color: '#5e8fc7',
          icon: 'clock',
        },
        {
          id: 'notStarted',
          label: { de: 'nicht begonnen', en: 'not started' },
          description: { de: 'Das Projekt wurde bisher nicht begonnen.', en: 'The project has not been started.' },
          color: '#4a4a4a',
          icon: 'dash',
        },
        {
          id: 'unrated',
          label: { de: 'noch nicht bewertet', en: 'not yet rated' },
          description: { de: 'Neues Projekt, im letzten Bericht noch nicht bewertet.', en: 'A new project, not rated in the last report.' },
          color: '#7d7d7d',
          icon: 'question',
        },
      ],
      unrated: 'unrated',
    },
    councilPapers: [
      {
        number: '079/2018',
        title: 'Weiterentwicklung des Integrationskonzeptes für Menschen mit Migrationshintergrund',
        date: '2018-03-14',
        body: 'Sozialausschuss und Betriebsausschuss „Heime des Landkreises Lörrach“',
        session: 'public',
      },
    ],
    evaluations: [evaluation],
    participation: [
      { id: 'bedarfsanalyse', kind: 'survey', title: 'Bedarfsanalyse vor Ort' },
      { id: 'integrationskonferenz', kind: 'conference', title: 'Zukunfts- bzw. Integrationskonferenz mit möglichst vielen Beteiligten' },
      { id: 'strategieworkshop', kind: 'workshop', title: 'Strategieworkshop zur Erarbeitung von Schwerpunktthemen' },
      { id: 'arbeitsgruppen', kind: 'workshop', title: 'Arbeitsgruppen zur Erarbeitung konkreter und messbarer Ziele und Maßnahmen' },
    ],
    fields,
  };
}

// ---------------------------------------------------------------------------------------------------
// Stadt Landshut
// ---------------------------------------------------------------------------------------------------

function buildLandshut(): ConceptInput {
  return {
    $schema: SCHEMA_REF,
    formatVersion: 1,
    id: 'landshut-integrationskonzept',
    title: { de: 'Integrationskonzept der Stadt Landshut', en: 'Integration concept of the City of Landshut' },
    version: 'Entwurf 2025',
    language: 'de',
    summary: {
      de: 'Das Integrationskonzept enthält nur Leitlinien und Ziele. Es versteht sich als Leitbild, aus dem sich Maßnahmen ableiten lassen. Die Maßnahmen selbst stehen im Integrationsbericht, den die Integrationsbeauftragte alle drei Jahre erstellt und der jeweils drei Maßnahmen im Detail evaluiert.',
      en: 'The integration concept contains guidelines and goals only. It is meant as a stable mission statement from which measures are derived. The measures themselves are described in the integration report, which the integration officer publishes every three years and which evaluates three measures in detail.',
    },
    municipality: { name: 'Stadt Landshut', kind: 'city', ags: '09261000', url: 'https://www.landshut.de' },
    meta: {
      illustrative: true,
      note: {
        de: 'Beispieldaten zur Demonstration: Leitlinien, Ziele und der Integrationsbericht sind erfunden und an den Themen der öffentlichen Vorlage der Stadt Landshut für den Sozialausschuss am 05.12.2024 orientiert. Nur die Struktur (sechs Handlungsfelder, ein Konzept aus Leitlinien und Zielen ohne Maßnahmen, ein Integrationsbericht alle drei Jahre, der drei Maßnahmen im Detail bewertet) folgt der Vorlage.',
        en: 'Sample data for demonstration: guidelines, goals and the integration report are invented, drawing on the themes of the public paper of the City of Landshut for the social affairs committee on 5 December 2024. Only the structure (six fields, a concept of guidelines and goals without measures, an integration report every three years that evaluates three measures in detail) follows the paper.',
      },
      source: 'Stadt Landshut, Sozialausschuss 05.12.2024, TOP 7',
      generator: GENERATOR,
    },
    terms: {
      actionField: { singular: { de: 'Themenfeld', en: 'Theme' }, plural: { de: 'Themenfelder', en: 'Themes' } },
      crossCuttingField: {
        singular: { de: 'Querschnittsfeld', en: 'Cross-cutting theme' },
        plural: { de: 'Querschnittsfelder', en: 'Cross-cutting themes' },
      },
      goal: { singular: { de: 'Leitziel', en: 'Guiding goal' }, plural: { de: 'Leitziele', en: 'Guiding goals' } },
      objective: { singular: { de: 'Ziel', en: 'Objective' }, plural: { de: 'Ziele', en: 'Objectives' } },
      guideline: { singular: { de: 'Leitlinie', en: 'Guideline' }, plural: { de: 'Leitlinien', en: 'Guidelines' } },
    },
    guidelines: LANDSHUT_GUIDELINES.map((g) => ({
      id: g.id,
      title: typeof g.title === 'string' ? g.title : { ...g.title },
      text: typeof g.text === 'string' ? g.text : { ...g.text },
      ...(g.field ? { field: g.field } : {}),
    })),
    integrationReports: [
      {
        id: LANDSHUT_REPORT.id,
        title: { ...LANDSHUT_REPORT.title },
        date: LANDSHUT_REPORT.date,
        period: { ...LANDSHUT_REPORT.period, text: { ...LANDSHUT_REPORT.period.text } },
        summary: { ...LANDSHUT_REPORT.summary },
        measures: LANDSHUT_REPORT.measures.map((m) => ({
          title: { ...m.title },
          field: m.field,
          lead: { unit: { ...m.lead } },
          partners: [...m.partners],
          assessment: { ...m.assessment },
          nextSteps: { ...m.nextSteps },
        })),
      },
    ],
    fields: LANDSHUT_FIELDS.map((field) => ({
      id: field.id,
      kind: field.kind,
      title: { ...field.title },
      goal: { title: { ...field.goal } },
      objectives: field.objectives.map((t, i) => ({
        id: `${field.id}-${i + 1}`,
        title: typeof t === 'string' ? t : { ...t },
      })),
    })),
  };
}

// ---------------------------------------------------------------------------------------------------
// Checks, statistics, output
// ---------------------------------------------------------------------------------------------------

function count<T>(items: readonly T[], key: (item: T) => string | undefined): Record<string, number> {
  const result: Record<string, number> = {};
  for (const item of items) {
    const k = key(item) ?? '(none)';
    result[k] = (result[k] ?? 0) + 1;
  }
  return result;
}

const pct = (n: number, total: number) => `${((100 * n) / total).toFixed(1)} %`;

function verifyKonstanz1(concept: ConceptInput): void {
  const measures = allMeasures(concept);
  const objectives = concept.fields.flatMap((f) => f.objectives ?? []);
  check(concept.fields.length === 11, `1.0 has ${concept.fields.length} fields`);
  check(objectives.length === 64, `1.0 has ${objectives.length} objectives, expected 64`);
  check(measures.length === 193, `1.0 has ${measures.length} measures, expected 193`);
  check(measures.filter(({ measure }) => measure.addedLater).length === 15, '1.0 needs 15 measures added later');
  const statuses = count(measures, ({ measure }) => measure.status?.value);
  check(statuses.green === 141 && statuses.yellow === 39 && statuses.red === 13, `1.0 statuses ${JSON.stringify(statuses)}`);
  for (const field of KONSTANZ_FIELDS) {
    const own = measures.filter((m) => m.field.id === field.id);
    const share = own.filter(({ measure }) => measure.status?.value === 'green').length / own.length;
    if (ABOVE_80.has(field.abbr)) check(share >= 0.85, `${field.id}: ${pct(share, 1)} green, needs ≥ 85 %`);
    else check(share <= 0.75, `${field.id}: ${pct(share, 1)} green, needs ≤ 75 %`);
  }
}

function checkTitlesUnique(concept: ConceptInput, name: string): void {
  for (const field of concept.fields) {
    const titles = (field.objectives ?? []).flatMap((o) => (o.measures ?? []).map((m) => JSON.stringify(m.title)));
    const dupes = titles.filter((t, i) => titles.indexOf(t) !== i);
    check(dupes.length === 0, `${name} ${field.id}: duplicate titles ${dupes.join(', ')}`);
  }
}

/** The JSON text of an export, after checking that `parseConcept` accepts exactly this text. */
function serialize(name: string, concept: ConceptInput): string {
  const text = JSON.stringify(concept, null, 2) + '\n';
  const result = parseConcept(text);
  if (!result.success) {
    problems.push(`${name} does not validate:\n` + result.issues.map((i) => `    ${i.at}: ${i.message.en}`).join('\n'));
  }
  return text;
}

function printConcept(name: string, concept: ConceptInput): void {
  const measures = allMeasures(concept);
  const objectives = concept.fields.flatMap((f) => f.objectives ?? []);
  console.log(`\n${name}`);
  console.log(
    `  fields ${concept.fields.length} (${concept.fields.filter((f) => f.kind === 'action').length} action, ` +
      `${concept.fields.filter((f) => f.kind === 'crossCutting').length} cross-cutting), objectives ${objectives.length}, ` +
      `measures ${measures.length}, guidelines ${concept.guidelines?.length ?? 0}, evaluations ${concept.evaluations?.length ?? 0}, ` +
      `participation inputs ${concept.participation?.length ?? 0}`,
  );
  if (!measures.length) return;
  const statuses = count(measures, ({ measure }) => measure.status?.value);
  console.log(
    '  current status: ' +
      Object.entries(statuses)
        .map(([k, n]) => `${k} ${n} (${pct(n, measures.length)})`)
        .join(', '),
  );
  const addedLater = measures.filter(({ measure }) => measure.addedLater).length;
  if (addedLater) console.log(`  added later: ${addedLater}`);
}

function printKonstanzDetails(concept: ConceptInput): void {
  const measures = allMeasures(concept);
  console.log('  green per field:');
  for (const field of concept.fields) {
    const own = measures.filter((m) => m.field.id === field.id);
    const green = own.filter(({ measure }) => measure.status?.value === 'green').length;
    console.log(`    ${String(field.title).padEnd(46)} ${String(green).padStart(3)} / ${String(own.length).padStart(3)}  ${pct(green, own.length)}`);
  }
  console.log('  status per evaluation (measures rated in it):');
  for (const evaluation of KONSTANZ_EVALUATIONS) {
    const statuses = measures
      .map(({ measure }) => (evaluation.id === CURRENT_EVAL.id ? measure.status?.value : measure.history?.find((h) => h.evaluation === evaluation.id)?.status))
      .filter((s): s is string => s !== undefined);
    const c = count(statuses, (s) => s);
    console.log(`    ${evaluation.id}: ${statuses.length} rated, green ${c.green ?? 0}, yellow ${c.yellow ?? 0}, red ${c.red ?? 0}`);
  }
}

function main(): void {
  mkdirSync(OUT_DIR, { recursive: true });

  const { concept: konstanz1, slots } = buildKonstanz1();
  verifyKonstanz1(konstanz1);
  checkTitlesUnique(konstanz1, 'konstanz-1.0');
  const { concept: konstanz2, changes } = buildKonstanz2(konstanz1, slots);
  verifyKonstanzDiff(konstanz1, konstanz2, changes);
  checkTitlesUnique(konstanz2, 'konstanz-2.0');
  const landshut = buildLandshut();
  const loerrach = buildLoerrach();
  checkTitlesUnique(loerrach, 'loerrach');

  const files: Array<[string, string]> = [
    ['konstanz-1.0.json', serialize('konstanz-1.0.json', konstanz1)],
    ['konstanz-2.0.json', serialize('konstanz-2.0.json', konstanz2)],
    ['landshut.json', serialize('landshut.json', landshut)],
    ['loerrach.json', serialize('loerrach.json', loerrach)],
  ];
  // Nothing is written unless every file is valid and every planned figure is met.
  if (problems.length) {
    console.error('make-examples failed:\n' + problems.map((p) => `  - ${p}`).join('\n'));
    process.exit(1);
  }
  for (const [name, text] of files) {
    writeFileSync(join(OUT_DIR, name), text);
    console.log(`wrote schema/examples/${name} (${(text.length / 1024).toFixed(0)} KB), valid`);
  }

  printConcept('konstanz-1.0.json', konstanz1);
  printKonstanzDetails(konstanz1);
  printConcept('konstanz-2.0.json', konstanz2);
  console.log(
    `  against 1.0: ${changes.deleted.length} deleted, ${changes.added.length} new, ${changes.adapted.length} adapted, ${changes.moved.length} moved`,
  );
  console.log(`    deleted: ${changes.deleted.join(', ')}`);
  console.log(`    new:     ${changes.added.join(', ')}`);
  console.log(`    adapted: ${changes.adapted.join(', ')}`);
  console.log(`    moved:   ${MOVED_2_0.map((m) => `${m.id} → ${m.to}`).join(', ')}`);
  printConcept('landshut.json', landshut);
  printConcept('loerrach.json', loerrach);
}

main();
