// Part of `npm run test:cdn` (after `npm run build`): the CDN loader requests everything an
// element needs at once, proven from request logs in Debian's Chromium. The "CDN" (another
// origin) holds every chunk back HOLD_MS, so a chain would show: a chunk asked for only after
// the chunk importing it had arrived. Checks, for each element:
// - every chunk the element's chunk imports statically, directly or not (read from the built
//   files, not from the loader's list), and its data (`src`, or the bundled data chunk) are
//   requested by the page before the element's own chunk has arrived (the browser's request
//   log: over HTTP/1.1 the server may see some later, queued behind the 6 connections a host
//   gets);
// - the data is requested exactly once (the server's log: the element claims the loader's
//   request), the badge's first poll included; an event-stream feed is left to the badge;
// - an element whose `src` changes before it claims the prefetched document shows the new one,
//   and the document it did not claim is dropped a few seconds later.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { launchChromium } from './chromium.mjs';
import { assert, smokeChecks } from './smoke-checks.mjs';

const HOLD_MS = 700;
const CDN_DIR = 'dist/cdn';

/** Every request each server received: path and arrival time (ms). */
const log = [];
const arrivals = (test, path) => log.filter((entry) => entry.test === test && entry.path === path);
let currentTest = '';

function listen(handler) {
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    log.push({ test: currentTest, path, at: performance.now(), accept: request.headers.accept });
    handler(path, response, request);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const cdn = await listen(async (path, response) => {
  response.setHeader('Access-Control-Allow-Origin', '*');
  try {
    const body = readFileSync(`${CDN_DIR}${path.replace(/^\/cdn/, '')}`);
    if (path.includes('/chunks/')) await new Promise((resolve) => setTimeout(resolve, HOLD_MS));
    response.setHeader('Content-Type', 'text/javascript');
    response.end(body);
  } catch {
    response.statusCode = 404;
    response.end();
  }
});
const cdnOrigin = `http://localhost:${cdn.address().port}`;

const feature = (name, i) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [106.8 + i / 10, -6.2] },
  properties: { id: `${name}-${i}`, name: `${name} ${i}` },
});
const documents = {
  '/first.json': { type: 'FeatureCollection', features: [feature('Lokasi pertama', 1)] },
  '/second.json': { type: 'FeatureCollection', features: [feature('Lokasi kedua', 1)] },
  '/feed.json': {
    status: 'open',
    services: [{ id: 'dukcapil', name: 'Dukcapil', nowServing: 'B-101', waiting: 3 }],
  },
};

const pages = {
  '/finder-src': `<mpp-finder src="/first.json" no-map></mpp-finder>`,
  '/finder-bundled': `<mpp-finder no-map></mpp-finder>`,
  '/badge': `<mpp-queue-badge src="/feed.json" service="dukcapil" interval="300"></mpp-queue-badge>`,
  '/badge-sse': `<mpp-queue-badge src="/events" transport="sse" service="dukcapil"></mpp-queue-badge>`,
  '/checklist-bundled': `<mpp-service-checklist service="paspor-baru" no-persist></mpp-service-checklist>`,
  // The page's own script changes `src` after the loader ran, before the element's code came.
  '/finder-src-changed': `<mpp-finder src="/first.json" no-map></mpp-finder>
    <script type="module">document.querySelector('mpp-finder').setAttribute('src', '/second.json');</script>`,
};

const site = await listen((path, response) => {
  if (documents[path]) {
    response.setHeader('Content-Type', 'application/json');
    response.end(JSON.stringify(documents[path]));
  } else if (path === '/events') {
    response.setHeader('Content-Type', 'text/event-stream');
    response.write(`data: ${JSON.stringify(documents['/feed.json'])}\n\n`);
  } else if (pages[path]) {
    response.setHeader('Content-Type', 'text/html');
    // The loader first, as a CMS theme printing it in the head would.
    response.end(`<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Uji</title>
      <script type="module" src="${cdnOrigin}/cdn/mpp-widgets.js"></script></head>
      <body>${pages[path]}</body></html>`);
  } else {
    response.statusCode = 404;
    response.end();
  }
});
const siteOrigin = `http://127.0.0.1:${site.address().port}`;

const checks = smokeChecks();
/** A named check; the request logs are filed under its name. */
const check = (name, run) => {
  currentTest = name;
  return checks.check(name, run);
};

/** The chunks a built chunk imports statically (minified `import{…}from"./x.js"`), transitively. */
function staticClosure(file) {
  const seen = new Set([file]);
  const queue = [file];
  while (queue.length > 0) {
    const code = readFileSync(`${CDN_DIR}/chunks/${queue.shift()}`, 'utf8');
    for (const [, imported] of code.matchAll(
      /(?:import|export)\s*(?:\{[^}]*\}|\*(?:\s*as\s+\w+)?)?\s*(?:from)?\s*"\.\/([^"]+\.js)"/g,
    )) {
      if (!seen.has(imported)) {
        seen.add(imported);
        queue.push(imported);
      }
    }
  }
  return [...seen];
}

/** The chunk the loader imports for `name` (`finder`, `queue-badge`…). */
function elementChunk(name) {
  const loader = readFileSync(`${CDN_DIR}/mpp-widgets.js`, 'utf8');
  const match = new RegExp(`import\\(\`\\./chunks/(${name}-[\\w-]+\\.js)\``).exec(loader);
  if (!match) throw new Error(`the loader imports no ${name} chunk`);
  return match[1];
}

const browser = await launchChromium();

/** What the page asked for (`request`) and received (`finished`), by path, per check. */
const browserLog = [];

async function open(path, ready, ...readyArgs) {
  const context = await browser.createBrowserContext(); // cold cache
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const test = currentTest;
  const record = (event) => (request) =>
    browserLog.push({ test, event, path: new URL(request.url()).pathname, at: performance.now() });
  page.on('request', record('request'));
  page.on('requestfinished', record('finished'));
  await page.goto(`${siteOrigin}${path}`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(ready, { timeout: 20000 }, ...readyArgs);
  return { page, errors, close: () => context.close() };
}

/**
 * `element`'s chunk graph and `data` paths were all asked for before the element's chunk (held
 * HOLD_MS) arrived, and each reached the server exactly once.
 */
function assertNoChain(name, data) {
  const element = elementChunk(name);
  const browserEvent = (event, path) =>
    browserLog.find(
      (entry) => entry.test === currentTest && entry.event === event && entry.path === path,
    );
  const arrived = browserEvent('finished', `/cdn/chunks/${element}`);
  assert(arrived, `${element} not loaded`);
  const late = [];
  const wanted = [...staticClosure(element).map((chunk) => `/cdn/chunks/${chunk}`), ...data];
  for (const path of wanted) {
    const served = arrivals(currentTest, path).length;
    assert(served === 1, `${path} requested ${served} times`);
    const asked = browserEvent('request', path);
    if (asked.at >= arrived.at) late.push(`${path} +${Math.round(asked.at - arrived.at)} ms`);
  }
  assert(late.length === 0, `asked only after ${element} arrived: ${late.join(', ')}`);
  return wanted.length;
}

/**
 * What only some pages need (another transport or format, a call to say, a `service` not
 * written as an id, a failure, a hint) stays out of the loader's preloads.
 */
async function assertLazyNotPreloaded(page) {
  const preloaded = await page.evaluate(() =>
    [...document.querySelectorAll('link[rel="modulepreload"]')].map((link) => link.href),
  );
  const lazy =
    /\/chunks\/(announcement-queue|queue-speech|service-choice|suggestions|feed-stream|feed-formats|failure-probe|owner-hint-texts|[a-z]+-hints)-/;
  assert(preloaded.length > 0, 'nothing preloaded');
  assert(!preloaded.some((href) => lazy.test(href)), `preloaded: ${preloaded.join(', ')}`);
}

const shadowText = (selector) => document.querySelector(selector)?.shadowRoot?.textContent ?? '';

try {
  await check('finder with src: chunks and data at once, the data fetched once', async () => {
    const { errors, close } = await open(
      '/finder-src',
      () => document.querySelector('mpp-finder')?.getAttribute('state') === 'ready',
    );
    const count = assertNoChain('finder', ['/first.json']);
    assert(count >= 4, `only ${count} requests checked`);
    assert(errors.length === 0, errors.join('; '));
    await close();
  });
  for (const [label, path, tag, name, dataChunk] of [
    ['finder with its bundled list', '/finder-bundled', 'mpp-finder', 'finder', 'locations'],
    [
      'checklist with its bundled catalogue',
      '/checklist-bundled',
      'mpp-service-checklist',
      'service-checklist',
      'catalog',
    ],
  ]) {
    await check(`${label}: the data chunk at once`, async () => {
      const { page, close } = await open(
        path,
        (tagName) => document.querySelector(tagName)?.getAttribute('state') === 'ready',
        tag,
      );
      const data = log.find(
        (entry) => entry.test === currentTest && entry.path.includes(`/chunks/${dataChunk}-`),
      );
      assert(data, `no ${dataChunk} chunk requested`);
      assertNoChain(name, [data.path]);
      await assertLazyNotPreloaded(page);
      await close();
    });
  }
  await check('badge: chunks and first poll at once, one feed request', async () => {
    const { page, close } = await open('/badge', () =>
      document.querySelector('mpp-queue-badge')?.shadowRoot?.textContent.includes('B-101'),
    );
    // A second request would have been made with the first poll, before the number showed.
    assertNoChain('queue-badge', ['/feed.json']);
    await assertLazyNotPreloaded(page);
    await close();
  });
  await check('badge with an event stream: not prefetched, opened once by the badge', async () => {
    const { close } = await open('/badge-sse', () =>
      document.querySelector('mpp-queue-badge')?.shadowRoot?.textContent.includes('B-101'),
    );
    const requests = arrivals(currentTest, '/events');
    assert(requests.length === 1, `/events requested ${requests.length} times`);
    assert(requests[0].accept === 'text/event-stream', `Accept: ${requests[0].accept}`);
    await close();
  });
  await check(
    'src changed before the element claimed its data: the new document shown',
    async () => {
      const { page, errors, close } = await open('/finder-src-changed', () =>
        /Lokasi (pertama|kedua)/.test(
          document.querySelector('mpp-finder')?.shadowRoot?.textContent ?? '',
        ),
      );
      const text = await page.evaluate(shadowText, 'mpp-finder');
      assert(text.includes('Lokasi kedua') && !text.includes('Lokasi pertama'), `text: ${text}`);
      assert(arrivals(currentTest, '/second.json').length === 1, '/second.json not fetched once');
      // The first document, never claimed, is let go a few seconds after the element's code ran.
      const unclaimed = () => globalThis[Symbol.for('mpp-widgets.prefetched-json')]?.size;
      assert((await page.evaluate(unclaimed)) === 1, 'the unclaimed prefetch is not kept');
      await page
        .waitForFunction(() => globalThis[Symbol.for('mpp-widgets.prefetched-json')]?.size === 0, {
          timeout: 10000,
        })
        .catch(() => {
          throw new Error('the unclaimed prefetch was never dropped');
        });
      assert(errors.length === 0, errors.join('; '));
      await close();
    },
  );
} finally {
  await browser.close();
  cdn.close();
  site.close();
}
checks.report();
