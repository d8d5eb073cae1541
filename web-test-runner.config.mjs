// Browser tests in Debian's Chromium (nothing downloads its own browser here; see docs/TOOLCHAIN.md).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumPath, CHROMIUM_ARGS } from './scripts/local-web.mjs';
import { e2eMiddleware } from './test/e2e/middleware.mjs';
import { axTreePlugin } from './test/ax-tree-plugin.mjs';

/**
 * Server commands the stock ones lack: Windows' high-contrast mode (`forced-colors: active`, which
 * `emulateMedia` of @web/test-runner-commands does not pass to Chromium's puppeteer) and a
 * screenshot of part of the page, so a test can look at what forced colours really paint
 * (`KONZEPT_SHOTS=<folder>` keeps each one there for a person to look at too).
 */
function forcedColorsPlugin() {
  const sessions = new Map();
  return {
    name: 'konzept-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'konzept-forced-colors' && command !== 'konzept-screenshot') return undefined;
      const page = session.browser.getPage(session.id);
      if (command === 'konzept-screenshot') {
        const png = await page.screenshot({ clip: payload, encoding: 'base64', captureBeyondViewport: false });
        if (process.env.KONZEPT_SHOTS) (await import('node:fs')).writeFileSync(`${process.env.KONZEPT_SHOTS}/${Date.now()}.png`, png, 'base64');
        return png;
      }
      // One DevTools session per test page: emulation lasts as long as the session that set it.
      let cdp = sessions.get(session.id);
      if (!cdp) sessions.set(session.id, (cdp = await page.createCDPSession()));
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload.active ? 'active' : 'none' }] });
      return true;
    },
  };
}

export default {
  rootDir: '.',
  files: ['test/components/**/*.test.ts', 'test/e2e/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // End-to-end pages: the strict-CSP page, counted/slow/failing sample exports (test/e2e/middleware.mjs).
  middleware: [e2eMiddleware, (await import('./test/e2e/fault-middleware.mjs')).faultMiddleware],
  // Chromium has no native TC39 decorators yet: esbuild lowers them (target es2022).
  plugins: [forcedColorsPlugin(), axTreePlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
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
  // Margins for a loaded shared machine (tests that render all 193 measures took over 10 s at load
  // 30): a hang still fails, a slow machine does not.
  testFramework: { config: { timeout: 30000 } },
  testsFinishTimeout: 1200000,
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').startsWith('Lit is in dev mode'),
};
