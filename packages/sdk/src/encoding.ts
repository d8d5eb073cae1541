/**
 * `decodeExport`: the bytes of an uploaded export as text, in the encoding they were really saved in.
 *
 * JSON is UTF-8 (RFC 8259), but editors save what their tools give them: Notepad and Excel on a
 * German Windows write "ANSI" (Windows-1252), "Unicode" (UTF-16 with a byte order mark), or UTF-8
 * with a BOM. Read as UTF-8, a Windows-1252 export turned every umlaut into U+FFFD and was
 * published garbled after `validate` said "gültig"; UTF-16 gave "��{\u0000…". Every reader of
 * exports (the CLI, the elements' loader, the workbench) goes through this one function:
 *
 * - UTF-8, with or without BOM: read as is.
 * - UTF-16 LE or BE, with a BOM (or without one, told by the zero bytes of ASCII JSON): read right.
 * - Not valid UTF-8: read as Windows-1252, **with a warning**. Why not refuse: on a German Windows
 *   "ANSI" is Windows-1252, and its bytes for ä ö ü ß Ä Ö Ü € „ “ – are never valid UTF-8 in real
 *   text (a lead byte followed by ASCII), so the guess is safe and the text comes out exactly as the
 *   editor saw it; refusing would block a page we can show correctly. The warning (printed by the
 *   CLI, logged by the elements, listed by the workbench) asks to save as UTF-8 for other tools.
 *   Bytes Windows-1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) are not Windows-1252: refused.
 * - UTF-32, a ZIP (an .xlsx or .ods given where the JSON export belongs), other binary data: refused
 *   with a sentence that names what it is and says how to save the export as UTF-8.
 */
import type { BilingualText } from '@konzept-kit/concept-schema';

export type ExportEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodedExport =
  | {
      readonly ok: true;
      readonly text: string;
      readonly encoding: ExportEncoding;
      /** The file began with a byte order mark (removed from `text`). */
      readonly bom: boolean;
      /** Said to the editor, but the text is right (Windows-1252). */
      readonly warning?: BilingualText;
    }
  | {
      readonly ok: false;
      /** What the bytes look like: `utf-32le`, `utf-32be`, `zip`, `binary`, `unknown-8bit`. */
      readonly encoding: string;
      readonly message: BilingualText;
    };

/** How to save as UTF-8, in the tools editors use. */
const HOW_TO_SAVE: BilingualText = {
  de: 'Bitte als UTF-8 speichern (im Editor: "Speichern unter" → Codierung "UTF-8").',
  en: 'Please save it as UTF-8 (in Notepad: "Save as" → Encoding "UTF-8").',
};

/** Windows-1252 at 0x80–0x9F (the rest of its upper half is Latin-1); 0 where it defines nothing. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0, 0x17d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013,
  0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0, 0x17e, 0x178,
];

/**
 * Windows-1252 by our own table: Node's TextDecoder decodes `windows-1252` as Latin-1 at 0x80–0x9F
 * (nodejs/node#56542). Bytes it leaves undefined pass through as the C1 control of that number
 * (as browsers do), unless `strict`, where they give undefined.
 */
export function decodeWindows1252(bytes: Uint8Array, strict = false): string | undefined {
  const parts: string[] = [];
  const codes = new Array<number>(Math.min(bytes.length, 8192));
  for (let i = 0; i < bytes.length; i += 8192) {
    const end = Math.min(bytes.length, i + 8192);
    codes.length = end - i;
    for (let j = i; j < end; j++) {
      const b = bytes[j]!;
      if (b >= 0x80 && b < 0xa0) {
        const mapped = CP1252_HIGH[b - 0x80]!;
        if (!mapped && strict) return undefined;
        codes[j - i] = mapped || b;
      } else codes[j - i] = b;
    }
    parts.push(String.fromCharCode.apply(null, codes));
  }
  return parts.join('');
}

function asBytes(input: ArrayBuffer | ArrayBufferView): Uint8Array {
  if (input instanceof Uint8Array) return input;
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  return new Uint8Array(input);
}

function refuse(encoding: string, de: string, en: string): DecodedExport {
  return { ok: false, encoding, message: { de: `${de} ${HOW_TO_SAVE.de}`, en: `${en} ${HOW_TO_SAVE.en}` } };
}

/** UTF-16 without a BOM: JSON starts with ASCII, so every other byte of its first characters is zero. */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 4) return undefined;
  const n = Math.min(bytes.length & ~1, 64);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros >= pairs * 0.75 && evenZeros === 0) return 'utf-16le';
  if (evenZeros >= pairs * 0.75 && oddZeros === 0) return 'utf-16be';
  return undefined;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', bom: boolean): DecodedExport {
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(2) : bytes);
    return { ok: true, text, encoding, bom };
  } catch {
    const name = encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE';
    return refuse(encoding, `Die Datei ist als ${name} ("Unicode") gespeichert, aber beschädigt.`, `The file is saved as ${name} ("Unicode") but damaged.`);
  }
}

/**
 * The text of an export's bytes (a file, a download, standard input), or a sentence saying why it
 * cannot be read. Never throws. See the top of this file for what is read and what is refused.
 */
export function decodeExport(input: ArrayBuffer | ArrayBufferView): DecodedExport {
  const bytes = asBytes(input);
  const [b0, b1, b2, b3] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  const le32 = b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0;
  if (le32 || (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)) {
    return refuse(le32 ? 'utf-32le' : 'utf-32be', 'Die Datei ist als UTF-32 gespeichert.', 'The file is saved as UTF-32.');
  }
  if (b0 === 0xff && b1 === 0xfe) return decodeUtf16(bytes, 'utf-16le', true);
  if (b0 === 0xfe && b1 === 0xff) return decodeUtf16(bytes, 'utf-16be', true);
  if (b0 === 0x50 && b1 === 0x4b && b2 === 0x03 && b3 === 0x04) {
    return {
      ok: false,
      encoding: 'zip',
      message: {
        de: 'Das ist eine Tabelle (.xlsx oder .ods), kein JSON-Export. Die Werkstatt (werkstatt.html im Ordner konzept-kit, Doppelklick genügt) macht daraus den Export: Tabelle dort wählen, Export herunterladen, hochladen und seine Adresse eintragen. (Auf der Kommandozeile: "konzept import DATEI.xlsx -o konzept.json".)',
        en: 'This is a spreadsheet (.xlsx or .ods), not a JSON export. The workbench (werkstatt.html in the konzept-kit folder; a double-click opens it) turns it into the export: choose the spreadsheet there, download the export, upload it and give its address. (On the command line: "konzept import FILE.xlsx -o concept.json".)',
      },
    };
  }
  const order = utf16Order(bytes);
  if (order) return decodeUtf16(bytes, order, false);

  const bom = b0 === 0xef && b1 === 0xbb && b2 === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'utf-8', bom };
  } catch {
    // Not UTF-8. Zero bytes are no text at all; bytes Windows-1252 leaves undefined are not it.
    if (body.indexOf(0) !== -1) {
      return refuse('binary', 'Die Datei enthält Binärdaten und ist kein JSON-Export.', 'The file holds binary data and is not a JSON export.');
    }
    const text = decodeWindows1252(body, true);
    if (text === undefined) {
      return refuse(
        'unknown-8bit',
        'Die Datei ist weder als UTF-8 noch als Windows-1252 gespeichert; ihre Umlaute lassen sich nicht sicher lesen.',
        'The file is saved neither as UTF-8 nor as Windows-1252; its umlauts cannot be read reliably.',
      );
    }
    return {
      ok: true,
      text,
      encoding: 'windows-1252',
      bom: false,
      warning: {
        de: `Die Datei ist als Windows-1252 ("ANSI") gespeichert, nicht als UTF-8; sie wurde so gelesen. ${HOW_TO_SAVE.de}`,
        en: `The file is saved as Windows-1252 ("ANSI"), not as UTF-8; it was read as such. ${HOW_TO_SAVE.en}`,
      },
    };
  }
}
