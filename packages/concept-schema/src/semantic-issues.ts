/**
 * The semantic problems of an export (semantics.ts) in words, German and English: loaded with zod's
 * messages, for an export that has a problem (a page with a valid export never needs them).
 */
import { issue, pathToString, quoted, shortened, type ConceptIssue } from './issues.js';
import { findSemanticProblems, type SemanticProblem } from './semantics.js';

function worded(problem: SemanticProblem): ConceptIssue {
  const { path } = problem;
  switch (problem.code) {
    case 'duplicateId': {
      const { de, en } = problem.of;
      const id = quoted(problem.id);
      const first = pathToString(problem.first);
      return issue(
        path,
        'duplicateId',
        `Die Kennung ${id} ist doppelt: ${de} mit dieser Kennung steht schon bei ${first}.`,
        `The id ${id} is used twice: ${en} with this id is already at ${first}.`,
      );
    }
    case 'reportedTwice':
      return issue(
        path,
        'duplicateId',
        `Für den Bericht ${quoted(problem.evaluation)} hat diese Maßnahme schon einen Status.`,
        `This measure already has a status for the evaluation ${quoted(problem.evaluation)}.`,
      );
    case 'unknownStatus': {
      const allowed = [...problem.allowed].map(quoted).join(', ');
      return issue(
        path,
        'unknownStatus',
        `Der Status ${quoted(problem.value)} steht nicht in der Statusskala (erlaubt: ${allowed}).`,
        `The status ${quoted(problem.value)} is not in the status scale (allowed: ${allowed}).`,
      );
    }
    case 'unknownEvaluation':
      return issue(
        path,
        'unknownEvaluation',
        `Der Bericht ${quoted(problem.value)} ist unter "evaluations" nicht aufgeführt.`,
        `The evaluation ${quoted(problem.value)} is not listed under "evaluations".`,
      );
    case 'unknownField':
      return issue(path, 'unknownReference', `Es gibt kein Feld ${quoted(problem.value)}.`, `There is no field ${quoted(problem.value)}.`);
    case 'unknownParticipation':
      return issue(
        path,
        'unknownReference',
        `Die Beteiligung ${quoted(problem.value)} ist unter "participation" nicht aufgeführt.`,
        `The participation input ${quoted(problem.value)} is not listed under "participation".`,
      );
    case 'dateOrder':
      return issue(
        path,
        'dateOrder',
        `Das Ende (${shortened(problem.end)}) liegt vor dem Anfang (${shortened(problem.start)}).`,
        `The end (${shortened(problem.end)}) is before the start (${shortened(problem.start)}).`,
      );
  }
}

/** Every semantic problem of an export (parsed, or the raw value of one zod refused), in words. */
export function checkSemantics(input: unknown): ConceptIssue[] {
  const issues: ConceptIssue[] = [];
  findSemanticProblems(input, (problem) => issues.push(worded(problem)));
  return issues;
}
