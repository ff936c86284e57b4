// Reflow (WCAG 1.4.10) with the text-spacing override (1.4.12): at 320 CSS px — a phone, or a
// 1280 px window at 400 % zoom — nothing of the finder needs horizontal scrolling, in either
// language and in every state.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../test-support/setup.js';
import { until } from '../test-support/feeds.js';
import { LOCAL_TILES, served, threeZones } from '../test-support/finder.js';
import type { MppFinder } from './finder.js';

/** The WCAG 1.4.12 override, as the usual bookmarklet applies it (here inside the shadow root too). */
const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
`;

function overrideTextSpacing(finder: MppFinder) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(TEXT_SPACING);
  finder.shadowRoot!.adoptedStyleSheets = [...finder.shadowRoot!.adoptedStyleSheets, sheet];
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

/** Elements that scroll sideways, or stick out of the finder: what a reader would miss. */
function overflowing(finder: MppFinder): string[] {
  const host = finder.getBoundingClientRect();
  const found: string[] = [];
  const name = (element: Element) =>
    `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} ${(element.textContent ?? '').trim().slice(0, 40)}`;
  const page = document.scrollingElement!;
  if (page.scrollWidth > page.clientWidth) found.push(`page: ${page.scrollWidth} px wide`);
  for (const element of finder.shadowRoot!.querySelectorAll('*')) {
    // Leaflet's panes are larger than the map on purpose (clipped, moved by dragging); its
    // controls are checked like everything else.
    if (element.closest('.leaflet-map-pane')) continue;
    if (element.closest('.visually-hidden, .skip-map')) continue;
    if (element instanceof SVGElement) continue;
    const style = getComputedStyle(element);
    if (style.display === 'none' || element.getClientRects().length === 0) continue;
    if (element.scrollWidth > element.clientWidth + 1 && !element.matches('.leaflet-container'))
      found.push(`${name(element)}: scrolls (${element.scrollWidth} > ${element.clientWidth})`);
    const { left, right } = element.getBoundingClientRect();
    if (left < host.left - 1 || right > host.right + 1)
      found.push(`${name(element)}: outside (${Math.round(left)}–${Math.round(right)})`);
  }
  return found;
}

async function finderAt320(attributes: string, lang: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `<mpp-finder lang="${lang}" tile-url="${LOCAL_TILES}" ${attributes}></mpp-finder>`;
  return wrapper.querySelector('mpp-finder')!;
}

describe('<mpp-finder> reflow at 320 px with text spacing', () => {
  let restore = () => {};
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(async () => {
    restore();
    await executeServerCommand('emulate-geolocation', { latitude: 0, longitude: 0 });
  });

  for (const lang of ['id', 'en']) {
    it(`the national list with map, near me and a selection (${lang})`, async () => {
      await executeServerCommand('emulate-geolocation', { denied: true });
      // map-min-width="0": the map at 320 px (by default a finder this narrow is a list).
      const finder = await finderAt320('near-me selected="mpp-3203" map-min-width="0"', lang);
      await until(() => !!finder.shadowRoot!.querySelector('.mpp-pin.selected'), 10000, 'map');
      restore = overrideTextSpacing(finder);
      finder.shadowRoot!.querySelector<HTMLButtonElement>('.near-me')!.click();
      await until(() => !!finder.shadowRoot!.querySelector('.position-problem'), 5000, 'denial');
      await finder.updateComplete;
      expect(finder.getBoundingClientRect().width).to.be.at.most(320);
      expect(overflowing(finder)).to.deep.equal([]);
    });

    it(`hours, holidays, approximate locations and phones, list only (${lang})`, async () => {
      const document = structuredClone(threeZones) as typeof threeZones;
      Object.assign(document.features[0].properties, {
        phone: '(0263) 2910 1234',
        website: 'https://mpp.cianjurkab.go.id/layanan/antrean-daring',
        address: 'Jl. Dr. Muwardi No. 123, Bojongherang, Kecamatan Cianjur, Kabupaten Cianjur',
      });
      const finder = await finderAt320(`no-map src="${await served(document)}"`, lang);
      await until(() => finder.state === 'ready');
      restore = overrideTextSpacing(finder);
      await finder.updateComplete;
      expect(overflowing(finder)).to.deep.equal([]);
    });

    it(`nothing found, and the error message (${lang})`, async () => {
      const empty = await finderAt320('query="zzzz tidak ada yang cocok"', lang);
      await until(() => empty.state === 'empty');
      restore = overrideTextSpacing(empty);
      expect(overflowing(empty)).to.deep.equal([]);
      restore();
      const failed = await finderAt320(`src="${await served(null, { status: 500 })}"`, lang);
      await until(() => failed.state === 'error');
      restore = overrideTextSpacing(failed);
      expect(overflowing(failed)).to.deep.equal([]);
    });
  }

  it('keeps the map below the height of a short screen (1280 × 720 at 400 %: 320 × 180)', async () => {
    await setViewport({ width: 320, height: 180 });
    try {
      const finder = await finderAt320('map-min-width="0"', 'id');
      await until(() => !!finder.shadowRoot!.querySelector('.leaflet-marker-icon'), 10000, 'map');
      const map = finder.shadowRoot!.querySelector('[part~="map"]')!.getBoundingClientRect();
      expect(map.height).to.be.at.most(180 * 0.6 + 1);
      expect(map.height).to.be.at.least(80);
    } finally {
      await setViewport({ width: 320, height: 640 });
    }
  });
});
