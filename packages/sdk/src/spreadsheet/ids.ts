/**
 * Ids for what a sheet does not number itself. Positional and readable: field `sprache`, its
 * objectives `sprache-1`, `sprache-2`, their measures `sprache-1-1` … The same sheet gives the same
 * ids on every import; inserting a row shifts the numbers after it, which is why the export writes
 * every id back into the sheet (ID, Feld-ID, Unterziel-ID) and the next import keeps them.
 */
import { foldForSearch } from '../normalize.js';

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

export function isValidId(value: string): boolean {
  return ID_PATTERN.test(value);
}

/** `Kultur und Freizeit` → `kultur-und-freizeit`; at most `max` characters; `''` when nothing is left. */
export function slug(text: string, max = 40): string {
  const base = foldForSearch(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (base.length <= max) return base;
  const cut = base.slice(0, max);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > max / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/, '');
}

/** Makes a cell's id valid: `1.2 a` → `1.2-a`, `Ä-3` → `ae-3`; `''` when nothing usable is left. */
export function sanitizeId(text: string): string {
  const cleaned = text
    .trim()
    .replace(/[äöüßÄÖÜ]/g, (c) => ({ ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' })[c]!)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._:-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, 128)
    .replace(/-+$/, '');
  return isValidId(cleaned) ? cleaned : '';
}

/** Hands out ids unique within one kind: a taken id gets `-2`, `-3` … */
export class IdRegistry {
  readonly #taken = new Set<string>();

  has(id: string): boolean {
    return this.#taken.has(id);
  }

  /** Claims `id` if free; returns false when it is taken. */
  claim(id: string): boolean {
    if (this.#taken.has(id)) return false;
    this.#taken.add(id);
    return true;
  }

  /** `wanted` if free, else the first free `wanted-2`, `wanted-3` … */
  unique(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.#taken.has(id); n++) id = `${wanted.slice(0, 120)}-${n}`;
    this.#taken.add(id);
    return id;
  }
}
