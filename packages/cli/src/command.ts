/**
 * A subcommand of `konzept`: its name, its help in both languages, its options for `parseArgs`,
 * and what it does. main.ts keeps the table; each command lives in its own module under commands/.
 */
import type { ParseArgsConfig } from 'node:util';
import type { BilingualText } from '@konzept-kit/sdk';
import type { Io } from './io.js';
import type { Lang } from './lang.js';

export type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

export interface CommandContext {
  readonly positionals: readonly string[];
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly lang: Lang;
  readonly io: Io;
}

export interface Command {
  readonly name: string;
  /** The synopsis, e.g. `konzept diff ALT NEU [--json] [--match id|text|auto]`. */
  readonly usage: BilingualText;
  /** One line for the list of commands. */
  readonly summary: BilingualText;
  /** The rest of `konzept <name> --help`: arguments, options, exit codes. */
  readonly details: BilingualText;
  readonly options: OptionsConfig;
  /** Returns the exit code; throws a `CliError` for a failure that ends the command. */
  run(context: CommandContext): Promise<number>;
}
