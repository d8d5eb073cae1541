// The WordPress plugin as a person installs it: `release/konzept-kit-wordpress-<version>.zip`, holding
// the folder `konzept-kit/` with the PHP and editor code from integrations/wordpress/konzept-kit, the
// built elements (dist/) under assets/, and the German translations compiled from the .po file.
// Called by `npm run release`; alone: `node integrations/wordpress/build.mjs [release-folder]`
// (after `npm run build`).
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { folderEntries, writeZip } from '../../scripts/zip.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');

/** German-speaking locales WordPress may run in: each gets the same German files. */
const GERMAN = ['de_DE', 'de_DE_formal', 'de_AT', 'de_CH', 'de_CH_informal'];

/** Parses a .po file into entries { context?, id, plural?, strs[] } (comments dropped, the header kept as id ''). */
export function parsePo(text) {
  const entries = [];
  let entry;
  let field;
  const unquote = (s) => JSON.parse(s);
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = /^(msgctxt|msgid|msgid_plural|msgstr(?:\[(\d+)\])?)\s+(".*")$/.exec(line);
    if (m) {
      if (m[1] === 'msgctxt' || (m[1] === 'msgid' && entry?.id !== undefined) || !entry) {
        entry = { strs: [] };
        entries.push(entry);
      }
      field = m[1] === 'msgctxt' ? 'context' : m[1] === 'msgid' ? 'id' : m[1] === 'msgid_plural' ? 'plural' : Number(m[2] ?? 0);
      if (typeof field === 'number') entry.strs[field] = unquote(m[3]);
      else entry[field] = unquote(m[3]);
    } else if (line.startsWith('"') && entry) {
      if (typeof field === 'number') entry.strs[field] += unquote(line);
      else entry[field] += unquote(line);
    } else {
      throw new Error(`Cannot read this line of the .po file: ${line}`);
    }
  }
  return entries;
}

/** A GNU .mo file (little-endian, no hash table), what load_plugin_textdomain() reads. */
export function moFile(entries) {
  const sorted = entries
    .filter((e) => e.strs.length && e.strs.every((s) => s !== undefined))
    .map((e) => ({ key: (e.context !== undefined ? `${e.context}\u0004` : '') + (e.plural ? `${e.id}\0${e.plural}` : e.id), value: e.strs.join('\0') }))
    .sort((a, b) => Buffer.from(a.key).compare(Buffer.from(b.key)));
  const keys = sorted.map((e) => Buffer.from(e.key, 'utf8'));
  const values = sorted.map((e) => Buffer.from(e.value, 'utf8'));
  const n = sorted.length;
  const headerSize = 28;
  const tables = headerSize + n * 16;
  let offset = tables;
  const header = Buffer.alloc(tables);
  header.writeUInt32LE(0x950412de, 0);
  header.writeUInt32LE(0, 4);
  header.writeUInt32LE(n, 8);
  header.writeUInt32LE(headerSize, 12);
  header.writeUInt32LE(headerSize + n * 8, 16);
  // No hash table (size 0), but its address must follow the tables: WordPress' MO reader measures
  // the translation table by it and refuses the file otherwise.
  header.writeUInt32LE(tables, 24);
  const strings = [];
  keys.forEach((key, i) => {
    header.writeUInt32LE(key.length, headerSize + i * 8);
    header.writeUInt32LE(offset, headerSize + i * 8 + 4);
    strings.push(key, Buffer.from([0]));
    offset += key.length + 1;
  });
  values.forEach((value, i) => {
    header.writeUInt32LE(value.length, headerSize + n * 8 + i * 8);
    header.writeUInt32LE(offset, headerSize + n * 8 + i * 8 + 4);
    strings.push(value, Buffer.from([0]));
    offset += value.length + 1;
  });
  return Buffer.concat([header, ...strings]);
}

/** The Jed JSON that wp_set_script_translations() hands to the block editor's wp.i18n. */
export function jedJson(entries, locale) {
  const header = entries.find((e) => e.id === '');
  const plural = /Plural-Forms:\s*([^\n]*)/.exec(header?.strs[0] ?? '')?.[1] ?? 'nplurals=2; plural=(n != 1);';
  const messages = { '': { domain: 'messages', lang: locale, 'plural-forms': plural } };
  for (const e of entries) if (e.id) messages[(e.context !== undefined ? `${e.context}\u0004` : '') + e.id] = e.strs;
  return JSON.stringify({ domain: 'messages', locale_data: { messages } });
}

/**
 * Fills `plugin` (the folder that becomes `konzept-kit/` in WordPress' plugins) for `version`.
 * @param {string} plugin
 * @param {string} [version]
 */
export function fillWordpressPlugin(plugin, version = packageVersion()) {
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'konzept-kit.js'))) throw new Error('dist/konzept-kit.js is missing: run `npm run build` first.');
  rmSync(plugin, { recursive: true, force: true });
  cpSync(join(here, 'konzept-kit'), plugin, { recursive: true });

  // The elements as a page loads them: the entry, its chunks and the stylesheet. Not the source maps
  // (they would triple the plugin's size for nobody who installs it), not the workbench (editors
  // open it from the release folder, not from WordPress).
  const assets = join(plugin, 'assets');
  mkdirSync(join(assets, 'chunks'), { recursive: true });
  for (const name of readdirSync(dist)) if (/\.(js|css)$/.test(name) && !/werkstatt/.test(name)) cpSync(join(dist, name), join(assets, name));
  if (existsSync(join(dist, 'chunks'))) {
    for (const name of readdirSync(join(dist, 'chunks'))) if (name.endsWith('.js')) cpSync(join(dist, 'chunks', name), join(assets, 'chunks', name));
  }
  cpSync(join(root, 'packages/components/themes'), join(assets, 'themes'), { recursive: true });

  const main = join(plugin, 'konzept-kit.php');
  writeFileSync(
    main,
    readFileSync(main, 'utf8')
      .replace(/(Version:\s+)\S+/, `$1${version}`)
      .replace(/('KONZEPT_KIT_VERSION', ')[^']+/, `$1${version}`),
  );

  const entries = parsePo(readFileSync(join(here, 'konzept-kit/languages/konzept-kit-de_DE.po'), 'utf8'));
  for (const locale of GERMAN) {
    writeFileSync(join(plugin, 'languages', `konzept-kit-${locale}.mo`), moFile(entries));
    writeFileSync(join(plugin, 'languages', `konzept-kit-${locale}-konzept-kit-block-editor.json`), jedJson(entries, locale));
  }
}

/**
 * The plugin's folder and zip in `out` (release/konzept-kit-wordpress/konzept-kit/ and
 * release/konzept-kit-wordpress-<version>.zip, as `npm run release` makes them); returns the zip.
 * @param {{ out: string, version?: string }} options
 */
export function buildWordpressPlugin({ out, version = packageVersion() }) {
  const plugin = join(out, 'konzept-kit-wordpress', 'konzept-kit');
  fillWordpressPlugin(plugin, version);
  const zip = join(out, `konzept-kit-wordpress-${version}.zip`);
  writeZip(zip, folderEntries(plugin, 'konzept-kit/'));
  return zip;
}

function packageVersion() {
  return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const zip = buildWordpressPlugin({ out: resolve(process.argv[2] ?? join(root, 'release')) });
  console.log(`WordPress plugin: ${zip}`);
}
