/**
 * Options a web editor can give the bundle on its own script tag. A module script has no
 * `document.currentScript`, so they come from the script's address (`import.meta.url`):
 *
 *     <script type="module" src="/fileadmin/konzept-kit.js?prefix=lk"></script>
 *
 * registers `<lk-…>` tags instead of the chart element (for pages where another library already
 * uses a name). Where the CMS keeps `data-*` attributes on script tags, `data-prefix="lk"` works too.
 */
export interface ScriptOptions {
  /** Tag prefix, e.g. `lk` for `<lk-…>` tags; undefined for the plain names. */
  readonly prefix?: string;
  /** `?links=off`: leave links with `class="konzept-…"` alone. */
  readonly upgradeLinks: boolean;
}

function ownScriptTag(url: string): HTMLScriptElement | undefined {
  if (typeof document === 'undefined') return undefined;
  for (const script of document.querySelectorAll<HTMLScriptElement>('script[src]')) {
    try {
      if (new URL(script.getAttribute('src') ?? '', document.baseURI).href === url) return script;
    } catch {
      // An unparsable src belongs to another script.
    }
  }
  return undefined;
}

/** Reads the options from the script's own URL (and, as a fallback, its tag's `data-*` attributes). */
export function scriptOptions(url: string): ScriptOptions {
  let params: URLSearchParams;
  try {
    params = new URL(url).searchParams;
  } catch {
    params = new URLSearchParams();
  }
  const tag = params.has('prefix') && params.has('links') ? undefined : ownScriptTag(url);
  const prefix = params.get('prefix') ?? tag?.dataset['prefix'] ?? undefined;
  const links = params.get('links') ?? tag?.dataset['links'] ?? 'on';
  return { prefix: prefix || undefined, upgradeLinks: !/^(off|false|0|no|nein|aus)$/i.test(links) };
}
