/**
 * Loading through an injected `fetch`: one request per URL, cancellation per caller, and an error
 * kind for each way the network or the file can fail.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ConceptCache, LoadError, loadConcept, type LoadErrorKind } from '@konzept-kit/sdk';
import { smallInput } from './fixtures.js';
// Not part of the package's API: the fallback of an error whose words do not load.
import { withWords } from '../../packages/sdk/src/load.js';

const URL_A = 'https://www.example.org/integrationskonzept.json';

interface FakeFetch {
  fetch: typeof fetch;
  calls: Array<{ url: string; signal: AbortSignal }>;
  /** Answers every open call with this response. */
  respond(make: () => Response): void;
}

/** A fetch that waits until the test answers, and rejects like the real one when aborted. */
function fakeFetch(): FakeFetch {
  const calls: FakeFetch['calls'] = [];
  const waiting: Array<(r: Response) => void> = [];
  return {
    calls,
    fetch: ((url: string, init: RequestInit) => {
      const signal = init.signal!;
      calls.push({ url, signal });
      return new Promise<Response>((resolve, reject) => {
        waiting.push(resolve);
        signal.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')), { once: true });
      });
    }) as typeof fetch,
    respond(make) {
      for (const resolve of waiting.splice(0)) resolve(make());
    },
  };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

async function rejection(promise: Promise<unknown>, kind: LoadErrorKind): Promise<LoadError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof LoadError, `not a LoadError: ${error}`);
    assert.equal(error.kind, kind, error.message);
    assert.ok(error.text.de && error.text.en && error.text.de !== error.text.en);
    return error;
  }
  assert.fail(`expected a ${kind} error, the load succeeded`);
}

describe('sharing', () => {
  test('callers of the same URL share one request and get the same frozen concept', async () => {
    const net = fakeFetch();
    const cache = new ConceptCache();
    const first = loadConcept(URL_A, { fetch: net.fetch, cache });
    const second = loadConcept(URL_A, { fetch: net.fetch, cache });
    net.respond(() => json(smallInput()));
    const [a, b] = await Promise.all([first, second]);
    assert.equal(a, b);
    assert.equal(a.id, 'testkreis');
    assert.ok(Object.isFrozen(a));
    assert.equal(cache.requests, 1);
    assert.equal(net.calls.length, 1);
    // A later caller gets the loaded concept without a request.
    assert.equal(await loadConcept(URL_A, { fetch: net.fetch, cache }), a);
    assert.equal(cache.requests, 1);
  });

  test('different URLs are different requests', async () => {
    const net = fakeFetch();
    const cache = new ConceptCache();
    const both = Promise.all([loadConcept(URL_A, { fetch: net.fetch, cache }), loadConcept(`${URL_A}?v=2`, { fetch: net.fetch, cache })]);
    net.respond(() => json(smallInput()));
    await both;
    assert.equal(cache.requests, 2);
  });
});

describe('cancelling', () => {
  test('aborting one caller rejects it with "aborted"; the other still gets the concept', async () => {
    const net = fakeFetch();
    const cache = new ConceptCache();
    const controller = new AbortController();
    const leaving = loadConcept(URL_A, { fetch: net.fetch, cache, signal: controller.signal });
    const staying = loadConcept(URL_A, { fetch: net.fetch, cache });
    controller.abort();
    await rejection(leaving, 'aborted');
    assert.equal(net.calls[0]!.signal.aborted, false, 'the shared request goes on');
    net.respond(() => json(smallInput()));
    assert.equal((await staying).id, 'testkreis');
    assert.equal(cache.requests, 1);
  });

  test('when every caller aborts, the request itself is aborted and forgotten', async () => {
    const net = fakeFetch();
    const cache = new ConceptCache();
    const one = new AbortController();
    const two = new AbortController();
    const p1 = loadConcept(URL_A, { fetch: net.fetch, cache, signal: one.signal });
    const p2 = loadConcept(URL_A, { fetch: net.fetch, cache, signal: two.signal });
    one.abort();
    assert.equal(net.calls[0]!.signal.aborted, false);
    two.abort();
    await rejection(p1, 'aborted');
    await rejection(p2, 'aborted');
    assert.equal(net.calls[0]!.signal.aborted, true);
    // A new caller starts a new request.
    const again = loadConcept(URL_A, { fetch: net.fetch, cache });
    assert.equal(cache.requests, 2);
    net.respond(() => json(smallInput()));
    assert.equal((await again).id, 'testkreis');
  });

  test('an already aborted signal rejects without a request', async () => {
    const net = fakeFetch();
    const cache = new ConceptCache();
    await rejection(loadConcept(URL_A, { fetch: net.fetch, cache, signal: AbortSignal.abort() }), 'aborted');
    assert.equal(net.calls.length, 0);
  });
});

describe('failures', () => {
  const load = (response: () => Response, options: { timeout?: number } = {}) => {
    const net = fakeFetch();
    const cache = new ConceptCache();
    const promise = loadConcept(URL_A, { fetch: net.fetch, cache, ...options });
    net.respond(response);
    return { promise, cache, net };
  };

  test('404 is "http" with the status, and a retry requests again', async () => {
    const { promise, cache, net } = load(() => new Response('Not found', { status: 404 }));
    const error = await rejection(promise, 'http');
    assert.equal(error.status, 404);
    assert.match(error.text.de, /HTTP 404/);
    const retry = loadConcept(URL_A, { fetch: net.fetch, cache });
    net.respond(() => json(smallInput()));
    await retry;
    assert.equal(cache.requests, 2);
  });

  test('an HTML page instead of the export is "notJson"', async () => {
    const error = await rejection(load(() => new Response('<!doctype html><title>Startseite</title>', { status: 200 })).promise, 'notJson');
    assert.match(error.text.en, /not a JSON file/);
  });

  test('an invalid export is "invalid" and carries every issue', async () => {
    const input = smallInput();
    input.fields[0].id = 'sprache 1';
    input.evaluations[0].date = '2025-02-30';
    const error = await rejection(load(() => json(input)).promise, 'invalid');
    assert.deepEqual(error.issues.map((i) => i.at).sort(), ['evaluations[0].date', 'fields[0].id']);
  });

  test('no answer within the timeout is "timeout"', async () => {
    const net = fakeFetch();
    const started = Date.now();
    const error = await rejection(loadConcept(URL_A, { fetch: net.fetch, cache: new ConceptCache(), timeout: 50 }), 'timeout');
    assert.ok(Date.now() - started < 2_000);
    assert.equal(net.calls[0]!.signal.aborted, true);
    assert.match(error.text.en, /did not answer/);
  });

  test('where the words of an error do not load, the short sentence still carries the status and the problems', async () => {
    const input = smallInput();
    input.fields[0].id = 'sprache 1';
    const { issues } = await rejection(load(() => json(input)).promise, 'invalid');
    const missing = () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    };
    const http = await withWords('http', URL_A, missing, { status: 404 });
    assert.equal(http.kind, 'http');
    assert.equal(http.status, 404);
    assert.match(http.text.de, /konnten nicht geladen werden/);
    const invalid = await withWords('invalid', URL_A, missing, { issues });
    assert.match(invalid.text.en, /not a valid concept export/);
    assert.deepEqual(invalid.issues, issues);
  });

  test('a network failure is "network"', async () => {
    const failing = (() => Promise.reject(new TypeError('fetch failed'))) as typeof fetch;
    await rejection(loadConcept(URL_A, { fetch: failing, cache: new ConceptCache() }), 'network');
  });
});
