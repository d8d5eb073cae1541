#!/usr/bin/env node
// The `konzept` command. The CLI is TypeScript run from source through tsx, like the rest of the kit.
import { register } from 'tsx/esm/api';

register();

// `konzept stats … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
