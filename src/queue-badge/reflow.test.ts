// Reflow (WCAG 1.4.10) and text spacing (1.4.12): at 320 CSS px — a phone, or 1280 px at 400 %
// zoom — the badge is read without scrolling sideways, with and without the text-spacing
// override, in both variants and both languages.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../test-support/setup.js';
import { badge } from '../test-support/badge.js';
import { part } from '../test-support/dom.js';
import { configureFeed, feedUrl, uniqueFeedName } from '../test-support/feeds.js';
import { drivenAnnouncer } from '../test-support/driven-announcer.js';
import type { MppQueueBadge } from './queue-badge.js';

/** The WCAG 1.4.12 override, as the text-spacing bookmarklets apply it (here into shadow roots too). */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }`;

/** The longest texts the badge shows: paused, a long name, a long estimate, many services. */
const oneService = {
  location: 'MPP Kabupaten Kepulauan Siau Tagulandang Biaro',
  status: 'paused',
  services: [
    {
      id: 'dukcapil',
      name: { id: 'Kependudukan dan Pencatatan Sipil', en: 'Civil registration and population' },
      nowServing: 'A-023',
      counter: 'Loket 12',
      waiting: 1250,
      counters: 3,
      estimatedWaitSeconds: 67 * 60,
    },
  ],
};
const severalServices = {
  ...oneService,
  services: Array.from({ length: 7 }, (_, i) => ({
    ...oneService.services[0],
    id: `s${i}`,
    nowServing: `A-${100 + i}`,
  })),
};

function addTextSpacing(el: MppQueueBadge): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(TEXT_SPACING);
  el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

function overflows(el: MppQueueBadge): string[] {
  const page = document.documentElement;
  const base = part(el, 'base') as HTMLElement;
  const problems: string[] = [];
  if (page.scrollWidth > page.clientWidth) problems.push(`page ${page.scrollWidth}px`);
  if (base.scrollWidth > base.clientWidth) problems.push(`card ${base.scrollWidth}px`);
  // A part cut off inside its own box (a nowrap pill) does not widen the card: check each.
  for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('[part]')) {
    if (node.scrollWidth > node.clientWidth + 1 && getComputedStyle(node).overflow !== 'visible')
      problems.push(`${node.getAttribute('part')} clipped`);
    const box = node.getBoundingClientRect();
    if (box.right > base.getBoundingClientRect().right + 0.5)
      problems.push(`${node.getAttribute('part')} beyond the card (${Math.round(box.right)}px)`);
  }
  return problems;
}

describe('<mpp-queue-badge> reflow at 320 px', () => {
  let driven: Awaited<ReturnType<typeof drivenAnnouncer>>;
  before(async () => setViewport({ width: 320, height: 640 }));
  after(async () => setViewport({ width: 800, height: 600 }));
  beforeEach(async () => (driven = await drivenAnnouncer()));
  afterEach(() => {
    driven.restore();
    document.adoptedStyleSheets = [];
  });

  for (const [label, body, service] of [
    ['one service', oneService, 'dukcapil'],
    ['several services', severalServices, undefined],
  ] as const) {
    for (const variant of ['compact', 'full']) {
      for (const lang of ['id', 'en']) {
        for (const spacing of [false, true]) {
          it(`${label}, ${variant}, ${lang}${spacing ? ', text spacing' : ''}: no sideways scrolling`, async () => {
            const name = uniqueFeedName('reflow');
            await configureFeed(name, { body });
            await fixture(html`<div></div>`);
            const el = await badge(
              { src: feedUrl(name), variant, lang, ...(service ? { service } : {}) },
              'ready',
            );
            if (spacing) addTextSpacing(el);
            await el.updateComplete;
            expect(part(el, 'announce-toggle'), 'the pause button is laid out too').to.not.equal(
              null,
            );
            expect(overflows(el)).to.deep.equal([]);
          });
        }
      }
    }
  }
});
