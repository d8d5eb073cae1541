/**
 * The export format of one version of an Integrationskonzept, as zod schemas.
 *
 * Built on `zod/mini` because this module ships to browsers (see docs/TOOLCHAIN.md: the classic API costs
 * about 18 KB gzip more). Objects are strict: an unknown key is reported (with a hint at `extra`),
 * never silently dropped, because "nothing a user gave is silently lost".
 */
import * as z from 'zod/mini';
import { AMPEL_SCALE } from './defaults.js';
import { LIMITS, isRealDate, isRealPartialDate, isSafeUrl } from './checks.js';
import { isLanguageTag } from './language.js';
import { PATTERNS } from './patterns.js';

export { LIMITS, isRealDate, isRealPartialDate, isSafeUrl };

const id = () => z.string().check(z.regex(PATTERNS.id));
/** A language tag that `Intl` accepts too (see language.ts), not only one of the right shape. */
const languageTag = () => z.string().check(z.regex(PATTERNS.languageTag), z.refine(isLanguageTag, { params: { konzept: 'language' } }));
const list = <T extends z.core.SomeType>(item: T) => z.array(item).check(z.maxLength(LIMITS.listItems));
const date = () => z.string().check(z.refine(isRealDate, { params: { konzept: 'date' } }));
const partialDate = () => z.string().check(z.refine(isRealPartialDate, { params: { konzept: 'partialDate' } }));
const safeUrl = () => z.string().check(z.maxLength(LIMITS.shortText), z.refine(isSafeUrl, { params: { konzept: 'unsafeUrl' } }));

/** A text as a plain string (in the concept's language) or a map of languages: `{ "de": "…", "en": "…" }`. */
const text = (max: number) => z.union([z.string().check(z.maxLength(max)), z.record(languageTag(), z.string().check(z.maxLength(max)))]);
const shortText = () => text(LIMITS.shortText);
const longText = () => text(LIMITS.longText);

/** Whatever an export carries beyond this format (e.g. extra spreadsheet columns), kept as text. */
const extra = () => z.optional(z.record(z.string().check(z.minLength(1), z.maxLength(200)), z.string().check(z.maxLength(LIMITS.longText))));

/** Builds the schemas. Called once (see `schemas()`), so the browser can build them without eval. */
function build() {
  const term = z.strictObject({ singular: shortText(), plural: shortText() });

  const councilPaper = z.strictObject({
    number: z.string().check(z.regex(PATTERNS.paperNumber)),
    title: z.optional(shortText()),
    date: z.optional(date()),
    body: z.optional(shortText()),
    session: z.optional(z.enum(['public', 'nonPublic'])),
    url: z.optional(safeUrl()),
    oparlPaper: z.optional(safeUrl()),
  });

  const status = z.strictObject({
    id: id(),
    label: shortText(),
    description: z.optional(longText()),
    color: z.optional(z.string().check(z.regex(PATTERNS.color))),
    icon: z.optional(z.enum(['check', 'progress', 'cross', 'circle', 'dash', 'clock', 'question', 'pause'])),
    /** Counts as implemented (the "green" of a scale). */
    done: z.optional(z.boolean()),
  });

  const statusScale = z.strictObject({
    id: z.optional(id()),
    title: z.optional(shortText()),
    statuses: z.array(status).check(z.minLength(2), z.maxLength(12)),
    /** The status that means "not yet rated", if the scale has one. */
    unrated: z.optional(id()),
  });

  const evaluation = z.strictObject({
    id: id(),
    date: date(),
    title: z.optional(shortText()),
    councilPaper: z.optional(councilPaper),
  });

  const measureStatus = z.strictObject({
    value: id(),
    date: z.optional(date()),
    note: z.optional(longText()),
    evaluation: z.optional(id()),
  });

  const historyEntry = z.strictObject({
    evaluation: id(),
    status: id(),
    note: z.optional(longText()),
  });

  const indicator = z.strictObject({
    id: z.optional(id()),
    title: shortText(),
    unit: z.optional(shortText()),
    baseline: z.optional(z.number()),
    target: z.optional(z.number()),
    current: z.optional(z.number()),
    date: z.optional(date()),
    note: z.optional(longText()),
  });

  const link = z.strictObject({ url: safeUrl(), title: z.optional(shortText()) });

  const lead = z.strictObject({
    unit: shortText(),
    contact: z.optional(shortText()),
    url: z.optional(safeUrl()),
  });

  const timeframe = z.strictObject({
    start: z.optional(partialDate()),
    end: z.optional(partialDate()),
    text: z.optional(shortText()),
  });

  const participationInput = z.strictObject({
    id: id(),
    kind: z.enum(['conference', 'workshop', 'padlet', 'survey', 'hearing', 'other']),
    title: shortText(),
    date: z.optional(date()),
    dateTo: z.optional(date()),
    participants: z.optional(z.int().check(z.minimum(0))),
    field: z.optional(id()),
    /** Key statements (Kernaussagen) made there. */
    statements: z._default(list(longText()), []),
    /** Needs (Bedarfe) named there. */
    needs: z._default(list(longText()), []),
    /** Where the statements are documented: the council paper that reported on them (e.g. 2024/140). */
    councilPaper: z.optional(councilPaper),
  });

  const measure = z.strictObject({
    id: id(),
    title: shortText(),
    description: z.optional(longText()),
    status: z.optional(measureStatus),
    history: z._default(list(historyEntry), []),
    lead: z.optional(lead),
    partners: z._default(list(shortText()), []),
    targetGroups: z._default(list(shortText()), []),
    timeframe: z.optional(timeframe),
    indicators: z._default(list(indicator), []),
    links: z._default(list(link), []),
    councilPapers: z._default(list(councilPaper), []),
    /** Ids of participation inputs this measure came from. */
    participation: z._default(list(id()), []),
    /** Added while the concept was being implemented, not adopted with it. */
    addedLater: z.optional(z.boolean()),
    extra: extra(),
  });

  const objective = z.strictObject({
    id: id(),
    title: shortText(),
    description: z.optional(longText()),
    indicators: z._default(list(indicator), []),
    measures: z._default(list(measure), []),
    extra: extra(),
  });

  const goal = z.strictObject({
    title: shortText(),
    description: z.optional(longText()),
  });

  const field = z.strictObject({
    id: id(),
    kind: z.enum(['action', 'crossCutting']),
    title: shortText(),
    description: z.optional(longText()),
    goal: z.optional(goal),
    objectives: z._default(list(objective), []),
    extra: extra(),
  });

  /** One measure a report evaluates in detail, in words rather than a colour. */
  const reportedMeasure = z.strictObject({
    title: shortText(),
    /** The measure in this concept, where the concept lists measures (Landshut's does not). */
    measure: z.optional(id()),
    field: z.optional(id()),
    lead: z.optional(lead),
    partners: z._default(list(shortText()), []),
    /** The narrative evaluation: what was done, what it achieved, what it taught. */
    assessment: longText(),
    /** What is to follow until the next report. */
    nextSteps: z.optional(longText()),
  });

  /**
   * An integration report (Integrationsbericht): Landshut's model, where the concept holds guidelines and
   * goals and a report every few years evaluates a few measures in detail.
   */
  const integrationReport = z.strictObject({
    id: id(),
    title: shortText(),
    date: date(),
    /** The years the report looks back on. */
    period: z.optional(timeframe),
    summary: z.optional(longText()),
    councilPaper: z.optional(councilPaper),
    url: z.optional(safeUrl()),
    measures: z._default(list(reportedMeasure), []),
  });

  const guideline = z.strictObject({
    id: id(),
    title: z.optional(shortText()),
    text: longText(),
    field: z.optional(id()),
  });

  const municipality = z.strictObject({
    name: shortText(),
    kind: z.optional(z.enum(['district', 'city', 'municipality', 'state', 'other'])),
    /** Amtlicher Gemeindeschlüssel, 8 digits (or 5 for a district). */
    ags: z.optional(z.string().check(z.regex(PATTERNS.municipalityKey))),
    url: z.optional(safeUrl()),
  });

  const terms = z.strictObject({
    actionField: z.optional(term),
    crossCuttingField: z.optional(term),
    goal: z.optional(term),
    objective: z.optional(term),
    measure: z.optional(term),
    guideline: z.optional(term),
    lead: z.optional(term),
    partners: z.optional(term),
  });

  const meta = z.strictObject({
    /** True where the content is invented for demonstration, not an official publication. */
    illustrative: z.optional(z.boolean()),
    note: z.optional(longText()),
    source: z.optional(shortText()),
    exportedAt: z.optional(z.string().check(z.maxLength(64))),
    generator: z.optional(shortText()),
  });

  const concept = z.strictObject({
    $schema: z.optional(z.string().check(z.maxLength(LIMITS.shortText))),
    formatVersion: z.literal(1),
    id: id(),
    title: shortText(),
    version: z.string().check(z.minLength(1), z.maxLength(32)),
    /** The language plain strings are written in, and the fallback for language maps. */
    language: z._default(languageTag(), 'de'),
    summary: z.optional(longText()),
    adopted: z.optional(date()),
    adoptedBy: z.optional(shortText()),
    municipality,
    meta: z.optional(meta),
    terms: z.optional(terms),
    statusScale: z._default(statusScale, () => structuredClone(AMPEL_SCALE)),
    councilPapers: z._default(list(councilPaper), []),
    evaluations: z._default(list(evaluation), []),
    guidelines: z._default(list(guideline), []),
    participation: z._default(list(participationInput), []),
    /** Integration reports that evaluate measures in words (Landshut's model). */
    integrationReports: z._default(list(integrationReport), []),
    fields: list(field),
    extra: extra(),
  });

  return {
    concept,
    field,
    objective,
    measure,
    statusScale,
    status,
    evaluation,
    councilPaper,
    indicator,
    participationInput,
    guideline,
    integrationReport,
    reportedMeasure,
    terms,
  };
}

export type ConceptSchemas = ReturnType<typeof build>;

let built: ConceptSchemas | undefined;

/**
 * The schemas, built on first use.
 *
 * zod compiles objects with `new Function` unless its (page-global) config says `jitless`, and its
 * probe for that alone raises a CSP violation on strict pages. In a browser we build our schemas with
 * `jitless` on and restore the host page's setting right after, so a page's own zod is untouched.
 */
export function schemas(): ConceptSchemas {
  if (built) return built;
  const inBrowser = typeof document !== 'undefined';
  const config = z.config();
  const before = config.jitless;
  if (inBrowser) z.config({ jitless: true });
  try {
    built = build();
  } finally {
    if (inBrowser) z.config({ jitless: before });
  }
  return built;
}
