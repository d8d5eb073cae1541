/**
 * Writes the fast path of parsing (packages/concept-schema/src/fast-path.generated.ts) and
 * schema/concept.schema.json from the zod schema (`npm run schema`). Both files are committed:
 * test/schema/fast-parse.test.ts and json-schema.test.ts fail when one is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { conceptFastPathSource } from '../packages/concept-schema/src/fast-path-source.js';

// The fast path first: the JSON Schema's code imports the package, which imports the fast path.
const fastPath = fileURLToPath(new URL('../packages/concept-schema/src/fast-path.generated.ts', import.meta.url));
writeFileSync(fastPath, conceptFastPathSource());
console.log(`${fastPath} geschrieben / written`);

const { renderConceptJsonSchema } = await import('../packages/cli/src/json-schema.js');
const target = fileURLToPath(new URL('../schema/concept.schema.json', import.meta.url));
writeFileSync(target, renderConceptJsonSchema());
console.log(`${target} geschrieben / written`);
