/**
 * The drafts read from the rows as the export writes them: ids kept where the sheet gives them,
 * positional ones where not (see ids.ts), every id unique within its kind.
 */
import { textOf } from '../text.js';
import { IdRegistry, slug } from './ids.js';
import { sheetIssue, type SheetIssue } from './issues.js';
import type { FieldDraft } from './measure-rows.js';

type Json = Record<string, unknown>;

export /** Ids for fields, objectives and measures: the sheet's where it has them, positional ones where not. */
function assignIds(fields: FieldDraft[], issues: SheetIssue[], sheet: string | undefined): Json[] {
  const fieldIds = new IdRegistry();
  const objectiveIds = new IdRegistry();
  const measureIds = new IdRegistry();
  const duplicate = (kind: { de: string; en: string }, id: string, now: string, row?: number) =>
    issues.push(
      sheetIssue(
        'warning',
        'duplicateId',
        `Die Kennung "${id}" ist ${kind.de} doppelt vergeben; hier gilt "${now}".`,
        `The id "${id}" is used twice ${kind.en}; here it becomes "${now}".`,
        { sheet, ...(row !== undefined ? { row } : {}) },
      ),
    );

  const objectives = fields.flatMap((f) => [...f.objectives.values()].filter((o) => o.used));
  const measures = objectives.flatMap((o) => o.measures);
  const fieldClaims = new Map(fields.map((f) => [f, f.id !== undefined && fieldIds.claim(f.id)]));
  const objectiveClaims = new Map(objectives.map((o) => [o, o.id !== undefined && objectiveIds.claim(o.id)]));
  const measureClaims = new Map(measures.map((m) => [m, m.id !== undefined && measureIds.claim(m.id)]));

  return fields.map((field, fi) => {
    if (field.goal === undefined && field.goalDescription !== undefined) {
      issues.push(
        sheetIssue(
          'warning',
          'value',
          `"${textOf(field.title)}": eine Beschreibung des Oberziels ohne Oberziel wird nicht übernommen.`,
          `"${textOf(field.title)}": a goal description without a goal is not imported.`,
          { sheet },
        ),
      );
    }
    let fieldId = field.id;
    if (!fieldClaims.get(field)) {
      fieldId = fieldIds.unique(field.id ?? (slug(textOf(field.title)) || `feld-${fi + 1}`));
      if (field.id !== undefined) duplicate({ de: 'für Felder', en: 'for fields' }, field.id, fieldId);
    }
    const used = [...field.objectives.values()].filter((o) => o.used);
    return {
      id: fieldId,
      kind: field.kind,
      title: field.title,
      ...(field.description !== undefined ? { description: field.description } : {}),
      ...(field.goal !== undefined
        ? { goal: { title: field.goal, ...(field.goalDescription !== undefined ? { description: field.goalDescription } : {}) } }
        : {}),
      objectives: used.map((objective, oi) => {
        let objectiveId = objective.id;
        if (!objectiveClaims.get(objective)) {
          objectiveId = objectiveIds.unique(objective.id ?? `${fieldId}-${oi + 1}`);
          if (objective.id !== undefined) duplicate({ de: 'für Unterziele', en: 'for objectives' }, objective.id, objectiveId);
        }
        return {
          id: objectiveId,
          title: objective.title,
          ...(objective.description !== undefined ? { description: objective.description } : {}),
          ...(objective.indicators.length ? { indicators: objective.indicators } : {}),
          measures: objective.measures.map((measure, mi) => {
            let measureId = measure.id;
            if (!measureClaims.get(measure)) {
              measureId = measureIds.unique(measure.id ?? `${objectiveId}-${mi + 1}`);
              if (measure.id !== undefined) duplicate({ de: 'für Maßnahmen', en: 'for measures' }, measure.id, measureId, measure.row);
            }
            return { id: measureId, ...measure.data };
          }),
        };
      }),
    };
  });
}

/** Fills a term's missing singular or plural from the other, so a half-given term is not an invalid export. */
export function completeTerms(terms: Json | undefined): Json | undefined {
  if (!terms) return undefined;
  for (const term of Object.values(terms) as Json[]) {
    term.singular ??= term.plural;
    term.plural ??= term.singular;
  }
  return terms;
}
