/**
 * Just enough of the ZIP format (an .xlsx is a ZIP archive) to check a workbook before unpacking
 * it and to give a generated one fixed timestamps: the central directory's entries.
 */

export interface ZipEntry {
  /** Offset of the entry in the central directory. */
  readonly central: number;
  /** Offset of its local file header. */
  readonly local: number;
  /** Unpacked size as declared (0xFFFFFFFF: the real size is in a ZIP64 field). */
  readonly size: number;
}

/** The entries the central directory lists, or undefined when there is no readable directory. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 22 + 65,535 (comment) bytes.
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= stop; at--) {
    if (view.getUint32(at, true) !== 0x06054b50) continue;
    const count = view.getUint16(at + 10, true);
    let offset = view.getUint32(at + 16, true);
    const entries: ZipEntry[] = [];
    for (let i = 0; i < count; i++) {
      if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return undefined;
      entries.push({ central: offset, local: view.getUint32(offset + 42, true), size: view.getUint32(offset + 24, true) });
      offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    }
    return entries;
  }
  return undefined;
}

/** The unpacked size the archive declares, or undefined when it has no readable directory. */
export function declaredUnpackedSize(bytes: Uint8Array): number | undefined {
  const entries = zipEntries(bytes);
  return entries?.reduce((sum, e) => sum + (e.size === 0xffffffff ? Number.MAX_SAFE_INTEGER : e.size), 0);
}

/** Sets every entry's modification time to `date` (to the two seconds DOS allows), so equal content gives equal bytes. */
export function fixZipTimestamps(bytes: Uint8Array, date: Date): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const dosTime = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const dosDate = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  for (const entry of zipEntries(out) ?? []) {
    view.setUint16(entry.central + 12, dosTime, true);
    view.setUint16(entry.central + 14, dosDate, true);
    if (entry.local + 14 <= out.length && view.getUint32(entry.local, true) === 0x04034b50) {
      view.setUint16(entry.local + 10, dosTime, true);
      view.setUint16(entry.local + 12, dosDate, true);
    }
  }
  return out;
}
