// Browser tests in Debian's Chromium (nothing downloads its own browser here; see TOOLCHAIN.md).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumPath, CHROMIUM_ARGS } from './scripts/local-web.mjs';
import { e2eMiddleware } from './test/e2e/middleware.mjs';


export default {
  rootDir: '.',
  files: ['test/components/**/*.test.ts', 'test/e2e/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // End-to-end pages: the strict-CSP page, counted/slow/failing sample exports (test/e2e/middleware.mjs).
  middleware: [e2eMiddleware, (await import('./test/e2e/fault-middleware.mjs')).faultMiddleware],
  // Chromium has no native TC39 decorators yet: esbuild lowers them (target es2022).
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').startsWith('Lit is in dev mode'),
};
