/// <reference types="vite/client" />
// Every story: the elements registered, the Custom Elements Manifest for the argument tables and
// docs pages, a language toolbar (German, English, Turkish, Arabic, Ukrainian, Leichte Sprache) and
// a theme toolbar (the three sample municipalities' token files), and the accessibility check
// (axe, WCAG 2.1 AA) on every story.
import { html } from 'lit';
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { registerAll } from '../packages/components/src/index.js';
import '../packages/components/src/i18n/all.js';
import manifest from '../packages/components/custom-elements.json' with { type: 'json' };
import konstanzTheme from '../packages/components/themes/konstanz.css?url';
import loerrachTheme from '../packages/components/themes/loerrach.css?url';
import landshutTheme from '../packages/components/themes/landshut.css?url';

registerAll();

type ManifestItem = { name: string; kind?: string; privacy?: string; static?: boolean; readonly?: boolean; description?: string };

/**
 * The argument tables show what a page can set: public, writable fields with a description (the
 * manifest also lists private helpers and read-only getters such as `language`).
 */
function forArgTables(cem: typeof manifest): typeof manifest {
  const copy = structuredClone(cem) as any;
  for (const module of copy.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement) continue;
      declaration.members = (declaration.members ?? []).filter(
        (m: ManifestItem) => m.kind === 'field' && !m.static && !m.readonly && (!m.privacy || m.privacy === 'public') && m.description,
      );
      declaration.attributes = (declaration.attributes ?? []).filter((a: ManifestItem) => a.name !== 'dir');
    }
  }
  return copy;
}

setCustomElementsManifest(forArgTables(manifest));

const THEMES: Record<string, string | undefined> = {
  standard: undefined,
  konstanz: konstanzTheme,
  loerrach: loerrachTheme,
  landshut: landshutTheme,
};

/** Puts the chosen theme's stylesheet into the page (one `<link>`, replaced when the theme changes). */
function applyTheme(name: string): void {
  const href = THEMES[name];
  let link = document.getElementById('konzept-theme') as HTMLLinkElement | null;
  if (!href) {
    link?.remove();
    return;
  }
  if (!link) {
    link = document.createElement('link');
    link.id = 'konzept-theme';
    link.rel = 'stylesheet';
    document.head.append(link);
  }
  if (link.getAttribute('href') !== href) link.setAttribute('href', href);
}

/** A menu in Storybook's toolbar: its items as value → title, the chosen one's title shown. */
function toolbar(description: string, title: string, icon: string, items: Record<string, string>) {
  return { description, toolbar: { title, icon, items: Object.entries(items).map(([value, title]) => ({ value, title })), dynamicTitle: true } };
}

const preview: Preview = {
  globalTypes: {
    lang: toolbar('Sprache der Seite / page language', 'Sprache', 'globe', {
      de: 'Deutsch',
      en: 'English',
      tr: 'Türkçe',
      ar: 'العربية (rtl)',
      uk: 'Українська',
      'de-x-ls': 'Leichte Sprache',
    }),
    theme: toolbar('Farben einer Kommune (packages/components/themes/) / a municipality’s theme', 'Theme', 'paintbrush', {
      standard: 'Standard',
      konstanz: 'Konstanz',
      loerrach: 'Lörrach',
      landshut: 'Landshut',
    }),
  },
  initialGlobals: { lang: 'de', theme: 'standard' },
  decorators: [
    (story, context) => {
      applyTheme(String(context.globals.theme ?? 'standard'));
      // The elements take their language from the nearest `lang`, as on a municipality's page;
      // an Arabic page also says dir="rtl" (the elements would turn right to left without it, too).
      const lang = String(context.globals.lang ?? 'de');
      return html`<div class="konzept-story" lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>${story()}</div>`;
    },
  ],
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: { source: { excludeDecorators: true } },
    a11y: {
      context: '#storybook-root',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
      test: 'error',
    },
  },
};

export default preview;
