/**
 * The TypeScript types of an export, inferred from the schema so the two cannot drift apart.
 * A parsed concept is frozen: the SDK derives views from it, nothing edits it in place.
 */
import type * as z from 'zod/mini';
import type { ConceptSchemas } from './schema.js';

type DeepReadonly<T> = T extends (infer U)[] ? ReadonlyArray<DeepReadonly<U>> : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

type Out<K extends keyof ConceptSchemas> = DeepReadonly<z.output<ConceptSchemas[K]>>;

/** One version of a concept, as parsed (defaults filled in). */
export type Concept = Out<'concept'>;
/** What an export may contain before defaults are filled in (what you write). */
export type ConceptInput = z.input<ConceptSchemas['concept']>;
export type Field = Out<'field'>;
export type FieldKind = Field['kind'];
export type Objective = Out<'objective'>;
export type Measure = Out<'measure'>;
export type StatusScale = Out<'statusScale'>;
export type Status = Out<'status'>;
export type StatusIcon = NonNullable<Status['icon']>;
export type Evaluation = Out<'evaluation'>;
export type CouncilPaper = Out<'councilPaper'>;
export type Indicator = Out<'indicator'>;
export type ParticipationInput = Out<'participationInput'>;
export type Guideline = Out<'guideline'>;
export type IntegrationReport = Out<'integrationReport'>;
export type ReportedMeasure = Out<'reportedMeasure'>;
export type Terms = Out<'terms'>;
/** A text: a plain string in the concept's language, or a map of language → text. */
export type Text = string | Readonly<Record<string, string>>;
