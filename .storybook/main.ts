// Storybook for the elements (`npm run storybook`, `npm run build-storybook`). Vite 8 leaves TC39
// decorators in place and Chromium cannot run them (docs/TOOLCHAIN.md): an esbuild transform lowers them.
// `storybook build` exits 0 even when every story dies in the browser, so the built Storybook is
// opened in Chromium by test/storybook/storybook.test.mjs.
import type { StorybookConfig } from '@storybook/web-components-vite';
import { transform } from 'esbuild';

/** Our TypeScript (packages, stories), not dependencies: these may use `@property() accessor`. */
const OWN_TYPESCRIPT = /\/(packages|stories)\/[^?]*\.ts(\?|$)/;

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The sample exports: `schema/examples/konstanz-1.0.json` (also at /schema/examples/…) in dev and build.
  staticDirs: [{ from: '../schema', to: '/schema' }],
  async viteFinal(viteConfig) {
    viteConfig.plugins = [
      ...(viteConfig.plugins ?? []),
      {
        name: 'konzept-lower-decorators',
        enforce: 'pre',
        async transform(code: string, id: string) {
          if (id.includes('/node_modules/') || !OWN_TYPESCRIPT.test(id)) return null;
          const result = await transform(code, {
            loader: 'ts',
            target: 'es2022',
            sourcemap: true,
            sourcefile: id,
            tsconfigRaw: { compilerOptions: { experimentalDecorators: false, useDefineForClassFields: true } },
          });
          return { code: result.code, map: result.map };
        },
      },
    ];
    // Storybook's renderer imports lit/directive-helpers.js outside the prebundle: without this the
    // dev server loads a second copy of lit-html.
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    };
    // Storybook's own preview bundle is over 1 MB; that warning says nothing about our elements.
    viteConfig.build = { ...viteConfig.build, chunkSizeWarningLimit: 2000 };
    return viteConfig;
  },
};
export default config;
