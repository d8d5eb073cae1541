/**
 * Where a problem of an export is, in the words an editor knows: the title of the measure (or
 * objective, field) its JSON path leads into, instead of `fields[3].objectives[0].measures[4]…`.
 */
import type { ConceptIssue } from '@konzept-kit/concept-schema';

const LISTS = new Set(['fields', 'objectives', 'measures']);

/** The title of the deepest field, objective or measure on `path` in raw export data (first 120 characters). */
export function titleOnPath(data: unknown, path: readonly (string | number)[]): string | undefined {
  let node: unknown = data;
  let title: string | undefined;
  for (let i = 0; i < path.length && node !== null && typeof node === 'object'; i++) {
    node = (node as Record<string | number, unknown>)[path[i]!];
    if (typeof path[i] !== 'number' || !LISTS.has(String(path[i - 1])) || !node || typeof node !== 'object') continue;
    const own = (node as { title?: unknown }).title;
    const text = typeof own === 'string' ? own : own && typeof own === 'object' ? Object.values(own).find((v) => typeof v === 'string') : undefined;
    if (typeof text === 'string' && text.trim()) title = text.trim().slice(0, 120);
  }
  return title;
}

/** The titles for the first `count` issues (undefined where a path leads into no titled item), from the export's text. */
export function issueTitles(text: string, issues: readonly ConceptIssue[], count = 5): Array<string | undefined> {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return [];
  }
  return issues.slice(0, count).map((issue) => titleOnPath(data, issue.path));
}
