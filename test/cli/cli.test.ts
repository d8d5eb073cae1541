/**
 * The `konzept` command as a user runs it: a child process of `node packages/cli/bin/konzept.js`,
 * checked by exit code and output.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { main } from '../../packages/cli/src/main.js';
import { rawMeasure, smallInput } from '../sdk/fixtures.js';
import { EDITS, konstanzWithObjectiveIndicator, landshutNext, positionalIds, reworkedKonstanz } from '../version-instances.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'packages/cli/bin/konzept.js');
const EXAMPLES = join(ROOT, 'schema/examples');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with a German locale unless `env` says otherwise. */
function konzept(args: string[], env: Record<string, string> = {}, stdin?: string): Promise<Run> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(LANG|LC_ALL|LC_MESSAGES)$/.test(k)));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...base, LANG: 'de_DE.UTF-8', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

/**
 * The same `main` in this process, for the many small cases where a child process (half a second
 * each, for tsx) would only re-test the bin file.
 */
async function inProcess(args: string[], env: Record<string, string> = { LANG: 'de_DE.UTF-8' }): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    out: (text) => void (stdout += text),
    err: (text) => void (stderr += text),
    env,
    readStdin: async () => new Uint8Array(),
  });
  return { code, stdout, stderr };
}

function noStackTrace(run: Run) {
  assert.doesNotMatch(run.stderr, /\n\s+at .+:\d+:\d+/, `stack trace in:\n${run.stderr}`);
  assert.doesNotMatch(run.stdout, /\n\s+at .+:\d+:\d+/);
}

const dir = mkdtempSync(join(tmpdir(), 'konzept-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function writeExport(name: string, edit: (input: Record<string, any>) => void = () => {}): string {
  const input = smallInput();
  edit(input);
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(input, null, 2));
  return file;
}

const valid = writeExport('valid.json');
const invalid = writeExport('invalid.json', (i) => {
  rawMeasure(i, 0, 0, 0).status.value = 'blue';
  i.evaluations[0].date = '2025-02-30';
});
const newer = writeExport('valid-2.0.json', (i) => {
  i.version = '2.0';
  rawMeasure(i, 0, 0, 0).title = 'Sprachkurse für Eltern mit Kinderbetreuung und Fahrdienst';
  i.fields[1].objectives[0].measures.splice(1, 1);
  i.fields[0].objectives[1].measures.push({ id: 'sprache-2-2', title: 'Vorlesepaten in Kitas' });
});
const renamed = writeExport('renamed.json', (i) => {
  for (const field of i.fields) for (const o of field.objectives) for (const m of o.measures) m.id = `neu-${m.id}`;
});
writeFileSync(join(dir, 'broken.json'), '{\n  "formatVersion": 1,\n}');

describe('konzept', { concurrency: 4 }, () => {
  test('--help is bilingual, German first; with LANG=en English first', async () => {
    const de = await konzept(['--help']);
    assert.equal(de.code, 0);
    assert.ok(de.stdout.indexOf('Befehle:') < de.stdout.indexOf('Commands:'));
    for (const name of ['validate', 'stats', 'diff', 'schema']) assert.match(de.stdout, new RegExp(`\\n  ${name} `));
    const en = await konzept(['--help'], { LANG: 'en_GB.UTF-8' });
    assert.ok(en.stdout.indexOf('Commands:') < en.stdout.indexOf('Befehle:'));
  });

  test('--version and a command help', async () => {
    const version = await inProcess(['--version']);
    assert.equal(version.code, 0);
    assert.equal(version.stdout, `konzept ${JSON.parse(readFileSync(join(ROOT, 'packages/cli/package.json'), 'utf8')).version}\n`);
    const help = await inProcess(['diff', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Aufruf: konzept diff ALT NEU/);
    assert.match(help.stdout, /--match text/);
  });

  test('usage errors exit 2 with a message and a pointer to the help', async () => {
    const unknown = await konzept(['stats', '--jsn', valid]);
    assert.equal(unknown.code, 2);
    assert.equal(unknown.stderr, 'konzept: Unbekannte Option --jsn.\nHilfe: konzept stats --help\n');
    const none = await konzept([]);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /Befehle:/);
    const cases: Array<[string[], RegExp]> = [
      [['frobnicate'], /Unbekannter Befehl "frobnicate"\. Befehle: validate, stats, diff, import, export, schema\./],
      [['validate'], /Welche Dateien\?/],
      [['diff', valid], /diff erwartet zwei Dateien/],
      [['diff', valid, newer, '--match', 'fuzzy'], /--match "fuzzy" gibt es nicht: id, text oder auto\./],
      [['diff', valid, newer, '--match'], /--match braucht einen Wert/],
      [['stats', valid, '--json=ja'], /--json nimmt keinen Wert/],
      [['stats', valid, newer], /stats erwartet genau eine Datei/],
      [['--lang', 'fr', 'stats', valid], /Unbekannte Sprache "fr"/],
      [['schema', 'extra'], /schema erwartet keine Argumente/],
    ];
    for (const [args, message] of cases) {
      const run = await inProcess(args);
      assert.equal(run.code, 2, `konzept ${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, message);
      assert.equal(run.stdout, '');
    }
  });

  describe('validate', () => {
    test('several files: exit 1 and every problem as FILE: path: message, in German; no stack trace', async () => {
      const semantic = writeExport('semantic.json', (i) => (rawMeasure(i, 0, 0, 0).status.value = 'blue'));
      const broken = join(dir, 'broken.json');
      const missing = join(dir, 'gibt-es-nicht.json');
      const run = await konzept(['validate', valid, invalid, semantic, broken, missing, dir]);
      assert.equal(run.code, 1);
      assert.deepEqual(run.stdout.trim().split('\n'), [
        `${valid}: gültig (7 Maßnahmen)`,
        `${invalid}: evaluations[0].date: "2025-02-30" ist kein gültiges Datum der Form JJJJ-MM-TT (z. B. "2025-03-28").`,
        // Every problem in one run: the status missing from the scale is not hidden behind the date.
        `${invalid}: fields[0].objectives[0].measures[0].status.value: Der Status "blue" steht nicht in der Statusskala (erlaubt: "green", "yellow", "red").`,
        `${semantic}: fields[0].objectives[0].measures[0].status.value: Der Status "blue" steht nicht in der Statusskala (erlaubt: "green", "yellow", "red").`,
        `${broken}: (root): Die Datei ist kein gültiges JSON in Zeile 3, Spalte 1 (bei "}"). Häufige Ursachen: ein Komma zu viel oder zu wenig, einfache statt doppelter Anführungszeichen.`,
        `${missing}: Datei nicht gefunden: ${missing}`,
        `${dir}: ${dir} ist ein Ordner, keine Datei.`,
        '1 von 6 Dateien gültig.',
      ]);
      noStackTrace(run);
    });

    test('in English with LANG=en_… or --lang en', async () => {
      const env = await konzept(['validate', invalid], { LANG: 'en_US.UTF-8' });
      assert.equal(env.code, 1);
      assert.match(env.stdout, /evaluations\[0\]\.date: "2025-02-30" is not a valid date of the form YYYY-MM-DD/);
      const flag = await inProcess(['validate', '--lang', 'en', invalid, join(dir, 'nope.json')]);
      assert.equal(flag.code, 1);
      assert.match(flag.stdout, /is not a valid date of the form YYYY-MM-DD/);
      assert.match(flag.stdout, /File not found: .*nope\.json/);
      assert.match(flag.stdout, /0 of 2 files valid\./);
      // --lang beats the locale.
      const german = await inProcess(['validate', '--lang', 'de', invalid], { LANG: 'en_GB.UTF-8' });
      assert.match(german.stdout, /ist kein gültiges Datum/);
    });

    test('a valid export read from standard input ("-"): exit 0', async () => {
      const run = await konzept(['validate', '-'], {}, readFileSync(valid, 'utf8'));
      assert.equal(run.code, 0);
      assert.equal(run.stdout, '-: gültig (7 Maßnahmen)\n');
    });
  });

  describe('stats', () => {
    test('--json prints exactly the documented shape', async () => {
      const run = await konzept(['stats', valid, '--json']);
      assert.equal(run.code, 0, run.stderr);
      const distribution = (total: number, [g, y, r]: number[], unrated: number, [pg, py, pr]: number[], percentSum = 100) => ({
        total,
        byStatus: { green: g, yellow: y, red: r },
        unrated,
        percent: { green: pg, yellow: py, red: pr },
        percentSum,
      });
      assert.deepEqual(JSON.parse(run.stdout), {
        ...distribution(7, [3, 2, 1], 1, [43, 29, 14]),
        fields: [
          { id: 'sprache', title: 'Sprache', kind: 'action', ...distribution(4, [2, 1, 1], 0, [50, 25, 25]) },
          { id: 'gesundheit', title: 'Gesundheit', kind: 'action', ...distribution(2, [1, 0, 0], 1, [50, 0, 0]) },
          { id: 'ehrenamt', title: 'Ehrenamtliches Engagement', kind: 'crossCutting', ...distribution(1, [0, 1, 0], 0, [0, 100, 0]) },
        ],
        byKind: {
          action: distribution(6, [3, 1, 1], 1, [50, 17, 17], 101),
          crossCutting: distribution(1, [0, 1, 0], 0, [0, 100, 0]),
        },
      });
    });

    test('the table has the status labels, counts and percentages, grouped by kind', async () => {
      const run = await inProcess(['stats', valid]);
      assert.equal(run.code, 0);
      const lines = run.stdout.split('\n');
      assert.match(lines[0]!, /Integrationskonzept Testkreis · Landkreis Testkreis · Version 1\.0 · Stand 28\. März 2025/);
      assert.match(run.stdout, /umgesetzt +in Arbeit +nicht umgesetzt +ohne Bewertung/);
      assert.ok(lines.indexOf('Handlungsfelder') < lines.indexOf('Querschnittsthemen'));
      // Intl writes "50 %" with a no-break space in German.
      assert.match(run.stdout, /\n  Sprache +4 +2 \(50\u00a0%\) +1 \(25\u00a0%\) +1 \(25\u00a0%\) +0 \(0\u00a0%\)\n/);
      // Three equal counts (1 of 6 each) show equal percentages; the row then sums to 101 and says so.
      assert.match(run.stdout, /\n  Summe Handlungsfelder +6 \(Summe 101\u00a0%\) +3 \(50\u00a0%\) +1 \(17\u00a0%\) +1 \(17\u00a0%\) +1 \(17\u00a0%\)\n/);
      assert.match(
        run.stdout,
        /\nGleiche Anzahlen zeigen gleiche Prozente; wo eine Zeile gerundet nicht 100 % ergibt, steht ihre Summe bei der Gesamtzahl\.\n$/,
      );
      assert.match(run.stdout, /\nGesamt +7 +3 \(43\u00a0%\) +2 \(29\u00a0%\) +1 \(14\u00a0%\) +1 \(14\u00a0%\)\n/);
      const en = await inProcess(['stats', valid, '--lang', 'en']);
      assert.match(en.stdout, /implemented +under way +not implemented/);
      assert.match(en.stdout, /\n  Health +2 +1 \(50%\)/);
      assert.match(en.stdout, /\nTotal +7 +3 \(43%\)/);
    });

    test('a missing file exits 2, an invalid export 1 with its problems, never a stack trace', async () => {
      const missing = await konzept(['stats', join(dir, 'nope.json')]);
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /konzept: Datei nicht gefunden: .*nope\.json/);
      noStackTrace(missing);
      const bad = await konzept(['stats', invalid, '--json']);
      assert.equal(bad.code, 1);
      assert.equal(bad.stdout, '');
      assert.match(bad.stderr, /evaluations\[0\]\.date: "2025-02-30"/);
      assert.match(bad.stderr, /Der Status "blue" steht nicht in der Statusskala/);
      assert.match(bad.stderr, /ist kein gültiger Export \(2 Probleme, siehe oben\)/);
      noStackTrace(bad);
    });
  });

  describe('diff', () => {
    test('--json: summary and changes', async () => {
      const run = await konzept(['diff', valid, newer, '--json']);
      assert.equal(run.code, 0, run.stderr);
      const out = JSON.parse(run.stdout);
      assert.deepEqual(out.summary, { added: 1, removed: 1, changed: 1, moved: 0, unchanged: 5, matchedByText: 0 });
      assert.deepEqual(out.changes[0], {
        kind: 'changed',
        id: 'sprache-1-1',
        fromId: 'sprache-1-1',
        toId: 'sprache-1-1',
        field: 'sprache',
        attributes: ['title'],
        moved: false,
        match: { by: 'id', confidence: 1 },
      });
      assert.deepEqual(
        out.changes.filter((c: { kind: string }) => c.kind === 'added' || c.kind === 'removed'),
        [
          { kind: 'added', id: 'sprache-2-2', fromId: null, toId: 'sprache-2-2', field: 'sprache', attributes: [], moved: false, match: null },
          { kind: 'removed', id: 'gesundheit-1-2', fromId: 'gesundheit-1-2', toId: null, field: 'gesundheit', attributes: [], moved: false, match: null },
        ],
      );
    });

    test('the summary and the changes grouped by field', async () => {
      const run = await inProcess(['diff', valid, newer]);
      assert.equal(run.code, 0);
      assert.match(run.stdout, /1 geändert · 1 entfernt · 1 neu · 0 verschoben · 5 unverändert/);
      assert.match(
        run.stdout,
        /\nSprache: 1 geändert · 1 neu\n  ~ sprache-1-1  Sprachkurse für Eltern mit Kinderbetreuung und Fahrdienst  \(geändert: Titel\)\n  \+ sprache-2-2  Vorlesepaten in Kitas\n/,
      );
      assert.match(run.stdout, /\nGesundheit: 1 entfernt\n  - gesundheit-1-2  Mehrsprachige Informationen zur Impfung\n/);
    });

    test('--match text ignores ids and says which pairs it made and how sure it is', async () => {
      const byId = await inProcess(['diff', valid, renamed, '--match', 'id', '--json']);
      assert.deepEqual(JSON.parse(byId.stdout).summary, { added: 7, removed: 7, changed: 0, moved: 0, unchanged: 0, matchedByText: 0 });
      const json = await konzept(['diff', valid, renamed, '--match', 'text', '--json']);
      const out = JSON.parse(json.stdout);
      assert.equal(out.summary.matchedByText, 7);
      assert.deepEqual(out.changes[0].match, { by: 'text', confidence: 1 });
      assert.equal(out.changes[0].fromId, 'sprache-1-1');
      assert.equal(out.changes[0].toId, 'neu-sprache-1-1');
      const text = await inProcess(['diff', valid, renamed, '--match', 'text', '--lang', 'en']);
      assert.match(text.stdout, /7 matched by text/);
      assert.match(text.stdout, /Matched by text \(old id → new id, similarity\):\n  sprache-1-1 → neu-sprache-1-1  100%  Sprachkurse für Eltern/);
    });
  });

  test('schema prints the committed JSON Schema', async () => {
    const run = await konzept(['schema']);
    assert.equal(run.code, 0);
    assert.equal(run.stdout, readFileSync(join(ROOT, 'schema/concept.schema.json'), 'utf8'));
  });

  describe('on the example exports (schema/examples)', () => {
    const example = (name: string) => join(EXAMPLES, `${name}.json`);

    test('Konstanz 1.0: 193 measures, 141 green, 39 yellow, 13 red; five fields above 80 % green', async () => {
      assert.ok(existsSync(example('konstanz-1.0')), 'schema/examples/konstanz-1.0.json is missing (npm run examples)');
      const run = await konzept(['stats', example('konstanz-1.0'), '--json']);
      assert.equal(run.code, 0, run.stderr);
      const stats = JSON.parse(run.stdout);
      assert.equal(stats.total, 193);
      assert.deepEqual(stats.byStatus, { green: 141, yellow: 39, red: 13 });
      assert.deepEqual(stats.percent, { green: 73, yellow: 20, red: 7 });
      assert.equal(stats.fields.length, 11);
      const above80 = stats.fields
        .filter((f: { byStatus: { green: number }; total: number }) => f.byStatus.green / f.total > 0.8)
        .map((f: { title: string }) => f.title);
      assert.deepEqual(above80.sort(), ['Bildung', 'Ehrenamtliches Engagement', 'Gesundheit', 'Sprache', 'Zusammenarbeit mit kreisangehörigen Kommunen']);
    });

    test('Konstanz 1.0 → 2.0: 24 changed, 21 removed, 22 added', async () => {
      assert.ok(existsSync(example('konstanz-2.0')), 'schema/examples/konstanz-2.0.json is missing (npm run examples)');
      const run = await konzept(['diff', example('konstanz-1.0'), example('konstanz-2.0'), '--json']);
      assert.equal(run.code, 0, run.stderr);
      const { summary } = JSON.parse(run.stdout);
      assert.equal(summary.changed, 24);
      assert.equal(summary.removed, 21);
      assert.equal(summary.added, 22);
    });

    test('Konstanz 2.0 with ids renumbered by position: auto still says 24/21/22 and warns, in German and English', async () => {
      const positional = join(dir, 'konstanz-2.0-positional.json');
      writeFileSync(positional, JSON.stringify(positionalIds(JSON.parse(readFileSync(example('konstanz-2.0'), 'utf8')))));
      const json = await konzept(['diff', example('konstanz-1.0'), positional, '--json']);
      assert.equal(json.code, 0, json.stderr);
      const out = JSON.parse(json.stdout);
      assert.deepEqual([out.summary.changed, out.summary.removed, out.summary.added], [24, 21, 22]);
      assert.ok(out.idConflicts.length >= 20);
      assert.deepEqual(Object.keys(out.idConflicts[0]).sort(), ['fromField', 'id', 'pairedById', 'similarity', 'toField']);
      assert.match(json.stderr, /^Achtung: \d+ Kennungen stehen in beiden Versionen für Maßnahmen mit ganz anderem Text\. Vermutlich sind es Zeilennummern/);
      const de = await inProcess(['diff', example('konstanz-1.0'), positional]);
      assert.match(de.stdout, /Diese Maßnahmen wurden deshalb über den Text zugeordnet\.\n  spr-\d-\d: «.+» \/ «.+» \(Ähnlichkeit \d+\s%\)\n/);
      const en = await inProcess(['diff', example('konstanz-1.0'), positional, '--lang', 'en']);
      assert.match(
        en.stdout,
        /Warning: \d+ ids stand for measures with entirely different text in the two versions\..*These measures were therefore matched by text\./,
      );
      const byId = await inProcess(['diff', example('konstanz-1.0'), positional, '--match', 'id', '--lang', 'en']);
      assert.match(byId.stdout, /They were still paired by id \(--match id\); check these pairs or use --match auto\./);
      const stable = await inProcess(['diff', example('konstanz-1.0'), example('konstanz-2.0')]);
      assert.doesNotMatch(stable.stdout, /Achtung/);
    });

    test('every level compared: a renamed field, a reworded goal, a deleted objective, an indicator target, a rewritten guideline', async () => {
      const k2 = JSON.parse(readFileSync(example('konstanz-2.0'), 'utf8'));
      const before = join(dir, 'k2-before.json');
      const after = join(dir, 'k2-after.json');
      writeFileSync(before, JSON.stringify(konstanzWithObjectiveIndicator(k2)));
      writeFileSync(after, JSON.stringify(reworkedKonstanz(k2)));
      const de = await inProcess(['diff', before, after]);
      assert.match(
        de.stdout,
        /\nSprache und Kommunikation: 1 geändert · 3 entfernt\n  ~ Handlungsfeld sprache  «Sprache und Kommunikation»  \(geändert: Titel; vorher «Sprache»\)\n  ~ Ziel  «Alle Zugewanderten im Landkreis lernen Deutsch – schnell, wohnortnah …»  \(geändert: Titel; vorher «.+»\)\n  ~ Unterziel spr-1  «.+»  \(geändert: Kennzahlen\)\n  - Unterziel spr-7  «.+»\n  ~ spr-1-1  .+\(geändert: Kennzahlen\)\n/,
      );
      assert.match(de.stdout, /\nFelder: 1 geändert · Ziele: 1 geändert · Unterziele: 1 geändert, 1 entfernt\n/);
      const json = JSON.parse((await inProcess(['diff', before, after, '--json'])).stdout);
      const changed = json.structure.elements.filter((e: { kind: string }) => e.kind !== 'unchanged');
      assert.deepEqual(changed, [
        { level: 'field', kind: 'changed', id: 'sprache', field: 'sprache', attributes: ['title'] },
        { level: 'goal', kind: 'changed', id: 'sprache', field: 'sprache', attributes: ['title'] },
        { level: 'objective', kind: 'changed', id: 'spr-1', field: 'sprache', attributes: ['indicators'] },
        { level: 'objective', kind: 'removed', id: EDITS.deletedObjective, field: 'sprache', attributes: [] },
      ]);
      assert.deepEqual(json.structure.summary.goal, { added: 0, removed: 0, changed: 1, moved: 0, unchanged: 10 });

      const landshutNextFile = join(dir, 'landshut-next.json');
      writeFileSync(landshutNextFile, JSON.stringify(landshutNext(JSON.parse(readFileSync(example('landshut'), 'utf8')))));
      const en = await inProcess(['diff', example('landshut'), landshutNextFile, '--lang', 'en']);
      assert.match(en.stdout, /\ngoals: 1 changed · objectives: 1 removed · guidelines: 1 changed, 1 added\n/);
      assert.match(
        en.stdout,
        /\nGuidelines of the whole concept:\n  ~ guideline gemeinsame-aufgabe  «Integration is a shared task»  \(changed: text\)\n  \+ guideline mehrsprachigkeit  «Sprache öffnet Türen»\n/,
      );
      assert.match(
        en.stdout,
        /\nParticipation:\n  ~ goal  «Immigrants shape life in the city as equals\.»  \(changed: title; was «Immigrants shape life in the city as equals\.»\)\n  - objective beteiligung-3  /,
      );
      const same = await inProcess(['diff', example('landshut'), example('landshut')]);
      assert.match(same.stdout, /\nKeine Unterschiede\.\n/);
      const konstanz = await inProcess(['diff', example('konstanz-1.0'), example('konstanz-2.0')]);
      assert.match(konstanz.stdout, /\nDas Konzept selbst: geändert: Zusammenfassung, Beschlossen am, Beschlossen von, Hinweis/);
    });

    test('Landshut (goals, no measures): a sentence instead of a table of zeros', async () => {
      const run = await inProcess(['stats', example('landshut')]);
      assert.equal(run.code, 0);
      assert.match(run.stdout, /\n\nDieses Konzept enthält keine Maßnahmen, also nichts zu zählen\.\n$/);
      assert.equal(JSON.parse((await inProcess(['stats', example('landshut'), '--json'])).stdout).total, 0);
    });

    test('every example validates', async () => {
      const names = ['konstanz-1.0', 'konstanz-2.0', 'landshut', 'loerrach'];
      const run = await konzept(['validate', ...names.map(example)]);
      assert.equal(run.code, 0, run.stdout);
      assert.match(run.stdout, /4 von 4 Dateien gültig/);
    });
  });
});
