import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { koaQueueFeeds, startQueueFeedServer } from './scripts/queue-feeds/adapters.mjs';
import { bundleWorkerSource } from './scripts/worker-source.mjs';
import { buildNpmEntries } from './scripts/ssr/build-npm.mjs';
import { renderInNode } from './scripts/ssr/render-in-node.mjs';

const feedOptions = { testControls: true };
const BLANK_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const secondServer = await startQueueFeedServer(feedOptions);
const cdpSessions = new WeakMap();
/** The npm build the server-rendering tests render from, made when they first ask. */
let serverBuild;

// `npm run fuzz` (scripts/fuzz.mjs) sets these: cases per property and, to replay a failure,
// fast-check's seed and path. Unset, the property tests use property-settings.ts's fast budget.
const fuzz = {
  runs: Number(process.env.FUZZ_RUNS) || undefined,
  seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined,
  path: process.env.FUZZ_PATH || undefined,
};
const propertyReports = new Map();

export default {
  files: ['src/**/*.test.ts', 'stories/**/*.test.ts', 'demo/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: Chromium reports background tabs as hidden, and the badge rightly stops
  // polling in a hidden page.
  concurrency: 1,
  // A fuzz run's properties take minutes each, not seconds.
  testFramework: { config: { timeout: fuzz.runs ? 30 * 60 * 1000 : 15000 } },
  // A fuzz run's file of properties (10,000 cases each) takes longer than a normal run's ten minutes.
  testsFinishTimeout: (fuzz.runs ? 60 : 10) * 60 * 1000,
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
    {
      // Vite's `?raw` imports (Leaflet's stylesheet as a string), as the builds do them.
      name: 'raw-imports',
      async serve({ request, path }) {
        if (!new URL(request.url, 'http://x').searchParams.has('raw')) return undefined;
        const file = fileURLToPath(new URL(`.${decodeURIComponent(path)}`, import.meta.url));
        return {
          body: `export default ${JSON.stringify(await readFile(file, 'utf8'))};`,
          type: 'js',
        };
      },
    },
    {
      // `executeServerCommand('emulate-geolocation', …)`: the browser's real geolocation API
      // with a granted (and positioned) or denied permission, as a visitor would answer.
      name: 'emulate-geolocation',
      async executeCommand({ command, payload, session }) {
        if (command !== 'emulate-geolocation') return undefined;
        const page = session.browser.getPage(session.id);
        const origin = new URL(page.url()).origin;
        const context = page.browserContext();
        await context.clearPermissionOverrides();
        if (payload.denied) {
          await context.overridePermissions(origin, []);
        } else {
          await context.overridePermissions(origin, ['geolocation']);
          await page.setGeolocation({ latitude: payload.latitude, longitude: payload.longitude });
        }
        return true;
      },
    },
    {
      // `executeServerCommand('emulate-forced-colors', { active })`: Windows contrast themes
      // (wtr's own emulateMedia leaves `forced-colors` out under puppeteer).
      name: 'emulate-forced-colors',
      async executeCommand({ command, payload, session }) {
        if (command !== 'emulate-forced-colors') return undefined;
        // Through CDP: this puppeteer's emulateMediaFeatures does not know `forced-colors`.
        // The emulation lasts as long as its CDP session: one per page, kept open.
        const page = session.browser.getPage(session.id);
        cdpSessions.set(page, cdpSessions.get(page) ?? (await page.createCDPSession()));
        await cdpSessions.get(page).send('Emulation.setEmulatedMedia', {
          features: [{ name: 'forced-colors', value: payload.active ? 'active' : 'none' }],
        });
        return true;
      },
    },
    {
      // Property tests: the number of cases (and a replayed seed) for `npm run fuzz`, and a
      // summary of cases run per target at the end of the run.
      name: 'property-settings',
      serve({ path }) {
        if (path !== '/src/test-support/property-settings.ts' || !fuzz.runs) return undefined;
        return {
          body: [
            `export const runs = ${fuzz.runs};`,
            'export const fuzzing = true;',
            `export const seed = ${fuzz.seed ?? 'undefined'};`,
            `export const path = ${JSON.stringify(fuzz.path)};`,
          ].join('\n'),
          type: 'js',
        };
      },
      executeCommand({ command, payload }) {
        if (command !== 'property-report') return undefined;
        const previous = propertyReports.get(payload.target) ?? { runs: 0, failed: 0 };
        propertyReports.set(payload.target, {
          runs: previous.runs + payload.runs,
          failed: previous.failed + (payload.failed ? 1 : 0),
        });
        return true;
      },
      serverStop() {
        if (!fuzz.runs || propertyReports.size === 0) return;
        console.log('\nProperty targets (cases run, failures):');
        for (const [target, { runs, failed }] of [...propertyReports].sort()) {
          console.log(
            `  ${String(runs).padStart(7)}  ${failed ? `${failed} FAILED` : 'ok'}  ${target}`,
          );
        }
      },
    },
    {
      // `executeServerCommand('server-render', { markup })`: the HTML @lit-labs/ssr makes of
      // `markup` in Node, from the npm build (scripts/ssr/), for the hydration tests.
      name: 'server-render',
      async executeCommand({ command, payload }) {
        if (command !== 'server-render') return undefined;
        serverBuild ??= buildNpmEntries('test-runner');
        const { rendered, errors, touched } = await renderInNode(await serverBuild, {
          entries: ['index.js'],
          markup: [payload.markup],
        });
        if (errors.length || touched.length) throw new Error([...errors, ...touched].join('\n'));
        return rendered[0];
      },
    },
    {
      // `?worker-source` imports (a worker's whole code as a string), as the builds do them.
      name: 'worker-source',
      async serve({ request, path }) {
        if (!new URL(request.url, 'http://x').searchParams.has('worker-source')) return undefined;
        const file = fileURLToPath(new URL(`.${decodeURIComponent(path)}`, import.meta.url));
        return { body: (await bundleWorkerSource(file)).module, type: 'js' };
      },
    },
    esbuildPlugin({
      ts: true,
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
    // Names and descriptions as Chromium's accessibility tree gives them to screen readers.
    a11ySnapshotPlugin(),
  ],
  middleware: [
    // A page with the Content-Security-Policy given in its query (src/test-support/csp-page.ts).
    async (ctx, next) => {
      await next();
      if (ctx.path === '/src/test-support/csp-page.html')
        ctx.set('Content-Security-Policy', ctx.query.csp);
    },
    (ctx, next) => {
      // Map tiles for the finder tests: a blank 1×1 PNG, so no test reaches the internet.
      if (!ctx.path.startsWith('/tiles/')) return next();
      ctx.type = 'image/png';
      ctx.body = BLANK_PNG;
    },
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
          // An http page on a host name that is not localhost is not a secure context, as an
          // http-only site is not: src/test-support/insecure-page.ts opens pages there.
          '--host-resolver-rules=MAP insecure.test 127.0.0.1',
          // Test files run in parallel tabs: keep background tabs running at full speed.
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
          '--disable-renderer-backgrounding',
        ],
      },
    }),
  ],
};
