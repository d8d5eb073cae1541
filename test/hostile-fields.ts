/**
 * Where hostile input can go: every text and every link field of the export format, found by
 * walking the zod schema and an export side by side, so a field added to the schema is found too.
 * Shared by the parser's hostile tests (Node) and the elements' (browser): no Node or DOM APIs here.
 *
 * `everyFieldExport` completes a sample export (Konstanz 1.0) with one of each optional part it
 * lacks (a lead's contact and address, a council paper with its OParl address, guidelines, language
 * maps, `extra` …); `fieldsOf` lists every value in it with its kind; `schemaPatterns` lists what
 * the schema allows, and the tests check that the first covers the second.
 */
import type * as z from 'zod/mini';
import { schemas } from '../packages/concept-schema/src/schema.js';

export type Json = Record<string, any>;
export type Path = Array<string | number>;
/** `text`: shown to readers as text; `link`: an address; `key`: a key of `extra` (shown as text); `other`: ids, dates, numbers … */
export type FieldKind = 'text' | 'link' | 'key' | 'object' | 'list' | 'other';

export interface Field {
  readonly path: Path;
  /** The path with list positions left out: `fields[].objectives[].measures[].title`. */
  readonly pattern: string;
  readonly kind: FieldKind;
  /** For objects: the keys that must be there. */
  readonly required?: readonly string[];
  /** For lists of objects: the entries must have ids, unique ones. */
  readonly ids?: boolean;
  /** For strings: the longest allowed. */
  readonly maxLength?: number;
  /** For texts: a language map is allowed in place of the string. */
  readonly map?: boolean;
}

type Schema = z.core.$ZodType;
const def = (s: Schema) => s._zod.def as unknown as Record<string, any>;

function unwrap(s: Schema): Schema {
  let current = s;
  while (def(current).type === 'optional' || def(current).type === 'default') current = def(current).innerType;
  return current;
}

/** What a string schema holds: a link (the safe-URL check), a text (only length checks), or other. */
function stringKind(s: Schema): FieldKind {
  const checks = (def(s).checks ?? []) as z.core.$ZodCheck[];
  const kinds = checks.map((c) => c._zod.def as unknown as Record<string, any>);
  if (kinds.some((c) => c.check === 'custom' && c.params?.konzept === 'unsafeUrl')) return 'link';
  if (kinds.every((c) => c.check === 'max_length' || c.check === 'min_length')) return 'text';
  return 'other';
}

function maxLength(s: Schema): number | undefined {
  const checks = ((def(s).checks ?? []) as z.core.$ZodCheck[]).map((c) => c._zod.def as unknown as Record<string, any>);
  return checks.find((c) => c.check === 'max_length')?.maximum;
}

const join = (pattern: string, key: string | number) => (typeof key === 'number' ? `${pattern}[]` : pattern ? `${pattern}.${key}` : key);

/** Every value of `value` (an export, or part of one) with the kind its schema gives it. */
export function fieldsOf(value: unknown, schema: Schema = schemas().concept, path: Path = [], pattern = ''): Field[] {
  const s = unwrap(schema);
  const d = def(s);
  if (d.type === 'union') {
    // A text: a plain string or a language map.
    if (typeof value === 'string') return fieldsOf(value, d.options[0], path, pattern).map((f) => ({ ...f, map: true }));
    return fieldsOf(value, d.options[1], path, pattern);
  }
  if (d.type === 'string') return [{ path, pattern, kind: stringKind(s), maxLength: maxLength(s) }];
  if (d.type === 'array' && Array.isArray(value)) {
    const element = unwrap(d.element);
    // Lists whose entries must have an id (an indicator's is optional, and not checked for doubles).
    const ids = def(element).type === 'object' && 'id' in def(element).shape && def(def(element).shape.id).type !== 'optional';
    return [{ path, pattern, kind: 'list', ids }, ...value.flatMap((v, i) => fieldsOf(v, d.element, [...path, i], join(pattern, i)))];
  }
  if (d.type === 'record' && value && typeof value === 'object') {
    const valueKind = stringKind(unwrap(d.valueType));
    return Object.entries(value).flatMap(([k, v]) => [
      ...(stringKind(unwrap(d.keyType)) === 'text'
        ? [{ path: [...path, k], pattern: `${pattern}{key}`, kind: 'key' as const, maxLength: maxLength(unwrap(d.keyType)) }]
        : []),
      { path: [...path, k], pattern: `${pattern}{}`, kind: typeof v === 'string' ? valueKind : 'other', maxLength: maxLength(unwrap(d.valueType)) },
    ]);
  }
  if (d.type === 'object' && value && typeof value === 'object' && !Array.isArray(value)) {
    const shape = d.shape as Record<string, Schema>;
    const required = Object.keys(shape).filter((k) => !['optional', 'default'].includes(def(shape[k]!).type));
    return [
      { path, pattern, kind: 'object', required },
      ...Object.entries(value).flatMap(([k, v]) => (shape[k] ? fieldsOf(v, shape[k]!, [...path, k], join(pattern, k)) : [])),
    ];
  }
  return [{ path, pattern, kind: 'other' }];
}

/** Every text, link and `extra` key the schema allows, as patterns like those of `fieldsOf`. */
export function schemaPatterns(schema: Schema = schemas().concept, pattern = '', seen = new Set<Schema>()): Array<{ pattern: string; kind: FieldKind }> {
  const s = unwrap(schema);
  const d = def(s);
  if (seen.has(s) && d.type === 'object') return [];
  switch (d.type) {
    case 'union':
      return [...schemaPatterns(d.options[0], pattern, seen), ...schemaPatterns(d.options[1], pattern, seen).filter((p) => p.kind !== 'key')];
    case 'string': {
      const kind = stringKind(s);
      return kind === 'text' || kind === 'link' ? [{ pattern, kind }] : [];
    }
    case 'array':
      return schemaPatterns(d.element, `${pattern}[]`, seen);
    case 'record':
      return [
        ...(stringKind(unwrap(d.keyType)) === 'text' ? [{ pattern: `${pattern}{key}`, kind: 'key' as const }] : []),
        ...schemaPatterns(d.valueType, `${pattern}{}`, seen),
      ];
    case 'object':
      return Object.entries(d.shape as Record<string, Schema>).flatMap(([k, v]) => schemaPatterns(v, join(pattern, k), new Set([...seen, s])));
    default:
      return [];
  }
}

/** The value at a path. */
export function at(root: unknown, path: Path): any {
  return path.reduce<any>((v, k) => v?.[k], root);
}

/** Sets the value at a path (the parent must exist). */
export function setAt(root: Json, path: Path, value: unknown): void {
  const parent = at(root, path.slice(0, -1));
  parent[path[path.length - 1]!] = value;
}

/**
 * Konstanz 1.0 with one of each part the format allows and the sample lacks, so every text and link
 * field of the schema occurs at least once (the tests check that with `schemaPatterns`).
 */
export function everyFieldExport(konstanz: Json): Json {
  const doc = structuredClone(konstanz) as Json;
  const field = doc.fields[0];
  const objective = field.objectives[0];
  const measure = objective.measures[0];
  const paper = (n: string) => ({
    number: n,
    title: 'Sachstandsbericht',
    date: '2025-03-28',
    body: 'Sozialausschuss',
    session: 'public',
    url: 'https://www.lrakn.de/vorlage',
    oparlPaper: 'https://oparl.lrakn.de/paper/1',
  });
  doc.summary = 'Zusammenfassung';
  doc.adoptedBy = 'Kreistag';
  doc.municipality.url = 'https://www.lrakn.de';
  doc.meta = { ...doc.meta, note: 'Hinweis', source: 'Quelle', generator: 'Test', exportedAt: '2025-03-28T10:00:00Z' };
  doc.terms = Object.fromEntries(
    ['actionField', 'crossCuttingField', 'goal', 'objective', 'measure', 'guideline', 'lead', 'partners'].map((k) => [k, { singular: k, plural: `${k}s` }]),
  );
  doc.statusScale = {
    id: 'ampel',
    title: 'Ampel',
    statuses: [
      { id: 'green', label: 'umgesetzt', description: 'fertig', color: '#1a7f37', icon: 'check', done: true },
      { id: 'yellow', label: { de: 'in Arbeit', en: 'in progress' }, description: 'läuft', icon: 'progress' },
      { id: 'red', label: 'nicht umgesetzt', description: 'offen', icon: 'cross' },
    ],
  };
  doc.councilPapers = [paper('2025/073')];
  doc.evaluations[0].councilPaper = paper('2019/100');
  doc.guidelines = [{ id: 'leitlinie-1', title: 'Teilhabe', text: 'Alle sollen teilhaben.', field: field.id }];
  doc.participation = [
    {
      id: 'konferenz',
      kind: 'conference',
      title: 'Integrationskonferenz',
      date: '2023-11-17',
      participants: 150,
      field: field.id,
      statements: ['Mehr Sprachkurse'],
      needs: ['Kinderbetreuung während der Kurse'],
      councilPaper: paper('2024/140'),
    },
  ];
  doc.integrationReports = [
    {
      id: 'bericht-2024',
      title: 'Integrationsbericht 2024',
      date: '2024-10-15',
      period: { start: '2021', end: '2023', text: '2021 bis 2023' },
      summary: 'Drei Maßnahmen im Detail',
      councilPaper: paper('2024/200'),
      url: 'https://www.lrakn.de/bericht',
      measures: [
        {
          title: 'Lernpaten',
          measure: measure.id,
          field: field.id,
          lead: { unit: 'Schulamt', contact: 'Herr Muster', url: 'https://www.lrakn.de/schulamt' },
          partners: ['Freiwilligenagentur'],
          assessment: 'Wirkt gut.',
          nextSteps: 'Ausweiten.',
        },
      ],
    },
  ];
  doc.extra = { Hinweis: 'Konzeptweit' };
  field.description = 'Beschreibung des Feldes';
  field.goal = { title: 'Oberziel', description: 'Beschreibung des Oberziels' };
  field.extra = { Farbe: 'blau' };
  objective.description = 'Beschreibung des Unterziels';
  objective.indicators = [{ id: 'ind-1', title: 'Kurse', unit: 'Kurse', baseline: 1, target: 3, current: 2, date: '2025-03-28', note: 'Zählung' }];
  objective.extra = { Quelle: 'Tabelle' };
  measure.title = { de: measure.title, en: 'Overview of language courses' };
  measure.status = { ...measure.status, note: 'Notiz zum Status' };
  measure.history = measure.history.map((h: Json) => ({ ...h, note: 'Notiz' }));
  measure.lead = { unit: 'Amt für Migration', contact: 'Frau Muster', url: 'https://www.lrakn.de/amt' };
  measure.timeframe = { start: '2018', end: '2020', text: 'laufend' };
  measure.indicators = [{ title: 'Teilnehmende', unit: 'Personen', target: 10, note: 'geschätzt' }];
  measure.links = [{ url: 'https://www.lrakn.de/kurse', title: 'Kursübersicht' }];
  measure.councilPapers = [paper('2024/140')];
  measure.participation = ['konferenz'];
  measure.extra = { Kosten: '1.000 €' };
  return doc;
}

/**
 * Markup an attacker (or a careless copy from a web page) puts into a text. Each would run a script
 * if some code put the text into the page as HTML; as text it is harmless. Every one sets
 * `window.__pwned`, so a test can see whether anything ran.
 */
export const MARKUP = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=2">',
  '<svg onload="window.__pwned=3"><circle r="1"/></svg>',
  '"><img src=x onerror=window.__pwned=4>',
  '</style></template><script>window.__pwned=5</script>',
  '<a href="javascript:window.__pwned=6">Klick</a>',
  '<iframe srcdoc="<script>parent.__pwned=7</script>"></iframe>',
  '${window.__pwned=8}{{constructor.constructor("window.__pwned=8")()}}',
];
/** Short enough for the shortest text fields (a version has at most 32 characters). */
const SHORT_MARKUP = '<b onclick=__pwned=9>v</b>';

/** Addresses the schema refuses in any link field. */
export const UNSAFE_LINKS = [
  'javascript:window.__pwned=10',
  'JavaScript:window.__pwned=11',
  'java\tscript:window.__pwned=12',
  'data:text/html,<script>window.__pwned=13</script>',
  'vbscript:msgbox(1)',
];
/** An address the schema accepts (https) that tries to break out of an attribute. */
export const ODD_LINK = 'https://example.org/?q="><img/src=x/onerror=window.__pwned=14>';

export interface Planted {
  readonly doc: Json;
  /** Every text with the markup now in it (`extra` keys carry markup too: see `fieldsOf(doc)`). */
  readonly texts: ReadonlyArray<{ readonly path: Path; readonly value: string }>;
  readonly links: readonly Path[];
}

/**
 * The export with markup in every text field (as plain strings, or as language maps where the
 * format allows one), in every `extra` key, and `link` in every link field.
 */
export function plantMarkup(base: Json, form: 'string' | 'map', link: string | ((i: number) => string) = ODD_LINK): Planted {
  const doc = structuredClone(base);
  const texts: Array<{ path: Path; value: string }> = [];
  const links: Path[] = [];
  let n = 0;
  const pick = (max = Infinity) => {
    const fitting = MARKUP.filter((m) => m.length <= max);
    return fitting.length ? fitting[n++ % fitting.length]! : SHORT_MARKUP;
  };
  // Keys of `extra` first (renaming a key moves the value under it), then the values.
  for (const f of fieldsOf(doc).filter((x) => x.kind === 'key')) {
    const record = at(doc, f.path.slice(0, -1)) as Json;
    const old = f.path[f.path.length - 1] as string;
    const key = `${pick(f.maxLength)}${old}`.slice(0, f.maxLength);
    const value = record[old];
    delete record[old];
    record[key] = value;
  }
  for (const f of fieldsOf(doc)) {
    if (f.kind === 'link') {
      setAt(doc, f.path, typeof link === 'function' ? link(links.length) : link);
      links.push(f.path);
    } else if (f.kind === 'text') {
      const value = pick(f.maxLength);
      if (form === 'map' && f.map) {
        setAt(doc, f.path, { de: value, en: value });
        texts.push({ path: [...f.path, 'de'], value });
      } else {
        setAt(doc, f.path, value);
        texts.push({ path: f.path, value });
      }
    }
  }
  return { doc, texts, links };
}
