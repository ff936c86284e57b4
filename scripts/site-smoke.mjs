// `npm run test:site` (after `npm run build:site`; used by .ci/run): serves `site/` under a
// sub-path, as GitHub Pages serves a project site, with a plain Node HTTP server, and opens every
// page in headless Chromium. Fails on any 404 (a root-relative URL would escape the sub-path),
// any console error, widgets that do not render, a configurator whose badge preview cannot read
// the sample feed, or a Storybook that does not load.
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { launchChromium } from './chromium.mjs';

const ROOT = 'site';
const BASE_PATH = '/some/sub/path/';
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

const missing = [];
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const file = path.startsWith(BASE_PATH)
    ? join(ROOT, normalize(path.slice(BASE_PATH.length)).replace(/^(\.\.[/\\])+/, ''))
    : undefined;
  const target =
    file && statSync(file, { throwIfNoEntry: false })?.isDirectory()
      ? join(file, 'index.html')
      : file;
  if (!target || !statSync(target, { throwIfNoEntry: false })?.isFile()) {
    // The browser asks for /favicon.ico by itself, outside the site (on GitHub Pages the host's).
    if (path !== '/favicon.ico') missing.push(path);
    res.writeHead(404).end();
    return;
  }
  // As GitHub Pages does: any site may read the sample feeds.
  res.writeHead(200, {
    'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream',
    'Access-Control-Allow-Origin': '*',
  });
  res.end(readFileSync(target));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const base = `${origin}${BASE_PATH}`;
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

// Map tiles come from the internet: answered with a blank tile, so that a machine without
// internet reports the site's own errors only.
const BLANK_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

/** Resolves when `predicate` (run in the page) is true; rejects with `what` after 20 s. */
const waitFor = (page, what, predicate, ...args) =>
  page
    .waitForFunction(predicate, { timeout: 20000, polling: 100 }, ...args)
    .catch(() => Promise.reject(new Error(`timed out waiting for ${what}`)));

const widgetsReady = (page, selector, count) =>
  waitFor(
    page,
    `${count} × ${selector} in state "ready"`,
    (selector, count) => {
      const elements = [...document.querySelectorAll(selector)];
      return elements.length === count && elements.every((e) => e.state === 'ready');
    },
    selector,
    count,
  );

/** The site's own pages (home, guides) pass axe; the widgets' pages are tested by npm test. */
async function accessible(page) {
  await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  const violations = await page.evaluate(async () =>
    (await window.axe.run(document)).violations.map(
      ({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
  );
  if (violations.length) throw new Error(`axe: ${violations.join('; ')}`);
}

/** Every same-site link of the page answers 200, and every `#anchor` exists. */
async function linksResolve(page) {
  const hrefs = await page.$$eval('a[href]', (links) => links.map((link) => link.href));
  for (const href of new Set(hrefs)) {
    const url = new URL(href);
    if (url.origin !== origin) continue;
    if (url.hash && url.pathname === new URL(page.url()).pathname) {
      const id = decodeURIComponent(url.hash.slice(1));
      const found = await page.evaluate((id) => Boolean(document.getElementById(id)), id);
      if (!found) throw new Error(`link to a missing anchor ${url.hash}`);
      continue;
    }
    const { status } = await fetch(url);
    if (status !== 200) throw new Error(`link ${url.pathname} answers ${status}`);
  }
}

const pages = [
  ['', async (page) => (await linksResolve(page), accessible(page))],
  [
    'demo/',
    async (page) => {
      await widgetsReady(page, 'mpp-queue-badge', 6);
      await widgetsReady(page, 'mpp-service-checklist', 1);
      await widgetsReady(page, 'mpp-finder', 1);
    },
  ],
  [
    'demo/configurator.html',
    async (page) => {
      await page.click('input[name="tag"][value="mpp-queue-badge"]');
      await page.waitForSelector('.sample-feed');
      await page.click('.sample-feed');
      await widgetsReady(page, '.preview-box mpp-queue-badge', 1);
      const { src, text, snippet } = await page.evaluate(() => ({
        src: document.querySelector('.preview-box mpp-queue-badge').getAttribute('src'),
        text: document.querySelector('.preview-box mpp-queue-badge').shadowRoot.textContent,
        snippet: document.querySelector('.snippet[data-kind="script"] code').textContent,
      }));
      if (src !== `${base}feeds/demo/mpp.json`) throw new Error(`preview reads ${src}`);
      if (!/orang menunggu/.test(text)) throw new Error(`preview badge says ${text}`);
      if (!snippet.includes(`mpp-widgets@${version}/dist/cdn/mpp-widgets.js" integrity="sha384-`))
        throw new Error(`script snippet is ${snippet.split('\n')[0]}`);
    },
  ],
  ['demo/profile-editor.html', (page) => page.waitForSelector('profile-editor .position-pin')],
  ['docs/panduan-webmaster.html', async (page) => (await linksResolve(page), accessible(page))],
  ['docs/webmaster-guide.html', async (page) => (await linksResolve(page), accessible(page))],
  [
    'storybook/index.html',
    async (page) => {
      // The manager lists the stories read from index.json.
      await waitFor(page, 'the Storybook sidebar', () =>
        document.querySelector('#storybook-explorer-menu a, [data-nodetype="story"]'),
      );
    },
  ],
  [
    'storybook/iframe.html?id=elements-mpp-queue-badge--live&viewMode=story',
    (page) => widgetsReady(page, '#storybook-root mpp-queue-badge', 1),
  ],
];

const browser = await launchChromium();
let failed = 0;
try {
  for (const [path, check] of pages) {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      const url = message.location().url ?? '';
      if (message.type() === 'error' && !url.endsWith('/favicon.ico'))
        errors.push(`${message.text()} ${url}`);
    });
    await page.setRequestInterception(true);
    page.on('request', (request) =>
      request.url().startsWith(origin)
        ? request.continue()
        : request.respond({ status: 200, contentType: 'image/png', body: BLANK_PNG }),
    );
    const before = missing.length;
    try {
      await page.goto(base + path, { waitUntil: 'networkidle0' });
      await check(page);
    } catch (error) {
      errors.push(error.message);
    }
    errors.push(...missing.slice(before).map((url) => `404 ${url}`));
    failed += errors.length ? 1 : 0;
    console.log(`${errors.length ? '✗' : '✓'} ${BASE_PATH}${path}`);
    for (const error of errors) console.log(`    ${error}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`${pages.length - failed} passed, ${failed} failed (site served at ${base})`);
process.exit(failed ? 1 : 0);
