import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { koaQueueFeeds, startQueueFeedServer } from './scripts/queue-feeds/adapters.mjs';

const feedOptions = { testControls: true };
const secondServer = await startQueueFeedServer(feedOptions);

export default {
  files: ['src/**/*.test.ts', 'stories/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: Chromium reports background tabs as hidden, and the badge rightly stops
  // polling in a hidden page.
  concurrency: 1,
  testFramework: { config: { timeout: 15000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  browserStartTimeout: 60000,
  plugins: [
    {
      // Bundled data sets are imported as modules (Vite does this in the builds).
      name: 'json-modules',
      resolveMimeType: ({ path }) =>
        path.startsWith('/src/data/') && path.endsWith('.json') ? 'js' : undefined,
      transform: ({ path, body }) =>
        path.startsWith('/src/data/') && path.endsWith('.json')
          ? `export default ${body};`
          : undefined,
    },
    esbuildPlugin({
      ts: true,
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  middleware: [
    (ctx, next) => {
      // Tells the tests where the second feed server (SSE, cross-origin) listens.
      if (ctx.path !== '/feeds/second-origin') return next();
      ctx.body = { origin: secondServer.origin };
    },
    koaQueueFeeds(feedOptions),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-dev-shm-usage',
          // Test files run in parallel tabs: keep background tabs running at full speed.
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
          '--disable-renderer-backgrounding',
        ],
      },
    }),
  ],
};
