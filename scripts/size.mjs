// `npm run size`: gzip (-9) and brotli sizes of every built file, and of all the JavaScript a
// real Chromium page downloads when it uses only one element through the CDN script tag.
// Run after `npm run build`. `--json FILE` also writes the figures for the README/CI.
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { launchChromium } from './chromium.mjs';
import { filesUnder } from './files-under.mjs';
import { PARTS, partBytes } from './size-parts.mjs';

/** All JS a page using only this element downloads, gzip bytes (shared/toolchain.md). */
// The finder's budget was 65 kB until the webmaster and reliability work of 2026-12-01 (owner
// hints, forgiving attributes, themes, the compact layout, bounded reports, NFKC search) took
// the page to 67.8 kB; 68 kB holds that line until issue 16's lazy validation and search bring
// it back (README, "Sizes and measurements"). Issue 16 added +1.0 kB for the loader's preload
// graph and data prefetch (one round trip instead of a chain of them) and +0.25 kB for reading
// a large document off the main thread (its size check, the bytes-level fetch and the owner
// hint's wiring; the worker and its client are a lazy chunk): 69.5 kB. +0.3 kB (2026-12-02)
// for clustering a document of 5,000–20,000 locations while the page checks it (its points
// handed to the worker as written, its check letting the map's chunks in between slices):
// first markers at 10,000 ~10% sooner (npm run bench, 7 alternating pairs: 672 against
// 741 ms): 69.8 kB. +0.2 kB (2026-12-02) for starting the clustering worker, warmed up, while
// such a document still downloads (its Content-Length or its first megabyte tells), and
// stopping it when `src` changes meanwhile: over a 9 Mbit/s line (npm run bench -- --line 9)
// the first markers came ~230 ms after the data instead of ~320: 70.0 kB. −2.6 kB (2026-12-02)
// when a valid locations document and holiday calendar were read by hand-written checks, the
// schemas (valibot) a lazy chunk for a document with problems: 67.5 kB. +0.3 kB (2026-12-02)
// for the reading worker downloading a large document itself when its headers show its size
// (receiving 15 MB on the page was a task of 150–250 ms of its own), within the element's
// timeout, with the page's Referer: 67.8 kB.
const FINDER_BUDGET = 67.8 * 1024;
// Issue 16's targets for the badge and the checklist are 12 and 13 kB (an SGDS button alone is
// 11.4 kB); its first step (lazy readers, valibot-free checks, one chunk per element) took them
// from 23.7 and 24.2 to 20.8 and 21.7 kB, the loader's preloading to 21.9 and 22.9, its second
// (no decorators, the announcer's queue and words and the checklist's service lookup as lazy
// chunks, small shared modules in the core chunk) to 20.75 and 21.52 before the first number
// or list. The badge then fetches its announcer's queue and words when the page is idle (so
// that a connection lost later can still be said): 22.3 kB in all, which this counts. These
// budgets hold that line in CI with 0.2 kB of room until the targets (TARGETS, shown beside
// them) are met (README, "Sizes and measurements", says which bytes remain).
const TARGETS = { 'mpp-queue-badge': 12 * 1024, 'mpp-service-checklist': 13 * 1024 };
const BUDGETS = {
  'mpp-queue-badge': 22.5 * 1024,
  'mpp-service-checklist': 21.7 * 1024,
  'mpp-finder': FINDER_BUDGET,
  'mpp-finder no-map': FINDER_BUDGET,
  'mpp-finder below the fold': FINDER_BUDGET,
};
const LOCAL_TILES = 'tile-url="/tiles/{z}/{x}/{y}.png"';
const PAGES = {
  'mpp-queue-badge': '<mpp-queue-badge src="/feed.json"></mpp-queue-badge>',
  // With its own catalogue: the bundled one is a separate chunk, reported in the file table.
  'mpp-service-checklist':
    '<mpp-service-checklist service="x" src="/catalog.json"></mpp-service-checklist>',
  // With the map (Leaflet, its CSS, clustering) drawn; own locations, like the checklist.
  'mpp-finder': `<mpp-finder src="/locations.json" ${LOCAL_TILES}></mpp-finder>`,
  'mpp-finder no-map': `<mpp-finder no-map src="/locations.json"></mpp-finder>`,
  // Not yet scrolled to: nothing of the map may be downloaded.
  'mpp-finder below the fold': `<div style="height:3000px"></div><mpp-finder src="/locations.json" ${LOCAL_TILES}></mpp-finder>`,
};
/** Chunks a page must not download: the map (Leaflet, clustering) until it is wanted and seen. */
const MAP_CHUNKS = /\/chunks\/(finder-map|cluster-index)-/;
/** Bundled data sets fetched as chunks (not code): reported beside the budget, not in it. */
const DATA_CHUNKS = /\/chunks\/(holidays|locations|catalog)-/;
const WITHOUT_MAP = ['mpp-finder no-map', 'mpp-finder below the fold'];
/** What each page must have shown before its downloads are counted. */
const SHOWN = {
  'mpp-finder': '.leaflet-marker-icon',
  'mpp-finder no-map': '.item',
  'mpp-finder below the fold': '.item',
};

const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;
const brotli = (buffer) =>
  brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kB = (bytes) => `${(bytes / 1024).toFixed(2)} kB`;

function table(rows, headers) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const jsFiles = filesUnder('dist').filter((f) => f.endsWith('.js'));
const fileRows = jsFiles.map((file) => {
  const buffer = readFileSync(file);
  return [file, kB(buffer.length), kB(gzip(buffer)), kB(brotli(buffer))];
});
console.log(`\nBuilt files\n\n${table(fileRows, ['file', 'raw', 'gzip', 'brotli'])}\n`);

// A page on one origin loading the CDN build, like a webmaster's.
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname.startsWith('/page/')) {
    const tag = decodeURIComponent(url.pathname.slice('/page/'.length));
    res.setHeader('Content-Type', 'text/html');
    res.end(`<!doctype html><html lang="id"><body>${PAGES[tag]}
      <script type="module" src="/dist/cdn/mpp-widgets.js"></script></body></html>`);
    return;
  }
  if (url.pathname === '/catalog.json') {
    res.setHeader('Content-Type', 'application/json');
    res.end(
      '{"version":"1","services":[{"id":"x","name":"X","requirements":[{"id":"a","label":"A"}]}]}',
    );
    return;
  }
  if (url.pathname === '/locations.json') {
    res.setHeader('Content-Type', 'application/json');
    res.end(
      '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[107.14,-6.82]},"properties":{"id":"a","name":"MPP A"}}]}',
    );
    return;
  }
  if (url.pathname === '/feed.json') {
    res.setHeader('Content-Type', 'application/json');
    res.end('{"status":"open","services":[{"id":"a","nowServing":"A-1"}]}');
    return;
  }
  try {
    const body = readFileSync(`.${url.pathname}`);
    res.setHeader(
      'Content-Type',
      extname(url.pathname) === '.js' ? 'text/javascript' : 'text/plain',
    );
    res.end(body);
  } catch {
    res.statusCode = 404;
    res.end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await launchChromium({ extraArgs: ['--disable-component-update'] });
const results = {};
const pageRows = [];
const partRows = [];
const PART_NAMES = [...PARTS.map(([name]) => name), 'other'];
// `--check` fails the run when a page is over its budget; `--check-only <tag>,<tag>` limits
// that to the named pages (CI enforces the budgets that are met; see README for the others).
const checkAt = process.argv.indexOf('--check-only');
const enforced = checkAt > 0 ? process.argv[checkAt + 1].split(',') : Object.keys(PAGES);
const enforcing = checkAt > 0 || process.argv.includes('--check');
const overBudget = [];
try {
  for (const tag of Object.keys(PAGES)) {
    const page = await browser.newPage();
    const scripts = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response);
    });
    await page.goto(`${origin}/page/${encodeURIComponent(tag)}`, { waitUntil: 'networkidle0' });
    const name = tag.split(' ')[0];
    await page.waitForFunction((element) => customElements.get(element), {}, name);
    if (SHOWN[tag]) {
      await page.waitForFunction(
        (element, selector) => document.querySelector(element).shadowRoot?.querySelector(selector),
        {},
        name,
        SHOWN[tag],
      );
      await new Promise((resolve) => setTimeout(resolve, 500)); // late chunks, if any
    }
    let [gz, br, count, dataGz] = [0, 0, 0, 0];
    /** gzip bytes per part of the library (size-parts.mjs). */
    const parts = {};
    for (const response of scripts) {
      const buffer = await response.buffer();
      // Bundled data sets (the holiday calendar) are reported apart, not counted (README).
      if (DATA_CHUNKS.test(response.url())) {
        dataGz += gzip(buffer);
        continue;
      }
      const fileGz = gzip(buffer);
      gz += fileGz;
      br += brotli(buffer);
      count += 1;
      const path = `.${new URL(response.url()).pathname}`;
      const raw = partBytes(path, path.endsWith('/mpp-widgets.js') ? 'loader' : 'other');
      const rawTotal = Object.values(raw).reduce((sum, bytes) => sum + bytes, 0);
      for (const [part, bytes] of Object.entries(raw))
        parts[part] = (parts[part] ?? 0) + (fileGz * bytes) / rawTotal;
    }
    partRows.push([
      `<${tag}>`,
      ...PART_NAMES.map((part) => (parts[part] ? kB(parts[part]) : '—')),
      kB(gz),
    ]);
    const budget = BUDGETS[tag];
    const mapLoaded = scripts.some((response) => MAP_CHUNKS.test(response.url()));
    const ok = gz <= budget && !(WITHOUT_MAP.includes(tag) && mapLoaded);
    if (!ok && enforced.includes(tag)) overBudget.push(tag);
    results[tag] = {
      files: count,
      gzip: gz,
      brotli: br,
      budget,
      ...(TARGETS[tag] ? { target: TARGETS[tag] } : {}),
      bundledDataGzip: dataGz,
      partsGzip: Object.fromEntries(
        Object.entries(parts).map(([part, bytes]) => [part, Math.round(bytes)]),
      ),
    };
    pageRows.push([
      `<${tag}>`,
      count,
      kB(gz),
      kB(br),
      `${kB(budget)}${WITHOUT_MAP.includes(tag) ? ', no map JS' : ''} ${ok ? '✓' : '✗ over'}${TARGETS[tag] ? ` (target ${kB(TARGETS[tag])}${gz <= TARGETS[tag] ? ' ✓' : ': not yet'})` : ''}`,
      dataGz ? kB(dataGz) : '—',
    ]);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(
  `A page using only one element (CDN script tag), all JavaScript it downloads\n\n${table(pageRows, ['page uses', 'JS files', 'gzip', 'brotli', 'budget (gzip)', '+ bundled data (gzip)'])}\n`,
);
console.log(
  `The same pages by part (gzip; a file's gzip shared among its parts by minified bytes; other: the\nglue between modules)\n\n${table(partRows, ['page uses', ...PART_NAMES, 'total'])}\n`,
);
const jsonAt = process.argv.indexOf('--json');
if (jsonAt > 0) writeFileSync(process.argv[jsonAt + 1], `${JSON.stringify(results, null, 2)}\n`);
if (enforcing && overBudget.length) {
  console.error(`Over budget: ${overBudget.join(', ')}`);
  process.exit(1);
}
