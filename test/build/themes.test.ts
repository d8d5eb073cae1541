/**
 * The example themes (packages/components/themes/*.css) are what a municipality copies first, so
 * they must be accessible as shipped: text colours at least 4.5:1 against the background and the
 * surface they sit on, status and change colours, borders and the focus ring at least 3:1 (WCAG
 * 2.1 1.4.3 and 1.4.11). They may set only documented `--konzept-*` tokens, on `:root` and their
 * own `.konzept-theme-<name>` class.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const themesDir = join(root, 'packages/components/themes');
const sourceDir = join(root, 'packages/components/src');

interface Rule {
  readonly selectors: string[];
  readonly tokens: Map<string, string>;
}

/** The rules of a stylesheet of plain rules (no nesting, no at-rules), comments removed. */
function parseRules(css: string): Rule[] {
  const clean = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...clean.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => ({
    selectors: m[1]!
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    tokens: new Map(
      m[2]!
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean)
        .map((d) => {
          const colon = d.indexOf(':');
          return [d.slice(0, colon).trim(), d.slice(colon + 1).trim()] as [string, string];
        }),
    ),
  }));
}

function rgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new Error(`not a hex colour: ${hex}`);
  const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

function luminance(hex: string): number {
  const [r, g, b] = rgb(hex).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2.1 contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Every `--konzept-*` token the elements document (`@cssproperty`), `<id>` as a wildcard. */
function documentedTokens(): RegExp[] {
  const files = readdirSync(sourceDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath ?? e.path, e.name));
  const names = new Set(files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/@cssproperty\s+(--konzept-[\w<>-]+)/g)].map((m) => m[1]!)));
  return [...names].map((n) => new RegExp(`^${n.replace(/<id>/g, '[A-Za-z][\\w-]*')}$`));
}

const themes = readdirSync(themesDir)
  .filter((f) => f.endsWith('.css'))
  .sort();

test('there are the three example themes', () => {
  assert.deepEqual(themes, ['konstanz.css', 'landshut.css', 'loerrach.css']);
});

/** Text (4.5:1) and non-text (3:1) pairs; a token the theme leaves out is not checked. */
const TEXT = ['--konzept-color-text', '--konzept-color-muted', '--konzept-color-accent'];
const GROUNDS = ['--konzept-color-background', '--konzept-color-surface'];
const NON_TEXT = [
  /^--konzept-color-border$/,
  /^--konzept-color-error$/,
  /^--konzept-focus-color$/,
  /^--konzept-status-/,
  /^--konzept-diff-(added|removed|changed|moved|unchanged)$/,
];
const MARKED_TEXT = ['--konzept-diff-inserted-background', '--konzept-diff-deleted-background'];

for (const file of themes) {
  const name = file.replace(/\.css$/, '');
  const css = readFileSync(join(themesDir, file), 'utf8');
  const rules = parseRules(css);

  test(`${name}: one rule on :root and .konzept-theme-${name}, only documented --konzept-* tokens`, () => {
    assert.equal(rules.length, 1, 'one rule');
    assert.deepEqual(rules[0]!.selectors, [':root', `.konzept-theme-${name}`]);
    const documented = documentedTokens();
    const undocumented = [...rules[0]!.tokens.keys()].filter((t) => !documented.some((d) => d.test(t)));
    assert.deepEqual(undocumented, [], 'tokens without @cssproperty in the elements');
  });

  test(`${name}: every colour pair passes WCAG 2.1 AA contrast`, () => {
    const tokens = rules[0]!.tokens;
    const failures: string[] = [];
    const check = (fg: string, bg: string, min: number) => {
      const a = tokens.get(fg);
      const b = tokens.get(bg);
      if (!a || !b) return;
      const ratio = contrast(a, b);
      if (ratio < min) failures.push(`${fg} ${a} on ${bg} ${b}: ${ratio.toFixed(2)} < ${min}`);
    };
    assert.ok(tokens.has('--konzept-color-background') && tokens.has('--konzept-color-text'), 'a theme sets background and text');
    for (const ground of GROUNDS) {
      for (const fg of TEXT) check(fg, ground, 4.5);
      for (const token of tokens.keys()) if (NON_TEXT.some((p) => p.test(token))) check(token, ground, 3);
    }
    for (const marked of MARKED_TEXT) check('--konzept-color-text', marked, 4.5);
    assert.deepEqual(failures, []);
  });
}

/** The defaults the elements fall back to (shared/styles.ts): `var(--konzept-…, #hex)`. */
function defaultTokens(): Map<string, string> {
  const styles = readFileSync(join(sourceDir, 'shared/styles.ts'), 'utf8');
  return new Map([...styles.matchAll(/var\((--konzept-[\w-]+),\s*(#[0-9a-f]{3,6})\)/gi)].map((m) => [m[1]!, m[2]!]));
}

test('the built-in defaults pass the same contrast checks', () => {
  const tokens = defaultTokens();
  assert.ok(tokens.size >= 7, `defaults found: ${[...tokens.keys()].join(', ')}`);
  const failures: string[] = [];
  for (const ground of GROUNDS) {
    for (const fg of TEXT) if (contrast(tokens.get(fg)!, tokens.get(ground)!) < 4.5) failures.push(`${fg} on ${ground}`);
    for (const token of tokens.keys()) {
      if (NON_TEXT.some((p) => p.test(token)) && contrast(tokens.get(token)!, tokens.get(ground)!) < 3) failures.push(`${token} on ${ground}`);
    }
  }
  assert.deepEqual(failures, []);
});

test('the contrast ratio matches known values', () => {
  assert.equal(contrast('#000000', '#ffffff').toFixed(1), '21.0');
  assert.equal(contrast('#767676', '#ffffff').toFixed(2), '4.54');
  assert.equal(contrast('#fff', '#fff'), 1);
});
