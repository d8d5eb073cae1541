// The command line of the bench scripts (bench/run.mjs, bench/lighthouse.mjs): `--name value` options and flags.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const args = process.argv.slice(2);
/** The value after `--name`, or undefined. */
export const option = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
