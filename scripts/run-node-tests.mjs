#!/usr/bin/env node
// `npm run test:node`: every *.test.ts below the given folders (or the given files), through node:test with tsx.
// Node 20's `--test` takes neither globs (that came in 21) nor .ts files found in a folder, so the
// files are listed here. Arguments starting with `--` go to node (e.g. --test-name-pattern=diff).
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const flags = args.filter((a) => a.startsWith('--'));
const folders = args.filter((a) => !a.startsWith('--'));
// A folder gives every test file below it; a file is taken as it is (one suite while working on it).
const files = folders
  .flatMap((folder) =>
    statSync(folder).isFile()
      ? [folder]
      : readdirSync(folder, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile() && entry.name.endsWith('.test.ts'))
          .map((entry) => join(entry.parentPath ?? entry.path, entry.name)),
  )
  .sort();
if (!files.length) {
  console.error(`No *.test.ts files in ${folders.join(', ')}`);
  process.exit(1);
}
const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...flags, ...files], { stdio: 'inherit' });
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
