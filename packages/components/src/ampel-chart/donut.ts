/**
 * The donut's geometry: the slices of a pie (in the data's order, with a gap between them) and the
 * SVG path of one ring segment. The same layout d3-shape's `pie().sort(null).padAngle(p)` and
 * `arc().innerRadius(r0).outerRadius(r1)` give (angles clockwise from twelve o'clock, the gap kept
 * equally wide on both radii), written out for the one case the chart draws: d3-shape and d3-path
 * cost 3 KB gzip on every page with a chart.
 */
const TAU = 2 * Math.PI;
const EPSILON = 1e-12;

export interface Slice<T> {
  readonly data: T;
  readonly startAngle: number;
  readonly endAngle: number;
  readonly padAngle: number;
}

/** The slices of a full circle for `data`, each as large as its value, `padAngle` between them. */
export function slices<T>(data: readonly T[], value: (d: T) => number, padAngle: number): Slice<T>[] {
  const values = data.map(value);
  const sum = values.reduce((a, b) => a + (b > 0 ? b : 0), 0);
  const pad = Math.min(TAU / (data.length || 1), padAngle);
  const k = sum ? (TAU - data.length * pad) / sum : 0;
  let start = 0;
  return data.map((d, i) => {
    const v = values[i]!;
    const end = start + (v > 0 ? v * k : 0) + pad;
    const slice = { data: d, startAngle: start, endAngle: end, padAngle: pad };
    start = end;
    return slice;
  });
}

const point = (r: number, a: number) => `${round(r * Math.cos(a))},${round(r * Math.sin(a))}`;
const round = (n: number) => Math.round(n * 100) / 100;

/** The SVG path of the ring segment of `slice` between the radii `inner` and `outer`. */
export function ringSegment(slice: Slice<unknown>, inner: number, outer: number): string {
  // SVG's angle 0 points right; the chart's twelve o'clock is a quarter turn before it.
  const a0 = slice.startAngle - Math.PI / 2;
  const a1 = slice.endAngle - Math.PI / 2;
  const span = a1 - a0;
  if (span >= TAU - EPSILON) {
    // One slice: two full circles (each drawn as two halves, as SVG needs), the inner one the other
    // way round, so that it is the hole.
    const circle = (r: number, sweep: number) => `M${r},0A${r},${r},0,1,${sweep},${-r},0A${r},${r},0,1,${sweep},${r},0`;
    return `${circle(outer, 1)}${circle(inner, 0)}Z`;
  }
  // The gap: the same width on both radii, so a narrower angle inside than outside.
  const half = slice.padAngle / 2;
  const padRadius = Math.sqrt(inner * inner + outer * outer);
  const shrink = (r: number): [number, number] => {
    const p = Math.asin(Math.min(1, (padRadius / r) * Math.sin(half)));
    return span - 2 * p > EPSILON ? [a0 + p, a1 - p] : [(a0 + a1) / 2, (a0 + a1) / 2];
  };
  const [o0, o1] = half > EPSILON ? shrink(outer) : [a0, a1];
  const [i0, i1] = half > EPSILON ? shrink(inner) : [a0, a1];
  const large = (from: number, to: number) => (to - from >= Math.PI ? 1 : 0);
  return (
    `M${point(outer, o0)}A${outer},${outer},0,${large(o0, o1)},1,${point(outer, o1)}` +
    `L${point(inner, i1)}A${inner},${inner},0,${large(i0, i1)},0,${point(inner, i0)}Z`
  );
}
