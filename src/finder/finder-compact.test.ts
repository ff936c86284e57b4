// A finder that fits where it is put: a 300 px sidebar with a height, `max-results`,
// `all-url`, and the list-only layout below `map-min-width`.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../test-support/setup.js';
import { expectAccessible } from '../test-support/axe.js';
import { errorsDuring, shadowText } from '../test-support/dom.js';
import { until } from '../test-support/feeds.js';
import { BUNDLED_COUNT, LOCAL_TILES, ready, served, threeZones } from '../test-support/finder.js';
import type { MppFinder } from './finder.js';

/** A finder in a sidebar `width` px wide; `style` goes on the finder itself. */
async function inSidebar(attributes: string, style = '', width = 300): Promise<MppFinder> {
  const sidebar = await fixture<HTMLElement>(html`<aside></aside>`);
  sidebar.style.inlineSize = `${width}px`;
  sidebar.innerHTML = `<mpp-finder tile-url="${LOCAL_TILES}" style="${style}" ${attributes}></mpp-finder>`;
  const finder = sidebar.querySelector('mpp-finder')!;
  await ready(finder);
  await finder.updateComplete;
  return finder;
}

const root = (finder: MppFinder) => finder.shadowRoot!;
const results = (finder: MppFinder) => root(finder).querySelector<HTMLElement>('.results')!;
const itemCount = (finder: MppFinder) => root(finder).querySelectorAll('[part~="item"]').length;
const moreButton = (finder: MppFinder) => root(finder).querySelector<HTMLElement>('.more');

describe('<mpp-finder> in a 300 px sidebar', () => {
  for (const [how, style] of [
    ['height on the element', 'height: 420px'],
    ['--mpp-finder-height', '--mpp-finder-height: 420px'],
  ]) {
    for (const lang of ['id', 'en']) {
      it(`stays within a ${how}; the list scrolls inside, the focus stays in view (${lang})`, async () => {
        const finder = await inSidebar(`lang="${lang}"`, style);
        const host = finder.getBoundingClientRect();
        const base = root(finder).querySelector('[part~="base"]')!.getBoundingClientRect();
        expect(host.width).to.equal(300);
        expect(Math.round(host.height)).to.equal(420);
        expect(base.top).to.be.at.least(host.top);
        expect(base.bottom).to.be.at.most(host.bottom + 0.5);
        // Only the list scrolls (20 results of the national list do not fit).
        const list = results(finder);
        expect(list.scrollHeight).to.be.greaterThan(list.clientHeight + 500);
        // Tab through the results: each focused name is scrolled into the list's view.
        root(finder).querySelector<HTMLElement>('[part~="item-name"]')!.focus();
        for (let step = 0; step < 12; step++) await sendKeys({ press: 'Tab' });
        const active = root(finder).activeElement!;
        expect(active.closest('.results')).to.equal(list);
        expect(list.scrollTop).to.be.greaterThan(0);
        const shown = list.getBoundingClientRect();
        const focusedBox = active.getBoundingClientRect();
        expect(focusedBox.top).to.be.at.least(shown.top);
        expect(focusedBox.bottom).to.be.at.most(shown.bottom);
        // The page did not grow with the list.
        expect(finder.getBoundingClientRect().height).to.equal(host.height);
        await expectAccessible(finder);
      });
    }
  }

  it('without a height, grows with its list as on a phone', async () => {
    const finder = await inSidebar('max-results="3" src="' + (await served(threeZones)) + '"');
    const list = results(finder);
    expect(list.scrollHeight).to.be.at.most(list.clientHeight + 1);
    expect(finder.getBoundingClientRect().height).to.be.greaterThan(300);
  });

  it('has no map below map-min-width, and one from that width on', async () => {
    const narrow = await inSidebar('');
    expect(root(narrow).querySelector('[part~="map"]')).to.equal(null);
    expect(root(narrow).querySelector('.finder')!.classList.contains('view-list')).to.equal(true);
    const widened = await inSidebar('map-min-width="280"');
    await until(() => !!root(widened).querySelector('[part~="map"]'), 5000, 'map area');
  });

  it('takes the map away when it becomes narrow and gives it back when wide again', async () => {
    const finder = await inSidebar('', '', 800);
    finder.scrollIntoView();
    await until(() => !!root(finder).querySelector('.leaflet-marker-icon'), 10000, 'map');
    finder.parentElement!.style.inlineSize = '300px';
    await until(() => !root(finder).querySelector('[part~="map"]'), 5000, 'map removed');
    finder.parentElement!.style.inlineSize = '800px';
    await until(() => !!root(finder).querySelector('.leaflet-marker-icon'), 10000, 'map again');
  });

  it('reports an invalid map-min-width or max-results and uses the default', async () => {
    let finder!: MppFinder;
    const errors = await errorsDuring(async () => {
      finder = await inSidebar('map-min-width="-5" max-results="lots"');
    });
    expect(errors.map(({ code }) => code)).to.deep.equal(['attribute', 'attribute']);
    expect(finder.mapMinWidth).to.equal(0);
    expect(finder.maxResults).to.equal(20);
    expect(itemCount(finder)).to.equal(20);
  });
});

describe('<mpp-finder max-results>', () => {
  for (const lang of ['id', 'en']) {
    it(`shows that many results; "show more" adds as many, by keyboard (${lang})`, async () => {
      const finder = await inSidebar(`max-results="3" lang="${lang}"`);
      expect(itemCount(finder)).to.equal(3);
      const more = moreButton(finder)!;
      expect(shadowText(finder, '.more')).to.equal(
        lang === 'en' ? `Show ${BUNDLED_COUNT - 3} more` : `Tampilkan ${BUNDLED_COUNT - 3} lagi`,
      );
      more.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => itemCount(finder) === 6, 3000, 'six results');
      // The focus goes to the first new result, as with the default paging.
      const fourth = root(finder).querySelectorAll('[part~="item-name"]')[3];
      await until(() => root(finder).activeElement === fourth, 3000, 'focus on the 4th');
      // Space works too, from the button.
      moreButton(finder)!.focus();
      await sendKeys({ press: 'Space' });
      await until(() => itemCount(finder) === 9, 3000, 'nine results');
    });
  }

  it('a new search starts again at max-results', async () => {
    const finder = await inSidebar('max-results="2"');
    moreButton(finder)!.click();
    await until(() => itemCount(finder) === 4);
    finder.query = 'jawa';
    await finder.updateComplete;
    expect(itemCount(finder)).to.equal(2);
  });
});

describe('<mpp-finder all-url>', () => {
  for (const lang of ['id', 'en']) {
    it(`links to the full page under the list (${lang})`, async () => {
      const finder = await inSidebar(
        `all-url="https://mpp.example.go.id/semua?x=1&y=2" lang="${lang}"`,
        'height: 360px',
      );
      const link = root(finder).querySelector<HTMLAnchorElement>('[part~="all-link"]')!;
      expect(link.href).to.equal('https://mpp.example.go.id/semua?x=1&y=2');
      expect(link.textContent!.trim()).to.equal(lang === 'en' ? 'See all MPPs' : 'Lihat semua MPP');
      // Outside the scrolling list: visible without scrolling it.
      expect(link.closest('.results')).to.equal(null);
      expect(link.getBoundingClientRect().bottom).to.be.at.most(
        finder.getBoundingClientRect().bottom,
      );
    });
  }

  it('resolves a relative URL against the page', async () => {
    const finder = await inSidebar('all-url="/mpp/semua"');
    const link = root(finder).querySelector<HTMLAnchorElement>('[part~="all-link"]')!;
    expect(link.href).to.equal(new URL('/mpp/semua', document.baseURI).href);
  });

  it('stays when the locations fail to load (the way on to the full page)', async () => {
    const finder = await inSidebar(
      `all-url="https://mpp.example.go.id/" src="${await served(null, { status: 500 })}"`,
    );
    expect(finder.state).to.equal('error');
    expect(root(finder).querySelector('[part~="all-link"]')).not.to.equal(null);
  });

  for (const bad of [
    'javascript:alert(1)',
    ' JavaScript:alert(document.cookie)',
    'data:text/html,<b>x</b>',
    'http://[bad',
  ]) {
    it(`refuses ${bad.trim()} with an attribute error, shows no link`, async () => {
      let finder!: MppFinder;
      const errors = await errorsDuring(async () => {
        finder = await inSidebar(`all-url="${bad}"`);
      });
      expect(errors.map(({ code }) => code)).to.deep.equal(['attribute']);
      expect(root(finder).querySelector('[part~="all-link"]')).to.equal(null);
      expect(root(finder).querySelector('a[href^="javascript" i], a[href^="data" i]')).to.equal(
        null,
      );
      expect(finder.state).to.equal('ready');
    });
  }
});
