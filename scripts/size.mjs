// `npm run size`: gzip (-9) and brotli sizes of every built file, and of all the JavaScript a
// real Chromium page downloads when it uses only one element through the CDN script tag.
// Run after `npm run build`. `--json FILE` also writes the figures for the README/CI.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';

/** All JS a page using only this element downloads, gzip bytes (shared/toolchain.md). */
const BUDGETS = { 'mpp-queue-badge': 10 * 1024, 'mpp-service-checklist': 12 * 1024 };
const PAGES = {
  'mpp-queue-badge': '<mpp-queue-badge src="/feed.json"></mpp-queue-badge>',
  // With its own catalogue: the bundled one is a separate chunk, reported in the file table.
  'mpp-service-checklist':
    '<mpp-service-checklist service="x" src="/catalog.json"></mpp-service-checklist>',
};

const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;
const brotli = (buffer) =>
  brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kB = (bytes) => `${(bytes / 1024).toFixed(2)} kB`;

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

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
    const tag = url.pathname.slice('/page/'.length);
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

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
const results = {};
const pageRows = [];
let overBudget = false;
try {
  for (const tag of Object.keys(PAGES)) {
    const page = await browser.newPage();
    const scripts = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response);
    });
    await page.goto(`${origin}/page/${tag}`, { waitUntil: 'networkidle0' });
    await page.waitForFunction((name) => customElements.get(name), {}, tag);
    let [gz, br, count] = [0, 0, 0];
    for (const response of scripts) {
      const buffer = await response.buffer();
      gz += gzip(buffer);
      br += brotli(buffer);
      count += 1;
    }
    const budget = BUDGETS[tag];
    const ok = gz <= budget;
    overBudget ||= !ok;
    results[tag] = { files: count, gzip: gz, brotli: br, budget };
    pageRows.push([`<${tag}>`, count, kB(gz), kB(br), `${kB(budget)} ${ok ? '✓' : '✗ over'}`]);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(
  `A page using only one element (CDN script tag), all JavaScript it downloads\n\n${table(pageRows, ['page uses', 'JS files', 'gzip', 'brotli', 'budget (gzip)'])}\n`,
);
const jsonAt = process.argv.indexOf('--json');
if (jsonAt > 0) writeFileSync(process.argv[jsonAt + 1], `${JSON.stringify(results, null, 2)}\n`);
if (process.argv.includes('--check') && overBudget) {
  console.error('Over budget.');
  process.exit(1);
}
