// Where the keyboard focus goes after each action of the finder, and what a screen reader
// hears: never <body>, each outcome announced once.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../test-support/setup.js';
import { configureFeed, feedUrl, uniqueFeedName, until } from '../test-support/feeds.js';
import {
  BUNDLED_COUNT,
  finderFixture,
  LOCAL_TILES,
  ready,
  served,
  threeZones,
} from '../test-support/finder.js';
import type { MppFinder } from './finder.js';

/** Every text the finder's live region took while the test ran (empty states left out). */
function liveTranscript(finder: MppFinder): string[] {
  const spoken: string[] = [];
  const region = finder.shadowRoot!.querySelector('[role="status"]')!;
  new MutationObserver(() => {
    const text = (region.textContent ?? '').trim();
    if (text) spoken.push(text);
  }).observe(region, { childList: true, characterData: true, subtree: true });
  return spoken;
}

const focused = (finder: MppFinder) => finder.shadowRoot!.activeElement;
const describe_ = (element: Element | null) =>
  element ? element.outerHTML.slice(0, 120) : String(element);

/** The focus is inside the finder on `expected` (and so not on <body>). */
function expectFocusOn(finder: MppFinder, expected: Element | null, what: string) {
  expect(document.activeElement, `${what}: document focus`).to.equal(finder);
  expect(describe_(focused(finder)), what).to.equal(describe_(expected));
  expect(focused(finder) === expected, what).to.equal(true);
}

const nearMeButton = (finder: MppFinder) =>
  finder.shadowRoot!.querySelector<HTMLButtonElement>('button.near-me')!;

describe('<mpp-finder> focus: near me', () => {
  const realGetPosition = navigator.geolocation.getCurrentPosition;
  afterEach(async () => {
    navigator.geolocation.getCurrentPosition = realGetPosition;
    await executeServerCommand('emulate-geolocation', { latitude: 0, longitude: 0 });
  });

  it('keeps the focus on the button while asking and after a position; says the nearest once', async () => {
    const finder = await finderFixture({
      'near-me': true,
      'no-map': true,
      src: await served(threeZones),
    });
    await ready(finder);
    await executeServerCommand('emulate-geolocation', { latitude: -2.6, longitude: 140.6 });
    const spoken = liveTranscript(finder);
    const button = nearMeButton(finder);
    const attributes: string[] = [];
    new MutationObserver(() =>
      attributes.push(`${button.hasAttribute('disabled')}:${button.getAttribute('aria-disabled')}`),
    ).observe(button, { attributes: true });
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => spoken.length > 0, 5000, 'the outcome to be announced');
    expect(attributes, 'never disabled; aria-disabled while asking').to.include('false:true');
    expect(attributes.some((state) => state.startsWith('true'))).to.equal(false);
    expectFocusOn(finder, button, 'after the position was found');
    expect(spoken).to.deep.equal([
      'Diurutkan dari yang terdekat. Terdekat: Mal Pelayanan Publik Kota Jayapura, ' +
        spoken[0].split('Jayapura, ')[1],
    ]);
    expect(spoken[0]).to.match(/, [\d,]+ km dari Anda\.$/);
  });

  it('keeps the focus on the button when permission is denied, and says so once', async () => {
    const finder = await finderFixture({ 'near-me': true, 'no-map': true, lang: 'en' });
    await ready(finder);
    await executeServerCommand('emulate-geolocation', { denied: true });
    const spoken = liveTranscript(finder);
    const button = nearMeButton(finder);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => spoken.length > 0, 5000, 'the denial to be announced');
    expectFocusOn(finder, button, 'after the denial');
    const message = 'Location permission was denied. You can still search by name or region.';
    expect(spoken).to.deep.equal([message]);
    expect(finder.shadowRoot!.querySelector('.position-problem')!.textContent!.trim()).to.equal(
      message,
    );
    // Not also an alert: the region says it, once.
    expect(finder.shadowRoot!.querySelectorAll('[role="alert"]')).to.have.length(0);
  });

  it('keeps the focus on the button through a timeout, ignores presses while asking, and says so once', async () => {
    let answer!: (error: GeolocationPositionError) => void;
    let asked = 0;
    navigator.geolocation.getCurrentPosition = (_found, failed) => {
      asked += 1;
      answer = failed!;
    };
    const finder = await finderFixture({ 'near-me': true, 'no-map': true });
    await ready(finder);
    const spoken = liveTranscript(finder);
    const button = nearMeButton(finder);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => button.getAttribute('aria-disabled') === 'true', 2000, 'asking');
    expect(button.textContent!.trim()).to.equal('Mencari lokasi Anda…');
    expectFocusOn(finder, button, 'while asking');
    await sendKeys({ press: 'Enter' }); // a second press while asking asks nothing more
    expect(asked).to.equal(1);
    answer({ code: 3, PERMISSION_DENIED: 1, TIMEOUT: 3 } as GeolocationPositionError);
    await until(() => spoken.length > 0, 5000, 'the timeout to be announced');
    expectFocusOn(finder, button, 'after the timeout');
    expect(button.getAttribute('aria-disabled')).to.equal('false');
    expect(spoken).to.deep.equal([
      'Lokasi Anda tidak dapat ditentukan. Coba lagi, atau cari berdasarkan nama atau wilayah.',
    ]);
  });
});

describe('<mpp-finder> focus: show more', () => {
  it('moves the focus to the first new result, also on the last page, and says how many were added', async () => {
    const finder = await finderFixture({ 'no-map': true });
    await ready(finder);
    const spoken = liveTranscript(finder);
    const more = () => finder.shadowRoot!.querySelector<HTMLButtonElement>('.more');
    const nameOf = (index: number) =>
      finder.shadowRoot!.querySelectorAll('[part~="item-name"]')[index];
    more()!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => focused(finder) === nameOf(20), 3000, 'focus on result 21');
    expectFocusOn(finder, nameOf(20), 'after one "show more"');
    await until(() => spoken.length === 1, 3000, 'the announcement');
    expect(spoken).to.deep.equal(['20 MPP lagi ditampilkan']);
    // Every bundled MPP: pages of 20, then the rest, after which the button is gone.
    const lastPage = Math.floor((BUNDLED_COUNT - 1) / 20) * 20;
    const rest = `${BUNDLED_COUNT - lastPage} MPP lagi ditampilkan`;
    for (let shown = 40; shown < BUNDLED_COUNT; shown += 20) {
      more()!.click();
      await until(() => focused(finder) === nameOf(shown), 3000, `focus on result ${shown + 1}`);
    }
    expect(more(), 'no button after the last page').to.equal(null);
    expectFocusOn(finder, nameOf(lastPage), 'after the last page');
    await until(() => spoken.at(-1) === rest, 3000, 'the last count');
    expect(spoken.filter((text) => text === rest)).to.have.length(1);
    expect(finder.shadowRoot!.querySelectorAll('.item')).to.have.length(BUNDLED_COUNT);
  });
});

describe('<mpp-finder> focus: try again', () => {
  it('keeps the focus in the finder while reloading, then on the results', async () => {
    const name = uniqueFeedName('retry-focus');
    await configureFeed(name, { status: 500 });
    const finder = await finderFixture({ 'no-map': true, src: feedUrl(name) });
    await until(() => finder.state === 'error');
    await configureFeed(name, { status: 200, body: threeZones, delayMs: 600 });
    finder.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => finder.state === 'loading', 2000, 'loading');
    await finder.updateComplete;
    expectFocusOn(finder, finder.shadowRoot!.querySelector('.skeleton'), 'while loading');
    expect(finder.shadowRoot!.querySelector('.skeleton')!.textContent!.trim()).to.equal('Memuat…');
    await until(() => finder.state === 'ready', 5000, 'ready');
    await finder.updateComplete;
    const count = finder.shadowRoot!.querySelector('[part~="count"]');
    expectFocusOn(finder, count, 'once loaded');
    expect(count!.textContent!.trim()).to.equal('3 MPP ditemukan');
  });

  it('puts the focus on the new "try again" when it fails again', async () => {
    const name = uniqueFeedName('retry-focus-again');
    await configureFeed(name, { status: 500, delayMs: 400 });
    const finder = await finderFixture({ 'no-map': true, src: feedUrl(name), lang: 'en' });
    await until(() => finder.state === 'error');
    finder.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => finder.state === 'loading', 2000, 'loading');
    await until(() => finder.state === 'error', 5000, 'the error again');
    await finder.updateComplete;
    expectFocusOn(
      finder,
      finder.shadowRoot!.querySelector('[part~="retry-button"]'),
      'after failing again',
    );
  });
});

describe('<mpp-finder> focus: choosing on the map', () => {
  it('keeps the focus on the pin and the page where it is (Enter, Space, click; phone width)', async () => {
    // A phone: the list flows with the page below the map; the chosen MPP (far down the list,
    // drawn at its end) must not pull the page there.
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 360px">
        <mpp-finder center="-6.9,107.6" zoom="13" tile-url=${LOCAL_TILES}></mpp-finder>
      </div>`,
    );
    const finder = wrapper.querySelector('mpp-finder')!;
    const pins = () => [...finder.shadowRoot!.querySelectorAll<HTMLElement>('.mpp-pin')];
    await until(() => pins().length > 0, 10000, 'pins');
    finder.shadowRoot!.querySelector('.map')!.scrollIntoView({ block: 'start' });
    const scrolled = window.scrollY;
    for (const key of ['Enter', ' ', 'a real click']) {
      finder.selected = '';
      await until(() => pins().some((marker) => marker.getAttribute('aria-pressed') === 'false'));
      const pin = pins().find((marker) => marker.getAttribute('aria-pressed') === 'false')!;
      const name = pin.getAttribute('aria-label')!;
      if (key === 'a real click') {
        const { left, top, width, height } = pin.getBoundingClientRect();
        await sendMouse({
          type: 'click',
          position: [Math.round(left + width / 2), Math.round(top + height / 3)],
        });
      } else {
        pin.focus();
        await sendKeys({ press: key === ' ' ? 'Space' : key });
      }
      await until(() => pin.getAttribute('aria-pressed') === 'true', 3000, `${key}: selected`);
      await finder.updateComplete;
      expectFocusOn(finder, pin, `${key}: the focus stays on the pin`);
      expect(window.scrollY, `${key}: the page did not move`).to.equal(scrolled);
      const item = finder.shadowRoot!.querySelector(`[data-id="${finder.selected}"]`)!;
      expect(item.classList.contains('selected')).to.equal(true);
      expect(item.querySelector('[part~="item-name"]')!.getAttribute('aria-pressed')).to.equal(
        'true',
      );
      expect(`${name} (dipilih)`).to.equal(pin.getAttribute('aria-label'));
    }
  });
});
