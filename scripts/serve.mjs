#!/usr/bin/env node
// `npm start` serves the demo (after `npm run build`): a static server without dependencies, with
// the strict Content Security Policy a careful municipal site sends, so the demo proves the bundle
// runs there. http://127.0.0.1:8000 by default; PORT and HOST change it (HOST=0.0.0.0 for a LAN).
//   /                 demo/ (index.html, demo.css, …)
//   /dist/…           the built bundle (konzept-kit.js, konzept-kit.css, per-element files)
//   /schema/…         the JSON Schema and the sample exports
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_TYPES } from './local-web.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'self'; require-trusted-types-for 'script'";

const TYPES = CONTENT_TYPES;

/** URL prefix → folder. The first match wins; `/` is the demo. */
const MOUNTS = [
  ['/dist/', join(root, 'dist')],
  ['/schema/', join(root, 'schema')],
  ['/', join(root, 'demo')],
];

const HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  'Cache-Control': 'no-cache',
};

/** The file for a URL path, or undefined when it leaves its folder. */
function fileFor(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  for (const [prefix, dir] of MOUNTS) {
    if (!decoded.startsWith(prefix)) continue;
    const file = normalize(join(dir, decoded.slice(prefix.length)));
    return file === dir || file.startsWith(dir + sep) ? file : undefined;
  }
  return undefined;
}

function send(res, status, text) {
  res.writeHead(status, { ...HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}

export function handler(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
  const url = new URL(req.url ?? '/', 'http://localhost');
  let file = fileFor(url.pathname);
  if (!file) return send(res, 404, 'Not found');
  stat(file)
    .then(async (info) => {
      if (info.isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          res.writeHead(301, { ...HEADERS, Location: `${url.pathname}/${url.search}` });
          return res.end();
        }
        file = join(file, 'index.html');
        info = await stat(file);
      }
      const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      // Text compressed as every web server of a municipality sends it (Lighthouse on the demo
      // measures what a reader on a phone downloads: 257 KB of script uncompressed, about 80 KB gzip).
      const gzip = /^(text\/|application\/json|image\/svg)/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      res.writeHead(200, {
        ...HEADERS,
        'Content-Type': type,
        ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : { 'Content-Length': info.size }),
        'Last-Modified': info.mtime.toUTCString(),
      });
      if (req.method === 'HEAD') return res.end();
      if (gzip) createReadStream(file).pipe(createGzip()).pipe(res);
      else createReadStream(file).pipe(res);
    })
    .catch(() => send(res, 404, 'Not found'));
}

export function serve({ port = Number(process.env.PORT ?? 8000), host = process.env.HOST ?? '127.0.0.1' } = {}) {
  const server = createServer(handler);
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done(server));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const server = await serve().catch((error) => {
    console.error(`Cannot listen: ${error.message}. Another port: PORT=8001 npm start`);
    process.exit(1);
  });
  const { address, port } = server.address();
  const shown = address.includes(':') ? `[${address}]` : address;
  const local = shown === '127.0.0.1' ? `http://localhost:${port}/ (http://127.0.0.1:${port}/)` : `http://${shown}:${port}/`;
  console.log(`Demo: ${local}  Strg+C / Ctrl+C beendet den Server.`);
}
