// Used by .ci/run: `npm start` answers with the demo pages, their loader and the simulated feeds,
// and the pages load in headless Chromium without console errors.
import { launchChromium } from './chromium.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:5173';
const checks = [
  ['/demo/', '<mpp-queue-badge'],
  ['/demo/', '<mpp-finder'],
  ['/demo/configurator.html', '<snippet-configurator'],
  ['/demo/configurator.html', 'profile-editor.html'],
  ['/demo/profile-editor.html', '<profile-editor'],
  ['/demo/profile-editor/profile-editor.ts', 'customElements.define'],
  ['/src/cdn.ts', 'mpp-queue-badge'],
  ['/feeds/demo/mpp.json', '"services"'],
  ['/feeds/demo/siola.json', '"servingQueues"'],
];

async function waitForServer() {
  for (let attempt = 0; attempt < 60; attempt += 1) {
    try {
      if ((await fetch(`${base}/demo/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${base} did not answer within 30 s`);
}

await waitForServer();
let failed = 0;
for (const [path, expected] of checks) {
  const text = await (await fetch(base + path)).text();
  const ok = text.includes(expected);
  failed += ok ? 0 : 1;
  console.log(`${ok ? '✓' : '✗'} ${path} contains ${expected}`);
}

// Map tiles come from the internet: answered here with a blank tile, so that a machine without
// internet reports the pages' own errors only.
const BLANK_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const pages = [
  ['/demo/configurator.html', 'snippet-configurator .snippet'],
  ['/demo/profile-editor.html', 'profile-editor .position-pin'],
];
const browser = await launchChromium();
try {
  for (const [path, ready] of pages) {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      const url = message.location().url ?? '';
      // Before `npm run build` there is no loader hash (the tools say so on the page); the
      // favicon is the browser's own request.
      if (url.endsWith('/dist/cdn/integrity.json') || url.endsWith('/favicon.ico')) return;
      if (message.type() === 'error') errors.push(`${message.text()} ${url}`);
    });
    await page.setRequestInterception(true);
    page.on('request', (request) =>
      request.url().startsWith(base)
        ? request.continue()
        : request.respond({ status: 200, contentType: 'image/png', body: BLANK_PNG }),
    );
    await page.goto(base + path, { waitUntil: 'networkidle0' });
    await page.waitForSelector(ready, { timeout: 15000 });
    const ok = errors.length === 0;
    failed += ok ? 0 : 1;
    console.log(`${ok ? '✓' : '✗'} ${path} loads without console errors`);
    for (const error of errors) console.log(`    ${error}`);
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`${checks.length + pages.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
