/**
 * Realistic second versions for the version diff, made from the sample exports the way offices
 * make them: ids renumbered by position (a spreadsheet whose ID column was removed), a goal
 * reworded, an objective deleted, a guideline rewritten, an indicator's target raised, a field
 * renamed. Plain data in, plain data out, so Node tests, browser tests and stories share them.
 */
type Json = Record<string, any>;

function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Every measure id replaced by its position, `<objective id>-<n>`, as an import without an ID column writes them. */
export function positionalIds(input: Json): Json {
  const out = copy(input);
  for (const field of out.fields)
    for (const objective of field.objectives ?? []) (objective.measures ?? []).forEach((m: Json, i: number) => (m.id = `${objective.id}-${i + 1}`));
  return out;
}

/** The texts of the structural edits, for tests to look for. */
export const EDITS = {
  goalTitle: 'Alle Zugewanderten im Landkreis lernen Deutsch – schnell, wohnortnah und passend zu ihrer Lebenslage.',
  deletedObjective: 'spr-7',
  fieldTitle: 'Sprache und Kommunikation',
  indicatorTarget: 6,
  guidelineText:
    'Integration ist Aufgabe der ganzen Stadtgesellschaft: der Zugewanderten wie der Alteingesessenen, der Verwaltung, der Vereine, der Religionsgemeinschaften, der Unternehmen und der Schulen.',
  landshutGoal: 'Zugewanderte gestalten das Leben in der Stadt gleichberechtigt und sichtbar mit.',
} as const;

/**
 * Konstanz 2.0 with edits above the measures: the goal of "Sprache" reworded, its field renamed,
 * its last objective deleted (with its measures), the target of an indicator raised, and an
 * objective's own indicator given a new target.
 */
export function reworkedKonstanz(input: Json): Json {
  const out = copy(input);
  const sprache = out.fields.find((f: Json) => f.id === 'sprache');
  sprache.goal.title = EDITS.goalTitle;
  sprache.title = EDITS.fieldTitle;
  sprache.objectives = sprache.objectives.filter((o: Json) => o.id !== EDITS.deletedObjective);
  const first = sprache.objectives[0];
  first.indicators = [{ id: 'kursuebersicht', title: 'Sprachkurse in der Übersicht', unit: 'Kurse', baseline: 20, target: EDITS.indicatorTarget * 10 }];
  const measure = first.measures[0];
  measure.indicators = measure.indicators.map((i: Json) => ({ ...i, target: EDITS.indicatorTarget }));
  return out;
}

/** The same, for the older side: the objective indicator as it was (target 40). */
export function konstanzWithObjectiveIndicator(input: Json): Json {
  const out = copy(input);
  const first = out.fields.find((f: Json) => f.id === 'sprache').objectives[0];
  first.indicators = [{ id: 'kursuebersicht', title: 'Sprachkurse in der Übersicht', unit: 'Kurse', baseline: 20, target: 40 }];
  return out;
}

/** Landshut three years on: a guideline rewritten, a goal reworded, an objective dropped, a guideline added. */
export function landshutNext(input: Json): Json {
  const out = copy(input);
  out.version = 'Fortschreibung 2028';
  const shared = out.guidelines.find((g: Json) => g.id === 'gemeinsame-aufgabe');
  shared.text = { ...shared.text, de: EDITS.guidelineText };
  out.guidelines.push({ id: 'mehrsprachigkeit', title: 'Sprache öffnet Türen', text: 'Mehrsprachige Information ist die Regel, nicht die Ausnahme.' });
  const beteiligung = out.fields.find((f: Json) => f.id === 'beteiligung');
  beteiligung.goal.title = { ...beteiligung.goal.title, de: EDITS.landshutGoal };
  beteiligung.objectives = beteiligung.objectives.filter((o: Json) => o.id !== 'beteiligung-3');
  return out;
}
