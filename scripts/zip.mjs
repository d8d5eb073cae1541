// A ZIP archive writer for release artefacts (`npm run release`), in plain Node: a fresh machine may
// lack the `zip` command, and the format needs only deflate and CRC-32, which node:zlib has.
// Entries get a fixed timestamp so that the same files give the same archive.
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

// 2026-01-01 00:00 in MS-DOS time and date (the format ZIP stores).
const DOS_TIME = 0;
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;

/**
 * Writes `files` (archive path → bytes) as a ZIP archive to `target`.
 * @param {string} target
 * @param {Map<string, Uint8Array> | Array<[string, Uint8Array]>} files
 */
export function writeZip(target, files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, data] of files) {
    const path = Buffer.from(name.split(sep).join('/'), 'utf8');
    const bytes = Buffer.from(data);
    const packed = deflateRawSync(bytes, { level: 9 });
    const stored = packed.length >= bytes.length;
    const body = stored ? bytes : packed;
    const crc = crc32(bytes);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4); // version needed
    header.writeUInt16LE(0x0800, 6); // names in UTF-8
    header.writeUInt16LE(stored ? 0 : 8, 8);
    header.writeUInt16LE(DOS_TIME, 10);
    header.writeUInt16LE(DOS_DATE, 12);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(body.length, 18);
    header.writeUInt32LE(bytes.length, 22);
    header.writeUInt16LE(path.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x031e, 4); // made by: Unix, spec 3.0 (so unzip keeps the modes below)
    header.copy(central, 6, 4, 30); // version needed … name length
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
    central.writeUInt32LE(offset, 42);
    locals.push(header, path, body);
    centrals.push(central, path);
    offset += header.length + path.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  writeFileSync(target, Buffer.concat([...locals, directory, end]));
}

/**
 * Every file below `folder`, as archive paths that start with `prefix` (e.g. `konzept-kit/`), sorted.
 * @param {string} folder
 * @param {string} prefix
 * @returns {Array<[string, Uint8Array]>}
 */
export function folderEntries(folder, prefix = '') {
  const entries = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else entries.push([prefix + relative(folder, path).split(sep).join('/'), readFileSync(path)]);
    }
  };
  walk(folder);
  return entries;
}

/**
 * Reads an archive back through its central directory, as unzip tools do: archive path → bytes.
 * @param {Uint8Array} data
 * @returns {Map<string, Buffer>}
 */
export function readZip(data) {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const files = new Map();
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('no end of central directory record');
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) throw new Error('no central directory entry');
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
