/**
 * The release archives (`npm run release`) are written by scripts/zip.mjs. A person unpacks them with
 * Windows' Explorer, macOS' Archive Utility or WordPress' plugin upload: every file must come out as
 * it went in, with its UTF-8 name, and the same files must give the same archive.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error: a plain JavaScript module of the build scripts
import { readZip, writeZip } from '../../scripts/zip.mjs';

test('a release archive gives back every file with its name and bytes, the same each time', () => {
  const dir = mkdtempSync(join(tmpdir(), 'konzept-zip-'));
  const text = Buffer.from('Übergang Schule – Beruf\n'.repeat(200), 'utf8');
  const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251));
  const files: Array<[string, Buffer]> = [
    ['konzept-kit/werkstatt.html', text],
    ['konzept-kit/themes/lörrach.css', Buffer.from('a{}')],
    ['konzept-kit/chunks/random.bin', noise],
    ['konzept-kit/leer.txt', Buffer.alloc(0)],
  ];
  writeZip(join(dir, 'a.zip'), files);
  writeZip(join(dir, 'b.zip'), files);
  const a = readFileSync(join(dir, 'a.zip'));
  assert.deepEqual(a, readFileSync(join(dir, 'b.zip')), 'same files, same archive');
  const back = readZip(a);
  assert.deepEqual(
    [...back.keys()],
    files.map(([name]) => name),
  );
  for (const [name, bytes] of files) assert.deepEqual(back.get(name), bytes, name);
  assert.ok(a.length < text.length, 'text is compressed');
});
