/**
 * Registration that survives the most common web-component bug: the same library loaded twice on
 * one CMS page (two plug-ins, an old and a new version). It never throws; it warns once when a
 * different version already owns a tag, and it can register under another prefix.
 */
import { VERSION } from './version.js';

interface Versioned extends CustomElementConstructor {
  readonly konzeptVersion?: string;
}

const warned = new Set<string>();

function warnOnce(key: string, message: string): void {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`[konzept-kit] ${message}`);
}

/**
 * Defines `tag` unless it is already defined. Returns the tag name in use.
 * `ctor` is subclassed when it must be registered a second time under another name, because one
 * constructor cannot be defined twice.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): string {
  if (typeof customElements === 'undefined') return tag;
  const existing = customElements.get(tag) as Versioned | undefined;
  if (existing) {
    if (existing === ctor) return tag;
    const theirs = existing.konzeptVersion;
    if (theirs === undefined) {
      warnOnce(
        tag,
        `<${tag}> is already defined by another library; konzept-kit ${VERSION} leaves it alone. Register ours under another prefix: registerAll({ prefix: 'lk' }).`,
      );
    } else if (theirs !== VERSION) {
      warnOnce(tag, `<${tag}> is already defined by konzept-kit ${theirs}; this copy (${VERSION}) is not registered. Load the script only once.`);
    }
    return tag;
  }
  try {
    customElements.define(tag, ctor);
  } catch {
    // The constructor is already registered under another name: register a subclass instead.
    customElements.define(tag, class extends (ctor as unknown as { new (): HTMLElement }) {} as CustomElementConstructor);
  }
  return tag;
}

/** Tag names with a prefix: a registry tag stays as users know it; `prefix: 'lk'` puts `lk-` before it. */
export function prefixedTag(tag: string, prefix?: string): string {
  if (!prefix) return tag;
  const clean = prefix
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+$/, '');
  return clean ? `${clean}-${tag}` : tag;
}
