/**
 * The published JSON Schema of an export, generated from the zod schema so the two cannot drift
 * apart. Used by `konzept schema` and `scripts/write-schema.ts`; it stays out of the browser bundle
 * (docs/TOOLCHAIN.md: `toJSONSchema` costs 6.5 KB gzip).
 *
 * zod turns its own checks into JSON Schema, but a refinement (a real date, a safe link) is a
 * function and becomes nothing. Those strings get the closest `pattern`/`format` here, so a
 * validator in another language rejects `2025-13-01` and `javascript:` links too.
 */
import * as z from 'zod/mini';
import { canonicalJson, schemas, type ConceptSchemas } from '@konzept-kit/sdk';

export const CONCEPT_SCHEMA_ID = 'urn:konzept-kit:concept:1';

type JsonSchema = Record<string, unknown>;

const YEAR = '(?:19\\d\\d|2[01]\\d\\d|2200)';
const MONTH = '(?:0[1-9]|1[0-2])';
const DAY = '(?:0[1-9]|[12]\\d|3[01])';

/**
 * The strings the zod schema refines with a function, by the `konzept` tag of the refinement
 * (see packages/concept-schema/src/schema.ts). `format: date` lets a validator reject 30 February.
 */
const REFINED: Record<string, JsonSchema> = {
  date: { type: 'string', format: 'date', pattern: `^${YEAR}-${MONTH}-${DAY}$` },
  partialDate: { type: 'string', pattern: `^${YEAR}(?:-${MONTH}(?:-${DAY})?)?$` },
  // isSafeUrl: no whitespace or control characters, and a scheme only if http, https or mailto.
  unsafeUrl: {
    type: 'string',
    minLength: 1,
    pattern: '^(?:[hH][tT][tT][pP][sS]?:|[mM][aA][iI][lL][tT][oO]:|(?![a-zA-Z][a-zA-Z0-9+.-]*:))[^\\s\\u0000-\\u001F\\u007F]*$',
  },
};

/** Named building blocks the generated schema repeats many times, each hoisted into `$defs`. */
const SHARED: Record<string, { title: string; description: string; match: (node: JsonSchema) => boolean }> = {
  id: {
    title: 'Kennung',
    description: 'Buchstaben A–Z, Ziffern und . _ : - (ohne Umlaute und Leerzeichen), höchstens 128 Zeichen, z. B. "sprache-1-3".',
    match: (node) => node.type === 'string' && node.pattern === '^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$' && Object.keys(node).length === 2,
  },
  text: {
    title: 'Kurzer Text',
    description: 'Ein Text in der Sprache des Konzepts oder eine Sprachtabelle wie {"de": "…", "en": "…"}; höchstens 2.000 Zeichen.',
    match: (node) => isText(node, 2_000),
  },
  longText: {
    title: 'Langer Text',
    description: 'Ein Text in der Sprache des Konzepts oder eine Sprachtabelle wie {"de": "…", "en": "…"}; höchstens 50.000 Zeichen.',
    match: (node) => isText(node, 50_000),
  },
  date: {
    title: 'Datum',
    description: 'Ein Kalenderdatum JJJJ-MM-TT, das es gibt (kein 30. Februar), zwischen 1900 und 2200.',
    match: (node) => sameAs(node, REFINED.date!),
  },
  partialDate: {
    title: 'Datum, Monat oder Jahr',
    description: 'JJJJ, JJJJ-MM oder JJJJ-MM-TT: Zeiträume sind oft nur aufs Jahr genau bekannt.',
    match: (node) => sameAs(node, REFINED.partialDate!),
  },
  url: {
    title: 'Link',
    description: 'Eine http-, https- oder mailto-Adresse oder ein relativer Link; javascript: und data: sind nicht erlaubt.',
    match: (node) => sameAs(node, { ...REFINED.unsafeUrl!, maxLength: 2_000 }),
  },
};

/** German names and descriptions of the object schemas; their keys become the `$defs` names. */
const OBJECTS: Partial<Record<keyof ConceptSchemas, { title: string; description?: string }>> = {
  field: { title: 'Handlungsfeld oder Querschnittsthema', description: 'kind "action" für ein Handlungsfeld, "crossCutting" für ein Querschnittsthema.' },
  objective: { title: 'Unterziel', description: 'Ein Unterziel mit seinen Maßnahmen.' },
  measure: { title: 'Maßnahme', description: 'Eine Maßnahme mit Status (Ampel), Verlauf, Federführung und Kooperationspartnern.' },
  statusScale: { title: 'Statusskala', description: 'Die Stufen der Bewertung; ohne Angabe die Ampel grün/gelb/rot.' },
  status: { title: 'Status', description: 'Eine Stufe der Statusskala.' },
  evaluation: { title: 'Bewertung (Ampeldokument)', description: 'Ein Evaluationsbericht mit Datum, auf den sich Status und Verlauf beziehen.' },
  councilPaper: { title: 'Drucksache', description: 'Eine Vorlage eines Gremiums, z. B. Nummer "2025/073".' },
  indicator: { title: 'Kennzahl', description: 'Eine messbare Zielgröße mit Ausgangs-, Ziel- und aktuellem Wert.' },
  participationInput: { title: 'Beteiligung', description: 'Eine Integrationskonferenz, ein Workshop, ein Padlet oder Ähnliches.' },
  guideline: { title: 'Leitlinie' },
  terms: { title: 'Begriffe', description: 'Die eigenen Wörter der Kommune für die Ebenen des Konzepts.' },
};

function isText(node: JsonSchema, max: number): boolean {
  const variants = node.anyOf;
  if (!Array.isArray(variants) || variants.length !== 2 || Object.keys(node).length !== 1) return false;
  const [plain, map] = variants as JsonSchema[];
  return (
    plain?.type === 'string' && plain.maxLength === max && map?.type === 'object' && (map.additionalProperties as JsonSchema | undefined)?.maxLength === max
  );
}

function sameAs(node: JsonSchema, template: JsonSchema): boolean {
  return canonicalJson(node) === canonicalJson(template);
}

/** Applies the JSON Schema of each refinement zod cannot translate. */
function describeRefinements(zodSchema: z.core.$ZodType, json: JsonSchema): void {
  const checks = (zodSchema._zod.def as { checks?: z.core.$ZodCheck[] }).checks ?? [];
  for (const check of checks) {
    const def = check._zod.def as { check: string; params?: { konzept?: string } };
    const refined = def.check === 'custom' ? REFINED[def.params?.konzept ?? ''] : undefined;
    if (refined) Object.assign(json, refined);
  }
}

/** Replaces every repeated building block by a `$ref` to its entry in `$defs`. */
function hoistShared(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(hoistShared);
  if (node === null || typeof node !== 'object') return node;
  const schema = node as JsonSchema;
  for (const [name, shared] of Object.entries(SHARED)) {
    if (shared.match(schema)) return { $ref: `#/$defs/${name}` };
  }
  return Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, hoistShared(value)]));
}

/** The JSON Schema (draft 2020-12) of a concept export, as `schema/concept.schema.json` publishes it. */
export function conceptJsonSchema(): JsonSchema {
  const all = schemas();
  const registry = z.registry<{ id: string; title: string; description?: string }>();
  for (const [name, meta] of Object.entries(OBJECTS)) registry.add(all[name as keyof ConceptSchemas], { id: name, ...meta });

  const generated = z.toJSONSchema(all.concept, {
    target: 'draft-2020-12',
    // Input, not output: keys with a default may be left out of an export.
    io: 'input',
    metadata: registry,
    override: (ctx) => {
      const json = ctx.jsonSchema as JsonSchema;
      describeRefinements(ctx.zodSchema as z.core.$ZodType, json);
      // The default status scale (the Ampel with its colours) is the parser's business; spelled out
      // here it would only tie the published contract to a colour tweak. `statusScale` describes it.
      if (json.default !== null && typeof json.default === 'object' && !Array.isArray(json.default)) delete json.default;
    },
  }) as JsonSchema;

  const { $schema, $defs, ...root } = generated;
  const sharedDefs = Object.fromEntries(
    Object.entries(SHARED).map(([name, { title, description }]) => {
      // Each building block's own schema, found by a match in the generated one.
      const body = findFirst(generated, SHARED[name]!.match);
      return [name, { title, description, ...body }];
    }),
  );
  return {
    $schema,
    $id: CONCEPT_SCHEMA_ID,
    title: 'Integrationskonzept (Export einer Version)',
    description:
      'Eine Version eines kommunalen Integrationskonzepts: Handlungsfelder und Querschnittsthemen, Unterziele, Maßnahmen und ihre Bewertung (Ampel). ' +
      'Erzeugt aus dem zod-Schema in packages/concept-schema (npm run schema); nicht von Hand bearbeiten.',
    ...(hoistShared(root) as JsonSchema),
    $defs: { ...(hoistShared($defs ?? {}) as JsonSchema), ...sharedDefs },
  };
}

/** The schema as the committed file holds it: two-space indent and a final newline. */
export function renderConceptJsonSchema(): string {
  return `${JSON.stringify(conceptJsonSchema(), null, 2)}\n`;
}

function findFirst(node: unknown, match: (node: JsonSchema) => boolean): JsonSchema {
  const stack: unknown[] = [node];
  while (stack.length) {
    const current = stack.pop();
    if (current === null || typeof current !== 'object') continue;
    if (!Array.isArray(current) && match(current as JsonSchema)) return current as JsonSchema;
    stack.push(...Object.values(current));
  }
  throw new Error('A shared building block of the JSON Schema no longer occurs in it: update SHARED in json-schema.ts.');
}
