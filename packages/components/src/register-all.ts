/**
 * Registers every element of the registry (registry.ts) at once, optionally under a prefix
 * (`registerAll({ prefix: 'lk' })` gives `<lk-…>` for each tag of the
 * registry, `lk-provider` for the provider). Safe to call twice and safe when another copy of
 * konzept-kit registered first: `defineElement` never throws.
 */
import { ELEMENTS, type ElementKey } from './registry.js';

export interface RegisterAllOptions {
  /** Tag prefix; without one every element keeps the tag of its registry row (see registry.ts). */
  readonly prefix?: string;
}

/** The tag names in use after registration, by the registry's `key`. */
export type RegisteredTags = { readonly [K in ElementKey]: string };

export function registerAll(options: RegisterAllOptions = {}): RegisteredTags {
  return Object.fromEntries(ELEMENTS.map((row) => [row.key, row.define(options.prefix)])) as RegisteredTags;
}
