/** Loading dist/ files into a test page as a CMS template does (a stylesheet link, a module script). */

/** Adds `<link rel="stylesheet">` and waits until it has loaded. */
export function loadStylesheet(href: string): Promise<void> {
  return new Promise((done, fail) => {
    const css = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    css.onload = () => done();
    css.onerror = () => fail(new Error(`${href} is missing (run npm run build)`));
    document.head.append(css);
  });
}

/** Adds `<script type="module">` and waits until it has run. */
export function loadModuleScript(src: string): Promise<void> {
  return new Promise((done, fail) => {
    const script = Object.assign(document.createElement('script'), { type: 'module', src });
    script.onload = () => done();
    script.onerror = () => fail(new Error(`${src} did not load (run npm run build)`));
    document.head.append(script);
  });
}
