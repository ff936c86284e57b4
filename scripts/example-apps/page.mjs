// A Chromium page for an example app that records what would make it fail (page errors,
// console errors, requests leaving the local origin) and the JavaScript it loads.
import { gzipSync } from 'node:zlib';

export { launchChromium } from '../chromium.mjs';

/**
 * Opens `origin + path` in a fresh browser context. `problems` collects failures as they
 * happen; `loadedJsGzip()` is the gzip -9 size of every JavaScript response so far.
 */
export async function openPage(browser, origin, path = '/') {
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
  await page.goto(origin + path, { waitUntil: 'load' });
  return {
    page,
    problems,
    loadedJsGzip: () => [...scripts.values()].reduce((sum, size) => sum + size, 0),
    close: () => context.close(),
  };
}

/** Text of the elements of a widget's shadow root matching `selector`, or '' while none. */
export const shadowText = (page, tag, selector) =>
  page.evaluate(
    (tag, selector) =>
      [...(document.querySelector(tag)?.shadowRoot?.querySelectorAll(selector) ?? [])]
        .map((element) => element.textContent.trim())
        .join('\n'),
    tag,
    selector,
  );

/** How long one browser condition may take: generous, the machine may be loaded. */
const WAIT_MS = 30_000;

/** Waits until `read()` satisfies `ok`; fails with what was last read. */
export async function until(what, read, ok) {
  const deadline = Date.now() + WAIT_MS;
  let last;
  while (Date.now() < deadline) {
    last = await read();
    if (ok(last)) return last;
    await new Promise((resolvePromise) => setTimeout(resolvePromise, 100));
  }
  throw new Error(`${what}: still ${JSON.stringify(last)} after ${WAIT_MS / 1000} s`);
}
