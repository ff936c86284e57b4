// `npm run test:examples` (after `npm run build`): the example apps in examples/, one per
// framework, built the way a user builds theirs: against the packed tarball (`npm pack`, the
// file npm would publish), with the tarball's own dependencies, type-checked strictly, built for
// production, then opened in Debian's Chromium, where the three elements must render their
// bundled data and their events must reach the app, in both languages, without console errors.
// The conventions the apps follow are in examples/README.md.
//
//   node scripts/examples-test.mjs              every app
//   node scripts/examples-test.mjs react-vite   only the apps named (the install is the same)
//   node scripts/examples-test.mjs --reuse-install react-vite
//                                               keep examples/node_modules from the last run
//                                               (while working on an app; CI installs afresh)
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { mppDocument } from './queue-feeds/simulator.mjs';

const root = resolve(import.meta.dirname, '..');
const examplesDir = join(root, 'examples');
const BLANK_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
// The apps' badge reads `/feeds/demo/mpp.json` (as in the repository's demo): here the demo
// simulator's document at one fixed moment of its opening hours, so the number is known.
const QUEUE_FEED_PATH = '/feeds/demo/mpp.json';
const queueDocument = mppDocument(Date.UTC(2026, 0, 5, 2, 0, 30));
const expectedNumber = queueDocument.services.find(({ id }) => id === 'dukcapil').nowServing;
if (queueDocument.status !== 'open' || !expectedNumber) throw new Error('pick an open moment');
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};
/** How long one browser condition may take: generous, the machine may be loaded. */
const WAIT_MS = 30_000;

const seconds = (start) => ((performance.now() - start) / 1000).toFixed(1);

/** Runs a command, prints its output only when it fails; resolves with the seconds it took. */
function run(command, args, { cwd, env } = {}) {
  const start = performance.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      if (code === 0) return resolvePromise({ seconds: seconds(start), output });
      reject(new Error(`${command} ${args.join(' ')} (in ${cwd}) exited with ${code}:\n${output}`));
    });
  });
}

function exampleApps() {
  const { workspaces } = JSON.parse(readFileSync(join(examplesDir, 'package.json'), 'utf8'));
  const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const unknown = wanted.filter((name) => !workspaces.includes(name));
  if (unknown.length) throw new Error(`not in examples/package.json workspaces: ${unknown}`);
  return workspaces
    .filter((name) => wanted.length === 0 || wanted.includes(name))
    .map((name) => {
      const dir = join(examplesDir, name);
      const { mppExample } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      if (!mppExample?.output === !mppExample?.start) {
        throw new Error(`examples/${name}/package.json: "mppExample" needs "output" or "start"`);
      }
      return { name, dir, path: '/', ...mppExample };
    });
}

/** The tarball `npm publish` would upload, built from the current dist/. */
async function packTarball() {
  if (!existsSync(join(root, 'dist/index.js'))) throw new Error('no dist/: run `npm run build`');
  const destination = mkdtempSync(join(tmpdir(), 'mpp-widgets-pack-'));
  const { output, seconds: took } = await run(
    'npm',
    ['pack', '--json', '--pack-destination', destination],
    { cwd: root },
  );
  const [{ filename }] = JSON.parse(output.slice(output.indexOf('[')));
  return { tarball: join(destination, filename), seconds: took };
}

/**
 * One `npm ci` for every app (the committed lockfile, reproducible), then the tarball on top
 * with `--no-save`: its integrity changes with every build, so it stays out of the lockfile,
 * and its dependencies (lit, valibot, supercluster…) come from its own package.json, as
 * they would for a user — a dependency missing there fails the builds.
 */
async function installDependencies() {
  const { tarball, seconds: pack } = await packTarball();
  const ci = await run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: examplesDir });
  const add = await run('npm', ['install', '--no-save', '--no-audit', '--no-fund', tarball], {
    cwd: examplesDir,
  });
  rmSync(tarball);
  checkInstalledPackage();
  return { pack, ci: ci.seconds, tarball: add.seconds };
}

function checkInstalledPackage() {
  const installed = join(examplesDir, 'node_modules/mpp-widgets');
  if (lstatSync(installed).isSymbolicLink()) throw new Error(`${installed} is a link, not a copy`);
  const { version } = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  const expected = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  if (version !== expected) throw new Error(`installed mpp-widgets ${version}, built ${expected}`);
}

function listen(handler) {
  const server = createServer(handler);
  return new Promise((resolvePromise) =>
    server.listen(0, '127.0.0.1', () => resolvePromise(server)),
  );
}

/** A static file of the app's build output; paths without an extension get index.html. */
function serveStatic(outputDir) {
  return (req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    const relative = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(outputDir, relative);
    if (existsSync(file) && lstatSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) && !extname(relative)) file = join(outputDir, 'index.html');
    if (!existsSync(file)) {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
    res.end(readFileSync(file));
  };
}

/** Everything else goes to the app's own server (`"start"` apps, e.g. Next.js). */
function proxyTo(port) {
  return (req, res) => {
    const upstream = httpRequest(
      { host: '127.0.0.1', port, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      res.statusCode = 502;
      res.end();
    });
    req.pipe(upstream);
  };
}

/** Starts `npm run <start>` in the app's folder on a free port; waits until it answers. */
async function startAppServer(app) {
  const probe = await listen(() => {});
  const { port } = probe.address();
  await new Promise((resolvePromise) => probe.close(resolvePromise));
  // Its own process group, so that npm, its shell and the server stop together.
  const child = spawn('npm', ['run', app.start], {
    cwd: app.dir,
    detached: true,
    env: { ...process.env, PORT: String(port), HOSTNAME: '127.0.0.1' },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const stop = () => {
    try {
      process.kill(-child.pid);
    } catch {
      // already gone
    }
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`http://127.0.0.1:${port}${app.path}`)).ok) return { port, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolvePromise) => setTimeout(resolvePromise, 250));
  }
  stop();
  throw new Error(`examples/${app.name}: \`npm run ${app.start}\` did not answer:\n${output}`);
}

/**
 * The page's origin: the queue feed, blank map tiles (`/tiles/…`), and the app (its build
 * output, or its own server behind a proxy).
 */
async function serveApp(app) {
  const appServer = app.start ? await startAppServer(app) : undefined;
  const serveRest = appServer ? proxyTo(appServer.port) : serveStatic(join(app.dir, app.output));
  const server = await listen((req, res) => {
    if (req.url.startsWith('/tiles/')) {
      res.setHeader('Content-Type', 'image/png');
      res.end(BLANK_PNG);
      return;
    }
    if (req.url.split('?')[0] === QUEUE_FEED_PATH) {
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.setHeader('Cache-Control', 'no-cache');
      res.end(JSON.stringify(queueDocument));
      return;
    }
    serveRest(req, res);
  });
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close() {
      server.closeAllConnections();
      server.close();
      appServer?.stop();
    },
  };
}

// ---- in the page ---------------------------------------------------------------------

/** Text of the elements of a widget's shadow root matching `selector`, or '' while none. */
const shadowText = (page, tag, selector) =>
  page.evaluate(
    (tag, selector) =>
      [...(document.querySelector(tag)?.shadowRoot?.querySelectorAll(selector) ?? [])]
        .map((element) => element.textContent.trim())
        .join('\n'),
    tag,
    selector,
  );

const outputText = (page, id) =>
  page.evaluate((id) => document.getElementById(id)?.textContent?.trim() ?? '', id);

/** Waits until `read()` satisfies `ok`; fails with what was last read. */
async function until(what, read, ok) {
  const deadline = Date.now() + WAIT_MS;
  let last;
  while (Date.now() < deadline) {
    last = await read();
    if (ok(last)) return last;
    await new Promise((resolvePromise) => setTimeout(resolvePromise, 100));
  }
  throw new Error(`${what}: still ${JSON.stringify(last)} after ${WAIT_MS / 1000} s`);
}

const collapse = (text) => text.replace(/\s+/g, ' ');

/** The checks every example app must pass; each returns a line for the report. */
async function checkApp(page) {
  const passed = [];
  const check = async (what, body) => {
    await body();
    passed.push(what);
  };

  await check('Indonesian by default: badge, checklist and finder render their data', async () => {
    await until(
      'badge label',
      () => shadowText(page, 'mpp-queue-badge', '[part="now-serving"]'),
      (text) => /^Sedang dilayani/.test(text),
    );
    await until(
      'badge number',
      () => shadowText(page, 'mpp-queue-badge', '[part="number"]'),
      (text) => text === expectedNumber,
    );
    await until(
      'checklist progress',
      () => shadowText(page, 'mpp-service-checklist', '[part="progress"]'),
      (text) => /^0 dari \d+ dokumen siap/.test(collapse(text)),
    );
    await until(
      'checklist documents',
      () => shadowText(page, 'mpp-service-checklist', '[part="item"]'),
      (text) => text.includes('KTP-el'),
    );
    await until(
      'finder count',
      () => shadowText(page, 'mpp-finder', '[part="count"]'),
      (text) => /^\d+ MPP ditemukan$/.test(collapse(text)),
    );
    await until(
      'finder list',
      () => shadowText(page, 'mpp-finder', '[part="item-name"]'),
      (text) => text.split('\n').every((name) => /^Mal Pelayanan Publik /.test(name)),
    );
  });

  await check('mpp-queue-update reaches the app (the number now served)', async () => {
    await until(
      'app queue output',
      () => outputText(page, 'app-queue'),
      (text) => text === expectedNumber,
    );
  });

  let total = '';
  await check('mpp-checklist-change reaches the app after a real click', async () => {
    const box = await page.$('mpp-service-checklist >>> [part="item"] input[type="checkbox"]');
    await box.click();
    const progress = await until(
      'checklist progress after the click',
      () => shadowText(page, 'mpp-service-checklist', '[part="progress"]'),
      (text) => /^1 dari \d+ dokumen siap/.test(collapse(text)),
    );
    total = /dari (\d+)/.exec(progress)[1];
    await until(
      'app checklist output',
      () => outputText(page, 'app-checklist'),
      (text) => text === `1/${total}`,
    );
  });

  let selectedName = '';
  await check('mpp-select reaches the app after a real click', async () => {
    const nameButton = await page.$('mpp-finder >>> [part="item-name"]');
    selectedName = await nameButton.evaluate((button) => button.textContent.trim());
    await nameButton.click();
    await until(
      'app selected output',
      () => outputText(page, 'app-selected'),
      (text) => text === selectedName,
    );
  });

  await check('the app language switch turns every element into English', async () => {
    await page.select('#app-lang', 'en');
    await until(
      'badge in English',
      () => shadowText(page, 'mpp-queue-badge', '[part="now-serving"]'),
      (text) => /^Now serving/.test(text),
    );
    await until(
      'checklist in English, tick kept',
      () => shadowText(page, 'mpp-service-checklist', '[part="progress"]'),
      (text) => collapse(text).startsWith(`1 of ${total} document`),
    );
    await until(
      'finder in English',
      () => shadowText(page, 'mpp-finder', '[part="count"]'),
      (text) => /^\d+ MPPs? found$/.test(collapse(text)),
    );
    await until(
      'app selected output kept',
      () => outputText(page, 'app-selected'),
      (text) => text === selectedName,
    );
  });
  return passed;
}

/** Opens the app; returns the checks passed and the gzip size of the JavaScript it loaded. */
async function openApp(browser, app, origin) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // The browser asks every origin for a favicon; the apps have none.
    if (message.type() === 'error' && !message.location().url?.endsWith('/favicon.ico')) {
      problems.push(`console error: ${message.text()} ${message.location().url ?? ''}`);
    }
  });
  // Nothing may leave the machine: a request to another origin is a failure, not a hang.
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url().startsWith(origin) || request.url().startsWith('data:')) {
      request.continue();
      return;
    }
    problems.push(`request outside the test server: ${request.url()}`);
    request.abort();
  });
  const scripts = new Map();
  page.on('response', async (response) => {
    const type = response.headers()['content-type'] ?? '';
    if (!type.includes('javascript') || response.status() !== 200) return;
    try {
      scripts.set(response.url(), gzipSync(await response.buffer(), { level: 9 }).length);
    } catch {
      // a response the page no longer holds (navigation); its size is not needed
    }
  });
  try {
    await page.goto(origin + app.path, { waitUntil: 'load' });
    const passed = await checkApp(page);
    if (problems.length) throw new Error(problems.join('\n'));
    const jsGzip = [...scripts.values()].reduce((sum, size) => sum + size, 0);
    return { passed, jsGzip };
  } catch (error) {
    error.message += problems.length ? `\n${problems.join('\n')}` : '';
    throw error;
  } finally {
    await context.close();
  }
}

// ---- main ------------------------------------------------------------------------------

const started = performance.now();
const apps = exampleApps();
if (process.argv.includes('--reuse-install')) {
  checkInstalledPackage();
} else {
  const install = await installDependencies();
  console.log(
    `::: npm pack ${install.pack} s; examples: npm ci ${install.ci} s, tarball ${install.tarball} s`,
  );
}

const results = [];
let failures = 0;
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  for (const app of apps) {
    const result = { app: app.name };
    results.push(result);
    try {
      result.typecheck = (await run('npm', ['run', 'typecheck'], { cwd: app.dir })).seconds;
      result.build = (await run('npm', ['run', 'build'], { cwd: app.dir })).seconds;
      const server = await serveApp(app);
      const browserStart = performance.now();
      try {
        const { passed, jsGzip } = await openApp(browser, app, server.origin);
        result.browser = seconds(browserStart);
        result.jsGzip = `${(jsGzip / 1024).toFixed(1)} kB`;
        console.log(`✓ ${app.name}\n${passed.map((line) => `    ✓ ${line}`).join('\n')}`);
      } finally {
        server.close();
      }
    } catch (error) {
      failures += 1;
      result.failed = true;
      console.log(`✗ ${app.name}\n    ${error.message.replace(/\n/g, '\n    ')}`);
    }
  }
} finally {
  await browser.close();
}
console.log('\napp | typecheck s | build s | browser s | JS loaded (gzip -9)');
for (const r of results) {
  const cells = [r.app, r.typecheck, r.build, r.browser, r.failed ? 'FAILED' : r.jsGzip];
  console.log(cells.map((cell) => cell ?? '—').join(' | '));
}
console.log(`::: examples: ${seconds(started)} s in all`);
process.exit(failures ? 1 : 0);
