// The map for keyboard, touch, wheel and forced-colours users: a way past it, a named region
// with a focus ring that is not clipped, zoom buttons then markers in reading order, no
// overlapping targets, the wheel left to the page, markers in system colours.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../test-support/setup.js';
import { expectAccessible } from '../test-support/axe.js';
import { until } from '../test-support/feeds.js';
import { finderFixture, LOCAL_TILES } from '../test-support/finder.js';
import type { MppFinder } from './finder.js';

const root = (finder: MppFinder) => finder.shadowRoot!;
const focused = (finder: MppFinder) => root(finder).activeElement;
const markers = (finder: MppFinder) => [
  ...root(finder).querySelectorAll<HTMLElement>('.leaflet-marker-icon[tabindex="0"]'),
];
const mapOf = (finder: MppFinder) => root(finder).querySelector<HTMLElement>('.map')!;

async function drawnFinder(attributes: Record<string, string | boolean> = {}) {
  const finder = await finderFixture(attributes);
  await until(() => markers(finder).length > 0, 10000, 'markers');
  return finder;
}

/** Where a marker points: a pin stands on its point, a cluster is centred on it. */
function anchorOf(marker: HTMLElement) {
  const { left, right, top, bottom } = marker.getBoundingClientRect();
  const x = (left + right) / 2;
  return marker.classList.contains('mpp-pin') ? { x, y: bottom } : { x, y: (top + bottom) / 2 };
}

const intersects = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('<mpp-finder> map access', () => {
  afterEach(() => executeServerCommand('emulate-forced-colors', { active: false }));

  it('offers "Lewati peta" right before the map, which moves the focus to the list', async () => {
    const finder = await drawnFinder();
    root(finder).querySelector('select')!.focus();
    await sendKeys({ press: 'Tab' });
    const skip = focused(finder) as HTMLElement;
    expect(skip?.classList.contains('skip-map'), 'Tab after the filters').to.equal(true);
    expect(skip.textContent!.trim()).to.equal('Lewati peta');
    const { width, height } = skip.getBoundingClientRect();
    expect(width, 'visible once focused').to.be.greaterThan(40);
    expect(height).to.be.at.least(24);
    await sendKeys({ press: 'Tab' });
    expect(focused(finder), 'then the map').to.equal(mapOf(finder));
    skip.focus();
    await sendKeys({ press: 'Enter' });
    expect(focused(finder)).to.equal(root(finder).querySelector('[part~="count"]'));
    await sendKeys({ press: 'Tab' });
    expect(focused(finder)).to.equal(root(finder).querySelector('[part~="item-name"]'));
    finder.setAttribute('lang', 'en');
    await until(() => skip.textContent!.trim() === 'Skip the map');
  });

  it('is a named region whose focus ring is drawn inside its edge (never clipped)', async () => {
    const finder = await drawnFinder();
    const map = mapOf(finder);
    expect(map.getAttribute('role')).to.equal('region');
    expect(map.getAttribute('aria-label')).to.equal('Peta lokasi MPP');
    root(finder).querySelector<HTMLElement>('.skip-map')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(finder)).to.equal(map);
    const style = getComputedStyle(map);
    expect(style.outlineStyle).to.equal('solid');
    const width = parseFloat(style.outlineWidth);
    expect(width).to.be.at.least(2);
    expect(parseFloat(style.outlineOffset), 'the ring inside the map').to.be.at.most(-width);
    // Nothing around the map clips it any more either.
    expect(getComputedStyle(root(finder).querySelector('.map-area')!).overflow).to.equal('visible');
    finder.setAttribute('lang', 'en');
    await until(() => map.getAttribute('aria-label') === 'Map of MPP locations');
  });

  it('tabs through the zoom buttons, then the markers north to south, west to east', async () => {
    const finder = await drawnFinder();
    const map = mapOf(finder);
    map.focus();
    const order: HTMLElement[] = [];
    for (let i = 0; i < 80; i++) {
      await sendKeys({ press: 'Tab' });
      const element = focused(finder) as HTMLElement | null;
      if (!element || !map.contains(element) || element.closest('.leaflet-control-attribution'))
        break;
      order.push(element);
    }
    expect(order.slice(0, 2).map((element) => element.getAttribute('aria-label'))).to.deep.equal([
      'Perbesar',
      'Perkecil',
    ]);
    const reached = order.slice(2);
    expect(reached.length).to.equal(markers(finder).length);
    const anchors = reached.map(anchorOf);
    for (let i = 1; i < anchors.length; i++) {
      const [before, after] = [anchors[i - 1], anchors[i]];
      const inOrder = before.y < after.y || (before.y === after.y && before.x <= after.x);
      expect(inOrder, `marker ${i} after marker ${i - 1}`).to.equal(true);
    }
    // The page did not move while tabbing through the map.
    expect(window.scrollY).to.equal(0);
  });

  it('never draws two markers over each other (whole 24 × 24 targets), at any zoom', async () => {
    const finder = await drawnFinder();
    const map = mapOf(finder);
    for (let step = 0; step < 4; step++) {
      const boxes = markers(finder).map((marker) => marker.getBoundingClientRect());
      for (let i = 0; i < boxes.length; i++) {
        expect(boxes[i].width).to.be.at.least(24);
        expect(boxes[i].height).to.be.at.least(24);
        for (let j = i + 1; j < boxes.length; j++)
          expect(intersects(boxes[i], boxes[j]), `markers ${i} and ${j}`).to.equal(false);
      }
      await expectAccessible(finder);
      const before = markers(finder)
        .map((marker) => marker.getAttribute('aria-label'))
        .join();
      map.focus();
      await sendKeys({ press: '+' }); // Leaflet's keyboard zoom
      await until(
        () =>
          markers(finder)
            .map((marker) => marker.getAttribute('aria-label'))
            .join() !== before,
        5000,
        'the markers of the next zoom',
      );
    }
  });

  it('leaves the wheel to the page until the map is focused or clicked', async () => {
    const finder = await drawnFinder();
    const map = mapOf(finder);
    const wheel = () => {
      const { left, top, width, height } = map.getBoundingClientRect();
      const event = new WheelEvent('wheel', {
        // No distance: Leaflet takes the event (or not) without zooming later, mid-teardown.
        deltaY: 0,
        bubbles: true,
        cancelable: true,
        clientX: left + width / 2,
        clientY: top + height / 2,
      });
      map.dispatchEvent(event);
      // Cancelled: Leaflet zoomed the map; not cancelled: the page scrolls.
      return event.defaultPrevented;
    };
    expect(wheel(), 'before any use: the page scrolls').to.equal(false);
    map.focus();
    expect(wheel(), 'focused: the map zooms').to.equal(true);
    root(finder).querySelector<HTMLElement>('[part~="search"]')!.focus();
    expect(wheel(), 'after leaving by keyboard').to.equal(false);
    const { left, top, width, height } = map.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(left + 10), Math.round(top + height / 2)],
    });
    expect(wheel(), 'clicked: the map zooms').to.equal(true);
    await sendMouse({
      type: 'move',
      position: [Math.round(left + width / 2), Math.round(top - 40)],
    });
    await until(() => !wheel(), 2000, 'the wheel back to the page after the mouse left');
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('draws pins, clusters and the selection in system colours when colours are forced', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="max-width: 40rem">
        <mpp-finder selected="mpp-3203" tile-url=${LOCAL_TILES}></mpp-finder>
      </div>`,
    );
    const finder = wrapper.querySelector('mpp-finder')!;
    await until(() => !!root(finder).querySelector('.mpp-pin.selected'), 10000, 'selection');
    const pinFill = () =>
      getComputedStyle(root(finder).querySelector('.mpp-pin:not(.selected) path')!).fill;
    expect(pinFill()).to.equal('rgb(11, 87, 164)');
    await executeServerCommand('emulate-forced-colors', { active: true });
    await until(() => matchMedia('(forced-colors: active)').matches, 2000, 'forced colours');
    const system = (color: string) => {
      const probe = document.createElement('span');
      probe.style.color = color;
      document.body.append(probe);
      const value = getComputedStyle(probe).color;
      probe.remove();
      return value;
    };
    expect(pinFill(), 'pins: ButtonText').to.equal(system('ButtonText'));
    expect(
      getComputedStyle(root(finder).querySelector('.mpp-pin.selected path')!).fill,
      'the selection: Highlight',
    ).to.equal(system('Highlight'));
    await until(() => !!root(finder).querySelector('.mpp-cluster'), 10000, 'a cluster');
    const cluster = getComputedStyle(root(finder).querySelector('.mpp-cluster')!);
    expect(cluster.backgroundColor, 'clusters do not vanish').to.equal(system('ButtonFace'));
    expect(cluster.borderTopStyle).to.equal('solid');
    expect(cluster.borderTopColor).to.equal(system('ButtonText'));
  });
});
