// The `theme` attribute of all three elements: light (default), dark, auto; color-scheme for
// native controls; every text readable (WCAG AA) in both themes and both languages.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../test-support/setup.js';
import { expectAccessible } from '../test-support/axe.js';
import { testCatalog } from '../test-support/catalogs.js';
import {
  backgroundOf,
  contrastRatio,
  lowContrastText,
  parseColor,
  textContrast,
} from '../test-support/contrast.js';
import { errorsDuring } from '../test-support/dom.js';
import { configureFeed, feedUrl, uniqueFeedName, until } from '../test-support/feeds.js';
import { LOCAL_TILES, threeZones } from '../test-support/finder.js';
import { cianjurFeed } from '../test-support/queue-documents.js';
import type { MppElement } from './mpp-element.js';
import '../finder/index.js';
import '../queue-badge/index.js';
import '../service-checklist/index.js';

async function served(body: unknown): Promise<string> {
  const name = uniqueFeedName('theme');
  await configureFeed(name, { body });
  return feedUrl(name);
}

type Kind = 'finder' | 'checklist' | 'badge';

/** Each element with the data that shows most of its surfaces. */
const elements: Record<Kind, { tag: string; surface: string; attributes: () => Promise<string> }> =
  {
    finder: {
      tag: 'mpp-finder',
      surface: '.finder',
      attributes: async () =>
        `src="${await served(threeZones)}" tile-url="${LOCAL_TILES}" max-results="2" all-url="/mpp" selected="mpp-3203"`,
    },
    checklist: {
      tag: 'mpp-service-checklist',
      surface: '.checklist',
      attributes: async () => `src="${await served(testCatalog)}" service="izin-contoh"`,
    },
    badge: {
      tag: 'mpp-queue-badge',
      surface: '.badge',
      attributes: async () => `src="${await served(cianjurFeed)}" variant="full" interval="3600"`,
    },
  };

async function render(kind: Kind, extra: string): Promise<MppElement> {
  const { tag, attributes } = elements[kind];
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  wrapper.innerHTML = `<${tag} ${await attributes()} ${extra}></${tag}>`;
  const element = wrapper.firstElementChild as MppElement;
  await until(() => element.state === 'ready', 10000, `${kind} ready`);
  await element.updateComplete;
  return element;
}

const surfaceOf = (element: MppElement, kind: Kind) =>
  getComputedStyle(element.shadowRoot!.querySelector(elements[kind].surface)!).backgroundColor;
const colorScheme = (element: Element) => getComputedStyle(element).colorScheme;

const LIGHT_SURFACE = 'rgb(255, 255, 255)';
const DARK_SURFACE = 'rgb(21, 25, 30)';

describe('theme attribute', () => {
  afterEach(() => emulateMedia({ colorScheme: 'no-preference' }));

  for (const kind of Object.keys(elements) as Kind[]) {
    it(`${kind}: light by default, dark and back with the attribute`, async () => {
      const element = await render(kind, '');
      expect(element.theme).to.equal('light');
      expect(surfaceOf(element, kind)).to.equal(LIGHT_SURFACE);
      expect(colorScheme(element)).to.equal('light');
      element.setAttribute('theme', 'dark');
      await element.updateComplete;
      expect(surfaceOf(element, kind)).to.equal(DARK_SURFACE);
      expect(colorScheme(element)).to.equal('dark');
      expect(getComputedStyle(element).color).to.equal('rgb(230, 233, 237)');
      element.theme = 'light'; // as a property: reflected, so the styles follow
      await element.updateComplete;
      expect(element.getAttribute('theme')).to.equal('light');
      expect(surfaceOf(element, kind)).to.equal(LIGHT_SURFACE);
    });

    it(`${kind}: auto follows prefers-color-scheme`, async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const element = await render(kind, 'theme="auto"');
      expect(surfaceOf(element, kind)).to.equal(DARK_SURFACE);
      expect(colorScheme(element)).to.equal('dark');
      await emulateMedia({ colorScheme: 'light' });
      await until(() => surfaceOf(element, kind) === LIGHT_SURFACE, 2000, 'light again');
      expect(colorScheme(element)).to.equal('light');
      // A light theme stays light whatever the visitor prefers.
      await emulateMedia({ colorScheme: 'dark' });
      element.setAttribute('theme', 'light');
      await element.updateComplete;
      expect(surfaceOf(element, kind)).to.equal(LIGHT_SURFACE);
    });
  }

  it('a designer’s --mpp-color-* still wins in the dark theme', async () => {
    const element = await render('badge', 'theme="dark" style="--mpp-color-surface: #202a44"');
    expect(surfaceOf(element, 'badge')).to.equal('rgb(32, 42, 68)');
  });

  it('an unknown theme is named and light is used; a removed one means light', async () => {
    let element!: MppElement;
    const errors = await errorsDuring(async () => {
      element = await render('badge', 'theme="purple"');
    });
    expect(errors.map(({ code }) => code)).to.deep.equal(['attribute']);
    expect(element.theme).to.equal('light');
    expect(surfaceOf(element, 'badge')).to.equal(LIGHT_SURFACE);
    element.setAttribute('theme', 'dark');
    await element.updateComplete;
    expect(surfaceOf(element, 'badge')).to.equal(DARK_SURFACE);
    const removed = await errorsDuring(async () => {
      element.removeAttribute('theme');
      await element.updateComplete;
      await element.updateComplete;
    });
    expect(removed).to.deep.equal([]);
    expect(element.getAttribute('theme')).to.equal('light');
    expect(surfaceOf(element, 'badge')).to.equal(LIGHT_SURFACE);
  });

  it('a dark checklist prints in the light colours', async () => {
    const element = await render('checklist', 'theme="dark"');
    expect(surfaceOf(element, 'checklist')).to.equal(DARK_SURFACE);
    await emulateMedia({ media: 'print' });
    try {
      const box = element.shadowRoot!.querySelector('input[type="checkbox"]')!;
      expect(getComputedStyle(box).colorScheme).to.equal('light');
      expect(getComputedStyle(element).color).to.equal('rgb(27, 31, 36)');
      expect(lowContrastText(element)).to.deep.equal([]);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('unticked checkboxes on a dark page stay unticked-looking (color-scheme of the element)', async () => {
    document.documentElement.style.colorScheme = 'dark';
    try {
      const element = await render('checklist', '');
      const box = element.shadowRoot!.querySelector('input[type="checkbox"]')!;
      expect(getComputedStyle(box).colorScheme).to.equal('light');
      element.setAttribute('theme', 'dark');
      await element.updateComplete;
      expect(getComputedStyle(box).colorScheme).to.equal('dark');
    } finally {
      document.documentElement.style.colorScheme = '';
    }
  });
});

describe('theme contrast (WCAG AA)', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const lang of ['id', 'en']) {
      for (const kind of Object.keys(elements) as Kind[]) {
        it(`${kind}, ${theme}, ${lang}: every text ≥ 4.5:1 (large 3:1), axe clean`, async () => {
          const element = await render(kind, `theme="${theme}" lang="${lang}"`);
          if (kind === 'finder') {
            await until(
              () => !!element.shadowRoot!.querySelector('.leaflet-control-zoom-in'),
              10000,
              'map controls',
            );
          }
          expect(lowContrastText(element)).to.deep.equal([]);
          await expectAccessible(element);
        });
      }
    }

    it(`key surfaces of the finder, ${theme}`, async () => {
      const finder = await render('finder', `theme="${theme}"`);
      const root = finder.shadowRoot!;
      const ratio = (selector: string) => textContrast(root.querySelector(selector)!);
      const surfaces = {
        body: ratio('.count'),
        muted: ratio('.address'),
        link: ratio('.links a'),
        button: ratio('.more'),
        badge: ratio('.status.open, .status.closed'),
        allLink: ratio('[part~="all-link"]'),
      };
      for (const [name, value] of Object.entries(surfaces)) {
        expect(value, `${name}: ${value.toFixed(2)}:1`).to.be.at.least(4.5);
      }
      // The focus ring (a UI part: 3:1) against the surface it is drawn on.
      const more = root.querySelector<HTMLElement>('.more')!;
      more.focus();
      await sendKeys({ press: 'Tab' }); // to "See all MPPs", then back: focus by keyboard
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(root.activeElement).to.equal(more);
      const ring = getComputedStyle(more);
      expect(ring.outlineStyle).to.equal('solid');
      const focusRing = contrastRatio(parseColor(ring.outlineColor), backgroundOf(more));
      expect(focusRing, `focus ring ${focusRing.toFixed(2)}:1`).to.be.at.least(3);
      // Input borders (UI components) against the surface.
      const search = root.querySelector('input')!;
      const border = contrastRatio(
        parseColor(getComputedStyle(search).borderTopColor),
        backgroundOf(search),
      );
      expect(border, `input border ${border.toFixed(2)}:1`).to.be.at.least(3);
    });
  }

  it('the check above fails on unreadable text (control)', async () => {
    const element = await render('badge', 'style="--mpp-color-muted: #c8c8c8"');
    expect(lowContrastText(element).length).to.be.greaterThan(0);
  });
});
