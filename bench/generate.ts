/**
 * Deterministic concepts of any size for the benchmarks: a Landkreis has about 200 measures, a
 * state-wide portal or a big city's combined concepts about 10,000. The texts are the Konstanz
 * example's (scripts/example-texts.ts), repeated over more fields with a place name added, so
 * titles stay distinct and realistic in length (about 1.4 KB of JSON per measure, like the samples).
 *
 * `evolveConcept` makes the next version of a generated concept the way the Konstanz 2.0 draft
 * did it: some measures adapted (word edits), some deleted, some new, a few moved, statuses moved on.
 */
import type { ConceptInput } from '@konzept-kit/concept-schema';
import { KONSTANZ_FIELDS, type Tagged } from '../scripts/example-texts.js';
import { Random } from '../scripts/random.js';

type FieldIn = ConceptInput['fields'][number];
type ObjectiveIn = NonNullable<FieldIn['objectives']>[number];
type MeasureIn = NonNullable<ObjectiveIn['measures']>[number];
type Ampel = 'green' | 'yellow' | 'red';

/** Places added to repeated fields and titles, so a 10,000-measure concept has no two equal titles. */
const PLACES = [
  'Konstanz',
  'Singen',
  'Radolfzell',
  'Engen',
  'Stockach',
  'Allensbach',
  'Reichenau',
  'Gottmadingen',
  'Rielasingen',
  'Steißlingen',
  'Hilzingen',
  'Gailingen',
  'Öhningen',
  'Moos',
  'Tengen',
  'Aach',
  'Mühlhausen',
  'Volkertshausen',
  'Orsingen',
  'Bodman',
  'Hohenfels',
  'Mühlingen',
  'Eigeltingen',
  'Gaienhofen',
  'Büsingen',
  'Lörrach',
  'Weil am Rhein',
  'Rheinfelden',
  'Schopfheim',
  'Grenzach',
  'Landshut',
  'Ergolding',
  'Altdorf',
  'Kumhausen',
  'Essenbach',
  'Tiefenbach',
  'Freiburg',
  'Offenburg',
  'Lahr',
  'Villingen',
];
const text = (t: Tagged): string => (typeof t === 'string' ? t : t[0]);
const texts = (list: readonly Tagged[]): string[] => list.map(text);
const EVALUATIONS = [
  { id: 'eval-2019-10', date: '2019-10-15', title: 'Ampeldokument Herbst 2019' },
  { id: 'eval-2021-04', date: '2021-04-20', title: 'Ampeldokument Frühjahr 2021' },
  { id: 'eval-2023-03', date: '2023-03-14', title: 'Ampeldokument Frühjahr 2023' },
  { id: 'eval-2025-03', date: '2025-03-28', title: 'Ampeldokument 2025' },
];

function ampel(rng: Random): Ampel {
  const r = rng.next();
  return r < 0.72 ? 'green' : r < 0.92 ? 'yellow' : 'red';
}

/** How many fields a concept of this size has: 11 like Konstanz for 200 measures, up to 60. */
export function fieldCount(measures: number): number {
  return Math.min(60, Math.max(11, Math.round(Math.sqrt(measures) * 0.6)));
}

/** A valid export (`ConceptInput`) with exactly `measures` measures. */
export function generateConcept(measures: number, seed = 1): ConceptInput {
  const rng = new Random(seed);
  const fields: FieldIn[] = [];
  const nFields = fieldCount(measures);
  let made = 0;
  for (let fi = 0; fi < nFields; fi++) {
    const base = KONSTANZ_FIELDS[fi % KONSTANZ_FIELDS.length]!;
    const round = Math.floor(fi / KONSTANZ_FIELDS.length);
    const region = round ? PLACES[(round - 1) % PLACES.length]! : '';
    const fieldId = round ? `${base.id}-${round}` : base.id;
    const abbr = round ? `${base.abbr}${round}` : base.abbr;
    const share = Math.floor(measures / nFields) + (fi < measures % nFields ? 1 : 0);
    const pool = base.objectives.flatMap((o) => o.m.map((m) => ({ objective: o.t, measure: m })));
    const objectives: ObjectiveIn[] = [];
    let inField = 0;
    let oi = 0;
    while (inField < share) {
      const size = Math.min(share - inField, rng.int(2, 5));
      const objectiveText = base.objectives[oi % base.objectives.length]!.t;
      const objectiveId = `${abbr}-${oi + 1}`;
      const list: MeasureIn[] = [];
      for (let mi = 0; mi < size; mi++) {
        const n = inField + mi;
        const source = pool[n % pool.length]!.measure;
        const cycle = Math.floor(n / pool.length);
        const place = cycle || round ? PLACES[(cycle * 7 + round * 3 + fi) % PLACES.length]! : '';
        list.push(measure(rng, `${objectiveId}-${mi + 1}`, place ? `${source.t} in ${place}` : source.t, source, base, n));
      }
      objectives.push({
        id: objectiveId,
        title: oi < base.objectives.length ? objectiveText : `${objectiveText} (${oi + 1})`,
        measures: list,
      });
      inField += size;
      oi++;
    }
    made += inField;
    fields.push({
      id: fieldId,
      kind: base.kind,
      title: region ? `${base.title} – ${region}` : base.title,
      goal: base.goal,
      objectives,
    });
  }
  if (made !== measures) throw new Error(`generated ${made} measures instead of ${measures}`);
  return {
    formatVersion: 1,
    id: `bench-${measures}`,
    title: `Integrationskonzept (Messdaten, ${measures.toLocaleString('de-DE')} Maßnahmen)`,
    version: '1.0',
    language: 'de',
    summary: 'Erzeugt von bench/generate.ts aus den Texten des Konstanzer Beispiels, für Messungen.',
    adopted: '2018-03-01',
    municipality: { name: 'Landkreis Musterhausen', kind: 'district', ags: '08335' },
    meta: { illustrative: true, generator: 'bench/generate.ts' },
    evaluations: EVALUATIONS,
    fields,
  };
}

function measure(
  rng: Random,
  id: string,
  title: string,
  source: (typeof KONSTANZ_FIELDS)[number]['objectives'][number]['m'][number],
  base: (typeof KONSTANZ_FIELDS)[number],
  n: number,
): MeasureIn {
  const status = source.s ?? ampel(rng);
  const history = EVALUATIONS.slice(0, 3).map((e, i) => ({ evaluation: e.id, status: i < 2 && status === 'green' && rng.chance(0.4) ? 'yellow' : status }));
  const context = texts(base.context);
  const description = context.length && rng.chance(0.5) ? `${source.d} ${rng.pick(context)}` : source.d;
  const partners = texts(base.partners);
  const groups = texts(base.targetGroups);
  const start = 2018 + rng.int(0, 5);
  const out: MeasureIn = {
    id,
    title,
    description,
    status: { value: status, date: '2025-03-28', evaluation: 'eval-2025-03' },
    history,
    lead: { unit: text(base.leads[n % base.leads.length]!) },
    partners: partners.length ? [rng.pick(partners), ...(rng.chance(0.5) ? [rng.pick(partners)] : [])].filter((p, i, all) => all.indexOf(p) === i) : [],
    targetGroups: groups.length ? [rng.pick(groups)] : [],
    timeframe: { start: `${start}-${String(rng.int(1, 12)).padStart(2, '0')}`, end: String(start + rng.int(1, 4)) },
  };
  if (source.i) {
    const [title, unit, baseline, target] = source.i;
    out.indicators = [{ title, unit, baseline, target, current: Math.round(baseline + (target - baseline) * rng.next()), date: '2025-03-28' }];
  }
  if (rng.chance(0.15)) out.links = [{ url: `https://www.example.org/integration/${id}`, title: 'Mehr zur Maßnahme' }];
  return out;
}

/**
 * The next version: about 10 % adapted (a word changed and a sentence added), 5 % deleted, 5 % new,
 * 2 % moved to another field, and a fifth of the statuses changed. Ids stay where measures stay.
 */
export function evolveConcept(input: ConceptInput, seed = 2): ConceptInput {
  const rng = new Random(seed);
  const next = structuredClone(input) as ConceptInput;
  next.version = '2.0';
  const objectives = next.fields.flatMap((f) => f.objectives ?? []);
  const moved: MeasureIn[] = [];
  let added = 0;
  for (const objective of objectives) {
    const kept: MeasureIn[] = [];
    for (const m of objective.measures ?? []) {
      const r = rng.next();
      if (r < 0.05) continue; // deleted
      if (r < 0.07) {
        moved.push(m);
        continue;
      }
      if (r < 0.17) {
        m.description = `${String(m.description ?? '').replace(/\b(wird|werden|sollen|soll)\b/, 'wird künftig')} Die Umsetzung wird jährlich im Sozialausschuss berichtet.`;
        if (rng.chance(0.3)) m.title = `${m.title} (erweitert)`;
      }
      if (rng.chance(0.2) && m.status) m.status = { ...m.status, value: ampel(rng) };
      kept.push(m);
      if (rng.chance(0.05)) {
        added++;
        kept.push({
          id: `${objective.id}-neu-${added}`,
          title: `Neue Maßnahme ${added}: ${rng.pick(objectives).title as string}`.slice(0, 180),
          description: 'In der Fortschreibung auf Anregung der Integrationskonferenz aufgenommen.',
          status: { value: 'yellow', date: '2025-03-28', evaluation: 'eval-2025-03' },
          addedLater: true,
        });
      }
    }
    objective.measures = kept;
  }
  for (const m of moved) {
    const target = rng.pick(objectives);
    (target.measures ??= []).push(m);
  }
  return next;
}
