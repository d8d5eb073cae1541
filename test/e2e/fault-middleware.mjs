// Test-server faults for test/e2e/faults.test.ts (registered in web-test-runner.config.mjs):
// - /test/e2e/faults/<token>/html: a web page where the export should be (200, text/html);
// - /test/e2e/faults/<token>/never: a server that never answers (the request stays open until the
//   browser gives up; that is counted as aborted);
// - /test/e2e/faults/hits/<token> → { count, aborted }.
// Missing files (404) and slow answers come from test/e2e/middleware.mjs.
const hits = new Map();
const aborted = new Map();
const bump = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);

export async function faultMiddleware(ctx, next) {
  const count = /^\/test\/e2e\/faults\/hits\/([\w-]+)$/.exec(ctx.path);
  if (count) {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ count: hits.get(count[1]) ?? 0, aborted: aborted.get(count[1]) ?? 0 });
    return;
  }
  const fault = /^\/test\/e2e\/faults\/([\w-]+)\/(html|never)$/.exec(ctx.path);
  if (!fault) return next();
  const [, token, kind] = fault;
  bump(hits, token);
  ctx.set('Cache-Control', 'no-store');
  if (kind === 'html') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><html lang="de"><title>Seite nicht gefunden</title><h1>Seite nicht gefunden</h1><script>window.__pwned = "html"</script></html>';
    return;
  }
  // Never answers: wait until the browser closes the connection (or 60 s, so a run cannot hang).
  await new Promise((done) => {
    const timer = setTimeout(done, 60_000);
    ctx.req.socket.once('close', () => {
      clearTimeout(timer);
      bump(aborted, token);
      done();
    });
  });
  ctx.status = 204;
}
