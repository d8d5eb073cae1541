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
import { inflateRawSync } from 'node:zlib';
// @ts-expect-error: a plain JavaScript module of the build scripts
import { writeZip } from '../../scripts/zip.mjs';

/** Reads an archive back through its central directory, as unzip tools do. */
function readZip(bytes: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(end >= 0, 'end of central directory record');
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    assert.equal(bytes.readUInt32LE(at), 0x02014b50, 'central directory entry');
    const method = bytes.readUInt16LE(at + 10);
    const packedSize = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const local = bytes.readUInt32LE(at + 42);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const body = bytes.subarray(start, start + packedSize);
    files.set(name, method === 8 ? inflateRawSync(body) : Buffer.from(body));
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return files;
}

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
