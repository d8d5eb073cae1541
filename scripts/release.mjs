#!/usr/bin/env node
// `npm run release`: what a web editor downloads, with no terminal needed after it.
//   release/konzept-kit/               the folder (werkstatt.html opens with a double-click)
//   release/konzept-kit-<version>.zip  the same folder as one archive
// It takes dist/ as `npm run build` (or `build.mjs --bundle`) left it. Each artefact is one
// `artefacts.push(…)` below: a name and a function that fills a folder; the archive writer is
// scripts/zip.mjs (plain Node, no `zip` command). Exported for tests: `makeRelease()`.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { folderEntries, writeZip } from './zip.mjs';
import { markdownPage } from './markdown-page.mjs';
import { TOOLS } from './registry.mjs';
import { fillWordpressPlugin } from '../integrations/wordpress/build.mjs';
import { toolFiles } from './tools.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
export const releaseDir = join(root, 'release');
export const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

const copy = (from, to) => {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
};

/** docs/*.md that go into the release as pages, by the file name they get there. */
export const GUIDES = [
  ['EMBED.md', 'anleitung.html', 'Das Integrationskonzept auf der eigenen Website'],
  ['SPREADSHEET.md', 'tabelle.html', 'Das Ampeldokument als Tabelle'],
  ['THEMING.md', 'farben.html', 'Farben und Schrift anpassen'],
  ['LANGUAGES.md', 'sprachen.html', 'Sprachen'],
];

/** The editors' folder: scripts, styles, themes, template, workbench, guides, a sample. */
async function editorsFolder(out) {
  for (const name of ['konzept-kit.js', 'konzept-kit-all.js', 'konzept-kit.css', 'konzept-kit-i18n.js', ...TOOLS.flatMap(toolFiles)]) {
    if (!existsSync(join(dist, name))) throw new Error(`dist/${name} is missing: run npm run build first`);
    copy(join(dist, name), join(out, name));
  }
  // konzept-kit.js loads each element's code from chunks/ beside it (the per-element files share them).
  for (const name of readdirSync(join(dist, 'chunks')).filter((n) => n.endsWith('.js'))) copy(join(dist, 'chunks', name), join(out, 'chunks', name));
  const themes = join(root, 'packages/components/themes');
  for (const name of readdirSync(themes).filter((n) => n.endsWith('.css'))) copy(join(themes, name), join(out, 'themes', name));
  copy(join(root, 'schema/templates/ampeldokument-vorlage.xlsx'), join(out, 'ampeldokument-vorlage.xlsx'));

  // A filled-in workbook and its export to try the workbench with (invented texts, real figures).
  const { exportXlsx } = await tsImport('../packages/sdk/src/spreadsheet/index.ts', import.meta.url);
  const { parseConceptOrThrow } = await tsImport('../packages/sdk/src/index.ts', import.meta.url);
  const sample = readFileSync(join(root, 'schema/examples/konstanz-1.0.json'), 'utf8');
  mkdirSync(join(out, 'beispiel'), { recursive: true });
  writeFileSync(join(out, 'beispiel/beispiel-ampeldokument.xlsx'), await exportXlsx(parseConceptOrThrow(sample)));
  copy(join(root, 'schema/examples/konstanz-1.0.json'), join(out, 'beispiel/konstanz-1.0.json'));
  copy(join(root, 'schema/examples/konstanz-2.0.json'), join(out, 'beispiel/konstanz-2.0.json'));

  const pages = new Map(GUIDES.map(([md, html]) => [md, html]));
  for (const [md, html, title] of GUIDES) {
    writeFileSync(join(out, html), markdownPage(readFileSync(join(root, 'docs', md), 'utf8'), { title, pages }));
  }
  const images = join(root, 'docs/img');
  if (existsSync(images)) for (const name of readdirSync(images)) copy(join(images, name), join(out, 'img', name));
  writeFileSync(join(out, 'LIESMICH.txt'), readme());
}

function readme() {
  return `konzept-kit ${version}: das Integrationskonzept auf der eigenen Website

Zum Anfangen: werkstatt.html doppelklicken (oder im Browser öffnen). Die Werkstatt macht aus
der Tabelle des Ampeldokuments den Export, prüft ihn, zeigt eine Vorschau und gibt die
Schnipsel für Ihr Redaktionssystem. Ihre Daten verlassen dabei den Browser nicht.

  werkstatt.html               die Werkstatt (mit werkstatt.css und konzept-werkstatt.js)
  anleitung.html               die Anleitung: Vorlage, Werkstatt, Hochladen, Schnipsel
  ampeldokument-vorlage.xlsx   die leere Tabelle zum Ausfüllen
  konzept-kit.js, chunks/      das Skript für Ihre Website (hochladen, mit dem Ordner chunks/)
  konzept-kit-all.js           dasselbe als eine einzige Datei (statt konzept-kit.js und chunks/)
  konzept-kit.css              hält beim Laden den Platz frei (hochladen)
  konzept-kit-i18n.js          weitere Sprachen: Türkisch, Arabisch, Ukrainisch, Leichte Sprache (optional)
  themes/                      Beispiel-Farben (optional)
  beispiel/                    eine ausgefüllte Tabelle und Exporte zum Ausprobieren (erfundene Texte)
  tabelle.html, farben.html, sprachen.html   mehr zu Tabelle, Farben und Sprachen

English: open werkstatt.html (double-click). It turns the traffic-light spreadsheet into the
export, checks it, previews it and gives you the snippets; nothing leaves your browser. The guide
is anleitung.html (German, with an English summary at the end).
`;
}

/**
 * Every artefact of the release: a name, what fills its folder, and the folder's name inside the
 * archive when it differs (WordPress takes the plugin's folder name from the zip: `konzept-kit/`).
 */
export const artefacts = [
  { name: 'konzept-kit', fill: editorsFolder },
  { name: 'konzept-kit-wordpress', root: 'konzept-kit', fill: (folder) => fillWordpressPlugin(join(folder, 'konzept-kit'), version) },
];

/** Writes release/<name>/ and release/<name>-<version>.zip for every artefact; returns the zip paths. */
export async function makeRelease() {
  rmSync(releaseDir, { recursive: true, force: true });
  const zips = [];
  for (const { name, root: inside, fill } of artefacts) {
    const folder = join(releaseDir, name);
    mkdirSync(folder, { recursive: true });
    await fill(folder);
    const zip = join(releaseDir, `${name}-${version}.zip`);
    writeZip(zip, inside ? folderEntries(join(folder, inside), `${inside}/`) : folderEntries(folder, `${name}/`));
    zips.push(zip);
  }
  return zips;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const zips = await makeRelease();
  for (const zip of zips) console.log(`release: ${zip.slice(root.length + 1)} (${(readFileSync(zip).length / 1024).toFixed(0)} KB)`);
  console.log(`release: in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
