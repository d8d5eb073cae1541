/**
 * decodeExport: an export saved by Notepad or Excel (Windows-1252, UTF-16) is read as the editor
 * wrote it, or refused with a sentence naming the encoding; never parsed with U+FFFD in its umlauts.
 * The files are made here from the sample export, in each encoding.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { decodeExport, parseConcept } from '@konzept-kit/sdk';

const json = readFileSync(new URL('../../schema/examples/konstanz-1.0.json', import.meta.url), 'utf8');
assert.ok(/[äöüß]/.test(json), 'the sample has umlauts');
const utf8 = new TextEncoder().encode(json);

/** Windows-1252 bytes of a text (the sample is Latin-1 plus „ “ – € at most). */
function cp1252(text: string): Uint8Array {
  const special: Record<string, number> = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };
  return Uint8Array.from(text, (ch) => {
    const code = special[ch] ?? ch.charCodeAt(0);
    assert.ok(code < 0x100, `not in Windows-1252: ${ch}`);
    return code;
  });
}
function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  let at = 0;
  if (bom) view.setUint16((at += 2) - 2, 0xfeff, order === 'le');
  for (let i = 0; i < text.length; i++, at += 2) view.setUint16(at, text.charCodeAt(i), order === 'le');
  return out;
}
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

function readsAsSample(bytes: Uint8Array, encoding: string, warned: boolean): void {
  const decoded = decodeExport(bytes);
  assert.ok(decoded.ok, decoded.ok ? '' : decoded.message.de);
  assert.equal(decoded.encoding, encoding);
  assert.equal(decoded.text, json);
  assert.equal(Boolean(decoded.warning), warned);
  assert.ok(parseConcept(decoded.text).success);
}

test('UTF-8 with and without BOM is read as it is', () => {
  readsAsSample(utf8, 'utf-8', false);
  readsAsSample(concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8), 'utf-8', false);
});

test('UTF-16 LE and BE ("Unicode" in Notepad) are read right, with or without BOM', () => {
  readsAsSample(utf16(json, 'le', true), 'utf-16le', false);
  readsAsSample(utf16(json, 'be', true), 'utf-16be', false);
  readsAsSample(utf16(json, 'le', false), 'utf-16le', false);
  readsAsSample(utf16(json, 'be', false), 'utf-16be', false);
});

test('Windows-1252 ("ANSI" from Notepad or Excel) is read with its umlauts and € right, and a warning that says how to save as UTF-8', () => {
  const text = json.replace('"title":', '"extra": {"Kosten": "5 € „pro“ Kurs – gesamt"}, "title":');
  const decoded = decodeExport(cp1252(text));
  assert.ok(decoded.ok);
  assert.equal(decoded.encoding, 'windows-1252');
  assert.equal(decoded.text, text);
  assert.ok(!decoded.text.includes('\ufffd'));
  assert.match(decoded.warning!.de, /Windows-1252.*UTF-8/s);
  assert.match(decoded.warning!.en, /Windows-1252.*UTF-8/s);
});

test('refused with a sentence naming what it is and how to save as UTF-8: UTF-32, a spreadsheet, binary data, undefined Windows-1252 bytes', () => {
  const cases: Array<[Uint8Array, string, RegExp]> = [
    [concat(Uint8Array.of(0xff, 0xfe, 0, 0), utf8), 'utf-32le', /UTF-32/],
    [Uint8Array.of(0x50, 0x4b, 3, 4, 0, 0, 0, 0), 'zip', /\.xlsx/],
    [Uint8Array.of(0x7b, 0xc3, 0x00, 0x01, 0x7d), 'binary', /Binärdaten/],
    [Uint8Array.of(0x7b, 0x22, 0x81, 0x22, 0x7d), 'unknown-8bit', /weder als UTF-8 noch als Windows-1252/],
  ];
  for (const [bytes, encoding, words] of cases) {
    const decoded = decodeExport(bytes);
    assert.equal(decoded.ok, false, encoding);
    if (decoded.ok) continue;
    assert.equal(decoded.encoding, encoding);
    assert.match(decoded.message.de, words);
    if (encoding !== 'zip') assert.match(decoded.message.de, /als UTF-8 speichern/);
    assert.ok(decoded.message.en.length > 20);
  }
});

test('takes an ArrayBuffer, a Uint8Array or a view into a larger buffer alike', () => {
  const padded = concat(Uint8Array.of(1, 2, 3), utf8);
  for (const input of [utf8.buffer.slice(utf8.byteOffset, utf8.byteOffset + utf8.byteLength), utf8, new DataView(padded.buffer, 3)]) {
    const decoded = decodeExport(input as ArrayBuffer);
    assert.ok(decoded.ok && decoded.text === json);
  }
});
