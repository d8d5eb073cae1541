/**
 * The CLI with what editors really have: exports saved as Windows-1252 or UTF-16,
 * standard input for `import` as for `validate`, `diff - -` (standard input can be read once),
 * and a cut-off workbook whose message is all in one language.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { main } from '../../packages/cli/src/main.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Windows-1252 beyond Latin-1 (0x80–0x9F). */
const CP1252: Record<string, number> = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };
const encodable = (ch: string) => ch in CP1252 || ch.charCodeAt(0) < 0x80 || (ch.charCodeAt(0) >= 0xa0 && ch.charCodeAt(0) < 0x100);
/** The sample, with the few characters Windows-1252 cannot spell replaced. */
const sample = [...readFileSync(join(ROOT, 'schema/examples/konstanz-1.0.json'), 'utf8')].map((ch) => (encodable(ch) ? ch : '?')).join('');
const dir = mkdtempSync(join(tmpdir(), 'konzept-cli-enc-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[], stdin: Uint8Array = new Uint8Array(), lang = 'de_DE.UTF-8') {
  let stdout = '';
  let stderr = '';
  let reads = 0;
  const code = await main(args, {
    out: (text) => void (stdout += text),
    err: (text) => void (stderr += text),
    env: { LANG: lang },
    readStdin: async () => (reads++ ? new Uint8Array() : stdin),
  });
  return { code, stdout, stderr };
}

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const utf8Path = file('konstanz.json', sample);
/** The sample as Notepad's "ANSI" writes it: one byte per character. */
const cp1252Path = file(
  'konstanz-ansi.json',
  Uint8Array.from(sample, (ch) => CP1252[ch] ?? ch.charCodeAt(0)),
);
const utf16Path = file('konstanz-unicode.json', Buffer.from(`\ufeff${sample}`, 'utf16le'));

test('a Windows-1252 export: valid, with a warning naming the encoding, and its umlauts read right (no difference to the UTF-8 one)', async () => {
  assert.match(sample, /[äöüß]/);
  assert.match(sample, /[„“–]/);
  const validate = await run(['validate', cp1252Path]);
  assert.equal(validate.code, 0, validate.stdout);
  assert.match(validate.stdout, /gültig \(193 Maßnahmen\)/);
  assert.match(validate.stderr, /Windows-1252 \("ANSI"\).*UTF-8/);
  const diff = await run(['diff', utf8Path, cp1252Path, '--json']);
  assert.equal(diff.code, 0, diff.stderr);
  assert.equal(JSON.parse(diff.stdout).summary.changed, 0);
  assert.equal(JSON.parse(diff.stdout).summary.added, 0);
  const english = await run(['validate', '--lang', 'en', cp1252Path]);
  assert.match(english.stderr, /saved as Windows-1252/);
});

test('a UTF-16 export (Notepad\'s "Unicode") is read right; standard input is decoded the same way', async () => {
  const validate = await run(['validate', utf16Path]);
  assert.equal(validate.code, 0, validate.stdout);
  assert.equal(validate.stderr, '');
  const stdin = await run(['validate', '-'], new Uint8Array(readFileSync(utf16Path)));
  assert.equal(stdin.stdout, '-: gültig (193 Maßnahmen)\n');
});

test('a spreadsheet given to validate gets a sentence saying what it is, not "��{"', async () => {
  const xlsx = join(ROOT, 'schema/templates/ampeldokument-vorlage.xlsx');
  const result = await run(['validate', xlsx]);
  assert.equal(result.code, 1);
  assert.match(result.stdout, /Tabelle \(\.xlsx oder \.ods\), kein JSON-Export.*konzept import/);
  assert.doesNotMatch(result.stdout, /\ufffd/);
});

test('import - reads the spreadsheet from standard input, as validate - does', async () => {
  const csv = 'Handlungsfeld;Unterziel;Maßnahme;Status\nSprache;Sprachkurse;Sprachkurs für Eltern;grün\n';
  const result = await run(['import', '-', '--municipality', 'Landkreis Test'], new TextEncoder().encode(csv));
  assert.doesNotMatch(result.stderr, /nicht gefunden/);
  assert.equal(result.code, 0, result.stderr);
  assert.equal(JSON.parse(result.stdout).fields[0].objectives[0].measures[0].title, 'Sprachkurs für Eltern');
});

test('diff - - is refused up front: standard input can be read once', async () => {
  const result = await run(['diff', '-', '-'], new TextEncoder().encode(sample));
  assert.equal(result.code, 2);
  assert.match(result.stderr, /Standardeingabe \("-"\) kann nur einmal gelesen werden/);
  assert.doesNotMatch(result.stderr, /leer/);
  // And validate - - says so for the second, instead of "the file is empty".
  const twice = await run(['validate', '-', '-'], new TextEncoder().encode(sample));
  assert.match(twice.stdout, /^-: gültig/);
  assert.match(twice.stdout, /-: Die Standardeingabe \("-"\) kann nur einmal gelesen werden/);
});

test('a cut-off workbook: the message is all German, or all English with --lang en', async () => {
  const whole = readFileSync(join(ROOT, 'schema/templates/ampeldokument-vorlage.xlsx'));
  const cut = file('abgeschnitten.xlsx', whole.subarray(0, Math.floor(whole.length / 2)));
  const de = await run(['import', cut, '--municipality', 'Landkreis Test']);
  assert.equal(de.code, 1);
  assert.match(de.stderr, /beschädigt/);
  assert.doesNotMatch(de.stderr, /\b(the|is|archive|damaged|directory|central|cannot|workbook)\b/i);
  const en = await run(['import', '--lang', 'en', cut, '--municipality', 'Landkreis Test']);
  assert.match(en.stderr, /damaged/);
  assert.doesNotMatch(en.stderr, /\b(Datei|beschädigt|Arbeitsmappe|Archiv|abgeschnitten)\b/);
});
