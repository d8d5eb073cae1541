// Storybook for the elements. Vite 8 leaves TC39 decorators in place and Chromium cannot run them
// (TOOLCHAIN.md): an esbuild transform lowers them, and the built Storybook is checked in a browser test.
import type { StorybookConfig } from '@storybook/web-components-vite';
import { transform } from 'esbuild';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  staticDirs: [{ from: '../schema', to: '/schema' }],
  async viteFinal(viteConfig) {
    viteConfig.plugins = [
      ...(viteConfig.plugins ?? []),
      {
        name: 'konzept-lower-decorators',
        enforce: 'pre',
        async transform(code: string, id: string) {
          if (!/\/packages\/.*\.ts$/.test(id) && !/\/stories\/.*\.ts$/.test(id)) return null;
          const result = await transform(code, { loader: 'ts', target: 'es2022', sourcemap: true, sourcefile: id, tsconfigRaw: { compilerOptions: { experimentalDecorators: false, useDefineForClassFields: true } } });
          return { code: result.code, map: result.map };
        },
      },
    ];
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    };
    return viteConfig;
  },
};
export default config;
