// `npm run screenshots`: README pictures of the demo, taken in headless Chromium from a
// running `npm start` (or DEMO_URL), in Indonesian and English, phone and desktop widths.
import puppeteer from 'puppeteer-core';

const base = process.env.DEMO_URL ?? 'http://127.0.0.1:5173/demo/';
const shots = [
  { name: 'demo-id-desktop', lang: 'id', width: 1024, height: 900 },
  { name: 'demo-en-desktop', lang: 'en', width: 1024, height: 900 },
  { name: 'demo-id-phone', lang: 'id', width: 360, height: 1400 },
  { name: 'demo-en-phone', lang: 'en', width: 360, height: 1400 },
];

/**
 * The finder after a visitor typed "cianjur" and chose the first result. Without internet
 * (as on CI machines) the map tiles are missing; markers, list and attribution still show.
 */
async function finderShot(page, shot) {
  const finder = await page.$('mpp-finder');
  await finder.scrollIntoView();
  await page.waitForFunction(() =>
    document.querySelector('mpp-finder')?.shadowRoot?.querySelector('.leaflet-marker-icon'),
  );
  const search = await page.evaluateHandle((el) => el.shadowRoot.querySelector('input'), finder);
  await search.type('cianjur');
  await page.waitForFunction(
    () => document.querySelector('mpp-finder').shadowRoot.querySelectorAll('.item').length === 2,
  );
  await page.evaluate((el) => el.shadowRoot.querySelector('.item .name').click(), finder);
  await page.waitForFunction(() =>
    document.querySelector('mpp-finder').shadowRoot.querySelector('.mpp-pin.selected'),
  );
  await new Promise((resolve) => setTimeout(resolve, 400));
  const path = `demo/screenshots/finder-${shot.lang}-${shot.width < 600 ? 'phone' : 'desktop'}.png`;
  await finder.screenshot({ path });
  console.log(path);
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  for (const shot of shots) {
    const page = await browser.newPage();
    await page.setViewport({ width: shot.width, height: shot.height });
    await page.goto(`${base}?lang=${shot.lang}`, { waitUntil: 'networkidle2' });
    await page.waitForFunction(() =>
      [...document.querySelectorAll('mpp-queue-badge')].every(
        (b) => b.getAttribute('state') === 'ready',
      ),
    );
    await page.screenshot({ path: `demo/screenshots/${shot.name}.png`, fullPage: true });
    await finderShot(page, shot);
    if (shot.width < 600) {
      // Phone: the passport checklist with one tick, after a reload (ticks are kept).
      const tick = () =>
        page.$eval('mpp-service-checklist', (el) => {
          const box = el.shadowRoot.querySelector('input[data-id="ktp-el"]');
          if (!box.checked) box.click();
        });
      await tick();
      await page.reload({ waitUntil: 'networkidle2' });
      await page.waitForFunction(
        () => document.querySelector('mpp-service-checklist')?.getAttribute('state') === 'ready',
      );
      const checklist = await page.$('mpp-service-checklist');
      await checklist.screenshot({ path: `demo/screenshots/checklist-phone-${shot.lang}.png` });
      await page.emulateMediaType('print');
      await checklist.screenshot({ path: `demo/screenshots/checklist-print-${shot.lang}.png` });
      await page.emulateMediaType('screen');
      console.log(
        `demo/screenshots/checklist-phone-${shot.lang}.png, checklist-print-${shot.lang}.png`,
      );
    }
    console.log(`demo/screenshots/${shot.name}.png`);
    if (shot.width > 600) {
      // The badge alone, both variants, for the README.
      const checklist = await page.$('mpp-service-checklist');
      await checklist.screenshot({ path: `demo/screenshots/checklist-${shot.lang}.png` });
      console.log(`demo/screenshots/checklist-${shot.lang}.png`);
      for (const [variant, selector] of [
        ['full', '#sse + mpp-queue-badge'],
        ['compact', 'mpp-queue-badge[service="dukcapil"]'],
      ]) {
        const element = await page.$(selector);
        const path = `demo/screenshots/badge-${variant}-${shot.lang}.png`;
        await element.screenshot({ path });
        console.log(path);
      }
    }
    await page.close();
  }
  // The snippet configurator, with a province chosen (finder preview) — desktop and phone.
  for (const [lang, width] of [
    ['id', 1100],
    ['en', 360],
  ]) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900 });
    await page.goto(`${base}configurator.html?lang=${lang}`, { waitUntil: 'networkidle2' });
    await page.select('snippet-configurator select[name="province"]', '32');
    await page.waitForFunction(
      () => document.querySelector('.preview-box mpp-finder')?.getAttribute('state') === 'ready',
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    const path = `demo/screenshots/configurator-${lang}-${width < 600 ? 'phone' : 'desktop'}.png`;
    await page.screenshot({ path, fullPage: width > 600 });
    console.log(path);
    await page.close();
  }
} finally {
  await browser.close();
}
