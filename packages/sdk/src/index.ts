export * from '@konzept-kit/concept-schema';
export { localize, textOf, termFor, baseLanguage, type LocalizedText } from './text.js';
export { measureEntries, countMeasures, statusAt, currentStatus, type MeasureEntry } from './measures.js';
export {
  conceptStats,
  roundPercentages,
  doneShare,
  chartSegments,
  type ChartSegment,
  type ConceptStats,
  type FieldStats,
  type Distribution,
  type StatusCounts,
} from './stats.js';
export {
  evaluationProgress,
  distributionsByEvaluation,
  evaluationsByDate,
  progressView,
  type EvaluationProgress,
  type StatusChange,
  type EvaluationSnapshot,
  type ProgressView,
} from './progress.js';
export {
  diffConcepts,
  diffSteps,
  diffStepsWith,
  wordDiff,
  attributeChanges,
  CONTENT_ATTRIBUTES,
  type ConceptDiff,
  type MeasureChange,
  type ChangeKind,
  type DiffSummary,
  type FieldDiff,
  type DiffOptions,
  type AttributeChange,
  type ContentAttribute,
  type PairMatch,
  type IdConflict,
  type WordPart,
} from './diff.js';
export { canonicalJson } from './same-json.js';
export {
  diffStructure,
  CONCEPT_ATTRIBUTES,
  LEVEL_ATTRIBUTES,
  STRUCTURE_LEVELS,
  type StructureDiff,
  type ElementChange,
  type DetailChange,
  type StructureLevel,
  type ConceptAttribute,
  type ElementAttribute,
  type LevelSummary,
} from './structure-diff.js';
export { finish, type Steps } from './steps.js';
export { matchByText, matchingSteps, pairSimilarities, DEFAULT_MATCH_THRESHOLD, UNRELATED_BELOW, type TextPair } from './match.js';
export { filterMeasures, isFilterEmpty, prepareSearch, compactFilter, sameFilter, type MeasureFilter } from './filter.js';
export { foldForFind, foldForSearch, words } from './normalize.js';
export { toCsv, csvWords, overviewRows, dataFileName, type CsvCell, type CsvWords } from './csv.js';
export { measureRows, statusChangeRows } from './csv-measures.js';
export { statsRows, progressRows } from './csv-stats.js';
export { diffRows, diffCsvWords, type DiffCsvWords } from './diff-rows.js';
export { plainValue, isText, type PlainWords } from './plain-value.js';
export { decodeExport, decodeWindows1252, type DecodedExport, type ExportEncoding } from './encoding.js';
export { loadConcept, LoadError, ConceptCache, defaultCache, invalidDataError, type LoadErrorKind, type LoadOptions } from './load.js';
export { donePercent, fieldGroups, type FieldSort, type FieldRow, type FieldGroup } from './chart-view.js';
export { measureAnchor, measureAnchors, sanitizeAnchor, DEFAULT_ANCHOR_PREFIX, type AnchorIndex } from './anchors.js';
export { filterFromParams, type FilterParams } from './filter-params.js';
export { measureForFragment } from './measure-fragment.js';
export { revealFilter } from './reveal-filter.js';
export { filterFromSelection, selectionFromFilter, type MeasureSelection } from './selection.js';
export {
  indicatorProgress,
  statusHistory,
  participationFor,
  measureTree,
  type IndicatorProgress,
  type StatusHistoryEntry,
  type MeasureTreeKind,
  type MeasureTreeField,
  type MeasureTreeObjective,
  type MeasureTreeOptions,
} from './measure-details.js';
export { participationByField, type ParticipationGroups } from './participation.js';
export {
  filterChanges,
  changeAnchors,
  CHANGE_ANCHOR_PREFIX,
  listDiff,
  CHANGE_KINDS,
  DEFAULT_CHANGE_KINDS,
  type ChangeFilter,
  type FilteredDiff,
  type ListPart,
} from './diff-view.js';
export { changeForFragment, revealChange } from './diff-fragment.js';
export { statusChanges, type StatusChanges, type StatusChangeGroup, type MeasureStatusChange, type StatusDirection } from './status-changes.js';
export { measureSimilarity, needsCandidateIndex, matchingStepsWith, type MatchOptions, type CandidateIndex } from './match.js';
export { indexedPairs } from './match-index.js';
export { titleOnPath, issueTitles } from './issue-titles.js';
