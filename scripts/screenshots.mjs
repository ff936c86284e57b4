// `npm run screenshots`: README pictures of the demo, taken in headless Chromium from a
// running `npm start` (or DEMO_URL), in Indonesian and English, phone and desktop widths.
// `npm run screenshots -- profile-editor` takes the profile editor's picture only,
// `npm run screenshots -- checklist` the checklist's phone, print and dark-page pictures,
// `npm run screenshots -- finder-a11y` the finder's keyboard and forced-colours pictures,
// `npm run screenshots -- fit` the sidebar finder and the dark theme.
import { launchChromium } from './chromium.mjs';

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

const browser = await launchChromium();
const only = process.argv[2];

/**
 * The profile editor on a phone, in Indonesian: Cianjur's hours filled in day by day (lunch
 * break, Friday prayer break, Christmas Eve), written as opening_hours and read back in words.
 */
async function profileEditorShot() {
  // An Indonesian browser: time and date fields as officers see them (24-hour clock).
  const indonesian = await launchChromium({
    extraArgs: ['--lang=id-ID'],
    env: { ...process.env, LANG: 'id_ID.UTF-8', LANGUAGE: 'id', LC_ALL: 'id_ID.UTF-8' },
  });
  const page = await indonesian.newPage();
  await page.setViewport({ width: 360, height: 900 });
  await page.goto(`${base}profile-editor.html?lang=id&mpp=mpp-3203`, { waitUntil: 'networkidle2' });
  await page.evaluate(async () => {
    const editor = document.querySelector('profile-editor');
    const press = async (label, within = 'profile-editor') => {
      [...document.querySelectorAll(`${within} button`)]
        .find(
          (button) =>
            button.textContent.trim() === label || button.textContent.trim().startsWith(label),
        )
        .click();
      await editor.updateComplete;
    };
    const set = async (selector, value) => {
      const input = document.querySelector(selector);
      if (typeof value === 'boolean') input.checked = value;
      else input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await editor.updateComplete;
    };
    await press('Isi jam layanan');
    await set('[name="day-0-0-end"]', '12:00');
    await press('Tambah jam', '.day[data-day="0"]');
    for (const day of [1, 2, 3]) await press('Samakan dengan', `.day[data-day="${day}"]`);
    await set('[name="day-4-0-end"]', '11:30');
    await press('Tambah jam', '.day[data-day="4"]');
    await set('[name="day-4-1-start"]', '13:30');
    await press('Tambah tanggal');
    await set('[name="date-0-from"]', '2026-12-24');
    await set('[name="date-0-closed"]', false);
    await set('[name="date-0-0-end"]', '12:00');
  });
  const hours = await page.$('profile-editor fieldset.hours');
  await hours.screenshot({ path: 'demo/screenshots/profile-editor-id-phone.png' });
  console.log('demo/screenshots/profile-editor-id-phone.png');
  await indonesian.close();
}

/**
 * The passport checklist on a phone with one tick, after a reload (ticks are kept); printed;
 * and on a host page with a dark colour scheme (the checkboxes must not look ticked).
 */
async function checklistPhoneShots(page, lang) {
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
  await checklist.screenshot({ path: `demo/screenshots/checklist-phone-${lang}.png` });
  await page.emulateMediaType('print');
  await checklist.screenshot({ path: `demo/screenshots/checklist-print-${lang}.png` });
  await page.emulateMediaType('screen');
  // A dark host page: the page's colour scheme and background, the checklist as it is.
  const area = await page.evaluate(() => {
    Object.assign(document.documentElement.style, {
      colorScheme: 'dark',
      background: '#121212',
      color: '#e8e8e8',
    });
    const { left, top, width } = document
      .querySelector('mpp-service-checklist')
      .getBoundingClientRect();
    return { x: left + scrollX, y: top + scrollY, width };
  });
  const margin = 12;
  await page.screenshot({
    path: `demo/screenshots/checklist-dark-page-${lang}.png`,
    captureBeyondViewport: true,
    clip: {
      x: Math.max(0, area.x - margin),
      y: area.y - margin,
      width: area.width + 2 * margin,
      height: 900,
    },
  });
  console.log(`demo/screenshots/checklist-{phone,print,dark-page}-${lang}.png`);
}

/**
 * The finder on a 360 px phone as keyboard users meet it: "Lewati peta" focused before the
 * map (Indonesian), a pin chosen with Enter and still focused (English); and with Windows'
 * contrast colours forced (pins, clusters and the selection in system colours).
 */
async function finderAccessShots() {
  const open = async (lang, forced) => {
    const page = await browser.newPage();
    await page.setViewport({ width: 360, height: 900 });
    if (forced) {
      // Through CDP: puppeteer's emulateMediaFeatures does not accept `forced-colors`.
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: 'active' }],
      });
    }
    await page.goto(`${base}?lang=${lang}`, { waitUntil: 'networkidle2' });
    const finder = await page.$('mpp-finder');
    await finder.scrollIntoView();
    await page.waitForFunction(() =>
      document.querySelector('mpp-finder')?.shadowRoot?.querySelector('.mpp-pin, .mpp-cluster'),
    );
    return { page, finder };
  };
  // The top of the finder (controls, map, first results): the whole list is 20 cards long.
  const save = async (element, path) => {
    await new Promise((resolve) => setTimeout(resolve, 400)); // tiles that will not come
    const { width, height } = await element.boundingBox();
    await element.screenshot({ path, clip: { x: 0, y: 0, width, height: Math.min(height, 760) } });
    console.log(path);
  };
  {
    const { page, finder } = await open('id', false);
    await page.evaluate((el) => el.shadowRoot.querySelector('select').focus(), finder);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab'); // from the province: "near me", then the skip link
    await save(finder, 'demo/screenshots/finder-keyboard-id-phone.png');
    await page.close();
  }
  for (const [lang, forced, query, path] of [
    ['en', false, 'bandung', 'demo/screenshots/finder-keyboard-en-phone.png'],
    ['id', true, 'jawa barat', 'demo/screenshots/finder-forced-colors.png'],
  ]) {
    const { page, finder } = await open(lang, forced);
    // A search, then a pin chosen with Enter (in forced colours, the focus then on the next).
    await page.evaluate((el) => el.shadowRoot.querySelector('input').focus(), finder);
    await page.keyboard.type(query);
    await page.waitForFunction(
      (count) =>
        document.querySelector('mpp-finder').shadowRoot.querySelectorAll('.item').length === count,
      {},
      query === 'bandung' ? 3 : 20,
    );
    await new Promise((resolve) => setTimeout(resolve, 800)); // the map follows typing later
    await page.waitForFunction(() =>
      document.querySelector('mpp-finder').shadowRoot.querySelector('.mpp-pin'),
    );
    await page.evaluate((el) => el.shadowRoot.querySelector('.mpp-pin').focus(), finder);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      document.querySelector('mpp-finder').shadowRoot.querySelector('.mpp-pin.selected'),
    );
    if (forced) await page.keyboard.press('Tab');
    await save(finder, path);
    await page.close();
  }
}

/**
 * Where the elements are put: a finder in a 300 px sidebar with a height (list only, five
 * results, the link to the full page), and the three elements with `theme="dark"` on a dark
 * page — on a desktop and on a 360 px phone, in both languages.
 */
async function fitShots() {
  const build = (lang, width, content, pageStyle) =>
    (async () => {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 900 });
      await page.goto(`${base}?lang=${lang}`, { waitUntil: 'networkidle2' });
      await page.evaluate(
        (markup, style) => {
          document.body.innerHTML = markup;
          Object.assign(document.documentElement.style, style);
          window.scrollTo(0, 0);
        },
        content,
        pageStyle,
      );
      return page;
    })();
  const settled = (page, selectors) =>
    page.waitForFunction(
      (list) =>
        list.every(
          (selector) => document.querySelector(selector)?.getAttribute('state') === 'ready',
        ),
      {},
      selectors,
    );
  // On a phone the sidebar falls below the article, as wide as the screen.
  const sidebar = (
    width,
  ) => `<aside id="shot" style="inline-size: ${width}; padding: 12px; font-family: system-ui, sans-serif">
      <mpp-finder near-me max-results="5" all-url="https://mpp.example.go.id/lokasi"
        style="block-size: 560px"></mpp-finder>
    </aside>`;
  for (const [lang, width] of [
    ['id', 1024],
    ['en', 1024],
    ['id', 360],
    ['en', 360],
  ]) {
    const phone = width < 600;
    const page = await build(lang, width, sidebar(phone ? 'auto' : '300px'), {});
    await settled(page, ['mpp-finder']);
    if (phone) {
      await page.waitForFunction(() =>
        document.querySelector('mpp-finder').shadowRoot.querySelector('.mpp-pin, .mpp-cluster'),
      );
      await new Promise((resolve) => setTimeout(resolve, 400)); // tiles that will not come
    }
    const path = `demo/screenshots/finder-sidebar-${lang}${phone ? '-phone' : ''}.png`;
    await (await page.$('#shot')).screenshot({ path });
    console.log(path);
    await page.close();
  }
  const dark = `<div id="shot" style="display: grid; gap: 16px; padding: 16px; font-family: system-ui, sans-serif">
      <mpp-queue-badge theme="dark" src="/feeds/demo/mpp.json" variant="full" interval="5"></mpp-queue-badge>
      <mpp-finder theme="dark" query="cianjur" selected="mpp-3203" height="420px"></mpp-finder>
      <mpp-service-checklist theme="dark" service="ktp-el-baru" no-persist></mpp-service-checklist>
    </div>`;
  const darkPage = { colorScheme: 'dark', background: '#121212', color: '#e8e8e8' };
  for (const [lang, width] of [
    ['id', 1024],
    ['en', 1024],
    ['id', 360],
    ['en', 360],
  ]) {
    const page = await build(lang, width, dark, darkPage);
    await settled(page, ['mpp-queue-badge', 'mpp-service-checklist', 'mpp-finder']);
    // One requirement ticked: ticked and unticked boxes side by side.
    await page.$eval('mpp-service-checklist', (el) =>
      el.shadowRoot.querySelector('input[type="checkbox"]').click(),
    );
    await page.$eval('mpp-finder', (el) => el.scrollIntoView());
    await page.waitForFunction(() =>
      document.querySelector('mpp-finder').shadowRoot.querySelector('.mpp-pin.selected'),
    );
    await new Promise((resolve) => setTimeout(resolve, 400)); // tiles that will not come
    const path = `demo/screenshots/theme-dark-${lang}-${width < 600 ? 'phone' : 'desktop'}.png`;
    const shot = await page.$('#shot');
    const { width: shotWidth, height } = await shot.boundingBox();
    // A phone's picture ends inside the checklist (its sources are long).
    const clip = { x: 0, y: 0, width: shotWidth, height: Math.min(height, 2200) };
    await shot.screenshot({ path, clip });
    console.log(path);
    await page.close();
  }
}

try {
  if (only === 'fit') await fitShots();
  // `npm run screenshots -- checklist`: the checklist's phone pictures only.
  for (const lang of only === 'checklist' ? ['id', 'en'] : []) {
    const page = await browser.newPage();
    await page.setViewport({ width: 360, height: 1400 });
    await page.goto(`${base}?lang=${lang}`, { waitUntil: 'networkidle2' });
    await checklistPhoneShots(page, lang);
    await page.close();
  }
  if (only === 'finder-a11y') await finderAccessShots();
  // `-- finder`: the finder's pictures of the shots below, nothing else.
  for (const shot of only === 'finder' ? shots : only ? [] : shots) {
    const page = await browser.newPage();
    await page.setViewport({ width: shot.width, height: shot.height });
    await page.goto(`${base}?lang=${shot.lang}`, { waitUntil: 'networkidle2' });
    if (only === 'finder') {
      await finderShot(page, shot);
      await page.close();
      continue;
    }
    await page.waitForFunction(() =>
      [...document.querySelectorAll('mpp-queue-badge')].every(
        (b) => b.getAttribute('state') === 'ready',
      ),
    );
    await page.screenshot({ path: `demo/screenshots/${shot.name}.png`, fullPage: true });
    await finderShot(page, shot);
    if (shot.width < 600) await checklistPhoneShots(page, shot.lang);
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
  for (const [lang, width] of only
    ? []
    : [
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
  if (!only || only === 'profile-editor') await profileEditorShot();
} finally {
  await browser.close();
}
