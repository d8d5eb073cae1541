#!/usr/bin/env node
// The README's test command: the build (the browser tests load dist/konzept-kit.js; the size budget
// is checked by test/build), the Node suite (schema, SDK, CLI, build), then the browser suite
// (elements, pages), and one closing line that counts both: `N passed, N failed`.
import { spawn } from 'node:child_process';

function run(script) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'inherit'], env: process.env });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

const strip = (s) => s.replace(/\x1b\[[0-9;]*m/g, '');
let passed = 0;
let failed = 0;
let exit = 0;

// Exit code 2: built, but a check failed (size budget): test/build reports that as a test failure.
const build = await run('build');
if (build.code !== 0 && build.code !== 2) {
  console.error('npm run build failed: the browser tests of the bundle cannot pass.');
  failed += 1;
  exit = 1;
}

// The release an editor downloads (release/konzept-kit/ and its zip), from the build just made;
// test/build/release.test.ts opens its werkstatt.html over HTTP and from file://.
const release = await run('release:pack');
if (release.code !== 0) {
  console.error('npm run release failed.');
  failed += 1;
  exit = 1;
}

const node = await run('test:node');
const nodeOut = strip(node.out);
const nodePass = Number(/ℹ pass (\d+)/.exec(nodeOut)?.[1] ?? 0);
const nodeFail = Number(/ℹ fail (\d+)/.exec(nodeOut)?.[1] ?? (node.code ? 1 : 0));
passed += nodePass;
failed += nodeFail;
if (node.code) exit = 1;

const browser = await run('test:browser');
const browserOut = strip(browser.out);
const counts = [...browserOut.matchAll(/(\d+) passed, (\d+) failed/g)].pop();
const browserPass = Number(counts?.[1] ?? 0);
const browserFail = Number(counts?.[2] ?? (browser.code ? 1 : 0));
passed += browserPass;
failed += browserFail;
if (browser.code) exit = 1;

// The built Storybook in Chromium: every story renders, no console error, no axe violation.
const storybook = await run('test:storybook');
const storybookOut = strip(storybook.out);
const storybookPass = Number([...storybookOut.matchAll(/ℹ pass (\d+)/g)].pop()?.[1] ?? 0);
const storybookFail = Number([...storybookOut.matchAll(/ℹ fail (\d+)/g)].pop()?.[1] ?? (storybook.code ? 1 : 0));
passed += storybookPass;
failed += storybookFail || (storybook.code && !storybookPass ? 1 : 0);
if (storybook.code) exit = 1;

console.log(
  `\nNode: ${nodePass} passed, ${nodeFail} failed · Browser: ${browserPass} passed, ${browserFail} failed · Storybook: ${storybookPass} passed, ${storybookFail} failed`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(exit || (failed ? 1 : 0));
