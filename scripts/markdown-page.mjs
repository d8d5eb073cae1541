// A page of docs/ as a readable, self-contained HTML file for the release (anleitung.html …):
// headings get the ids GitHub gives them (so `#typo3` links keep working), links to other guides
// in the release point at their HTML page, and links to files that are not in the release lose
// their link (their text stays). No script, one small stylesheet in the page.
import MarkdownIt from 'markdown-it';

/** GitHub's heading ids: lower case, punctuation dropped, spaces to hyphens. */
export function slug(text) {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

const STYLE = `
html { font-family: system-ui, sans-serif; line-height: 1.6; color: #1f2937; background: #fff; }
body { max-width: 48rem; margin: 0 auto; padding: 1rem 1.25rem 4rem; }
h1, h2, h3 { line-height: 1.25; margin-top: 2em; }
h1 { margin-top: 0.5em; }
a { color: #1d4f91; }
a:focus-visible { outline: 3px solid #1d4f91; outline-offset: 2px; }
code { font-family: ui-monospace, monospace; font-size: 0.92em; background: #f3f4f6; padding: 0.1em 0.3em; border-radius: 4px; overflow-wrap: anywhere; }
pre { background: #f3f4f6; padding: 0.75rem 1rem; border-radius: 6px; overflow-x: auto; }
pre code { padding: 0; background: none; overflow-wrap: normal; }
table { border-collapse: collapse; display: block; overflow-x: auto; }
th, td { border: 1px solid #9ca3af; padding: 0.3em 0.6em; vertical-align: top; text-align: start; }
img { max-width: 100%; height: auto; border: 1px solid #d1d5db; }
nav { font-size: 0.95em; border-bottom: 1px solid #d1d5db; padding-bottom: 0.5rem; }
`;

/**
 * @param {string} markdown
 * @param {{ title: string, pages: Map<string, string>, lang?: string }} options  pages: `EMBED.md` → `anleitung.html`
 */
export function markdownPage(markdown, { title, pages, lang = 'de' }) {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  const seen = new Map();
  md.core.ruler.push('konzept-release', (state) => {
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (token.type === 'heading_open') {
        const text = tokens[i + 1].children.map((c) => c.content).join('');
        let id = slug(text);
        const n = seen.get(id) ?? 0;
        seen.set(id, n + 1);
        if (n) id = `${id}-${n}`;
        token.attrSet('id', id);
      }
      if (token.type !== 'inline') continue;
      const children = token.children;
      for (let j = 0; j < children.length; j++) {
        if (children[j].type !== 'link_open') continue;
        const href = children[j].attrGet('href') ?? '';
        if (/^(#|https?:|mailto:)/.test(href)) continue;
        const [path, hash] = href.split('#');
        const page = pages.get(path.split('/').pop());
        if (page) {
          children[j].attrSet('href', hash ? `${page}#${hash}` : page);
          continue;
        }
        if (/^img\//.test(path)) continue;
        // A file of the repository that is not in the release: keep the words, drop the link.
        const close = children.findIndex((c, k) => k > j && c.type === 'link_close');
        children.splice(close, 1);
        children.splice(j, 1);
        j--;
      }
    }
  });
  const body = md.render(markdown);
  const nav = [...pages.values()].map((page) => `<a href="${page}">${page}</a>`).join(' · ');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – konzept-kit</title>
<style>${STYLE}</style>
</head>
<body>
<nav aria-label="Anleitungen"><a href="werkstatt.html">Werkstatt</a> · ${nav}</nav>
<main>
${body}</main>
</body>
</html>
`;
}
