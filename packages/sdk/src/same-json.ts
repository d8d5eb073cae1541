/** JSON values compared regardless of key order: exports from different tools order keys differently. */

/** A JSON value's text with its keys sorted: equal for equal values, whatever the key order. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
}

/**
 * `canonicalJson(a) === canonicalJson(b)` without building the two strings: a diff of two
 * 10,000-measure versions compares eleven attributes of every measure, and the strings were most
 * of its time (docs/BENCHMARKS.md).
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return canonicalJson(a) === canonicalJson(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  // Keys holding undefined do not count, as in canonicalJson.
  let keys = 0;
  for (const key of Object.keys(a)) {
    const value = (a as Record<string, unknown>)[key];
    if (value === undefined) continue;
    keys++;
    const other = (b as Record<string, unknown>)[key];
    if (other === undefined || !sameJson(value, other)) return false;
  }
  for (const key of Object.keys(b)) if ((b as Record<string, unknown>)[key] !== undefined) keys--;
  return keys === 0;
}
