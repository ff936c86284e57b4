// The slow-phone benchmark (`npm run bench`, alone with `npm run bench -- --phone`): the CDN
// paste of <mpp-finder> and <mpp-queue-badge> against hand-written pages doing the same job,
// on a throttled phone: Chromium's network emulation (150 ms latency, 1.6 Mbit/s down,
// 750 kbit/s up) and 4× slower CPU, a 412 × 915 viewport, a fresh browser context (cold cache)
// for every load, RUNS loads of each page, interleaved. Prints median [min–max] and the ratio
// reference / ours (above 1: ours is sooner); writes dist/bench-phone-results.json.
// `node scripts/bench-phone.mjs --serve` only serves the pages (to study them in DevTools).
//
// Pages (their HTML is below): the site on one origin (127.0.0.1) serves the pages, the 306
// MPPs of the bundled list as GeoJSON and a queue feed; a "CDN" on another origin (localhost)
// serves dist/cdn (or BENCH_CDN_DIR: an older build, for a before/after) and, for the reference
// pages, Leaflet 1.9 and Leaflet.markercluster 1.5 from node_modules. Both gzip what they
// serve, as CDNs and web servers do. The CDN speaks HTTP/2 over TLS (a certificate made for
// the run with openssl), as jsDelivr does: all of a page's files share one connection. Over
// HTTP/1.1 (`--cdn-http1`, or when openssl is missing) a browser opens at most 6 connections
// to a host, so a page's seventh file waits for one of the first six, as on a site that
// serves the files itself from an HTTP/1.1 server. The site stays on HTTP/1.1.
//
// Metric: from navigation start until the first MPP name (the badge: its "now serving"
// number) is in the DOM and painted — checked at every animation frame, recorded by a task
// queued from that frame (after its style, layout and paint), in `performance.now()` time.
// The requests each page made are kept, to show the data was fetched once.
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './chromium.mjs';
import { filesUnder } from './files-under.mjs';
import { untilBrowserIsQuiet } from './quiet-browser.mjs';

const RUNS = 5;
const VIEWPORT = { width: 412, height: 915, deviceScaleFactor: 1, isMobile: true, hasTouch: true };
const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1e6) / 8,
  uploadThroughput: (750 * 1e3) / 8,
};
const CPU_SLOWDOWN = 4;
const TIMEOUT_MS = 60_000;
const RESULTS_FILE = 'dist/bench-phone-results.json';
const CDN_DIR = process.env.BENCH_CDN_DIR || 'dist/cdn';
const NOW_SERVING = 'A-023';
const FEED = JSON.stringify({
  status: 'open',
  services: [
    { id: 'dukcapil', name: 'Dukcapil', nowServing: NOW_SERVING, counter: 'Loket 2', waiting: 12 },
  ],
});

const CONTENT_TYPES = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.html': 'text/html; charset=utf-8',
  '.png': 'image/png',
};
const BLANK_TILE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

/** Each page: what it is, its path on the site, and whether it is ours. */
const SCENARIOS = [
  { key: 'finder', label: '<mpp-finder>, bundled list', path: '/finder.html', ours: true },
  {
    key: 'finderSrc',
    label: '<mpp-finder src> (same GeoJSON)',
    path: '/finder.html?src',
    ours: true,
  },
  { key: 'finderReference', label: 'Leaflet + markercluster page', path: '/finder-reference.html' },
  { key: 'badge', label: '<mpp-queue-badge>', path: '/badge.html', ours: true },
  { key: 'badgeReference', label: 'badge page, inline script', path: '/badge-reference.html' },
  {
    key: 'badgeReferenceFile',
    label: 'badge page, script file',
    path: '/badge-reference.html?file',
  },
];
const COMPARISONS = [
  ['finder', 'finderReference'],
  ['finderSrc', 'finderReference'],
  ['badge', 'badgeReference'],
  ['badge', 'badgeReferenceFile'],
];

function pages(cdn) {
  const head = (title) =>
    `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>`;
  return {
    // README's paste: the element, then the one script tag.
    '/finder.html': (query) => `${head('Cari MPP')}</head><body><h1>Mal Pelayanan Publik</h1>
<mpp-finder tile-url="/tiles/{z}/{x}/{y}.png"${query.has('src') ? ' src="/mpp.geojson"' : ''}></mpp-finder>
<script type="module" src="${cdn}/cdn/mpp-widgets.js"></script>
</body></html>`,
    // As Leaflet's quick start and markercluster's README show it: CSS and scripts in the head,
    // the page's own script at the end; the list is written before the map is built.
    '/finder-reference.html': () => `${head('Cari MPP')}
<link rel="stylesheet" href="${cdn}/leaflet/leaflet.css">
<link rel="stylesheet" href="${cdn}/markercluster/MarkerCluster.css">
<link rel="stylesheet" href="${cdn}/markercluster/MarkerCluster.Default.css">
<script src="${cdn}/leaflet/leaflet.js"></script>
<script src="${cdn}/markercluster/leaflet.markercluster.js"></script>
<style>#map { height: 360px; } #names { max-height: 480px; overflow: auto; }</style>
</head><body><h1>Mal Pelayanan Publik</h1>
<div id="map"></div><ul id="names"></ul>
<script>
fetch('/mpp.geojson')
  .then((response) => response.json())
  .then((mpps) => {
    const names = document.getElementById('names');
    for (const mpp of mpps.features) {
      const item = document.createElement('li');
      item.textContent = mpp.properties.name;
      names.append(item);
    }
    const map = L.map('map').setView([-2.5, 118], 4);
    L.tileLayer('/tiles/{z}/{x}/{y}.png', { attribution: '© OpenStreetMap' }).addTo(map);
    const markers = L.markerClusterGroup();
    markers.addLayer(L.geoJSON(mpps, { onEachFeature: (mpp, layer) => layer.bindPopup(mpp.properties.name) }));
    map.addLayer(markers);
  });
</script>
</body></html>`,
    '/badge.html': () => `${head('Antrean MPP')}</head><body><h1>Antrean MPP</h1>
<mpp-queue-badge src="/feed.json" service="dukcapil"><a href="/antrean">Lihat antrean</a></mpp-queue-badge>
<script type="module" src="${cdn}/cdn/mpp-widgets.js"></script>
</body></html>`,
    // The same job by hand: the script inline (no request before the feed's), or in a file.
    '/badge-reference.html': (query) => `${head('Antrean MPP')}</head><body><h1>Antrean MPP</h1>
<p>Dukcapil, sedang dilayani: <strong id="now-serving">…</strong></p>
${query.has('file') ? '<script src="/badge.js"></script>' : `<script>${BADGE_SCRIPT}</script>`}
</body></html>`,
  };
}

const BADGE_SCRIPT = `fetch('/feed.json', { cache: 'no-cache' })
  .then((response) => response.json())
  .then((feed) => {
    const service = feed.services.find((s) => s.id === 'dukcapil');
    document.getElementById('now-serving').textContent = service.nowServing;
  });`;

/** A throwaway certificate for 127.0.0.1 and localhost; undefined without openssl. */
function selfSignedCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-tls-'));
  try {
    execFileSync(
      'openssl',
      [
        ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1'],
        ...['-nodes', '-days', '1', '-subj', '/CN=localhost'],
        ...['-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'],
        ...['-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } catch {
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `files` (path → bytes) served gzipped when asked, with CORS (the CDN) or without; over
 * HTTP/2 with TLS when given a certificate (`tls`), else over HTTP/1.1.
 */
function listen(files, { cors = false, dynamic = () => undefined, tls } = {}) {
  const gzipped = new Map();
  const handle = (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const headers = { 'Cache-Control': 'no-cache' };
    // As jsDelivr: readable from any page, its Resource Timing too.
    if (cors)
      Object.assign(headers, { 'Access-Control-Allow-Origin': '*', 'Timing-Allow-Origin': '*' });
    if (url.pathname.startsWith('/tiles/')) {
      // One blank PNG for every tile (no request leaves the machine).
      response.writeHead(200, { ...headers, 'Content-Type': 'image/png' });
      response.end(BLANK_TILE);
      return;
    }
    const made = dynamic(url);
    const body = made ?? files.get(url.pathname);
    if (body === undefined) {
      response.writeHead(404, headers);
      response.end();
      return;
    }
    const type = made ? CONTENT_TYPES['.html'] : CONTENT_TYPES[extname(url.pathname)];
    headers['Content-Type'] = type ?? 'application/octet-stream';
    if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      const key = made ? undefined : url.pathname;
      const compressed = (key && gzipped.get(key)) ?? gzipSync(body, { level: 9 });
      if (key) gzipped.set(key, compressed);
      headers['Content-Encoding'] = 'gzip';
      response.writeHead(200, headers);
      response.end(compressed);
      return;
    }
    response.writeHead(200, headers);
    response.end(body);
  };
  const server = tls ? createSecureServer(tls, handle) : createServer(handle);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const tree = (prefix, dir) =>
  filesUnder(dir).map((file) => [`${prefix}${file.slice(dir.length + 1)}`, readFileSync(file)]);

/** Installed before each page's own scripts: when the first name (or number) is painted. */
function recordFirstContent(nowServing) {
  const bench = { at: undefined };
  window.__phoneBench = bench;
  const shown = () => {
    const finder = document.querySelector('mpp-finder')?.shadowRoot;
    const badge = document.querySelector('mpp-queue-badge')?.shadowRoot;
    const texts = [
      finder?.querySelector('.list li')?.textContent,
      document.querySelector('#names li')?.textContent,
      badge?.textContent?.includes(nowServing) ? nowServing : undefined,
      document.getElementById('now-serving')?.textContent === nowServing ? nowServing : undefined,
    ];
    return texts.some((text) => text && text.trim());
  };
  const onFrame = () => {
    if (shown()) setTimeout(() => (bench.at = performance.now()));
    else requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
}

async function measure(browser, url) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(VIEWPORT);
    // Not while the new context's window builds Chromium's own pop-ups (quiet-browser.mjs);
    // waited for before the CPU throttling, whose own thread keeps the renderer busy.
    const startedQuiet = await untilBrowserIsQuiet(browser);
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const requests = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.evaluateOnNewDocument(recordFirstContent, NOW_SERVING);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: TIMEOUT_MS });
    await page.waitForFunction(() => window.__phoneBench.at !== undefined, {
      timeout: TIMEOUT_MS,
      polling: 100,
    });
    const at = await page.evaluate(() => window.__phoneBench.at);
    return {
      startedQuiet,
      ms: Math.round(at),
      dataRequests: requests.filter((path) => /^\/(mpp\.geojson|feed\.json)$/.test(path)).length,
      requests: requests.length,
      errors,
    };
  } finally {
    await context.close();
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const summary = (values) => ({
  median: median(values),
  min: Math.min(...values),
  max: Math.max(...values),
});

export async function benchPhone() {
  const tls = process.argv.includes('--cdn-http1') ? undefined : selfSignedCertificate();
  const cdnProtocol = tls ? 'HTTP/2' : 'HTTP/1.1';
  const cdnServer = await listen(
    new Map([
      ...tree('/cdn/', CDN_DIR),
      ...tree('/leaflet/', 'node_modules/leaflet/dist'),
      ...tree('/markercluster/', 'node_modules/leaflet.markercluster/dist'),
    ]),
    { cors: true, tls },
  );
  const cdn = `${tls ? 'https' : 'http'}://localhost:${cdnServer.address().port}`;
  const html = pages(cdn);
  const siteServer = await listen(
    new Map([
      ['/mpp.geojson', readFileSync('src/data/locations.json')],
      ['/feed.json', Buffer.from(FEED)],
      ['/badge.js', Buffer.from(BADGE_SCRIPT)],
      ['/favicon.ico', Buffer.alloc(0)],
    ]),
    {
      dynamic: (url) => {
        const page = html[url.pathname];
        return page && Buffer.from(page(url.searchParams));
      },
    },
  );
  const site = `http://127.0.0.1:${siteServer.address().port}`;
  if (process.argv.includes('--serve')) {
    // To look at the pages in a browser's DevTools (its own throttling): serve until stopped.
    console.log(SCENARIOS.map(({ label, path }) => `${label}: ${site}${path}`).join('\n'));
    return new Promise(() => {});
  }
  // The certificate is made for this run: the browser is told not to check it.
  const browser = await launchChromium({ extraArgs: tls ? ['--ignore-certificate-errors'] : [] });
  try {
    const chromium = await browser.version();
    console.log(
      `\nSlow phone: ${NETWORK.latency} ms latency, 1.6 Mbit/s down, 750 kbit/s up, CPU ÷${CPU_SLOWDOWN}, ${RUNS} cold loads each, interleaved (${chromium}, CDN files from ${CDN_DIR} over ${cdnProtocol}, the site over HTTP/1.1)`,
    );
    const runs = Object.fromEntries(SCENARIOS.map(({ key }) => [key, []]));
    for (let run = 0; run < RUNS; run += 1) {
      for (const { key, path } of SCENARIOS) {
        runs[key].push(await measure(browser, `${site}${path}`));
      }
    }
    const summaries = Object.fromEntries(
      SCENARIOS.map(({ key }) => [key, summary(runs[key].map((r) => r.ms))]),
    );
    const format = ({ median, min, max }) => `${median} ms [${min}–${max}]`;
    for (const { key, label } of SCENARIOS) {
      const data = [...new Set(runs[key].map((r) => r.dataRequests))].join('/');
      const errors = runs[key].flatMap((r) => r.errors);
      console.log(
        `  ${label.padEnd(36)} first name/number ${format(summaries[key]).padEnd(24)} data requests ${data}${errors.length ? `  page errors: ${errors[0]}` : ''}`,
      );
    }
    const notQuiet = Object.values(runs)
      .flat()
      .filter((run) => !run.startedQuiet).length;
    if (notQuiet) console.log(`  ${notQuiet} load(s) started before the browser was quiet.`);
    const ratios = COMPARISONS.map(([ours, reference]) => ({
      ours,
      reference,
      ratio: Number((summaries[reference].median / summaries[ours].median).toFixed(2)),
    }));
    for (const { ours, reference, ratio } of ratios) {
      const label = (key) => SCENARIOS.find((s) => s.key === key).label;
      console.log(
        `  ${label(reference)} / ${label(ours)}: ${ratio.toFixed(2)} (${ratio > 1 ? 'ours sooner' : 'ours later'})`,
      );
    }
    mkdirSync('dist', { recursive: true });
    writeFileSync(
      RESULTS_FILE,
      `${JSON.stringify(
        {
          date: new Date().toISOString(),
          chromium,
          cdnDir: CDN_DIR,
          method: {
            runs: RUNS,
            viewport: VIEWPORT,
            network: NETWORK,
            cpuSlowdown: CPU_SLOWDOWN,
            cdnProtocol,
          },
          summaries,
          ratios,
          runs,
        },
        null,
        2,
      )}\n`,
    );
    console.log(`Written to ${RESULTS_FILE}.`);
    return { summaries, ratios };
  } finally {
    await browser.close();
    cdnServer.close();
    siteServer.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchPhone();
