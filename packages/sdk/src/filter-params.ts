/**
 * A reader's filter as web editors write it in HTML attributes (`status="red"`,
 * `field="sprache bildung"`, `kind="action"`, `query="Ärzte"`), and the small operations elements
 * need around it: comparing two filters (loosening one so that a linked measure shows is in
 * reveal-filter.ts).
 */
import type { FieldKind } from '@konzept-kit/concept-schema';
import type { MeasureFilter } from './filter.js';

export interface FilterParams {
  readonly status?: string | null;
  readonly field?: string | null;
  readonly kind?: string | null;
  readonly query?: string | null;
}

/** `"red, yellow"` or `"red yellow"` → `['red', 'yellow']`. */
function list(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,;]+/).filter(Boolean);
}

const KINDS: Readonly<Record<string, FieldKind>> = {
  action: 'action',
  crosscutting: 'crossCutting',
  'cross-cutting': 'crossCutting',
};

/** A filter from attribute values. Unknown kinds are left out (and reported in `ignored`). */
export function filterFromParams(params: FilterParams): MeasureFilter & { readonly ignored?: readonly string[] } {
  const status = list(params.status);
  const field = list(params.field);
  const kinds = list(params.kind);
  const kind = kinds.map((k) => KINDS[k.toLowerCase()]).filter((k): k is FieldKind => k !== undefined);
  const ignored = kinds.filter((k) => KINDS[k.toLowerCase()] === undefined);
  const query = params.query?.trim() ?? '';
  return {
    ...(status.length ? { status } : {}),
    ...(field.length ? { field } : {}),
    ...(kind.length ? { kind: [...new Set(kind)] } : {}),
    ...(query ? { query } : {}),
    ...(ignored.length ? { ignored } : {}),
  };
}

/** Drops empty parts, so `{ status: [] }` and `{}` compare equal. */
export function compactFilter(filter: MeasureFilter | undefined): MeasureFilter {
  if (!filter) return {};
  const query = filter.query?.trim() ?? '';
  return {
    ...(filter.status?.length ? { status: filter.status } : {}),
    ...(filter.field?.length ? { field: filter.field } : {}),
    ...(filter.kind?.length ? { kind: filter.kind } : {}),
    ...(query ? { query: filter.query } : {}),
  };
}

function sameSet(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  const x = new Set(a ?? []);
  const y = new Set(b ?? []);
  return x.size === y.size && [...x].every((v) => y.has(v));
}

/** Whether two filters keep the same measures by construction (order of ids does not matter). */
export function sameFilter(a: MeasureFilter | undefined, b: MeasureFilter | undefined): boolean {
  if (a === b) return true;
  return sameSet(a?.status, b?.status) && sameSet(a?.field, b?.field) && sameSet(a?.kind, b?.kind) && (a?.query?.trim() ?? '') === (b?.query?.trim() ?? '');
}
