/** `konzept schema`: the JSON Schema of an export, for editors and validators in other languages. */
import type { Command } from '../command.js';
import { EXIT, UsageError } from '../errors.js';
import { renderConceptJsonSchema } from '../json-schema.js';

export const schemaCommand: Command = {
  name: 'schema',
  usage: { de: 'konzept schema', en: 'konzept schema' },
  summary: { de: 'das JSON Schema eines Exports ausgeben', en: 'print the JSON Schema of an export' },
  details: {
    de: `Gibt das JSON Schema (Draft 2020-12) aus, dasselbe wie schema/concept.schema.json.
Es prüft die Form; Regeln über mehrere Stellen (eindeutige Kennungen, Verweise) prüft nur
konzept validate.`,
    en: `Prints the JSON Schema (draft 2020-12), the same as schema/concept.schema.json.
It checks the shape; rules across places (unique ids, references) only konzept validate checks.`,
  },
  options: {},
  async run({ positionals, io }) {
    if (positionals.length) {
      throw new UsageError({ de: `schema erwartet keine Argumente (bekam "${positionals[0]}").`, en: `schema takes no arguments (got "${positionals[0]}").` });
    }
    io.out(renderConceptJsonSchema());
    return EXIT.ok;
  },
};
