/** The text of dist/konzept-kit.css (what it does: its own header below), made from the registry by the build. */
import type { ElementRow } from '../registry.js';

const UPGRADED = ':not([data-konzept-upgraded])';
/** A paragraph's first link to a .json file (upgrade-links.ts takes it for the block-class form). */
const FIRST_EXPORT = 'a[href*=".json"]:not(a[href*=".json"] ~ *)';

export function pageCss(rows: readonly ElementRow[]): string {
  const views = rows.filter((row) => row.reserve);
  const rest = rows.filter((row) => !row.reserve);
  const linked = views.filter((row) => row.link);
  const list = (names: string[]) => names.join(',\n');
  return `/*
 * konzept-kit.css: optional, upload it beside konzept-kit.js and load it in the page <head>:
 *   <link rel="stylesheet" href="/fileadmin/konzept-kit.css">
 * It reserves space for the elements until the script has defined them and while they load, so the
 * page does not jump when the chart appears. An external stylesheet is allowed under a strict
 * Content Security Policy (style-src 'self'); an inline <style> block is not. Adjust the heights with
 * the --konzept-reserve-* custom properties. With a tag prefix (?prefix=lk) copy the rules for
 * lk-${views[0]?.tag ?? 'element'} etc.
 */
${list(views.map((row) => row.tag))} {
  display: block;
  --konzept-loading-min-height: var(--konzept-reserve, 20rem);
}
${views.map((row) => `${row.tag} {\n  --konzept-reserve: var(--konzept-reserve-${row.tag}, ${row.reserve});\n}`).join('\n')}
/* Before the script has run: the fallback content (a link to the export) in the reserved space.
   Only where scripts run: without them the fallback content stands alone, without gaps. */
@media (scripting: enabled) {
  ${list(views.map((row) => `${row.tag}:not(:defined)`)).replaceAll('\n', '\n  ')} {
    min-height: var(--konzept-reserve);
  }
}
/* A block box from the start, as after the script has run: a theme's content width (max-width on
   the post's direct children, as WordPress' constrained layout sets) applies to it. */
${list(rest.map((row) => row.tag))} {
  display: block;
}

/* The link forms (for editors whose rich-text editor strips custom tags): where scripts run, the
   link (or the paragraph with the class) is about to become the element, so it reserves the
   element's space already. Without scripts it stays an ordinary link. */
@media (scripting: enabled) {
${linked
  .map((row) => {
    const name = row.link!.className;
    // The three forms: the class on the link, on its paragraph (a block class: the paragraph's first
    // link to a .json export becomes the element, so that link reserves, and the paragraph's other
    // text keeps its place), or in the address.
    const forms = [`a.${name}${UPGRADED}`, `.${name}:not(a)${UPGRADED} ${FIRST_EXPORT}`, `a[href*="#${name}"]${UPGRADED}`];
    const rule = `  ${forms.join(',\n  ')} {\n    display: block;\n    min-height: var(--konzept-reserve-${row.tag}, ${row.reserve});\n  }`;
    // The second link of a pair (a version comparison) becomes part of the same element.
    return row.link!.pair ? `${rule}\n  ${forms[0]} ~ a.${name},\n  ${forms[2]} ~ a[href*="#${name}"] {\n    min-height: 0;\n  }` : rule;
  })
  .join('\n')}
}
`;
}
