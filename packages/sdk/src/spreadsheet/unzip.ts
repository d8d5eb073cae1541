/**
 * Reading the parts of a ZIP archive (an .xlsx or .ods is one) without a library: the central
 * directory says where each part is, `DecompressionStream('deflate-raw')` (Node 20, every current
 * browser) unpacks it. Parts are unpacked on request, so a reader only pays for what it reads.
 */
import { zipEntries } from './zip.js';

export class ZipError extends Error {
  constructor(readonly reason: 'noArchive' | 'damaged' | 'encrypted' | 'method') {
    super(reason);
    this.name = 'ZipError';
  }
}

export interface ZipArchive {
  /** Names of the parts, as the archive lists them. */
  readonly names: readonly string[];
  has(name: string): boolean;
  /** The part's bytes, or undefined when there is no such part. Throws `ZipError` for a damaged part. */
  bytes(name: string): Promise<Uint8Array | undefined>;
  /** The part as UTF-8 text. */
  text(name: string): Promise<string | undefined>;
}

interface Part {
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly local: number;
}

async function inflate(data: Uint8Array, expected: number): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  let out: Uint8Array;
  try {
    out = new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    throw new ZipError('damaged');
  }
  if (expected !== 0xffffffff && out.length !== expected) throw new ZipError('damaged');
  return out;
}

/** Opens an archive; throws `ZipError` when the bytes are no readable ZIP archive (e.g. a file cut short). */
export function openZip(bytes: Uint8Array): ZipArchive {
  const entries = zipEntries(bytes);
  if (!entries) throw new ZipError(bytes[0] === 0x50 && bytes[1] === 0x4b ? 'damaged' : 'noArchive');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new TextDecoder();
  const parts = new Map<string, Part>();
  for (const entry of entries) {
    const at = entry.central;
    const nameLength = view.getUint16(at + 28, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)).replace(/^\/+/, '');
    parts.set(name, {
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: entry.size,
      local: entry.local,
    });
  }
  const bytesOf = async (name: string): Promise<Uint8Array | undefined> => {
    const part = parts.get(name.replace(/^\/+/, ''));
    if (!part) return undefined;
    if (part.flags & 1) throw new ZipError('encrypted');
    const at = part.local;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw new ZipError('damaged');
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const end = start + part.compressedSize;
    if (end > bytes.length) throw new ZipError('damaged');
    const data = bytes.subarray(start, end);
    if (part.method === 0) return data;
    if (part.method === 8) return inflate(data, part.size);
    throw new ZipError('method');
  };
  return {
    names: [...parts.keys()],
    has: (name) => parts.has(name.replace(/^\/+/, '')),
    bytes: bytesOf,
    text: async (name) => {
      const data = await bytesOf(name);
      return data && decoder.decode(data);
    },
  };
}
