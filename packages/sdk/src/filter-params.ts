/**
 * A reader's filter as web editors write it in HTML attributes (`status="red"`,
 * `field="sprache bildung"`, `kind="action"`, `query="Ärzte"`). Apart from filter.ts: an element
 * without such attributes never runs it, and a browser bundle loads it only for one that has them.
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
