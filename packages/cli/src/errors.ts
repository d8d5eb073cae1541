/**
 * Failures the CLI reports as one line and an exit code, never as a stack trace: a web editor
 * running `konzept validate` should read what to do, not where in our code it went wrong.
 */
import type { BilingualText } from '@konzept-kit/sdk';

export const EXIT = {
  ok: 0,
  /** The data is invalid (or, for `validate`, a file could not be read). */
  invalid: 1,
  /** The command line is wrong, or a file given to `stats`/`diff` cannot be read. */
  usage: 2,
} as const;

export class CliError extends Error {
  readonly text: BilingualText;
  readonly exitCode: number;
  constructor(text: BilingualText, exitCode: number) {
    super(text.en);
    this.name = 'CliError';
    this.text = text;
    this.exitCode = exitCode;
  }
}

export class UsageError extends CliError {
  constructor(text: BilingualText) {
    super(text, EXIT.usage);
    this.name = 'UsageError';
  }
}
