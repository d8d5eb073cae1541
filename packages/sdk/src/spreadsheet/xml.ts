/**
 * A small XML reader for the parts of a workbook (worksheets, shared strings, styles, the ODF
 * content): elements with attributes and text, namespace prefixes dropped (`x:c` and `c` are the
 * same cell, `table:name` is `name`). No DTDs, no external entities: nothing is fetched or expanded
 * beyond the five named entities and character references.
 */

export interface XmlElement {
  /** The local name, without a namespace prefix. */
  readonly name: string;
  /** Attributes by local name. */
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlNode[];
}

export type XmlNode = XmlElement | string;

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

function readAttributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const m of source.matchAll(ATTRIBUTE)) {
    const name = localName(m[1]!);
    // `xmlns:x="…"` declarations are no data.
    if (m[1] === 'xmlns' || m[1]!.startsWith('xmlns:')) continue;
    attrs[name] = decodeEntities(m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** Parses an XML document into its root element. Throws an Error for what is not well-formed enough to read. */
export function parseXml(source: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let at = 0;
  while (at < source.length) {
    const open = source.indexOf('<', at);
    if (open < 0) break;
    if (open > at) {
      const text = source.slice(at, open);
      if (stack.length > 1) stack.at(-1)!.children.push(decodeEntities(text));
    }
    if (source.startsWith('<!--', open)) {
      const end = source.indexOf('-->', open + 4);
      at = end < 0 ? source.length : end + 3;
      continue;
    }
    if (source.startsWith('<![CDATA[', open)) {
      const end = source.indexOf(']]>', open + 9);
      if (end < 0) throw new Error('unterminated CDATA');
      stack.at(-1)!.children.push(source.slice(open + 9, end));
      at = end + 3;
      continue;
    }
    if (source[open + 1] === '?' || source[open + 1] === '!') {
      const end = source.indexOf('>', open);
      at = end < 0 ? source.length : end + 1;
      continue;
    }
    const close = source.indexOf('>', open);
    if (close < 0) throw new Error('unterminated tag');
    const tag = source.slice(open + 1, close);
    at = close + 1;
    if (tag[0] === '/') {
      const name = localName(tag.slice(1).trim());
      // Close up to the matching element (tolerates a stray end tag).
      const index = stack.findLastIndex((e) => e.name === name);
      if (index > 0) stack.length = index;
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const body = selfClosing ? tag.slice(0, -1) : tag;
    const space = body.search(/\s/);
    const name = localName(space < 0 ? body : body.slice(0, space));
    const element: XmlElement = { name, attrs: space < 0 ? {} : readAttributes(body.slice(space)), children: [] };
    stack.at(-1)!.children.push(element);
    if (!selfClosing) stack.push(element);
  }
  const first = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!first) throw new Error('no root element');
  return first;
}

export function childElements(element: XmlElement | undefined, name?: string): XmlElement[] {
  if (!element) return [];
  return element.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));
}

export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** Every descendant element with this name, in document order. */
export function descendants(element: XmlElement | undefined, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (typeof c === 'string') continue;
      if (c.name === name) found.push(c);
      walk(c);
    }
  };
  if (element) walk(element);
  return found;
}

/** All text inside an element. */
export function textContent(element: XmlElement | undefined): string {
  if (!element) return '';
  return element.children.map((c) => (typeof c === 'string' ? c : textContent(c))).join('');
}
