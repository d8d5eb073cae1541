/**
 * Writes schema/concept.schema.json from the zod schema (`npm run schema`). The file is committed:
 * test/schema/json-schema.test.ts fails when it is stale.
 */
import { writeFileSync } from 'node:fs';
import { conceptJsonSchema } from '../packages/cli/src/json-schema.js';

export const SCHEMA_FILE = new URL('../schema/concept.schema.json', import.meta.url);

export function renderConceptJsonSchema(): string {
  return `${JSON.stringify(conceptJsonSchema(), null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(SCHEMA_FILE, renderConceptJsonSchema());
  console.log(`schema/concept.schema.json geschrieben / written`);
}
