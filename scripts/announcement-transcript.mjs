// `npm run transcript`: what a screen reader would hear on the demo page. Opens the demo
// (a running `npm start`, or DEMO_URL) in headless Chromium, records every change of every
// live region (`aria-live`, `role=status|alert`, in the light DOM and in every shadow root)
// for SECONDS seconds of real time, and prints the transcript with a summary: announcements
// per minute, and the same text repeated within 10 s. `-- en` records the English page.
import { launchChromium } from './chromium.mjs';

const base = process.env.DEMO_URL ?? 'http://127.0.0.1:5173/demo/';
const seconds = Number(process.env.SECONDS ?? 60);
const lang = process.argv[2] === 'en' ? 'en' : 'id';

const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1024, height: 900 });
  // Installed before any script of the page runs, so every shadow root is observed.
  await page.evaluateOnNewDocument(() => {
    const heard = [];
    const last = new Map();
    const live = '[aria-live], [role=status], [role=alert]';
    const record = (node) => {
      const start = node instanceof Element ? node : node.parentElement;
      const region = start?.closest(live);
      if (!region || region.getAttribute('aria-live') === 'off') return;
      const text = region.textContent.replace(/\s+/g, ' ').trim();
      if (text === '' || last.get(region) === text) return;
      last.set(region, text);
      heard.push({ at: performance.now(), text });
    };
    const observe = (root) =>
      new MutationObserver((mutations) => mutations.forEach((m) => record(m.target))).observe(
        root,
        { childList: true, subtree: true, characterData: true },
      );
    const attachShadow = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attachShadow.call(this, init);
      observe(root);
      return root;
    };
    observe(document);
    window.__heard = heard;
  });
  await page.goto(`${base}?lang=${lang}`, { waitUntil: 'networkidle2' });
  const start = await page.evaluate(() => performance.now());
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  const heard = await page.evaluate((from) => window.__heard.filter((h) => h.at >= from), start);
  let repeats = 0;
  heard.forEach((entry, i) => {
    const repeated = heard
      .slice(0, i)
      .some((earlier) => earlier.text === entry.text && entry.at - earlier.at < 10_000);
    if (repeated) repeats += 1;
    const time = ((entry.at - start) / 1000).toFixed(1).padStart(5);
    console.log(`${time} s ${repeated ? '(repeat) ' : ''}${entry.text}`);
  });
  const perMinute = Math.round((heard.length * 60) / seconds);
  console.log(
    `\n${heard.length} announcements in ${seconds} s (${perMinute} per minute), ${repeats} repeated within 10 s`,
  );
} finally {
  await browser.close();
}
