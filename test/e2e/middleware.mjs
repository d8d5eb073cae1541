// Test-server behaviour for the end-to-end pages (used by web-test-runner.config.mjs):
// - /test/e2e/csp/…: served with the strict Content Security Policy of a careful municipal site;
//   the browser reports violations to /test/e2e/csp-report, readable at /test/e2e/csp-reports.
// - /demo/…: the demo page with the policy `npm start` sends (scripts/serve.mjs), so a test sees it
//   as readers do (/dist/ and /schema/ resolve from the repository as there), plus a report-uri:
//   its violations are kept apart, readable at /test/e2e/csp-reports?from=demo.
// - /test/e2e/data/<token>/<sample>.json[?delay=ms&status=code]: a sample export from
//   schema/examples, counted per token (GET /test/e2e/hits/<token> → { count, aborted }), optionally
//   slow or failing.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CSP as DEMO_CSP } from '../../scripts/serve.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; report-uri /test/e2e/csp-report";

const hits = new Map();
/** Requests the browser gave up before the answer (a cancelled fetch closes the connection). */
const aborted = new Map();
const reports = [];
const demoReports = [];

function readBody(req) {
  return new Promise((done) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => done(body));
    req.on('error', () => done(body));
  });
}

export async function e2eMiddleware(ctx, next) {
  const path = ctx.path;
  const list = ctx.query.from === 'demo' ? demoReports : reports;
  if (path === '/test/e2e/csp-report' && ctx.method === 'POST') {
    const body = await readBody(ctx.req);
    try {
      list.push(JSON.parse(body)['csp-report'] ?? JSON.parse(body));
    } catch {
      list.push({ raw: body });
    }
    ctx.status = 204;
    return;
  }
  if (path === '/test/e2e/csp-reports') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(list);
    return;
  }
  const hit = /^\/test\/e2e\/hits\/([\w-]+)$/.exec(path);
  if (hit) {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ count: hits.get(hit[1]) ?? 0, aborted: aborted.get(hit[1]) ?? 0 });
    return;
  }
  const data = /^\/test\/e2e\/data\/([\w-]+)\/([\w.-]+\.json)$/.exec(path);
  if (data) {
    const [, token, file] = data;
    hits.set(token, (hits.get(token) ?? 0) + 1);
    const delay = Math.min(Number(ctx.query.delay ?? 0) || 0, 30_000);
    if (delay) {
      let gone = false;
      const onClose = () => {
        gone = true;
        aborted.set(token, (aborted.get(token) ?? 0) + 1);
      };
      ctx.req.socket.once('close', onClose);
      await new Promise((done) => setTimeout(done, delay));
      ctx.req.socket.off('close', onClose);
      if (gone) {
        ctx.status = 204; // nobody listens any more
        return;
      }
    }
    const status = Number(ctx.query.status ?? 200) || 200;
    ctx.set('Cache-Control', 'no-store');
    if (status !== 200) {
      ctx.status = status;
      ctx.type = 'text/plain';
      ctx.body = `status ${status}`;
      return;
    }
    try {
      ctx.body = await readFile(resolve(root, 'schema/examples', file), 'utf8');
      ctx.type = 'application/json';
    } catch {
      ctx.status = 404;
      ctx.body = 'no such sample';
    }
    return;
  }
  await next();
  if (path.startsWith('/test/e2e/csp/')) {
    ctx.set('Content-Security-Policy', STRICT_CSP);
    ctx.set('Cache-Control', 'no-store');
  }
  if (path.startsWith('/demo/')) {
    ctx.set('Content-Security-Policy', `${DEMO_CSP}; report-uri /test/e2e/csp-report?from=demo`);
    ctx.set('Cache-Control', 'no-store');
  }
}
