/**
 * Writes schema/concept.schema.json from the zod schema (`npm run schema`). The file is committed:
 * test/schema/json-schema.test.ts fails when it is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderConceptJsonSchema } from '../packages/cli/src/json-schema.js';

const target = fileURLToPath(new URL('../schema/concept.schema.json', import.meta.url));
writeFileSync(target, renderConceptJsonSchema());
console.log(`${target} geschrieben / written`);
