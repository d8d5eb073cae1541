/**
 * Loading an export from a URL: one request per URL however many elements ask (a CMS page with a
 * chart, an accordion and a diff), cancellation per caller, a timeout the reader sees, and errors
 * that say in German and English what went wrong.
 */
import type { DecodedExport } from './encoding.js';
import { parseConceptLazily, type BilingualText, type Concept, type ConceptIssue, type ParseOptions } from '@konzept-kit/concept-schema';

export type LoadErrorKind = 'network' | 'http' | 'notJson' | 'invalid' | 'timeout' | 'aborted' | 'tooLarge' | 'encoding';

export class LoadError extends Error {
  readonly kind: LoadErrorKind;
  readonly url: string;
  /** HTTP status for `http`. */
  readonly status?: number;
  /** Every problem the parser found, for `invalid` and `notJson`. */
  readonly issues: readonly ConceptIssue[];
  /** The title of the measure (objective, field) each of the first issues is in, where the export gave one. */
  readonly titles: ReadonlyArray<string | undefined>;
  readonly text: BilingualText;
  constructor(
    kind: LoadErrorKind,
    url: string,
    text: BilingualText,
    extra: { status?: number; issues?: readonly ConceptIssue[]; titles?: ReadonlyArray<string | undefined>; cause?: unknown } = {},
  ) {
    super(text.en, { cause: extra.cause });
    this.name = 'LoadError';
    this.kind = kind;
    this.url = url;
    this.status = extra.status;
    this.issues = extra.issues ?? [];
    this.titles = extra.titles ?? [];
    this.text = text;
  }
}

export interface LoadOptions extends ParseOptions {
  readonly signal?: AbortSignal;
  /** Give up after this many milliseconds (default 20 000). */
  readonly timeout?: number;
  readonly fetch?: typeof fetch;
  /** Share requests and results through this cache (default: one per page or process). */
  readonly cache?: ConceptCache;
}

interface Pending {
  readonly promise: Promise<Concept>;
  readonly controller: AbortController;
  waiters: number;
  settled: boolean;
}

/** Requests in flight and concepts loaded, by absolute URL. Failed loads are forgotten so a retry refetches. */
export class ConceptCache {
  readonly entries = new Map<string, Pending>();
  /** How many network requests this cache started (for tests and the demo's request counter). */
  requests = 0;
  clear(): void {
    for (const entry of this.entries.values()) if (!entry.settled) entry.controller.abort();
    this.entries.clear();
  }
}

export const defaultCache = new ConceptCache();

function absolute(url: string): string {
  const base = typeof document !== 'undefined' ? document.baseURI : undefined;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

type ErrorExtra = Parameters<typeof import('./load-errors.js').errorFor>[2];

/** How long the words of an error may take to load before the short sentence below stands in. */
const WORDS_WAIT_MS = 5_000;

/**
 * The words of a load that went wrong, in German and English: they load only then (load-errors.ts).
 * Where they do not load, or not in time (offline, an incomplete upload, a server that stopped
 * answering: it usually serves the scripts too), a short sentence of this module stands in, so the
 * reader still gets a message in words instead of a script error or "loading" for ever.
 * Exported for its test only (not from the package's index).
 */
export async function withWords(
  kind: Exclude<LoadErrorKind, 'aborted'>,
  url: string,
  make: (words: typeof import('./load-errors.js')) => LoadError,
  extra: { status?: number; issues?: readonly ConceptIssue[]; cause?: unknown } = {},
): Promise<LoadError> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const late = new Promise<never>((_, fail) => (timer = setTimeout(() => fail(new Error('The words of the error did not load in time.')), WORDS_WAIT_MS)));
    return make(await Promise.race([import('./load-errors.js'), late]));
  } catch {
    const text =
      kind === 'invalid'
        ? { de: `Die Daten (${url}) sind kein gültiger Konzept-Export.`, en: `The data (${url}) is not a valid concept export.` }
        : { de: `Die Daten konnten nicht geladen werden (${url}).`, en: `The data could not be loaded (${url}).` };
    // What a developer reads besides the words stays: the HTTP status, the problems found, the cause.
    return new LoadError(kind, url, text, { status: extra.status, issues: extra.issues, cause: extra.cause });
  } finally {
    clearTimeout(timer);
  }
}

/** The error of a load that went wrong. A cancelled load, which happens on any page where an address changes, says so at once (`aborted`). */
function failure(kind: Exclude<LoadErrorKind, 'aborted'>, url: string, extra?: ErrorExtra): Promise<LoadError> {
  return withWords(kind, url, (words) => words.errorFor(kind, url, extra), extra);
}

const aborted = (url: string) => new LoadError('aborted', url, { de: 'Das Laden wurde abgebrochen.', en: 'Loading was cancelled.' });

/**
 * The error for data given as a value (not loaded from an address) that is not a valid export, with
 * the titles of the measures its first problems are in.
 */
export function invalidDataError(value: unknown, url: string, issues: readonly ConceptIssue[]): Promise<LoadError> {
  return withWords('invalid', url, (words) => words.invalidDataError(value, url, issues), { issues });
}

/**
 * The common case of `decodeExport` without loading it: JSON that starts with `{` (or white space),
 * has no zero byte among its first 64 (so it is no UTF-16) and is valid UTF-8, read as decodeExport reads it.
 */
function plainUtf8(buffer: ArrayBuffer): DecodedExport | undefined {
  const bytes = new Uint8Array(buffer);
  if (bytes[0] !== 0x7b && bytes[0] !== 0x20 && bytes[0] !== 0x0a && bytes[0] !== 0x0d && bytes[0] !== 0x09) return undefined;
  if (bytes.subarray(0, 64).includes(0)) return undefined;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8', bom: false };
  } catch {
    return undefined;
  }
}

async function fetchConcept(url: string, controller: AbortController, options: LoadOptions): Promise<Concept> {
  const timeout = options.timeout ?? 20_000;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  /** Why the request or its body failed: the time ran out, a caller cancelled it, or the network. */
  const lost = async (cause: unknown) =>
    controller.signal.aborted && !timedOut ? aborted(url) : failure(timedOut ? 'timeout' : 'network', url, { cause, timeout });
  try {
    let response: Response;
    try {
      response = await (options.fetch ?? globalThis.fetch)(url, { signal: controller.signal, credentials: 'same-origin' });
    } catch (cause) {
      throw await lost(cause);
    }
    if (!response.ok) throw await failure('http', url, { status: response.status });
    const declared = Number(response.headers.get('content-length') ?? 0);
    const maxLength = options.maxLength ?? 20_000_000;
    if (declared > maxLength * 4) throw await failure('tooLarge', url);
    let bytes: ArrayBuffer;
    try {
      bytes = await response.arrayBuffer();
    } catch (cause) {
      throw await lost(cause);
    }
    // As bytes, not response.text(): that reads everything as UTF-8, and a Windows-1252 export
    // would show "M?nchen" on the page. See encoding.ts, which loads only for what is not plain UTF-8.
    const decoded = plainUtf8(bytes) ?? (await import('./encoding.js')).decodeExport(bytes);
    if (!decoded.ok) throw await failure('encoding', url, { encoding: decoded.message });
    // The page is right, but the editor should know (readers never see this).
    if (decoded.warning) console.warn(`[konzept-kit] ${url}: ${decoded.warning.en}`);
    // zod and its worded messages load only for an export that is not valid (see quick-parse.ts).
    const result = await parseConceptLazily(decoded.text, options);
    if (!result.success) {
      const kind = result.issues[0]?.code === 'json' ? 'notJson' : result.issues[0]?.code === 'tooLarge' ? 'tooLarge' : 'invalid';
      throw await failure(kind, url, { issues: result.issues, text: kind === 'invalid' ? decoded.text : undefined });
    }
    return result.concept;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Loads and parses the export at `url`. Callers asking for the same URL share one request and get
 * the same frozen `Concept`. Aborting `signal` rejects this caller at once with kind `aborted`;
 * the request itself stops when no caller waits for it any more.
 */
export function loadConcept(url: string, options: LoadOptions = {}): Promise<Concept> {
  const cache = options.cache ?? defaultCache;
  const key = absolute(url);
  if (options.signal?.aborted) return Promise.reject(aborted(key));
  let entry = cache.entries.get(key);
  if (!entry) {
    const controller = new AbortController();
    cache.requests++;
    const pending: Pending = {
      controller,
      waiters: 0,
      settled: false,
      promise: fetchConcept(key, controller, options).then(
        (concept) => {
          pending.settled = true;
          return concept;
        },
        (error) => {
          pending.settled = true;
          if (cache.entries.get(key) === pending) cache.entries.delete(key);
          throw error;
        },
      ),
    };
    // A rejection nobody awaits (every caller aborted) must not surface as an unhandled rejection.
    pending.promise.catch(() => {});
    cache.entries.set(key, pending);
    entry = pending;
  }
  const shared = entry;
  shared.waiters++;
  const signal = options.signal;
  if (!signal) return shared.promise.finally(() => void shared.waiters--);
  return new Promise<Concept>((resolve, reject) => {
    const onAbort = () => {
      shared.waiters--;
      if (shared.waiters <= 0 && !shared.settled) {
        shared.controller.abort();
        if (cache.entries.get(key) === shared) cache.entries.delete(key);
      }
      reject(aborted(key));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(
      (concept) => {
        signal.removeEventListener('abort', onAbort);
        shared.waiters--;
        resolve(concept);
      },
      (error) => {
        signal.removeEventListener('abort', onAbort);
        shared.waiters--;
        reject(error);
      },
    );
  });
}
