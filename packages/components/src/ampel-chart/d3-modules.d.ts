/**
 * The few d3 functions the chart uses, typed here because the project carries no @types/d3-*
 * packages (d3-shape ships JavaScript only).
 */
declare module 'd3-shape' {
  export interface PieArcDatum<T> {
    readonly data: T;
    readonly value: number;
    readonly index: number;
    readonly startAngle: number;
    readonly endAngle: number;
    readonly padAngle: number;
  }
  export interface Pie<T> {
    (data: readonly T[]): PieArcDatum<T>[];
    value(accessor: (d: T, i: number) => number): this;
    sort(comparator: null | ((a: T, b: T) => number)): this;
    padAngle(angle: number): this;
  }
  export function pie<T>(): Pie<T>;

  export interface ArcObject {
    readonly startAngle: number;
    readonly endAngle: number;
    readonly padAngle?: number;
  }
  export interface Arc {
    (d: ArcObject): string | null;
    innerRadius(radius: number): this;
    outerRadius(radius: number): this;
    padAngle(angle: number): this;
    cornerRadius(radius: number): this;
    centroid(d: ArcObject): [number, number];
  }
  export function arc(): Arc;
}
