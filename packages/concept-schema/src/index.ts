export { parseConcept, parseConceptOrThrow, ConceptError, type ParseOptions, type ParseResult } from './parse.js';
export { formatIssue, pathToString, MAX_MESSAGE, MAX_QUOTED, type ConceptIssue, type IssueCode, type IssuePath, type BilingualText } from './issues.js';
export { schemas, LIMITS, isSafeUrl, isRealDate, isRealPartialDate, type ConceptSchemas } from './schema.js';
export { isLanguageTag, safeLocale, LANGUAGE_TAG_PATTERN } from './language.js';
export { PATTERNS, type PatternName } from './patterns.js';
export { checkSemantics } from './semantics.js';
export { AMPEL_SCALE, DEFAULT_TERMS, type Level } from './defaults.js';
export type * from './types.js';
