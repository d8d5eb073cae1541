/**
 * The two embed forms of docs/EMBED.md, filled in with the editor's folder and file names: what the
 * workbench offers to copy once the export is ready.
 */
import { ELEMENTS } from '../registry.js';

/** Tags and link classes by registry key: the snippets name no element themselves. */
const TAGS: Record<string, string> = Object.fromEntries(ELEMENTS.map((row) => [row.key, row.tag]));
const LINKS: Record<string, string> = Object.fromEntries(ELEMENTS.map((row) => [row.key, 'link' in row ? row.link.className : '']));

export interface SnippetNames {
  /** The folder in the CMS, e.g. `/fileadmin/integration/` (a trailing slash is added). */
  readonly folder: string;
  /** The export's file name, e.g. `integrationskonzept.json`. */
  readonly file: string;
  /** The previous version's file name, if the editor gave one (for the version comparison). */
  readonly previous?: string;
  /** The link text readers see until the script runs (and without it). */
  readonly linkText: string;
}

/** A folder as it goes before a file name: `fileadmin/x` → `fileadmin/x/`, empty stays empty. */
function folderPrefix(folder: string): string {
  const trimmed = folder.trim();
  return !trimmed || trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
}

/** A file name safe to offer for download: no folders, `.json` at the end. */
export function exportFileName(name: string): string {
  const base = name.trim().split(/[\\/]/).pop() ?? '';
  const clean = base
    .replace(/\.(xlsx|xlsm|ods|csv|tsv|txt|json)$/i, '')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `${clean || 'integrationskonzept'}.json`;
}

const escapeAttr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The `<head>` part, once per site: the stylesheet and the script. */
export function headSnippet(names: Pick<SnippetNames, 'folder'>): string {
  const dir = escapeAttr(folderPrefix(names.folder));
  return `<link rel="stylesheet" href="${dir}konzept-kit.css">\n<script type="module" src="${dir}konzept-kit.js"></script>`;
}

/** Form A: the elements, for editors that allow HTML. */
export function elementsSnippet(names: SnippetNames): string {
  const dir = escapeAttr(folderPrefix(names.folder));
  const src = `${dir}${escapeAttr(names.file)}`;
  const { provider, ampelChart, measureAccordion, versionDiff } = TAGS;
  const lines = [
    `<${provider} src="${src}">`,
    `  <${ampelChart}>`,
    `    <a href="${src}">${escapeText(names.linkText)}</a>`,
    `  </${ampelChart}>`,
    `  <${measureAccordion} heading-level="3"></${measureAccordion}>`,
  ];
  if (names.previous) lines.push(`  <${versionDiff} from="${dir}${escapeAttr(names.previous)}" heading-level="3"></${versionDiff}>`);
  lines.push(`</${provider}>`);
  return lines.join('\n');
}

/** Form B1: plain links whose address names the element, for rich-text editors that strip custom tags. */
export function linksSnippet(names: SnippetNames): string {
  const dir = escapeAttr(folderPrefix(names.folder));
  const src = `${dir}${escapeAttr(names.file)}`;
  const text = escapeText(names.linkText);
  const lines = [`<p><a href="${src}#${LINKS.ampelChart}">${text}</a></p>`, `<p><a href="${src}#${LINKS.measureAccordion}">${text}</a></p>`];
  if (names.previous) lines.push(`<p><a href="${src}#${LINKS.versionDiff}&from=${encodeURIComponent(names.previous)}">${text}</a></p>`);
  return lines.join('\n');
}
