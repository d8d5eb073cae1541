/**
 * The Custom Elements Manifest (packages/components/custom-elements.json) is what IDEs, Storybook's
 * argument tables and CMS integrators read. These tests regenerate it and fail when the committed
 * file is stale, and compare it with what the elements' sources really use: every `part="…"`, every
 * `--konzept-*` token read with `var()`, every `konzept-*` event emitted, every `<slot>` and every
 * `@property` must be in the manifest with a description (and nothing documented may be missing
 * from the source). A part added to a template without a `@csspart` line fails here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const manifestPath = join(root, 'packages/components/custom-elements.json');

interface Item {
  name: string;
  description?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  fieldName?: string;
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  description?: string;
  summary?: string;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

/** Runs the same command as `npm run manifest`, into a temporary folder. */
function regenerate(): Manifest {
  const dir = mkdtempSync(join(tmpdir(), 'konzept-cem-'));
  try {
    // The analyzer joins `outdir` to its working directory, so it gets a relative path.
    const result = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'),
        'analyze',
        '--config',
        'custom-elements-manifest.config.mjs',
        '--quiet',
        '--outdir',
        relative(root, dir),
      ],
      { cwd: root, encoding: 'utf8' },
    );
    assert.equal(result.status, 0, `cem analyze failed:\n${result.stderr}${result.stdout}`);
    return JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8')) as Manifest;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const fresh = regenerate();
const elements = fresh.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ path: m.path, d })));

/** The element's file and every file of packages/components/src it imports (its templates and styles live there). */
function closure(file: string): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    // The registry imports every element: an element that reads it (the workbench's preview) does not
    // own the others' parts, properties and events.
    if (seen.has(path) || !existsSync(path) || (seen.size > 0 && path.endsWith(`${sep}registry.ts`))) return;
    seen.add(path);
    const source = readFileSync(path, 'utf8');
    // Static imports, and the code of views loaded on demand (`import('./synopsis-view.js')`).
    for (const m of source.matchAll(/(?:import|export)[^'"]*?from\s*'(\.{1,2}\/[^']+)'|import\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
      visit(resolve(dirname(path), (m[1] ?? m[2])!.replace(/\.js$/, '.ts')));
    }
  };
  visit(join(root, file));
  return [...seen];
}

/** Turns `${…}` (source) and `<…>` (docs) into a wildcard, so `--konzept-status-${id}` meets `--konzept-status-<id>`. */
const pattern = (name: string) =>
  new RegExp(
    `^${name
      .split(/\$\{[^}]*\}|<[^>]*>/)
      .map((s) => s.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&'))
      .join('[\\w-]+')}$`,
  );
const isPattern = (name: string) => /\$\{|</.test(name);
const canonical = (name: string) => name.replace(/\$\{[^}]*\}|<[^>]*>/g, '*');
/** Whether a name found in the source is covered by a documented one (and the other way round). */
const covers = (a: string, b: string) => canonical(a) === canonical(b) || (isPattern(a) && pattern(a).test(b)) || (isPattern(b) && pattern(b).test(a));

interface Used {
  parts: Set<string>;
  cssProperties: Set<string>;
  events: Set<string>;
  slots: Set<string>;
}

function usedIn(files: string[]): Used {
  const used: Used = { parts: new Set(), cssProperties: new Set(), events: new Set(), slots: new Set() };
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/\spart="([^"]+)"/g)) for (const name of m[1]!.split(/\s+(?![^{]*\})/)) if (name) used.parts.add(name);
    // `heading(level, 'field-heading', …)` (shared/heading.ts) sets part and class from its second
    // argument; `heading(level, { part: 'heading', … }, …)` the part it names.
    for (const m of source.matchAll(/(?:\bh|H)eading\([^'{]*?,\s*'([\w-]+)'/g)) used.parts.add(m[1]!);
    for (const m of source.matchAll(/(?:\bh|H)eading\([^'{]*?,\s*\{[^}]*\bpart:\s*'([\w-]+)'/g)) used.parts.add(m[1]!);
    for (const m of source.matchAll(/var\(\s*(--konzept-[\w-]*(?:\$\{[^}]+\}[\w-]*)?)/g)) used.cssProperties.add(m[1]!);
    for (const m of source.matchAll(/\bemit\(\s*[\w.]+\s*,\s*'(konzept-[\w-]+)'/g)) used.events.add(m[1]!);
    for (const m of source.matchAll(/new CustomEvent(?:<[^>]*>)?\(\s*'(konzept-[\w-]+)'/g)) used.events.add(m[1]!);
    for (const m of source.matchAll(/<slot(?:\s+name="([^"]*)")?[\s>]/g)) used.slots.add(m[1] ?? '');
  }
  return used;
}

/** The `@property()` accessors of the element's class: name, and attribute (or false). */
function declaredProperties(file: string): { name: string; attribute: string | false }[] {
  const source = readFileSync(join(root, file), 'utf8');
  return [...source.matchAll(/@property\(([^)]*)\)\s+(?:override\s+)?accessor\s+(\w+)/g)].map((m) => {
    const options = m[1] ?? '';
    const name = m[2]!;
    if (/attribute:\s*false/.test(options)) return { name, attribute: false };
    const explicit = /attribute:\s*'([^']+)'/.exec(options)?.[1];
    return { name, attribute: explicit ?? name.toLowerCase() };
  });
}

const names = (items: Item[] | undefined) => (items ?? []).map((i) => i.name);
const undocumented = (items: Item[] | undefined) => (items ?? []).filter((i) => !i.description?.trim()).map((i) => i.name || '(default)');

test('the committed manifest is current (run `npm run manifest`)', () => {
  assert.ok(existsSync(manifestPath), 'packages/components/custom-elements.json is missing: run `npm run manifest`');
  const committed = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  assert.deepEqual(committed, fresh, 'packages/components/custom-elements.json is stale: run `npm run manifest` and commit it');
});

test('package.json of the components names the manifest; the root does not', () => {
  const components = JSON.parse(readFileSync(join(root, 'packages/components/package.json'), 'utf8')) as { customElements?: string };
  assert.equal(components.customElements, 'custom-elements.json');
  assert.ok(existsSync(join(root, 'packages/components', components.customElements)));
  const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { customElements?: string };
  assert.equal(rootPackage.customElements, undefined, 'the root package.json must not name a manifest (the analyzer adds one when run without the config)');
});

test('every element is in the manifest under its tag, with a summary and description', () => {
  const defined = new Map<string, string>();
  for (const folder of readdirSync(join(root, 'packages/components/src'))) {
    const define = join(root, 'packages/components/src', folder, 'define.ts');
    if (folder === 'shared' || !existsSync(define)) continue;
    // An element with words registers in define-de.ts (its German words); define.ts adds English and re-exports it.
    const german = join(root, 'packages/components/src', folder, 'define-de.ts');
    const source = readFileSync(existsSync(german) ? german : define, 'utf8');
    const tag = /prefixedTag\('([\w-]+)',\s*prefix(?:\s*\?\?\s*'([\w-]+)')?\)/.exec(source);
    const cls = /defineElement\(.*,\s*(\w+)\)/.exec(source)?.[1];
    assert.ok(tag && cls, `${folder}/define.ts: no defineElement(prefixedTag(…), Class)`);
    defined.set(cls!, tag![2] ? `${tag![2]}-${tag![1]}` : tag![1]!);
  }
  assert.deepEqual(
    new Set(defined.keys()),
    new Set(['AmpelChart', 'MeasureAccordion', 'VersionDiff', 'KonzeptProvider', 'KonzeptWorkbench', 'KonzeptOverview']),
  );
  for (const [cls, tag] of defined) {
    const entry = elements.find((e) => e.d.name === cls);
    assert.ok(entry, `${cls} is not a custom element in the manifest: add \`@tagname ${tag}\` to its JSDoc`);
    assert.equal(entry.d.tagName, tag, `${cls}: @tagname says ${entry.d.tagName}, define.ts registers ${tag}`);
    assert.ok(entry.d.summary?.trim(), `${tag}: no @summary`);
    assert.ok(entry.d.description?.trim(), `${tag}: no description`);
  }
});

for (const { path, d } of elements) {
  const tag = d.tagName!;
  const used = usedIn(closure(path));

  test(`<${tag}>: every part in its templates is documented (@csspart), and every documented part exists`, () => {
    const documented = names(d.cssParts);
    const missing = [...used.parts].filter((p) => !documented.some((n) => covers(p, n)));
    assert.deepEqual(missing, [], `<${tag}> uses part(s) ${missing.join(', ')} without a @csspart line in its JSDoc`);
    const stale = documented.filter((n) => ![...used.parts].some((p) => covers(p, n)));
    assert.deepEqual(stale, [], `<${tag}> documents part(s) ${stale.join(', ')} that no template sets`);
    assert.deepEqual(undocumented(d.cssParts), [], `<${tag}>: parts without a description`);
  });

  test(`<${tag}>: every --konzept-* token its styles read is documented (@cssproperty)`, () => {
    const documented = names(d.cssProperties);
    const missing = [...used.cssProperties].filter((p) => !documented.some((n) => covers(p, n)));
    assert.deepEqual(missing, [], `<${tag}> reads ${missing.join(', ')} without a @cssproperty line`);
    const stale = documented.filter((n) => ![...used.cssProperties].some((p) => covers(p, n)));
    assert.deepEqual(stale, [], `<${tag}> documents ${stale.join(', ')}, which its styles never read`);
    assert.deepEqual(undocumented(d.cssProperties), [], `<${tag}>: CSS properties without a description`);
  });

  test(`<${tag}>: every konzept-* event it emits is documented (@fires)`, () => {
    const documented = names(d.events);
    const missing = [...used.events].filter((e) => !documented.includes(e));
    assert.deepEqual(missing, [], `<${tag}> emits ${missing.join(', ')} without a @fires line`);
    const stale = documented.filter((e) => !used.events.has(e));
    assert.deepEqual(stale, [], `<${tag}> documents event(s) ${stale.join(', ')} that it never emits`);
    assert.deepEqual(undocumented(d.events), [], `<${tag}>: events without a description`);
  });

  test(`<${tag}>: every slot is documented (@slot)`, () => {
    const documented = names(d.slots);
    assert.deepEqual(
      [...used.slots].filter((s) => !documented.includes(s)),
      [],
      `<${tag}>: a <slot> without a @slot line`,
    );
    assert.deepEqual(
      documented.filter((s) => !used.slots.has(s)),
      [],
      `<${tag}>: a documented slot that no template has`,
    );
    assert.deepEqual(undocumented(d.slots), [], `<${tag}>: slots without a description`);
  });

  test(`<${tag}>: every @property is a documented public member, and an attribute unless attribute: false`, () => {
    const properties = declaredProperties(path);
    assert.ok(properties.length > 0, `<${tag}>: no @property found in ${path}`);
    for (const { name, attribute } of properties) {
      const member = d.members?.find((m) => m.kind === 'field' && m.name === name);
      assert.ok(member, `<${tag}>: property ${name} is not in the manifest's members`);
      assert.ok(!member.privacy || member.privacy === 'public', `<${tag}>: property ${name} is ${member.privacy}`);
      assert.ok(member.description?.trim(), `<${tag}>: property ${name} has no JSDoc`);
      const attr = d.attributes?.find((a) => a.fieldName === name);
      if (attribute === false) {
        assert.equal(attr, undefined, `<${tag}>: ${name} has attribute: false but the manifest lists attribute ${attr?.name}`);
      } else {
        assert.equal(attr?.name, attribute, `<${tag}>: property ${name} should have attribute "${attribute}" in the manifest`);
      }
    }
    assert.deepEqual(undocumented(d.attributes), [], `<${tag}>: attributes without a description`);
  });
}

test('the theme files set only documented --konzept-* tokens', () => {
  const dir = join(root, 'packages/components/themes');
  const documented = elements.flatMap(({ d }) => names(d.cssProperties));
  const files = readdirSync(dir).filter((f) => f.endsWith('.css'));
  assert.deepEqual(files.sort(), ['konstanz.css', 'landshut.css', 'loerrach.css']);
  for (const file of files) {
    const css = readFileSync(join(dir, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const declarations = [...css.matchAll(/([\w-]+)\s*:[^;{}]+;/g)].map((m) => m[1]!);
    assert.ok(declarations.length > 5, `${file}: no declarations`);
    for (const name of declarations) {
      assert.match(name, /^--konzept-/, `${file}: ${name} is not a --konzept-* token`);
      assert.ok(
        documented.some((n) => covers(name, n)),
        `${file}: ${name} is not a documented token of any element`,
      );
    }
  }
});
