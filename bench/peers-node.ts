/** The parse peers in Node (bundled by bench/run.mjs, run with --expose-gc): prints JSON to stdout. */
import { readFileSync } from 'node:fs';
import { parsePeers } from './parse-peers.js';

const [file, runs] = process.argv.slice(2);
const text = readFileSync(file!, 'utf8');
const times = await parsePeers(text, Number(runs), () => new Promise((done) => setImmediate(done)));
process.stdout.write(JSON.stringify(times));
