/**
 * The longest common subsequence of two sequences, as runs of kept, deleted and inserted items:
 * what a word diff of a rephrased description and an entry diff of a changed list both need.
 *
 * Written here rather than taken from the `diff` package: that package brings every diff variant
 * into the browser bundle (about 6 KB gzip) for the two calls we make, and the budget for the
 * file web editors upload is 40 KB.
 */
export type SequenceOp = 'same' | 'deleted' | 'inserted';

export interface SequenceRun {
  readonly op: SequenceOp;
  /** Start in `a` (same, deleted) or `b` (inserted), and length. */
  readonly start: number;
  readonly length: number;
}

/**
 * Above this many cells the middle is reported as replaced instead of aligned (bounded time and
 * memory): 4 million cells take 80–170 ms in a browser. A caller that must stay within one short
 * task (the elements) passes a smaller bound.
 */
export const MAX_CELLS = 4_000_000;

export function diffSequences<T>(a: readonly T[], b: readonly T[], equal: (x: T, y: T) => boolean = Object.is, maxCells = MAX_CELLS): SequenceRun[] {
  // Runs are built as the alignment goes: a replaced middle of 100,000 entries is one run, not 100,000.
  const runs: SequenceRun[] = [];
  const add = (op: SequenceOp, start: number, length = 1) => {
    const last = runs[runs.length - 1];
    if (last && last.op === op && last.start + last.length === start) runs[runs.length - 1] = { op, start: last.start, length: last.length + length };
    else runs.push({ op, start, length });
  };
  let head = 0;
  while (head < a.length && head < b.length && equal(a[head]!, b[head]!)) add('same', head++);
  let tailA = a.length;
  let tailB = b.length;
  while (tailA > head && tailB > head && equal(a[tailA - 1]!, b[tailB - 1]!)) {
    tailA--;
    tailB--;
  }
  const n = tailA - head;
  const m = tailB - head;
  if (n * m > maxCells) {
    if (n) add('deleted', head, n);
    if (m) add('inserted', head, m);
  } else if (n > 0 || m > 0) {
    // lengths[i][j]: LCS of a[head+i…] and b[head+j…], in one flat array.
    const width = m + 1;
    const lengths = new Uint32Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lengths[i * width + j] = equal(a[head + i]!, b[head + j]!)
          ? lengths[(i + 1) * width + j + 1]! + 1
          : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && equal(a[head + i]!, b[head + j]!)) {
        add('same', head + i);
        i++;
        j++;
      } else if (j < m && (i === n || lengths[i * width + j + 1]! >= lengths[(i + 1) * width + j]!)) {
        // Deletions before insertions reads naturally: "old words, then new words".
        if (i < n && lengths[(i + 1) * width + j]! === lengths[i * width + j + 1]!) add('deleted', head + i++);
        else add('inserted', head + j++);
      } else {
        add('deleted', head + i++);
      }
    }
  }
  if (a.length > tailA) add('same', tailA, a.length - tailA);
  return runs;
}

/** Words, runs of white space and single punctuation marks: the units a reader sees change. */
export function wordTokens(text: string): string[] {
  return text.match(/\s+|[\p{L}\p{N}_\u00AD-]+|[^\s\p{L}\p{N}_]/gu) ?? [];
}
