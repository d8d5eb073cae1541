/**
 * Mutated exports for the fuzzer (`npm run fuzz`, and a short seeded run in `npm test`): each
 * mutant is the bytes of a sample export after one to three seeded mutations of these kinds:
 * types, keys, unicode, sizes, nesting, duplicates, references, prototype keys, markup and
 * unsafe links, encodings. The same seed gives the same mutants on any machine.
 */

type Json = any; // the mutants are JSON of any shape

/** A small seeded generator (mulberry32): reproducible runs, `--seed` picks another sequence. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const KINDS = ['types', 'keys', 'unicode', 'sizes', 'nesting', 'duplicates', 'references', 'prototype', 'markup', 'encodings'] as const;
export type MutationKind = (typeof KINDS)[number];

export interface Mutant {
  readonly bytes: Uint8Array;
  readonly kinds: readonly MutationKind[];
  readonly base: string;
}

/** Strings that should stay inert text wherever they land; each would set `window.__pwned`. */
export const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  '"><svg onload="window.__pwned=3">',
  'javascript:window.__pwned=4',
  ' JaVaScRiPt:window.__pwned=5',
  'data:text/html,<script>window.__pwned=6</script>',
];

const UNICODE = [
  '\u202e',
  '\u202d',
  '\u2066',
  '\u2069',
  '\u200f',
  '\u0000',
  '\ud800',
  '\udfff',
  '😀',
  'e\u0301',
  '\ufeff',
  '\u00ad',
  'ü',
  'ß',
  'مرحبا',
  '\u2028',
];

interface Slot {
  readonly parent: Json;
  readonly key: string | number;
}

function slots(root: Json): Slot[] {
  const out: Slot[] = [];
  const stack: Json[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    for (const key of Array.isArray(node) ? node.keys() : Object.keys(node)) {
      out.push({ parent: node, key });
      stack.push(node[key]);
    }
  }
  return out;
}

/** Every object with a string `id`, by the name of the list it is in (fields, measures, statuses …). */
function entities(root: Json): Map<string, Json[]> {
  const out = new Map<string, Json[]>();
  for (const { parent, key } of slots(root)) {
    const value = parent[key];
    if (!Array.isArray(value)) continue;
    for (const item of value) {
      if (!item || typeof item !== 'object' || typeof item.id !== 'string') continue;
      let group = out.get(String(key));
      if (!group) out.set(String(key), (group = []));
      group.push(item);
    }
  }
  return out;
}

export function generator(seed: number, samples: ReadonlyArray<{ name: string; json: Json }>) {
  const rnd = random(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const anyValue = (): Json =>
    pick<() => Json>([
      () => int(1000) - 500,
      () => rnd() * 1e6,
      () => pick(['', 'x', 'grün', '2025-02-30', '1e999', 'true', pick(PAYLOADS)]),
      () => null,
      () => rnd() < 0.5,
      () => [],
      () => ({}),
      () => [pick(['a', 1, null])],
      () => ({ de: 'Text', [pick(['en', 'en-x', 'fr-1', 'xx', '__proto__', ''])]: 'x' }),
    ])();

  function mutateJson(doc: Json, kind: MutationKind): Json {
    const all = slots(doc);
    const slot = all.length ? pick(all) : undefined;
    const strings = all.filter((s) => typeof s.parent[s.key] === 'string');
    const objects = all.filter((s) => s.parent[s.key] && typeof s.parent[s.key] === 'object' && !Array.isArray(s.parent[s.key]));
    const lists = all.filter((s) => Array.isArray(s.parent[s.key]));
    switch (kind) {
      case 'types':
        if (slot) slot.parent[slot.key] = anyValue();
        return doc;
      case 'keys': {
        const chosen = objects.length ? pick(objects) : undefined;
        const obj = chosen ? chosen.parent[chosen.key] : doc;
        const own = Object.keys(obj);
        const r = int(3);
        if (r === 0 && own.length) delete obj[pick(own)];
        else if (r === 1 && own.length) {
          const k = pick(own);
          obj[`${k}${pick(['s', '_', 'X', ''])}`.replace(/^(.)/, (c) => (rnd() < 0.5 ? c.toUpperCase() : c))] = obj[k];
          delete obj[k];
        } else obj[pick(['colour', 'titel', 'extra', 'x'.repeat(int(200)), 'Ä', ''])] = anyValue();
        return doc;
      }
      case 'unicode': {
        if (!strings.length) return doc;
        const s = pick(strings);
        const value = String(s.parent[s.key]);
        const at = int(value.length + 1);
        s.parent[s.key] = value.slice(0, at) + pick(UNICODE) + value.slice(at);
        return doc;
      }
      case 'sizes': {
        if (rnd() < 0.5 && strings.length) {
          const s = pick(strings);
          const value = String(s.parent[s.key]);
          // Up to about 100,000 characters: big enough to find what grows faster than its input.
          s.parent[s.key] = value.repeat(Math.min(1 + int(pick([10, 100, 1_000])), Math.ceil(100_000 / Math.max(1, value.length))));
        } else if (lists.length) {
          const l = pick(lists);
          const list = l.parent[l.key] as Json[];
          // Up to about 150 KB of entries, whatever the list holds.
          const each = list.length ? JSON.stringify(list[0]).length : 1;
          const length = Math.min(pick([20, 200, 2_000, 20_000]), Math.max(2, Math.floor(150_000 / each)));
          if (list.length) l.parent[l.key] = Array.from({ length }, (_, i) => list[i % list.length]);
        }
        return doc;
      }
      case 'nesting': {
        if (!slot) return doc;
        let value = slot.parent[slot.key];
        for (let i = pick([2, 20, 60, 500]); i > 0; i--) value = rnd() < 0.5 ? [value] : { x: value };
        slot.parent[slot.key] = value;
        return doc;
      }
      case 'duplicates': {
        const groups = [...entities(doc).values()].filter((g) => g.length > 1);
        if (!groups.length) return doc;
        const group = pick(groups);
        pick(group).id = pick(group).id;
        if (rnd() < 0.3) for (const item of group) item.id = group[0].id;
        return doc;
      }
      case 'references': {
        const refs = all.filter(
          (s) =>
            ['value', 'status', 'evaluation', 'field', 'unrated'].includes(String(s.key)) ||
            (Array.isArray(s.parent) && typeof (s.parent as Json[])[s.key as number] === 'string'),
        );
        const ids = [...entities(doc).values()].flat().map((e) => e.id as string);
        const ref = refs.length ? pick(refs) : undefined;
        if (ref) ref.parent[ref.key] = rnd() < 0.5 && ids.length ? pick(ids) : pick(['gruen', 'blue', 'nope', 'x'.repeat(int(300))]);
        return doc;
      }
      case 'markup': {
        if (!strings.length) return doc;
        const s = pick(strings);
        s.parent[s.key] = rnd() < 0.5 ? pick(PAYLOADS) : `${s.parent[s.key]}${pick(PAYLOADS)}`;
        return doc;
      }
      default:
        return doc;
    }
  }

  function encode(text: string): Uint8Array {
    const utf8 = new TextEncoder().encode(text);
    switch (int(8)) {
      case 0: {
        const out = new Uint8Array(text.length * 2 + 2);
        const view = new DataView(out.buffer);
        const le = rnd() < 0.5;
        view.setUint16(0, 0xfeff, le);
        for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), le);
        return out;
      }
      case 1:
        return Uint8Array.from(text, (ch) => (ch.charCodeAt(0) < 0x100 ? ch.charCodeAt(0) : 0x3f));
      case 2:
        return concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8);
      case 3:
        return utf8.subarray(0, int(utf8.length));
      case 4: {
        const copy = utf8.slice();
        for (let i = 0; i < 1 + int(8); i++) copy[int(copy.length)] = int(256);
        return copy;
      }
      case 5:
        return concat(Uint8Array.of(0xff, 0xfe, 0, 0), utf8.subarray(0, 1000));
      case 6:
        return Uint8Array.of(0x50, 0x4b, 3, 4, ...utf8.subarray(0, 500));
      default:
        return utf8;
    }
  }

  /** The next mutant: a sample, one to three mutations. */
  return function next(): Mutant {
    const base = pick(samples);
    const kinds: MutationKind[] = Array.from({ length: 1 + int(3) }, () => pick(KINDS));
    let doc = structuredClone(base.json);
    for (const kind of kinds) if (kind !== 'encodings' && kind !== 'prototype') doc = mutateJson(doc, kind);
    let text: string;
    try {
      text = JSON.stringify(doc, null, rnd() < 0.2 ? 2 : undefined);
    } catch {
      // Three size mutations of one list can multiply past what a string can hold: not an export, another mutant.
      return next();
    }
    if (kinds.includes('prototype')) {
      // As text: JSON.stringify cannot write a "__proto__" key that JSON.parse then makes an own key.
      const key = pick(['__proto__', 'constructor', 'prototype']);
      const payload = pick(['{"polluted":true}', '{"prototype":{"polluted":true}}', '1', '[]']);
      const objectStarts = [...text.matchAll(/\{(?=")/g)].map((m) => m.index!);
      const at = objectStarts.length ? pick(objectStarts) : 0;
      text = `${text.slice(0, at + 1)}"${key}":${payload},${text.slice(at + 1)}`;
    }
    const bytes = kinds.includes('encodings') ? encode(text) : new TextEncoder().encode(text);
    return { bytes, kinds, base: base.name };
  };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
