// `npm run bench`: <mpp-finder> with 10,000 and 100,000 synthetic locations in headless
// Chromium, measured side by side in the same run with the reference: plain Leaflet and
// Leaflet.markercluster with its default options, on the same data, viewport, map size and
// tiles (shared/testing.md: fix the reference before measuring, never tune it). Each page is
// loaded RUNS times, alternating ours and the reference, each run in a fresh browser context.
// Prints median [min–max] per metric against the budgets and writes dist/bench-results.json.
// Each load starts once the browser is quiet (scripts/quiet-browser.mjs: a new context's window
// builds Chromium's own pop-ups first, on both cores for over a second).
// A report, not a gate: exits 0 when budgets fail, 1 only when the bench itself breaks.
//
// Metrics (ms; `performance.now()` in the page, tasks from a Chromium trace):
// - first clustered frame: end to end, from navigation (the page's time origin) until the first
//   frame with markers in the DOM has been rendered (a task queued from that frame's
//   requestAnimationFrame callback, so after its style, layout and paint). Includes loading the
//   page's scripts, the download, parsing, validation, indexing and drawing, and for ours the
//   lazily loaded chunks. "after data received" is the part from Resource Timing `responseEnd`
//   of the GeoJSON URL (both pages fetch the same URL themselves).
// - longest main-thread task: the longest task on the page's main thread, with the microtasks
//   that run at its end, as the Long Tasks API counts it (but also below 50 ms), overlapping the
//   span from navigation until the map is interactive: 1 s after the first clustered frame.
//   Worker threads do not count. Also by thread time (`tdur`, CPU time): on a loaded machine
//   a task's wall time includes the time its thread waited for a core. The same is measured on
//   a page without any script in the same runs (navigation until 1 s after its load): the
//   browser's own tasks (committing the navigation, parsing), the floor of this machine.
// - pan frame / zoom frame: the longest interval between consecutive animation frames while the
//   map is dragged with the mouse (and 1 s after), and after a click on Leaflet's zoom-in button
//   (and 1.5 s after): identical real input on both pages.
// - search keystroke (ours only; the reference has no search): one character appended to the
//   search field and an `input` event dispatched at the start of a frame, until that frame,
//   showing the updated list, has been rendered; a steady typist's pace, median of the
//   keystrokes of a run (and the worst one).
// - search, worst cases (10,000 locations, ours; `npm run bench -- --search` runs only this):
//   queries as long as the search box takes (its `maxlength`): random letters and spaces,
//   one word repeated, words every location has, styled Unicode ("𝐉𝐚𝐤𝐚𝐫𝐭𝐚"), and a 30,000-
//   character text set as the `query` property (what no box limits). Each is pasted whole
//   but its last character ("paste": the search over all locations) and then that character
//   is typed ("keystroke": the narrowed search), timed as the keystroke above.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus } from 'node:os';
import { extname, join, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './chromium.mjs';
import { benchPhone } from './bench-phone.mjs';
import { untilBrowserIsQuiet } from './quiet-browser.mjs';

/** `--size 10000` (repeatable) runs only those sizes, and neither the search nor the phone. */
const argValues = (name) =>
  process.argv.flatMap((arg, i) => (arg === name ? [process.argv[i + 1]] : []));
const ONLY_SIZES = argValues('--size').map(Number);
const SIZES = ONLY_SIZES.length ? ONLY_SIZES : [10_000, 100_000];
/** `--runs 3`: fewer loads while iterating (the report says how many). */
const RUNS = Number(argValues('--runs')[0] ?? 5);
/** BENCH_CDN_DIR: measure another CDN build (an older one, for a before/after) as ours. */
const CDN_DIR = process.env.BENCH_CDN_DIR || 'dist/cdn';
/**
 * `--line 9`: both pages over an emulated line of that many Mbit/s down, with LINE_LATENCY_MS
 * (CDP), their scripts and styles gzip-compressed as a CDN sends them, the data as it is (a
 * plain file on a Pemda's server). Without it: loopback, nothing compressed.
 */
const LINE_MBIT = Number(argValues('--line')[0]) || undefined;
const LINE_LATENCY_MS = 40;
/** `--no-reference`: ours only, while iterating (no ratio then). */
const NO_REFERENCE = process.argv.includes('--no-reference');
/**
 * `--trace`: writes each run's trace to dist/bench-traces/ (open them in DevTools' Performance
 * panel), with what DevTools records (`--samples`: with JavaScript samples too, which cost
 * time: figures of such a run are not comparable with an ordinary one).
 */
const SAMPLES = process.argv.includes('--samples');
const TRACE_DIR = process.argv.includes('--trace') || SAMPLES ? 'dist/bench-traces' : undefined;
const TRACE_CATEGORIES = [
  'toplevel',
  'blink.user_timing',
  ...(TRACE_DIR
    ? ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute']
    : []),
  ...(SAMPLES ? ['disabled-by-default-v8.cpu_profiler'] : []),
];
const VIEWPORT = { width: 1280, height: 800 };
/** The tile URL of both pages: a local blank tile, so no request leaves the machine. */
const TILE_URL = '/tiles/{z}/{x}/{y}.png';
/** Same as the element's fit: FIT_MAX_ZOOM and padding in src/finder/finder-map.ts. */
const FIT = { padding: 24, maxZoom: 13 };
/** Long-task window after the first clustered frame; also the pause before each interaction. */
const SETTLE_MS = 1000;
const ZOOM_SETTLE_MS = 1500;
const DRAG = { dx: -240, dy: -160, steps: 20, stepMs: 16 };
/** Matches names like "… Kota Tanjung Sari 12" in the synthetic data (`syntheticLocations`). */
const SEARCH_TEXT = 'kota tanjung';
/** About 3 characters a second: slower than the element's 250 ms map debounce, so the map
 * re-clusters between keystrokes as it does for a real visitor. */
const TYPING_GAP_MS = 300;
/** Generous, so a slow reference is reported as slow; past it, as a timeout. */
const FIRST_FRAME_TIMEOUT_MS = 90_000;
const RESULTS_FILE = 'dist/bench-results.json';
const SEARCH_RESULTS_FILE = 'dist/bench-search-results.json';
const SEARCH_ONLY = process.argv.includes('--search');
const SEARCH_SIZE = 10_000;

const METRICS = [
  { key: 'firstFrame', label: 'first clustered frame (from navigation)' },
  { key: 'afterData', label: '  of which after data received' },
  { key: 'longestTask', label: 'longest task, navigation → map interactive' },
  { key: 'longestTaskCpu', label: '  the same, thread time (CPU)' },
  { key: 'panFrame', label: 'pan: longest frame' },
  { key: 'zoomFrame', label: 'zoom: longest frame' },
  { key: 'keystroke', label: 'search keystroke (median of run)' },
  { key: 'keystrokeWorst', label: 'search keystroke (worst of run)' },
];

/** The budgets; `check` gets the summaries of ours and of the reference. */
const BUDGETS = [
  {
    size: 10_000,
    metric: 'firstFrame',
    text: '≥ 1.5× sooner than reference',
    check: (ours, reference) => {
      const ratio = reference.median / ours.median;
      return { pass: ratio >= 1.5, detail: `${ratio.toFixed(2)}×` };
    },
  },
  {
    size: 100_000,
    metric: 'longestTask',
    text: 'no task > 50 ms (any run)',
    check: (ours) => ({ pass: ours.max <= 50, detail: `worst ${formatMs(ours.max)}` }),
  },
  {
    size: 10_000,
    metric: 'keystroke',
    text: '≤ 16 ms',
    check: (ours) => ({ pass: ours.median <= 16, detail: formatMs(ours.median) }),
  },
];

// ---------------------------------------------------------------------------------------------
// Build

function newestChange(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** The bench measures the CDN build: rebuild when it is missing or older than the sources. */
function ensureBuild() {
  if (process.env.BENCH_CDN_DIR) return;
  const loader = 'dist/cdn/mpp-widgets.js';
  let builtAt = 0;
  try {
    builtAt = statSync(loader).mtimeMs;
  } catch {
    // not built yet
  }
  if (builtAt > newestChange('src')) return;
  console.log('Building (dist/cdn is missing or older than src/)…');
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
}

// ---------------------------------------------------------------------------------------------
// Synthetic locations

/** mulberry32: a small seeded PRNG, so every run and machine gets the same locations. */
function seededRandom(seed) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROVINCES = [
  ['11', 'Aceh'],
  ['12', 'Sumatera Utara'],
  ['16', 'Sumatera Selatan'],
  ['32', 'Jawa Barat'],
  ['33', 'Jawa Tengah'],
  ['35', 'Jawa Timur'],
  ['51', 'Bali'],
  ['53', 'Nusa Tenggara Timur'],
  ['61', 'Kalimantan Barat'],
  ['64', 'Kalimantan Timur'],
  ['73', 'Sulawesi Selatan'],
  ['81', 'Maluku'],
  ['91', 'Papua'],
];
const PLACE_WORDS = ['Tanjung', 'Sungai', 'Batu', 'Suka', 'Karang', 'Muara', 'Bukit', 'Teluk'];
const PLACE_ENDINGS = ['Sari', 'Jaya', 'Indah', 'Baru', 'Makmur', 'Raya', 'Lestari', 'Harapan'];
const STREETS = ['Merdeka', 'Sudirman', 'Diponegoro', 'Ahmad Yani', 'Pahlawan', 'Veteran'];

/** A GeoJSON FeatureCollection of `count` MPP-like points inside Indonesia's bounding box. */
function syntheticLocations(count) {
  const random = seededRandom(count);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const features = Array.from({ length: count }, (_, i) => {
    const [provinceCode, province] = pick(PROVINCES);
    const regency = `${random() < 0.3 ? 'Kota' : 'Kabupaten'} ${pick(PLACE_WORDS)} ${pick(PLACE_ENDINGS)}`;
    const lon = 95 + random() * 46;
    const lat = -11 + random() * 17;
    return {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [round(lon), round(lat)] },
      properties: {
        id: `bench-${i + 1}`,
        name: `Mal Pelayanan Publik ${regency} ${i + 1}`,
        province,
        provinceCode,
        regency,
        address: `Jl. ${pick(STREETS)} No. ${1 + Math.floor(random() * 200)}, ${regency}`,
      },
    };
  });
  return { type: 'FeatureCollection', features };
}

const round = (degrees) => Math.round(degrees * 1e5) / 1e5;

// ---------------------------------------------------------------------------------------------
// Pages and the local server

const dataPath = (count) => `/data/${count}.json`;

function ourPage(count) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench: mpp-finder</title>
<style>body { margin: 0; }</style></head><body>
<mpp-finder src="${dataPath(count)}" tile-url="${TILE_URL}" lang="en" height="${VIEWPORT.height - 40}px" style="display:block"></mpp-finder>
<script type="module" src="/cdn/mpp-widgets.js"></script>
</body></html>`;
}

/** The control: what the browser does for any page, without a script of ours or Leaflet. */
function blankPage() {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench: no script</title>
<style>body { margin: 0; }</style></head><body><h1>Mal Pelayanan Publik</h1></body></html>`;
}

/**
 * Leaflet.markercluster as its README shows it, default options. The map sits where ours sits,
 * at the same size, starts on Indonesia as ours does before it has data, and is fitted to the
 * same bounds with the same padding and maximum zoom, so both show the same viewport.
 */
function referencePage(count, { x, y, width, height }) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench: Leaflet.markercluster</title>
<link rel="stylesheet" href="/leaflet/leaflet.css">
<link rel="stylesheet" href="/markercluster/MarkerCluster.css">
<link rel="stylesheet" href="/markercluster/MarkerCluster.Default.css">
<style>body { margin: 0; } #map { position: absolute; left: ${x}px; top: ${y}px; width: ${width}px; height: ${height}px; }</style>
<script src="/leaflet/leaflet.js"></script>
<script src="/markercluster/leaflet.markercluster.js"></script>
</head><body><div id="map"></div>
<script type="module">
const map = L.map('map').setView([-2.5, 118], 4);
L.tileLayer('${TILE_URL}', { maxZoom: 19 }).addTo(map);
const response = await fetch('${dataPath(count)}', { headers: { Accept: 'application/json' } });
const { features } = await response.json();
const points = features.map(({ geometry: { coordinates: [lon, lat] } }) => [lat, lon]);
map.fitBounds(L.latLngBounds(points), { padding: [${FIT.padding}, ${FIT.padding}], maxZoom: ${FIT.maxZoom}, animate: false });
const markers = L.markerClusterGroup();
markers.addLayers(points.map((point) => L.marker(point)));
map.addLayer(markers);
</script></body></html>`;
}

const CONTENT_TYPES = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.json': 'application/json',
  '.map': 'application/json',
};
const BLANK_TILE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==',
  'base64',
);

/** Every file under `dir`, read now, keyed by `urlPrefix` + its path inside `dir`. */
function readTree(urlPrefix, dir) {
  return readdirSync(dir, { recursive: true })
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => [urlPrefix + path.split(sep).join('/'), readFileSync(join(dir, path))]);
}

/**
 * Everything the pages load, read into memory once: the CDN build as it is now (a rebuild of
 * dist/ while the bench runs cannot mix builds or break a run), Leaflet, Leaflet.markercluster
 * and the data sets.
 */
function servedFiles(dataSets) {
  return new Map([
    ...readTree('/cdn/', CDN_DIR),
    ...readTree('/leaflet/', 'node_modules/leaflet/dist'),
    ...readTree('/markercluster/', 'node_modules/leaflet.markercluster/dist'),
    ...dataSets,
  ]);
}

const gzipped = new WeakMap();
/** `body` gzip-compressed, once per file. */
function compressed(body) {
  if (!gzipped.has(body)) gzipped.set(body, gzipSync(body));
  return gzipped.get(body);
}

/** Serves `files`, blank tiles and the two pages. */
function startServer(files) {
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const count = Number(url.searchParams.get('n'));
    const send = (status, type, body) => {
      // Nothing is cached between runs: every run downloads and parses the same bytes.
      const headers = { 'Content-Type': type, 'Cache-Control': 'no-store' };
      if (LINE_MBIT && /javascript|css/.test(type)) {
        headers['Content-Encoding'] = 'gzip';
        body = compressed(body);
      }
      // As a static file server sends a file; without it Node streams the body in chunks,
      // as only a server compressing on the fly (or a script) would.
      headers['Content-Length'] = Buffer.byteLength(body);
      response.writeHead(status, headers);
      response.end(body);
    };
    if (url.pathname === '/ours.html') return send(200, 'text/html', ourPage(count));
    if (url.pathname === '/blank.html') return send(200, 'text/html', blankPage());
    if (url.pathname === '/reference.html') {
      const [x, y, width, height] = url.searchParams.get('map').split(',').map(Number);
      return send(200, 'text/html', referencePage(count, { x, y, width, height }));
    }
    if (url.pathname.startsWith('/tiles/')) return send(200, 'image/png', BLANK_TILE);
    const file = files.get(url.pathname);
    if (file) return send(200, CONTENT_TYPES[extname(url.pathname)] ?? 'text/plain', file);
    send(404, 'text/plain', 'not found');
  });
  return new Promise((resolveServer) => server.listen(0, '127.0.0.1', () => resolveServer(server)));
}

// ---------------------------------------------------------------------------------------------
// In-page instruments (serialized by puppeteer: they use nothing from this module)

/**
 * Installed before each page's own scripts: records the time of every animation frame, and
 * when the first frame with a Leaflet marker (in the document or in the finder's shadow root)
 * has been rendered.
 */
function recordFrames() {
  const bench = { frameTimes: [], firstFrameAt: undefined, markerSeen: false };
  window.__bench = bench;
  const hasMarker = (root) => Boolean(root?.querySelector('.leaflet-marker-icon'));
  const onFrame = (frameTime) => {
    bench.frameTimes.push(frameTime);
    if (
      !bench.markerSeen &&
      (hasMarker(document) || hasMarker(document.querySelector('mpp-finder')?.shadowRoot))
    ) {
      bench.markerSeen = true;
      // A task queued from requestAnimationFrame runs after this frame's style, layout, paint.
      setTimeout(() => (bench.firstFrameAt = performance.now()));
    }
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
}

/** Ours only: types `text` into the search field, one character per `gapMs`. */
async function typeIntoSearch(text, gapMs) {
  const finder = document.querySelector('mpp-finder');
  const input = finder.shadowRoot.querySelector('input[part="search"]');
  const wait = (ms) => new Promise((resolveWait) => setTimeout(resolveWait, ms));
  const durations = [];
  for (const character of text) {
    await wait(gapMs);
    // Start at the beginning of a frame, so the time measured is the keystroke's own work
    // (search, list update, that frame's rendering), not a wait for the display's next tick.
    await new Promise(requestAnimationFrame);
    input.value += character;
    const start = performance.now();
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await finder.updateComplete;
    await wait(0);
    durations.push(performance.now() - start);
  }
  return { durations, count: finder.shadowRoot.querySelector('[part="count"]')?.textContent };
}

/** The worst-case queries of the search scenario; `limit` is the box's `maxlength`. */
function worstCaseQueries(limit) {
  const random = seededRandom(limit);
  const fill = (unit) => unit.repeat(Math.ceil(limit / unit.length)).slice(0, limit);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const randomText = Array.from({ length: limit }, () =>
    random() < 0.2 ? ' ' : letters[Math.floor(random() * letters.length)],
  ).join('');
  return [
    { name: 'random letters and spaces', text: randomText, viaBox: true },
    { name: 'one word repeated', text: fill('kota '), viaBox: true },
    {
      name: 'words every location has',
      text: fill('mal pelayanan publik jalan no '),
      viaBox: true,
    },
    // Two UTF-16 units a letter: `maxlength` counts units, so the box takes 60 letters.
    { name: 'styled Unicode', text: fill('𝐉𝐚𝐤𝐚𝐫𝐭𝐚 '), viaBox: true },
    {
      name: '30,000 characters as `query`',
      text: randomText.repeat(Math.ceil(30_000 / limit)).slice(0, 30_000),
      viaBox: false,
    },
  ];
}

/**
 * Ours only: each query pasted into the search field but its last character, then that
 * character typed; or, for one not `viaBox`, set as the element's `query` property. What the
 * box takes is cut as the browser cuts a paste (to `maxLength` UTF-16 units). Times as in
 * `typeIntoSearch`.
 */
async function searchWorstCases(queries) {
  const finder = document.querySelector('mpp-finder');
  const input = finder.shadowRoot.querySelector('input[part="search"]');
  const map = finder.shadowRoot.querySelector('.map');
  const settle = async () => {
    await finder.updateComplete;
    await new Promise((resolveWait) => setTimeout(resolveWait));
  };
  // The map re-clusters when typing pauses (aria-busy until done): not inside a measurement.
  const mapSettled = async () => {
    while (map?.hasAttribute('aria-busy')) await new Promise(requestAnimationFrame);
  };
  const timed = async (change) => {
    await mapSettled();
    await new Promise(requestAnimationFrame);
    const start = performance.now();
    change();
    await settle();
    return performance.now() - start;
  };
  const enter = (text) => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  };
  const results = [];
  for (const { name, text, viaBox } of queries) {
    enter('');
    await settle();
    if (!viaBox) {
      const paste = await timed(() => (finder.query = text));
      results.push({ name, length: text.length, paste, keystroke: undefined });
      continue;
    }
    const accepted = input.maxLength > 0 ? text.slice(0, input.maxLength) : text;
    const paste = await timed(() => enter(accepted.slice(0, -1)));
    const keystroke = await timed(() => enter(accepted));
    results.push({ name, length: accepted.length, paste, keystroke });
  }
  enter('');
  await settle();
  return { maxLength: input.maxLength, results };
}

// ---------------------------------------------------------------------------------------------
// Measuring one run

const sleep = (ms) => new Promise((resolveSleep) => setTimeout(resolveSleep, ms));

/** What a page said: console errors and warnings, uncaught errors, failed requests. */
function listenForTrouble(page, messages) {
  page.on('console', (message) => {
    if (['error', 'warn'].includes(message.type())) {
      messages.push(`console.${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => messages.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) =>
    messages.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) messages.push(`HTTP ${response.status()}: ${response.url()}`);
  });
}

/** The screen box of the first element matching `selector`, in the page or the finder. */
function boxOf(page, selector) {
  return page.evaluate((wanted) => {
    const root = document.querySelector('mpp-finder')?.shadowRoot ?? document;
    const rect = root.querySelector(wanted)?.getBoundingClientRect();
    return rect && { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
  }, selector);
}

/** Waits for the first clustered frame; `undefined` when it did not come in time. */
async function waitForFirstFrame(page, count) {
  try {
    await page.waitForFunction(
      () =>
        window.__bench.firstFrameAt !== undefined ||
        document.querySelector('mpp-finder')?.getAttribute('state') === 'error',
      { polling: 50, timeout: FIRST_FRAME_TIMEOUT_MS },
    );
  } catch (error) {
    if (error.name === 'TimeoutError') return undefined;
    throw error;
  }
  const state = await page.evaluate(() =>
    document.querySelector('mpp-finder')?.getAttribute('state'),
  );
  if (state === 'error') throw new Error('<mpp-finder> showed its error message');
  return page.evaluate(
    (dataUrl) => {
      const [request] = performance.getEntriesByName(dataUrl);
      performance.mark('bench:clock');
      return {
        responseEnd: request.responseEnd,
        firstFrameAt: window.__bench.firstFrameAt,
        clock: performance.getEntriesByName('bench:clock')[0].startTime,
      };
    },
    new URL(dataPath(count), page.url()).href,
  );
}

const RUN_TASK = 'ThreadControllerImpl::RunTask';
const MICROTASK_CHECKPOINT = 'BlinkScheduler_PerformMicrotaskCheckpoint';
/** A checkpoint starting this close (µs) to the end of a task belongs to that task. */
const CHECKPOINT_GAP_US = 100;

/**
 * The page's main-thread tasks in a trace, as the web counts them (Long Tasks API): Chromium
 * traces a task and the microtask checkpoint that runs right after it as siblings, so a
 * checkpoint starting where a task ends is part of that task (promise continuations, such as
 * the code after `await response.json()`, run there).
 */
function mainThreadTasks(traceEvents, { pid, tid }) {
  const events = traceEvents
    .filter(
      (event) =>
        event.pid === pid &&
        event.tid === tid &&
        event.ph === 'X' &&
        (event.name === RUN_TASK || event.name === MICROTASK_CHECKPOINT),
    )
    .sort((a, b) => a.ts - b.ts);
  const tasks = [];
  for (const event of events) {
    const end = event.ts + event.dur;
    const last = tasks.at(-1);
    const partOfLast =
      last &&
      (event.ts < last.end ||
        (event.name === MICROTASK_CHECKPOINT && event.ts - last.end < CHECKPOINT_GAP_US));
    // Thread time (`tdur`): what the task cost the CPU, without the time the thread waited
    // for a core. A nested event's is already in its parent's.
    const cpu = event.tdur ?? event.dur;
    if (partOfLast) {
      if (event.ts >= last.end) last.cpu += cpu;
      last.end = Math.max(last.end, end);
    } else tasks.push({ start: event.ts, end, cpu });
  }
  return tasks;
}

/**
 * The longest main-thread task overlapping [from, to] (page milliseconds), by wall time and by
 * thread time. The `bench:clock` mark ties the trace's clock to the page's and names the page's
 * main thread.
 */
function longestTasks(traceBytes, { clock, from, to }) {
  const { traceEvents } = JSON.parse(new TextDecoder().decode(traceBytes));
  const mark = traceEvents.find((event) => event.name === 'bench:clock');
  const toPageMs = (traceUs) => (traceUs - mark.ts) / 1000 + clock;
  const longest = { wall: 0, cpu: 0 };
  for (const task of mainThreadTasks(traceEvents, mark)) {
    const [start, end] = [toPageMs(task.start), toPageMs(task.end)];
    if (end > from && start < to) {
      longest.wall = Math.max(longest.wall, end - start);
      longest.cpu = Math.max(longest.cpu, task.cpu / 1000);
    }
  }
  return longest;
}

/** Navigation until the map is interactive (SETTLE_MS after the first clustered frame). */
function longestTasksOf(trace, { clock, firstFrameAt }) {
  const { wall, cpu } = longestTasks(trace, { clock, from: 0, to: firstFrameAt + SETTLE_MS });
  return { longestTask: wall, longestTaskCpu: cpu };
}

/** The longest interval between animation frames after `from` (page ms) until now. */
async function longestFrameSince(page, from) {
  const frameTimes = await page.evaluate(() => window.__bench.frameTimes);
  let longest = 0;
  for (let i = 1; i < frameTimes.length; i++) {
    if (frameTimes[i] > from) longest = Math.max(longest, frameTimes[i] - frameTimes[i - 1]);
  }
  return longest;
}

const pageNow = (page) => page.evaluate(() => performance.now());

async function measurePan(page) {
  const map = await boxOf(page, '.leaflet-container');
  const [x, y] = [map.x + map.width / 2, map.y + map.height / 2];
  const from = await pageNow(page);
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let step = 1; step <= DRAG.steps; step++) {
    await page.mouse.move(x + (DRAG.dx * step) / DRAG.steps, y + (DRAG.dy * step) / DRAG.steps);
    await sleep(DRAG.stepMs);
  }
  await page.mouse.up();
  await sleep(SETTLE_MS);
  return longestFrameSince(page, from);
}

async function measureZoom(page) {
  const button = await boxOf(page, '.leaflet-control-zoom-in');
  const from = await pageNow(page);
  await page.mouse.click(button.x + button.width / 2, button.y + button.height / 2);
  await sleep(ZOOM_SETTLE_MS);
  return longestFrameSince(page, from);
}

/** Script and style bytes the page downloaded (not the data, not tiles), each URL once, kB. */
function pageWeight(page) {
  return page.evaluate(() => {
    const sizes = new Map();
    for (const { name, encodedBodySize } of performance.getEntriesByType('resource')) {
      if (/\.(js|css)$/.test(new URL(name).pathname)) sizes.set(name, encodedBodySize);
    }
    return [...sizes.values()].reduce((sum, size) => sum + size, 0) / 1024;
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** With `--line`: `page` over the emulated line. */
async function emulateLine(page) {
  if (!LINE_MBIT) return;
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  const bytesPerSecond = (LINE_MBIT * 1e6) / 8;
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: LINE_LATENCY_MS,
    downloadThroughput: bytesPerSecond,
    uploadThroughput: bytesPerSecond,
  });
}

/**
 * One load of one page: first frame and longest task (traced), then pan, zoom and, on ours,
 * typing. Returns `{ timedOut: true }` when no clustered frame came within the timeout.
 */
async function measureRun(browser, url, { count, kind, messages, run = 0 }) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    let workers = 0;
    page.on('workercreated', () => workers++);
    listenForTrouble(page, messages);
    await page.setViewport(VIEWPORT);
    await emulateLine(page);
    await page.evaluateOnNewDocument(recordFrames);
    const startedQuiet = await untilBrowserIsQuiet(browser);
    await page.tracing.start({ categories: TRACE_CATEGORIES });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const times = await waitForFirstFrame(page, count);
    if (!times) {
      await page.tracing.stop();
      return { timedOut: true, startedQuiet };
    }
    await sleep(SETTLE_MS);
    const trace = await page.tracing.stop();
    if (TRACE_DIR) {
      mkdirSync(TRACE_DIR, { recursive: true });
      writeFileSync(join(TRACE_DIR, `${count}-${kind}-${run}.json`), trace);
    }
    const result = {
      startedQuiet,
      firstFrame: times.firstFrameAt,
      afterData: times.firstFrameAt - times.responseEnd,
      ...longestTasksOf(trace, times),
      mapBox: await boxOf(page, '.leaflet-container'),
      pageWeightKb: await pageWeight(page),
      panFrame: await measurePan(page),
      zoomFrame: await measureZoom(page),
    };
    if (kind === 'ours') {
      const typed = await page.evaluate(typeIntoSearch, SEARCH_TEXT, TYPING_GAP_MS);
      Object.assign(result, {
        keystroke: median(typed.durations),
        keystrokeWorst: Math.max(...typed.durations),
        keystrokes: typed.durations,
        countAfterTyping: typed.count?.trim(),
      });
    }
    return { ...result, workers };
  } finally {
    await context.close();
  }
}

/** RUNS loads of ours with SEARCH_SIZE locations, the worst-case queries in each. */
async function benchSearch(browser, origin) {
  const runs = [];
  for (let run = 1; run <= RUNS; run++) {
    const context = await browser.createBrowserContext();
    try {
      const page = await context.newPage();
      await page.setViewport(VIEWPORT);
      await page.evaluateOnNewDocument(recordFrames);
      await page.goto(`${origin}/ours.html?n=${SEARCH_SIZE}`, { waitUntil: 'domcontentloaded' });
      if (!(await waitForFirstFrame(page, SEARCH_SIZE))) throw new Error('no map for search');
      await sleep(SETTLE_MS);
      // Typed into once the new context's window and the page have settled (quiet-browser.mjs).
      if (!(await untilBrowserIsQuiet(browser))) console.log('  (the browser was not quiet)');
      const limit = await page.evaluate(
        () =>
          document.querySelector('mpp-finder').shadowRoot.querySelector('input[part="search"]')
            .maxLength,
      );
      const measured = await page.evaluate(
        searchWorstCases,
        worstCaseQueries(limit > 0 ? limit : 3000),
      );
      runs.push(measured);
      console.log(`  search run ${run}/${RUNS}: maxlength ${measured.maxLength}`);
    } finally {
      await context.close();
    }
  }
  const names = runs[0].results.map((result) => result.name);
  const rows = names.map((name) => {
    const of = (key) =>
      summarize(
        runs.map((run) => run.results.find((result) => result.name === name)),
        key,
      );
    const { length } = runs[0].results.find((result) => result.name === name);
    return { name, length, paste: of('paste'), keystroke: of('keystroke') };
  });
  return { maxLength: runs[0].maxLength, rows, runs };
}

function reportSearch({ maxLength, rows }) {
  return [
    `Search, worst cases, ${SEARCH_SIZE.toLocaleString('en')} locations — ms, median [min–max] ` +
      `of ${RUNS} runs; search box maxlength ${maxLength > 0 ? maxLength : 'none'}; budget ≤ 16 ms`,
    markdownTable(
      ['query', 'length', 'paste (all locations)', 'keystroke (narrowed)'],
      rows.map(({ name, length, paste, keystroke }) => [
        name,
        length.toLocaleString('en'),
        formatSummary(paste),
        formatSummary(keystroke),
      ]),
    ),
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Runs, summaries and the report

function summarize(runs, key) {
  const values = runs.map((run) => run[key]).filter((value) => value !== undefined);
  if (!values.length) return undefined;
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), values };
}

/**
 * One load of the page without scripts (over the same line as the others): its longest task
 * until SETTLE_MS after its load.
 */
async function measureBlank(browser, url) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(VIEWPORT);
    await emulateLine(page);
    const startedQuiet = await untilBrowserIsQuiet(browser);
    await page.tracing.start({ categories: TRACE_CATEGORIES });
    await page.goto(url, { waitUntil: 'load' });
    await sleep(SETTLE_MS);
    const clock = await page.evaluate(() => performance.mark('bench:clock').startTime);
    const { wall, cpu } = longestTasks(await page.tracing.stop(), { clock, from: 0, to: clock });
    return { startedQuiet, longestTask: wall, longestTaskCpu: cpu };
  } finally {
    await context.close();
  }
}

/** RUNS loads of each page, alternating, so drift on the machine hits both alike. */
async function benchSize(browser, origin, count, mapBox) {
  const box = [mapBox.x, mapBox.y, mapBox.width, mapBox.height].map(Math.round).join(',');
  const pages = {
    ours: { url: `${origin}/ours.html?n=${count}`, runs: [], messages: [] },
    reference: { url: `${origin}/reference.html?n=${count}&map=${box}`, runs: [], messages: [] },
  };
  const blankRuns = [];
  for (let run = 1; run <= RUNS; run++) {
    for (const [kind, page] of Object.entries(pages)) {
      if (page.runs.some((previous) => previous.timedOut)) continue; // a timeout repeats: skip
      if (kind === 'reference' && NO_REFERENCE) continue;
      const started = Date.now();
      const result = await measureRun(browser, page.url, {
        count,
        kind,
        messages: page.messages,
        run,
      });
      page.runs.push(result);
      if (kind === 'ours') blankRuns.push(await measureBlank(browser, `${origin}/blank.html`));
      console.log(
        `  ${count.toLocaleString('en')} ${kind.padEnd(9)} run ${run}/${RUNS}: ` +
          (result.timedOut
            ? `no clustered frame within ${FIRST_FRAME_TIMEOUT_MS / 1000} s`
            : `first frame ${formatMs(result.firstFrame)}`) +
          ` (${((Date.now() - started) / 1000).toFixed(1)} s)`,
      );
    }
  }
  const summaryOf = ({ runs }) => {
    const done = runs.filter((run) => !run.timedOut);
    return Object.fromEntries(METRICS.map(({ key }) => [key, summarize(done, key)]));
  };
  const summaries = { ours: summaryOf(pages.ours), reference: summaryOf(pages.reference) };
  const budgets = BUDGETS.filter((budget) => budget.size === count).map((budget) => {
    const ours = summaries.ours[budget.metric];
    const reference = summaries.reference[budget.metric];
    const needsReference = budget.metric === 'firstFrame';
    const outcome =
      !ours || (needsReference && !reference)
        ? { pass: false, detail: 'not measured (timeout)' }
        : budget.check(ours, reference);
    return { metric: budget.metric, budget: budget.text, ...outcome };
  });
  const blank = {
    runs: blankRuns,
    longestTask: summarize(blankRuns, 'longestTask'),
    longestTaskCpu: summarize(blankRuns, 'longestTaskCpu'),
  };
  return { locations: count, pages, summaries, budgets, blank };
}

function formatMs(ms) {
  return ms >= 100 ? Math.round(ms).toLocaleString('en') : ms.toFixed(1);
}

function formatSummary(summary, timedOut) {
  if (timedOut && !summary) return `timeout (> ${FIRST_FRAME_TIMEOUT_MS / 1000} s)`;
  if (!summary) return '—';
  return `${formatMs(summary.median)} [${formatMs(summary.min)}–${formatMs(summary.max)}]`;
}

function markdownTable(headers, rows) {
  const widths = headers.map((header, i) =>
    Math.max(header.length, ...rows.map((row) => row[i].length)),
  );
  const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [line(headers), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join(
    '\n',
  );
}

function reportSize({ locations, pages, summaries, budgets, blank }) {
  const timedOut = (kind) => pages[kind].runs.some((run) => run.timedOut);
  const rows = METRICS.map(({ key, label }) => {
    const budget = budgets.find((candidate) => candidate.metric === key);
    return [
      label,
      formatSummary(summaries.ours[key], timedOut('ours')),
      key.startsWith('keystroke')
        ? 'n/a (no search)'
        : formatSummary(summaries.reference[key], timedOut('reference')),
      budget?.budget ?? '—',
      budget ? `${budget.pass ? 'pass' : 'FAIL'} (${budget.detail})` : '—',
    ];
  });
  const runs = (kind) => pages[kind].runs.filter((run) => !run.timedOut);
  const weight = (kind) => formatMs(summarize(runs(kind), 'pageWeightKb')?.median ?? 0);
  const workers = runs('ours').map((run) => run.workers);
  const notQuiet = [...pages.ours.runs, ...pages.reference.runs, ...blank.runs].filter(
    (run) => !run.startedQuiet,
  ).length;
  return [
    `${locations.toLocaleString('en')} locations — ms, median [min–max] of ${RUNS} runs` +
      (LINE_MBIT ? `, over a ${LINE_MBIT} Mbit/s line (${LINE_LATENCY_MS} ms latency)` : ''),
    markdownTable(
      ['metric', 'ours (mpp-finder)', 'reference (markercluster)', 'budget', 'result'],
      rows,
    ),
    `A page without any script, in the same runs (the browser's own tasks: this machine's floor): ` +
      `longest task ${formatSummary(blank.longestTask)} ms, thread time ${formatSummary(blank.longestTaskCpu)} ms.`,
    `Scripts and styles downloaded (kB): ours ${weight('ours')}, reference ${weight('reference')}. ` +
      `Workers started by ours per run: ${workers.join(', ') || '—'}.` +
      (runs('ours')[0]?.countAfterTyping
        ? ` After typing "${SEARCH_TEXT}": ${runs('ours')[0].countAfterTyping}.`
        : '') +
      (notQuiet ? ` ${notQuiet} load(s) started before the browser was quiet.` : ''),
  ].join('\n');
}

/** Page messages of all runs, each distinct message once with how often it came. */
function reportMessages(results) {
  const lines = [];
  for (const { locations, pages } of results) {
    for (const [kind, { messages }] of Object.entries(pages)) {
      const counts = new Map();
      for (const message of messages) counts.set(message, (counts.get(message) ?? 0) + 1);
      for (const [message, times] of counts) {
        lines.push(`- ${kind}, ${locations.toLocaleString('en')}: ${message} (×${times})`);
      }
    }
  }
  return lines.length ? `Page messages:\n${lines.join('\n')}` : 'Page messages: none.';
}

// ---------------------------------------------------------------------------------------------

async function main() {
  ensureBuild();
  console.log('Generating synthetic locations…');
  const dataSets = new Map(
    (SEARCH_ONLY ? [SEARCH_SIZE] : SIZES).map((count) => [
      dataPath(count),
      Buffer.from(JSON.stringify(syntheticLocations(count))),
    ]),
  );
  const files = servedFiles(dataSets);
  // The measured build, by its chunk names (they carry content hashes).
  const build = [...files.keys()].filter((path) => /^\/cdn\/chunks\/.*\.js$/.test(path));
  const server = await startServer(files);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launchChromium();
  try {
    const chromium = await browser.version();
    console.log(`${chromium}, ${cpus().length} CPUs (${cpus()[0]?.model.trim()})`);
    if (SEARCH_ONLY) {
      const search = await benchSearch(browser, origin);
      const date = new Date().toISOString();
      console.log(`\nmpp-finder search benchmark, ${date}, ${chromium}, ${cpus().length} CPUs\n`);
      console.log(reportSearch(search));
      mkdirSync('dist', { recursive: true });
      writeFileSync(
        SEARCH_RESULTS_FILE,
        `${JSON.stringify({ date, build, chromium, runs: RUNS, ...search }, null, 2)}\n`,
      );
      console.log(`\nWritten to ${SEARCH_RESULTS_FILE}.`);
      return;
    }
    // A discarded warm-up load of ours, which also gives the map box the reference copies.
    const warmUp = await measureRun(browser, `${origin}/ours.html?n=${SIZES[0]}`, {
      count: SIZES[0],
      kind: 'warm-up',
      messages: [],
    });
    if (warmUp.timedOut) throw new Error('the warm-up load of <mpp-finder> showed no map');
    const results = [];
    for (const count of SIZES) results.push(await benchSize(browser, origin, count, warmUp.mapBox));
    const search = ONLY_SIZES.length ? undefined : await benchSearch(browser, origin);

    const date = new Date().toISOString();
    console.log(`\nmpp-finder benchmark, ${date}, ${chromium}, ${cpus().length} CPUs\n`);
    console.log(results.map(reportSize).join('\n\n'));
    if (search) console.log(`\n${reportSearch(search)}`);
    console.log(`\n${reportMessages(results)}`);
    mkdirSync('dist', { recursive: true });
    writeFileSync(
      RESULTS_FILE,
      `${JSON.stringify(
        {
          date,
          build,
          machine: {
            chromium,
            cpus: cpus().length,
            cpuModel: cpus()[0]?.model.trim(),
            node: process.version,
          },
          method: {
            runs: RUNS,
            viewport: VIEWPORT,
            mapBox: warmUp.mapBox,
            searchText: SEARCH_TEXT,
            typingGapMs: TYPING_GAP_MS,
            drag: DRAG,
            firstFrameTimeoutMs: FIRST_FRAME_TIMEOUT_MS,
            line: LINE_MBIT ? { mbit: LINE_MBIT, latencyMs: LINE_LATENCY_MS } : 'loopback',
          },
          results: results.map(({ locations, pages, summaries, budgets, blank }) => ({
            locations,
            summaries,
            budgets,
            withoutScript: blank,
            runs: { ours: pages.ours.runs, reference: pages.reference.runs },
            pageMessages: { ours: pages.ours.messages, reference: pages.reference.messages },
          })),
          search,
        },
        null,
        2,
      )}\n`,
    );
    console.log(`\nWritten to ${RESULTS_FILE}.`);
  } finally {
    await browser.close();
    server.close();
  }
}

try {
  if (!process.argv.includes('--phone')) await main();
  // The slow-phone scenario (issue 16) lives in its own file; `--phone` runs only it.
  if (!SEARCH_ONLY && !ONLY_SIZES.length) await benchPhone();
} catch (error) {
  console.error(`bench failed: ${error.stack ?? error}`);
  process.exit(1);
}
