// `npm run test:cdn` (after `npm run build`): the built CDN file used the way README tells a
// webmaster to: a plain HTML page on one origin, the script tag pointing at another origin
// (like a public CDN), a queue feed on the page's origin. Checks, in Debian's Chromium:
// fallback content until the upgrade, the badge live in the page's language, chunks
// loaded from the script's origin, the tag pasted twice being harmless, no page errors;
// with the import map README documents, a CDN that changes a chunk (or the clustering
// worker's code) gets it refused instead of run.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { launchChromium } from './chromium.mjs';
import { cdnBaseUrl, importMapElement, importMapFor } from './import-map.mjs';
import { assert, smokeChecks } from './smoke-checks.mjs';

const feed = JSON.stringify({
  status: 'open',
  services: [
    { id: 'dukcapil', name: 'Dukcapil', nowServing: 'A-023', counter: 'Loket 2', waiting: 12 },
  ],
});

/** Chunks a page with a JSON-polling badge in the `mpp` format never needs (issue 16). */
const LAZY_READER_CHUNKS =
  /\/chunks\/(feed-stream|feed-formats|validate|failure-probe|location-schema|holiday-calendar-schema)-/;
/** The schemas: a finder with a valid document (its own or the bundled one) never needs them. */
const SCHEMA_CHUNKS = /\/chunks\/(validate|location-schema|holiday-calendar-schema)-/;
/**
 * What says the calls (the announcer's queue, src/core/announcement-queue.ts, and the words,
 * src/queue-badge/queue-speech.ts): fetched when the page is idle after the first number.
 */
const ANNOUNCER_CHUNK = /\/chunks\/(announcement-queue|queue-speech)-/;
/** What reads a checklist's `service` not written as a catalogue id: loaded only for one. */
const SERVICE_LOOKUP_CHUNK = /\/chunks\/service-choice-/;

function listen(handler) {
  const server = createServer(handler);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

let siteOrigin = '';

/**
 * What a compromised CDN could serve instead of a chunk: the same code plus a side effect
 * the site's server notices (a request to `/tampered?…`). Under `/tampered-all/` every chunk
 * is changed; under `/tampered-worker/` only the code the clustering worker runs.
 */
function tampered(mode, path, body) {
  const name = path.split('/').pop();
  const report = (where) => `fetch(${JSON.stringify(`${siteOrigin}/tampered?${where}=${name}`)});`;
  if (mode === 'all') return `${report('page')}${body}`;
  if (name.startsWith('cluster-worker-source-')) {
    // The worker's code is a string in this chunk: change what the worker will run.
    return body.replace(`'"use strict";`, `'"use strict";${report('worker').replace(/'/g, "\\'")}`);
  }
  return body;
}

// Origin B: the "CDN", serving dist/ with CORS; holds the element chunks back a little
// (slow mobile data) so the fallback content can be checked before the upgrade.
const cdn = await listen(async (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', '*');
  try {
    const [, mode, path] = /^(?:\/tampered-(all|worker))?(\/.*)$/.exec(
      new URL(req.url, 'http://x').pathname.replace(
        /^\/lost-(lazy-chunks|announcer|service-lookup)(?=\/)/,
        '',
      ),
    );
    // Under /lost-lazy-chunks/ the chunks only some pages need are gone (a CDN that lost files),
    // under /lost-announcer/ the announcer's queue.
    // A lost file is answered as late as a found one: a page may change meanwhile.
    if (req.url.includes('/lost-')) await new Promise((r) => setTimeout(r, 1500));
    if (req.url.startsWith('/lost-lazy-chunks/') && LAZY_READER_CHUNKS.test(path))
      throw new Error('lost');
    if (req.url.startsWith('/lost-announcer/') && ANNOUNCER_CHUNK.test(path))
      throw new Error('lost');
    if (req.url.startsWith('/lost-service-lookup/') && SERVICE_LOOKUP_CHUNK.test(path))
      throw new Error('lost');
    const body = readFileSync(`dist${path}`, 'utf8');
    if (req.url.includes('/chunks/')) await new Promise((r) => setTimeout(r, 1500));
    res.setHeader('Content-Type', 'text/javascript');
    res.end(mode && path.includes('/chunks/') ? tampered(mode, path, body) : body);
  } catch {
    res.statusCode = 404;
    res.end();
  }
});
const cdnOrigin = `http://localhost:${cdn.address().port}`;

// 6,000 synthetic locations: enough for the finder to cluster in a worker, which must work
// with the script on another origin (the worker is a blob: importing the chunk by URL).
const manyLocations = JSON.stringify({
  type: 'FeatureCollection',
  features: Array.from({ length: 6000 }, (_, i) => ({
    type: 'Feature',
    geometry: {
      type: 'Point',
      coordinates: [95 + ((i * 7919) % 4600) / 100, -11 + ((i * 104729) % 1700) / 100],
    },
    properties: { id: `loc-${i}`, name: `Lokasi contoh ${i}` },
  })),
});
// The loader is included with the Subresource Integrity hash the build wrote, after the import
// map with the hashes of every chunk (README snippet), made for this CDN's URLs.
const hashes = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));
const loaderIntegrity = hashes['mpp-widgets.js'];
/** The documented snippet's import map for the CDN files under `prefix` of the CDN origin. */
const importMap = (prefix = '') =>
  importMapElement(importMapFor(hashes, `${cdnOrigin}${prefix}/cdn/`));
const importMapHash = `'sha256-${createHash('sha256')
  .update(importMap().replace(/^<script type="importmap">|<\/script>$/g, ''))
  .digest('base64')}'`;
/** Requests the tampered chunks made to the site: their side effects. */
const tamperReports = [];
const blankPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

// Origin A: the webmaster's page and the MPP's feed.
const site = await listen((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/tampered') {
    tamperReports.push(url.search);
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.end();
    return;
  }
  if (url.pathname === '/compromised-cdn') {
    // The README snippet (import map + loader), the CDN changing chunks behind it.
    const mode = url.searchParams.get('mode');
    const map = url.searchParams.has('no-map') ? '' : importMap(`/tampered-${mode}`);
    res.setHeader('Content-Type', 'text/html');
    res.end(`<!doctype html><html lang="id"><head><meta charset="utf-8"><title>CDN</title></head><body>
      <mpp-queue-badge src="/feed.json" service="dukcapil"><a href="/antrean">Lihat antrean</a></mpp-queue-badge>
      ${mode === 'worker' ? '<mpp-finder tile-url="/tiles/{z}/{x}/{y}.png" src="/locations.json"></mpp-finder>' : ''}
      ${map}
      <script type="module" src="${cdnOrigin}/tampered-${mode}/cdn/mpp-widgets.js"></script>
    </body></html>`);
    return;
  }
  if (url.pathname.startsWith('/tiles/')) {
    res.setHeader('Content-Type', 'image/png');
    res.end(blankPng);
    return;
  }
  if (url.pathname === '/locations.json') {
    res.setHeader('Content-Type', 'application/json');
    res.end(manyLocations);
    return;
  }
  if (url.pathname === '/bad-locations.json') {
    // A location without an id: only the schema can list the problem.
    res.setHeader('Content-Type', 'application/json');
    res.end(
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            geometry: { type: 'Point', coordinates: [106.8, -6.2] },
            properties: { id: '', name: 'MPP tanpa id' },
          },
        ],
      }),
    );
    return;
  }
  if (url.pathname === '/strict-csp') {
    // The policy of a strict government CMS: no inline scripts or styles, no eval; scripts
    // only from the CDN, data and tiles only from the site itself, no blob: workers.
    res.setHeader(
      'Content-Security-Policy',
      `default-src 'self'; script-src ${cdnOrigin} ${importMapHash}; style-src 'self'; img-src 'self' data:; connect-src 'self' ${cdnOrigin}`,
    );
    res.setHeader('Content-Type', 'text/html');
    res.end(`<!doctype html><html lang="id"><head><meta charset="utf-8"><title>CSP</title></head><body>
      <mpp-queue-badge src="/feed.json" service="dukcapil"></mpp-queue-badge>
      <mpp-service-checklist service="paspor-baru" no-persist></mpp-service-checklist>
      <mpp-finder tile-url="/tiles/{z}/{x}/{y}.png" ${url.searchParams.get('src') ? 'src="/locations.json"' : ''}></mpp-finder>
      ${importMap()}
      <script type="module" src="${cdnOrigin}/cdn/mpp-widgets.js"></script>
    </body></html>`);
    return;
  }
  if (url.pathname === '/finder') {
    // One finder: the bundled list or `src`, from a CDN that may have lost the lazy chunks.
    const src = url.searchParams.get('src');
    const prefix = url.searchParams.has('lost') ? '/lost-lazy-chunks' : '';
    res.setHeader('Content-Type', 'text/html');
    res.end(`<!doctype html><html lang="${url.searchParams.get('lang') ?? 'id'}"><head><meta charset="utf-8"><title>Cari MPP</title></head><body>
      <mpp-finder tile-url="/tiles/{z}/{x}/{y}.png" ${src ? `src="${src}"` : 'query="cianjur"'}></mpp-finder>
      <script>window.mppErrors = []; document.addEventListener('mpp-error', (e) => mppErrors.push(e.detail));</script>
      ${importMap(prefix)}
      <script type="module" src="${cdnOrigin}${prefix}/cdn/mpp-widgets.js"></script>
    </body></html>`);
    return;
  }
  if (url.pathname === '/one-badge') {
    // One badge: a JSON feed (the everyday page), an SSE stream, or a SIOLA-Q feed from a CDN
    // that lost the lazy chunks.
    const transport = url.searchParams.get('transport') ?? 'poll';
    const feedUrl =
      transport === 'sse'
        ? `/feed.sse${url.searchParams.has('call') ? '?call' : ''}`
        : (url.searchParams.get('feed') ?? '/feed.json');
    const format = url.searchParams.get('format') ?? 'mpp';
    const lost = url.searchParams.get('lost');
    const prefix = lost === null ? '' : `/lost-${lost || 'lazy-chunks'}`;
    res.setHeader('Content-Type', 'text/html');
    res.end(`<!doctype html><html lang="${url.searchParams.get('lang') ?? 'id'}"><head><meta charset="utf-8"><title>Antrean</title></head><body>
      <mpp-queue-badge src="${feedUrl}" transport="${transport}" format="${format}" interval="${url.searchParams.get('interval') ?? '30'}"></mpp-queue-badge>
      <script>window.mppErrors = []; document.addEventListener('mpp-error', (e) => mppErrors.push(e.detail));</script>
      <script type="module" src="${cdnOrigin}${prefix}/cdn/mpp-widgets.js"></script>
    </body></html>`);
    return;
  }
  if (url.pathname === '/one-checklist') {
    // One checklist with the bundled catalogue, `service` as given, from a CDN that may have
    // lost the service lookup.
    const prefix = url.searchParams.has('lost') ? '/lost-service-lookup' : '';
    res.setHeader('Content-Type', 'text/html');
    res.end(`<!doctype html><html lang="${url.searchParams.get('lang')}"><head><meta charset="utf-8"><title>Persyaratan</title></head><body>
      <mpp-service-checklist no-persist service="${url.searchParams.get('service')}"></mpp-service-checklist>
      <script>window.mppErrors = []; document.addEventListener('mpp-error', (e) => mppErrors.push(e.detail));</script>
      <script type="module" src="${cdnOrigin}${prefix}/cdn/mpp-widgets.js"></script>
    </body></html>`);
    return;
  }
  if (url.pathname === '/feed.sse') {
    res.setHeader('Content-Type', 'text/event-stream');
    res.write(`data: ${feed}\n\n`); // held open, like a live feed
    // `?call`: a second later, the next number is called (something for the announcer to say).
    const call = url.searchParams.has('call')
      ? setTimeout(() => res.write(`data: ${feed.replace('A-023', 'A-024')}\n\n`), 1000)
      : undefined;
    req.on('close', () => {
      clearTimeout(call);
      res.end();
    });
    return;
  }
  if (url.pathname === '/siola.json') {
    res.setHeader('Content-Type', 'application/json');
    res.end(
      JSON.stringify({
        services: [
          {
            id: 3,
            name: 'Disdukcapil',
            prefix: 'A',
            servingQueue: { number: 'A-024', counter: 'Loket 2' },
            activeCounters: 2,
          },
        ],
      }),
    );
    return;
  }
  if (url.pathname === '/feed.json') {
    res.setHeader('Content-Type', 'application/json');
    res.end(feed);
    return;
  }
  const lang = url.searchParams.get('lang') ?? 'id';
  res.setHeader('Content-Type', 'text/html');
  res.end(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Pemda</title></head><body>
    <h1>Antrean MPP</h1>
    <mpp-queue-badge src="/feed.json" service="dukcapil"><a href="/antrean">Lihat antrean</a></mpp-queue-badge>
    <mpp-service-checklist service="paspor-baru"></mpp-service-checklist>
    ${importMap()}
    <script type="module" src="${cdnOrigin}/cdn/mpp-widgets.js" integrity="${loaderIntegrity}" crossorigin="anonymous"></script>
    <script type="module" src="${cdnOrigin}/cdn/mpp-widgets.js?pasted-twice"></script>
  </body></html>`);
});
siteOrigin = `http://127.0.0.1:${site.address().port}`;

const browser = await launchChromium();
const { check, report } = smokeChecks();

/** Waits until `condition()` holds (polled every 50 ms), or fails saying `what`. */
async function until(condition, what, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** What the page-wide announcer has said, once it says something. */
function announced(page, timeout) {
  return page
    .waitForFunction(
      () => document.querySelector('[data-mpp-announcer]')?.textContent.trim() || false,
      { timeout },
    )
    .then((handle) => handle.jsonValue());
}

/** A new page that records its uncaught errors, console errors and requested URLs. */
async function watchedPage() {
  const page = await browser.newPage();
  const watched = { page, pageErrors: [], consoleErrors: [], warnings: [], requests: [] };
  page.on('pageerror', (error) => watched.pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') watched.consoleErrors.push(message.text());
    if (message.type() === 'warn') watched.warnings.push(message.text());
  });
  page.on('request', (request) =>
    watched.requests.push({ url: request.url(), type: request.resourceType() }),
  );
  return watched;
}

try {
  for (const [lang, label] of [
    ['id', 'Sedang dilayani'],
    ['en', 'Now serving'],
  ]) {
    const { page, pageErrors, consoleErrors, requests } = await watchedPage();
    const scriptUrls = () => requests.filter(({ type }) => type === 'script').map(({ url }) => url);
    await page.goto(`${siteOrigin}/?lang=${lang}`, { waitUntil: 'domcontentloaded' });
    await check(`${lang}: fallback link visible before the script runs`, async () => {
      const [defined, width] = await page.$eval('mpp-queue-badge a', (a) => [
        Boolean(customElements.get('mpp-queue-badge')),
        a.getBoundingClientRect().width,
      ]);
      assert(!defined, 'element already defined: nothing checked');
      assert(width > 0, 'fallback link not visible');
    });
    await page.waitForFunction(
      () => document.querySelector('mpp-queue-badge')?.getAttribute('state') === 'ready',
      { timeout: 15000 },
    );
    await check(`${lang}: badge live in the page language`, async () => {
      const text = await page.$eval('mpp-queue-badge', (el) =>
        el.shadowRoot.textContent.replace(/\s+/g, ' '),
      );
      assert(text.includes(label) && text.includes('A-023'), `text was "${text}"`);
    });
    await check(`${lang}: chunks come from the script's origin`, async () => {
      const scripts = scriptUrls();
      assert(scripts.length >= 2, `scripts: ${scripts.join(', ')}`);
      assert(
        scripts.every((url) => url.startsWith(cdnOrigin)),
        `scripts: ${scripts.join(', ')}`,
      );
    });
    await check(`${lang}: checklist ticks survive a reload (bundled catalogue chunk)`, async () => {
      const ready = () =>
        page.waitForFunction(
          () => document.querySelector('mpp-service-checklist')?.getAttribute('state') === 'ready',
          { timeout: 15000 },
        );
      const ticked = () =>
        page.$eval(
          'mpp-service-checklist',
          (el) => el.shadowRoot.querySelector('input[data-id="ktp-el"]').checked,
        );
      await ready();
      const wasTicked = await ticked();
      await page.$eval('mpp-service-checklist', (el) =>
        el.shadowRoot.querySelector('input[data-id="ktp-el"]').click(),
      );
      await page.reload({ waitUntil: 'domcontentloaded' });
      await ready();
      assert((await ticked()) === !wasTicked, 'tick not kept across the reload');
      assert(
        scriptUrls().some((url) => url.includes('/chunks/catalog-')),
        'catalogue chunk not loaded',
      );
    });
    await check(`${lang}: script tag pasted twice, no errors`, async () => {
      const errors = [...pageErrors, ...consoleErrors];
      assert(errors.length === 0, errors.join('; '));
    });
    await page.close();
  }
  for (const [label, src] of [
    ['bundled MPP list', ''],
    ['6,000 locations, clustered in a worker', '/locations.json'],
  ]) {
    const { page, pageErrors, consoleErrors, requests } = await watchedPage();
    await page.goto(`${siteOrigin}/finder?src=${src}`, { waitUntil: 'domcontentloaded' });
    await check(`finder, ${label}: map drawn from the CDN's chunks`, async () => {
      await page.waitForFunction(
        () =>
          document.querySelector('mpp-finder')?.shadowRoot?.querySelector('.leaflet-marker-icon'),
        { timeout: 20000 },
      );
      const chunks = requests.map(({ url }) => url).filter((url) => url.includes('/chunks/'));
      assert(
        chunks.some((url) => url.includes('finder-map')) &&
          chunks.every((url) => url.startsWith(cdnOrigin)),
        `chunks: ${chunks.join(', ')}`,
      );
      // A valid list and the bundled holiday calendar are read without the schemas.
      assert(!chunks.some((url) => SCHEMA_CHUNKS.test(url)), `chunks: ${chunks.join(', ')}`);
      if (src) {
        assert(page.workers().length === 1, `${page.workers().length} workers running`);
      } else {
        const text = await page.$eval('mpp-finder', (el) => el.shadowRoot.textContent);
        assert(text.includes('Mal Pelayanan Publik Kabupaten Cianjur'), 'Cianjur not listed');
      }
      const errors = [...pageErrors, ...consoleErrors];
      assert(errors.length === 0, errors.join('; '));
    });
    await page.close();
  }
  // A list with a problem: the schemas come to list it; from a CDN that lost them, the finder
  // says so in the page's language and tells the page, without an uncaught exception.
  for (const [lang, format, lost] of [
    ['id', 'Data tidak sesuai format', 'Data tidak dapat dimuat'],
    ['en', 'The data is not in the expected format', 'The data could not be loaded'],
  ]) {
    for (const lostChunks of [false, true]) {
      const { page, pageErrors, requests } = await watchedPage();
      await page.goto(
        `${siteOrigin}/finder?lang=${lang}&src=/bad-locations.json${lostChunks ? '&lost' : ''}`,
      );
      await check(
        `finder (${lang}), a list with a problem, ${lostChunks ? 'schema chunks lost' : 'the schemas loaded'}`,
        async () => {
          await page.waitForFunction(() => window.mppErrors.length > 0, { timeout: 20000 });
          const wanted = lostChunks ? lost : format;
          const shown = (expected) =>
            document
              .querySelector('mpp-finder')
              .shadowRoot.textContent.replace(/\s+/g, ' ')
              .includes(expected);
          await page.waitForFunction(shown, { timeout: 5000 }, wanted).catch(() => {});
          const text = await page.$eval('mpp-finder', (el) =>
            el.shadowRoot.textContent.replace(/\s+/g, ' '),
          );
          // Read once the error is shown, so a second report would be counted too.
          const errors = await page.evaluate(() => window.mppErrors);
          const schemas = requests.some(({ url }) => SCHEMA_CHUNKS.test(url));
          assert(schemas, 'the schemas were not requested');
          assert(text.includes(wanted), text);
          assert(errors.length === 1, JSON.stringify(errors));
          const [{ code, message, issues }] = errors;
          if (lostChunks)
            assert(code === 'network' && message.startsWith(lost), JSON.stringify(errors));
          else
            assert(
              code === 'schema' && issues?.[0]?.path === '$.features[0].properties.id',
              JSON.stringify(errors),
            );
          assert(pageErrors.length === 0, `uncaught: ${pageErrors.join('; ')}`);
        },
      );
      await page.close();
    }
  }
  for (const [label, src, expectedViolations] of [
    ['three elements, bundled data', '', []],
    // Without `worker-src blob:` the clustering worker is refused: the finder must say nothing
    // and cluster on the page instead.
    ['6,000 locations, worker refused', 'yes', ['worker-src']],
  ]) {
    // Console errors are expected here (the browser logs each refused request): only uncaught
    // errors count, and the violations are asserted one by one.
    const { page, pageErrors: errors } = await watchedPage();
    await page.setViewport({ width: 1280, height: 2400 }); // every element in view
    await page.evaluateOnNewDocument(() => {
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        window.violations.push(
          `${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber} ${event.sample}`,
        ),
      );
    });
    await page.goto(`${siteOrigin}/strict-csp?src=${src}`, { waitUntil: 'domcontentloaded' });
    await check(
      `strict CSP, ${label}: everything works, violations ${JSON.stringify(expectedViolations)}`,
      async () => {
        await page.waitForFunction(
          () =>
            ['mpp-queue-badge', 'mpp-service-checklist', 'mpp-finder'].every(
              (tag) => document.querySelector(tag)?.getAttribute('state') === 'ready',
            ) &&
            document.querySelector('mpp-finder').shadowRoot.querySelector('.leaflet-marker-icon'),
          { timeout: 20000 },
        );
        const violations = await page.evaluate(() => window.violations);
        const directives = [...new Set(violations.map((line) => line.split(' ')[0]))];
        assert(
          JSON.stringify(directives) === JSON.stringify(expectedViolations),
          `violations: ${violations.join('; ')}`,
        );
        assert(errors.length === 0, errors.join('; '));
      },
    );
    await page.close();
  }
  // A CDN that changes chunks behind the loader. Without the import map the changed code runs
  // (the control: what happened before the map was documented); with it, it is refused.
  /** The README snippet's page on a CDN changing `mode` chunks (`noMap`: without the map). */
  async function onCompromisedCdn(mode, noMap) {
    const watched = await watchedPage();
    tamperReports.length = 0;
    await watched.page.goto(`${siteOrigin}/compromised-cdn?mode=${mode}${noMap ? '&no-map' : ''}`, {
      waitUntil: 'domcontentloaded',
    });
    return watched;
  }
  for (const [mode, what, where] of [
    ['all', 'chunk', 'page'],
    ['worker', 'worker code', 'worker'],
  ]) {
    const { page } = await onCompromisedCdn(mode, true);
    await check(`compromised CDN, no import map (control): the changed ${what} runs`, () =>
      until(() => tamperReports.some((report) => report.startsWith(`?${where}=`)), 'side effect'),
    );
    await page.close();
  }
  {
    const { page, consoleErrors, warnings } = await onCompromisedCdn('all', false);
    await check('compromised CDN, import map: changed chunks refused, fallback kept', async () => {
      await until(
        () => warnings.some((text) => text.includes('<mpp-queue-badge> could not be loaded')),
        "the loader's warning",
      );
      assert(
        consoleErrors.some((text) => /integrity/i.test(text) && text.includes('/chunks/')),
        `console errors: ${consoleErrors.join('; ')}`,
      );
      assert(tamperReports.length === 0, `changed code ran: ${tamperReports.join(', ')}`);
      const [defined, width] = await page.$eval('mpp-queue-badge a', (a) => [
        Boolean(customElements.get('mpp-queue-badge')),
        a.getBoundingClientRect().width,
      ]);
      assert(!defined && width > 0, 'the badge ran, or its fallback link is gone');
    });
    await page.close();
  }
  {
    // 6,000 locations: the finder would cluster in a worker.
    const { page, consoleErrors } = await onCompromisedCdn('worker', false);
    await check(
      'compromised CDN, import map: changed worker code refused, map still clusters',
      async () => {
        await page.waitForFunction(
          () =>
            document.querySelector('mpp-finder')?.shadowRoot?.querySelector('.leaflet-marker-icon'),
          { timeout: 20000 },
        );
        assert(
          consoleErrors.some(
            (text) => /integrity/i.test(text) && text.includes('cluster-worker-source'),
          ),
          `console errors: ${consoleErrors.join('; ')}`,
        );
        assert(tamperReports.length === 0, `changed code ran: ${tamperReports.join(', ')}`);
        assert(page.workers().length === 0, `${page.workers().length} workers running`);
      },
    );
    await page.close();
  }
  // Issue 16: a one-badge page downloads only what its feed needs; the rest comes when needed,
  // and a lazy chunk that cannot be had is a localized error, never an uncaught exception.
  /**
   * The badge page for `query`, once the badge is in `state` (`reached`: whether it got there
   * within 20 s); the chunks it downloaded and its text.
   */
  async function oneBadge(query, state) {
    const watched = await watchedPage();
    await watched.page.goto(`${siteOrigin}/one-badge?${query}`, { waitUntil: 'domcontentloaded' });
    const reached = await watched.page
      .waitForFunction(
        (wanted) => document.querySelector('mpp-queue-badge')?.getAttribute('state') === wanted,
        { timeout: 20000 },
        state,
      )
      .then(
        () => true,
        () => false,
      );
    const chunks = await watched.page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => name.includes('/chunks/'))
        .map((name) => name.split('/').pop()),
    );
    const text = await watched.page.$eval('mpp-queue-badge', (el) =>
      (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '),
    );
    const notReached = `state never "${state}"; text "${text}", chunks ${chunks}`;
    return { ...watched, chunks, text, reached, notReached };
  }
  {
    const { page, chunks, text, pageErrors, reached, notReached } = await oneBadge('', 'ready');
    await check('one badge, JSON feed: no SSE, SIOLA-Q or schema chunk downloaded', () => {
      assert(reached, notReached);
      assert(text.includes('A-023'), `text was "${text}"`);
      assert(
        !chunks.some((name) => LAZY_READER_CHUNKS.test(`/chunks/${name}`)),
        `chunks: ${chunks}`,
      );
      // Not downloaded because built apart, not because merged into what was downloaded.
      const built = readdirSync('dist/cdn/chunks');
      for (const lazy of ['announcement-queue-', 'queue-speech-'])
        assert(
          built.some((file) => file.startsWith(lazy)),
          `no ${lazy} chunk built: ${built}`,
        );
      assert(pageErrors.length === 0, pageErrors.join('; '));
    });
    await page.close();
  }
  for (const [label, query, chunk] of [
    ['SSE feed', 'transport=sse', 'feed-stream-'],
    ['SIOLA-Q feed', 'feed=/siola.json&format=siola', 'feed-formats-'],
  ]) {
    const { page, chunks, text, pageErrors, reached, notReached } = await oneBadge(query, 'ready');
    await check(`one badge, ${label}: its reader chunk comes when needed`, () => {
      assert(reached, notReached);
      assert(/A-02[34]/.test(text), `text was "${text}"`);
      assert(
        chunks.some((name) => name.startsWith(chunk)),
        `chunks: ${chunks}`,
      );
      assert(pageErrors.length === 0, pageErrors.join('; '));
    });
    await page.close();
  }
  for (const [label, query] of [
    ['SSE feed', 'transport=sse&lost'],
    ['SIOLA-Q feed', 'feed=/siola.json&format=siola&lost'],
  ]) {
    const { page, text, pageErrors, reached, notReached } = await oneBadge(query, 'error');
    await check(
      `one badge, ${label}, reader chunk lost: localized error and mpp-error`,
      async () => {
        assert(reached, notReached);
        const errors = await page.evaluate(() => window.mppErrors);
        assert(text.includes('Data tidak dapat dimuat'), `text was "${text}"`);
        assert(
          errors.some(
            ({ code, message }) => code === 'network' && message.startsWith('Data tidak'),
          ),
          `mpp-error: ${JSON.stringify(errors)}`,
        );
        assert(pageErrors.length === 0, `uncaught: ${pageErrors.join('; ')}`);
      },
    );
    await page.close();
  }
  // The announcer's queue and words come once the page is idle after the first number (not
  // before it), so that a connection lost later is still said, with nothing left to download.
  for (const [lang, said] of [
    ['id', 'Antrean: koneksi terputus — menampilkan data terakhir'],
    ['en', 'Queue: connection lost — showing the last data'],
  ]) {
    const badge = await oneBadge(`interval=5&lang=${lang}`, 'ready');
    await check(
      `one badge (${lang}): the announcer comes after the first number and says a lost connection`,
      async () => {
        assert(badge.reached, badge.notReached);
        // Without the idle preload they never come (the assertion below says so).
        await badge.page
          .waitForFunction(
            () =>
              performance
                .getEntriesByType('resource')
                .filter((e) => /\/chunks\/(announcement-queue|queue-speech)-/.test(e.name))
                .length === 2,
            { timeout: 10000 },
          )
          .catch(() => {});
        const [feedEnd, chunkStarts] = await badge.page.evaluate(() => {
          const entries = performance.getEntriesByType('resource');
          return [
            entries.find((e) => e.name.includes('/feed.json'))?.responseEnd,
            entries
              .filter((e) => /\/chunks\/(announcement-queue|queue-speech)-/.test(e.name))
              .map((e) => e.startTime),
          ];
        });
        assert(chunkStarts.length === 2, `announcer chunks requested: ${chunkStarts.length}`);
        assert(
          chunkStarts.every((start) => start > feedEnd),
          `requested at ${chunkStarts}, the feed arrived at ${feedEnd}`,
        );
        await badge.page.setOfflineMode(true);
        const region = await announced(badge.page, 30000);
        assert(region === said, `said "${region}"`);
        const errors = await badge.page.evaluate(() => window.mppErrors);
        assert(errors.length === 1, `mpp-error: ${JSON.stringify(errors)}`);
        assert(badge.pageErrors.length === 0, badge.pageErrors.join('; '));
      },
    );
    await badge.page.close();
  }
  // A called number loads the announcer's queue, which says it in the badge's language; a CDN
  // that lost that chunk leaves the badge showing its data and tells the page (mpp-error).
  for (const [lang, said, failed] of [
    ['id', 'Dukcapil: nomor A-024 dipanggil ke Loket 2', 'Data tidak dapat dimuat'],
    ['en', 'Dukcapil: number A-024 called to Loket 2', 'The data could not be loaded'],
  ]) {
    const query = `transport=sse&call&lang=${lang}`;
    const calling = await oneBadge(query, 'ready');
    await check(
      `one badge (${lang}): a called number loads the announcer, which says it`,
      async () => {
        assert(calling.reached, calling.notReached);
        const region = await announced(calling.page, 10000);
        assert(region === said, `said "${region}"`);
        const queueLoaded = await calling.page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .some((e) => e.name.includes('announcement-queue-')),
        );
        assert(queueLoaded, 'the announcer chunk was not requested');
        assert(calling.pageErrors.length === 0, calling.pageErrors.join('; '));
      },
    );
    await calling.page.close();
    const lost = await oneBadge(`${query}&lost=announcer`, 'ready');
    await check(
      `one badge (${lang}), announcer chunk lost: data shown, localized mpp-error`,
      async () => {
        assert(lost.reached, lost.notReached);
        await lost.page.waitForFunction(() => window.mppErrors.length > 0, { timeout: 10000 });
        const errors = await lost.page.evaluate(() => window.mppErrors);
        assert(
          errors.length === 1 &&
            errors[0].code === 'network' &&
            errors[0].message.startsWith(failed),
          `mpp-error: ${JSON.stringify(errors)}`,
        );
        const text = await lost.page.$eval('mpp-queue-badge', (el) => el.shadowRoot.textContent);
        const state = await lost.page.$eval('mpp-queue-badge', (el) => el.getAttribute('state'));
        assert(text.includes('A-024') && state === 'ready', `state ${state}, text "${text}"`);
        assert(lost.pageErrors.length === 0, `uncaught: ${lost.pageErrors.join('; ')}`);
      },
    );
    await lost.page.close();
  }
  // A checklist whose `service` is a catalogue id as written needs no lookup; another spelling
  // loads it; a CDN that lost it gives a localized error and an mpp-error.
  /** The one-checklist page for `query`, once its state is no longer `loading`. */
  async function oneChecklist(query) {
    const watched = await watchedPage();
    await watched.page.goto(`${siteOrigin}/one-checklist?${query}`);
    await watched.page.waitForFunction(
      () => {
        const state = document.querySelector('mpp-service-checklist')?.getAttribute('state');
        return state && state !== 'loading';
      },
      { timeout: 20000 },
    );
    const [state, text, loaded, errors] = await watched.page.evaluate(() => {
      const checklist = document.querySelector('mpp-service-checklist');
      return [
        checklist.getAttribute('state'),
        checklist.shadowRoot.textContent.replace(/\s+/g, ' '),
        performance.getEntriesByType('resource').map((entry) => entry.name),
        window.mppErrors,
      ];
    });
    const lookup = loaded.some((url) => SERVICE_LOOKUP_CHUNK.test(url));
    return { ...watched, state, text, lookup, errors };
  }
  for (const [lang, title, failed, cause] of [
    ['id', 'Paspor', 'Daftar persyaratan tidak dapat ditampilkan', 'Data tidak dapat dimuat'],
    ['en', 'Passport', 'The checklist cannot be shown', 'The data could not be loaded'],
  ]) {
    const exact = await oneChecklist(`lang=${lang}&service=paspor-baru`);
    await check(`one checklist (${lang}), service as in the catalogue: no lookup chunk`, () => {
      assert(
        exact.state === 'ready' && exact.text.includes(title),
        `${exact.state}: ${exact.text}`,
      );
      assert(!exact.lookup, 'the service lookup was downloaded');
      assert(
        readdirSync('dist/cdn/chunks').some((file) => SERVICE_LOOKUP_CHUNK.test(`/chunks/${file}`)),
        'no service lookup chunk built',
      );
      assert(exact.errors.length === 0, JSON.stringify(exact.errors));
    });
    await exact.page.close();
    const shortName = await oneChecklist(`lang=${lang}&service=PASPOR`);
    await check(
      `one checklist (${lang}), service="PASPOR": the lookup loads, the passport shown`,
      () => {
        assert(shortName.state === 'ready', `${shortName.state}: ${shortName.text}`);
        assert(shortName.text.includes(title), shortName.text);
        assert(shortName.lookup, 'the service lookup was not downloaded');
        assert(shortName.errors.length === 0, JSON.stringify(shortName.errors));
      },
    );
    await shortName.page.close();
    const lost = await oneChecklist(`lang=${lang}&service=PASPOR&lost`);
    await check(`one checklist (${lang}), lookup chunk lost: localized error and mpp-error`, () => {
      assert(lost.state === 'error', `${lost.state}: ${lost.text}`);
      assert(lost.text.includes(failed) && lost.text.includes(cause), lost.text);
      assert(
        lost.errors.length === 1 &&
          lost.errors[0].code === 'network' &&
          lost.errors[0].message.startsWith(cause),
        JSON.stringify(lost.errors),
      );
      assert(lost.pageErrors.length === 0, `uncaught: ${lost.pageErrors.join('; ')}`);
    });
    await lost.page.close();
    // The service becomes a catalogue id while the lookup is on its way: when the lookup then
    // turns out lost, nothing needed it — no error.
    const changed = await watchedPage();
    const lookupAsked = new Promise((resolve) =>
      changed.page.on('request', (request) => {
        if (SERVICE_LOOKUP_CHUNK.test(request.url())) resolve(request.url());
      }),
    );
    const lookupLost = new Promise((resolve) =>
      changed.page.on('response', (response) => {
        if (SERVICE_LOOKUP_CHUNK.test(response.url())) resolve(response.status());
      }),
    );
    await changed.page.goto(`${siteOrigin}/one-checklist?lang=${lang}&service=PASPOR&lost`);
    const lookupUrl = await lookupAsked;
    await changed.page.$eval('mpp-service-checklist', (el) => (el.service = 'paspor-baru'));
    const status = await lookupLost;
    await check(
      `one checklist (${lang}), lookup lost after the service became an id: no error`,
      async () => {
        assert(status === 404, `the lookup was answered ${status}`);
        await changed.page.waitForFunction(
          () => document.querySelector('mpp-service-checklist').getAttribute('state') === 'ready',
          { timeout: 10000 },
        );
        // The same import from the page settles after the element's (whose handlers ran first).
        const settled = await changed.page.evaluate(
          (url) =>
            import(url).then(
              () => 'loaded',
              () => 'lost',
            ),
          lookupUrl,
        );
        assert(settled === 'lost', `the page's own import: ${settled}`);
        const [state, text, errors] = await changed.page.evaluate(() => {
          const checklist = document.querySelector('mpp-service-checklist');
          return [
            checklist.getAttribute('state'),
            checklist.shadowRoot.textContent,
            window.mppErrors,
          ];
        });
        assert(state === 'ready' && text.includes(title), `${state}: ${text}`);
        assert(errors.length === 0, JSON.stringify(errors));
        assert(changed.pageErrors.length === 0, `uncaught: ${changed.pageErrors.join('; ')}`);
      },
    );
    await changed.page.close();
  }
  await check('dist/cdn/importmap.json is the README snippet for this version on jsDelivr', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
    const written = JSON.parse(readFileSync('dist/cdn/importmap.json', 'utf8'));
    const expected = importMapFor(hashes, cdnBaseUrl(version));
    assert(JSON.stringify(written) === JSON.stringify(expected), 'importmap.json differs');
    assert(
      Object.keys(written.integrity).length === Object.keys(hashes).length,
      'a CDN file is missing from the import map',
    );
  });
} finally {
  await browser.close();
  cdn.close();
  site.close();
}
report();
