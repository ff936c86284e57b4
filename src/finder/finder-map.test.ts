import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../test-support/setup.js';
import { expectAccessible } from '../test-support/axe.js';
import { errorsDuring, nextEvent, shadowText } from '../test-support/dom.js';
import { configureFeed, feedUrl, uniqueFeedName, until } from '../test-support/feeds.js';
import {
  BUNDLED_COUNT,
  finderFixture,
  mapSettled,
  threeZones,
  UNREACHABLE_TILES,
  visibilityReported,
} from '../test-support/finder.js';
import type { MppFinder } from './finder.js';

const markers = (finder: MppFinder, selector = '.leaflet-marker-icon') => [
  ...finder.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
// axe's target-size applies to the map too: markers never overlap (marker-separation.ts).
const MAP_AXE = {};

const mapDrawn = (finder: MppFinder) =>
  until(() => markers(finder).length > 0, 10000, 'markers on the map');

async function served(document: unknown) {
  const name = uniqueFeedName('locations');
  await configureFeed(name, { body: document });
  return feedUrl(name);
}

/** Clicks the middle of an element with a real mouse (Leaflet ignores synthetic clicks mid-drag). */
async function clickOn(element: Element) {
  const { x, y, width, height } = element.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(x + width / 2), Math.round(y + height / 2)],
  });
}

/** `count` points spread over Indonesia, deterministic. */
function syntheticLocations(count: number) {
  return {
    type: 'FeatureCollection',
    features: Array.from({ length: count }, (_, i) => ({
      type: 'Feature',
      geometry: {
        type: 'Point',
        coordinates: [95 + ((i * 7919) % 4600) / 100, -11 + ((i * 104729) % 1700) / 100],
      },
      properties: { id: `loc-${i}`, name: `Mal Pelayanan Publik Contoh ${i}` },
    })),
  };
}

describe('<mpp-finder> map', () => {
  it('fetches Leaflet only once the list has its data (on a slow line it would hold the list back)', async () => {
    const name = uniqueFeedName('slow-locations');
    await configureFeed(name, { body: threeZones, delayMs: 1500 });
    for (const lang of ['id', 'en']) {
      const finder = await finderFixture({ src: `${feedUrl(name)}?${lang}`, lang });
      await until(() => !!finder.shadowRoot!.querySelector('.leaflet-container'), 10000, 'map');
      expect(finder.state, 'state when the map appeared').to.equal('ready');
      expect(shadowText(finder)).to.contain('Cianjur');
      finder.remove();
    }
  });

  it('shows accessible markers and clusters, with the attribution, in both languages', async () => {
    const finder = await finderFixture();
    await mapDrawn(finder);
    const clusters = markers(finder, '.mpp-cluster');
    expect(clusters.length).to.be.greaterThan(0);
    expect(clusters[0].getAttribute('role')).to.equal('button');
    expect(clusters[0].getAttribute('tabindex')).to.equal('0');
    expect(clusters[0].getAttribute('aria-label')).to.match(
      /^\d+ MPP di sekitar sini; tekan Enter untuk memperbesar$/,
    );
    const map = finder.shadowRoot!.querySelector('.map')!;
    expect(map.getAttribute('aria-label')).to.equal('Peta lokasi MPP');
    expect(shadowText(finder, '.leaflet-control-attribution')).to.contain(
      '© kontributor OpenStreetMap',
    );
    await expectAccessible(finder, MAP_AXE);
    finder.setAttribute('lang', 'en');
    await until(() => map.getAttribute('aria-label') === 'Map of MPP locations');
    await until(() =>
      markers(finder, '.mpp-cluster').every((cluster) =>
        cluster.getAttribute('aria-label')!.endsWith('MPPs here; press Enter to zoom in'),
      ),
    );
    expect(shadowText(finder, '.leaflet-control-attribution')).to.contain(
      '© OpenStreetMap contributors',
    );
    await expectAccessible(finder, MAP_AXE);
  });

  it('selects on the map with a real click and shows the selection in the list', async () => {
    const finder = await finderFixture({ src: await served(threeZones) });
    await until(() => markers(finder, '.mpp-pin').length === 3, 10000, 'three pins');
    const pin = markers(finder, '.mpp-pin').find(
      (marker) => marker.getAttribute('aria-label') === 'Mal Pelayanan Publik Kota Jayapura',
    )!;
    const event = nextEvent<{ id: string }>(finder, 'mpp-select');
    await clickOn(pin);
    expect((await event).detail.id).to.equal('mpp-9171');
    await until(() =>
      markers(finder, '.mpp-pin.selected').some(
        (marker) =>
          marker.getAttribute('aria-label') === 'Mal Pelayanan Publik Kota Jayapura (dipilih)',
      ),
    );
    const item = finder.shadowRoot!.querySelector('[data-id="mpp-9171"] .name')!;
    expect(item.getAttribute('aria-pressed')).to.equal('true');
    await expectAccessible(finder, MAP_AXE);
  });

  it('shows a location chosen in the list on the map, out of its cluster', async () => {
    const finder = await finderFixture();
    await mapDrawn(finder);
    finder.query = 'cianjur';
    await until(() => markers(finder, '.mpp-pin').length === 2, 10000, 'two results on the map');
    (finder.shadowRoot!.querySelector('[data-id="mpp-3203"] .name') as HTMLButtonElement).click();
    await until(() =>
      markers(finder, '.mpp-pin.selected').some(
        (marker) =>
          marker.getAttribute('aria-label') === 'Mal Pelayanan Publik Kabupaten Cianjur (dipilih)',
      ),
    );
    expect(markers(finder, '.mpp-pin.selected')[0].getAttribute('aria-pressed')).to.equal('true');
  });

  it('keeps a location chosen right after typing in the middle of the map', async () => {
    const finder = await finderFixture();
    await mapDrawn(finder);
    finder.query = 'cianjur';
    await finder.updateComplete;
    // Chosen before the map's typing delay (250 ms) has passed.
    (finder.shadowRoot!.querySelector('[data-id="mpp-3203"] .name') as HTMLButtonElement).click();
    // Settled: no update for the typing is left to move the choice away afterwards.
    await mapSettled(finder);
    const pin = markers(finder, '.mpp-pin.selected')[0];
    const map = finder.shadowRoot!.querySelector('.map')!.getBoundingClientRect();
    const { left, width, bottom } = pin.getBoundingClientRect();
    expect(Math.abs(left + width / 2 - (map.left + map.width / 2))).to.be.lessThan(5);
    expect(Math.abs(bottom - (map.top + map.height / 2))).to.be.lessThan(5);
  });

  it('is keyboard operable: Enter on a cluster zooms in, Enter on a pin selects', async () => {
    const finder = await finderFixture({ province: '33' }); // Jawa Tengah: 35 MPPs, clustered
    await until(() => markers(finder, '.mpp-cluster').length > 0, 10000, 'clusters');
    const cluster = markers(finder, '.mpp-cluster')[0];
    cluster.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => !cluster.isConnected, 5000, 'the map to zoom into the cluster');
    // Focus stays on the map (the cluster's marker is gone), not lost to <body>.
    expect(finder.shadowRoot!.activeElement?.classList.contains('leaflet-container')).to.equal(
      true,
    );
    let pin = markers(finder, '.mpp-pin')[0];
    while (!pin) {
      markers(finder, '.mpp-cluster')[0].focus();
      await sendKeys({ press: 'Enter' });
      await until(() => markers(finder).length > 0);
      pin = markers(finder, '.mpp-pin')[0];
    }
    const name = pin.getAttribute('aria-label');
    const event = nextEvent<{ properties: { name: string } }>(finder, 'mpp-select');
    pin.focus();
    await sendKeys({ press: 'Enter' });
    expect((await event).detail.properties.name).to.equal(name);
    // Selected in place: the same marker, still focused, now says so.
    await until(() => pin.getAttribute('aria-pressed') === 'true');
    expect(pin.isConnected).to.equal(true);
    expect(finder.shadowRoot!.activeElement).to.equal(pin);
  });

  it('keeps markers, list and attribution working when tiles cannot be reached', async () => {
    let finder!: MppFinder;
    const errors = await errorsDuring(async () => {
      finder = await finderFixture({ 'tile-url': UNREACHABLE_TILES });
      await mapDrawn(finder);
      // Every tile has failed (a broken image is `complete` too): what follows is after that.
      const tiles = () => [...finder.shadowRoot!.querySelectorAll('img.leaflet-tile')];
      await until(
        () => tiles().length > 0 && tiles().every((tile) => (tile as HTMLImageElement).complete),
        10000,
        'the tiles to fail',
      );
    });
    expect(errors).to.deep.equal([]);
    expect(finder.state).to.equal('ready');
    expect(shadowText(finder, '.leaflet-control-attribution')).to.contain('OpenStreetMap');
    expect(shadowText(finder, '[part="count"]')).to.equal(`${BUNDLED_COUNT} MPP ditemukan`);
  });

  it('shows a site’s own tile attribution as text, never as markup', async () => {
    const finder = await finderFixture({
      'tile-attribution': '<img src=x onerror="window.__pwned=1">Peta © Pemda',
    });
    await mapDrawn(finder);
    const attribution = finder.shadowRoot!.querySelector('.leaflet-control-attribution')!;
    expect(attribution.querySelector('img')).to.equal(null);
    expect(attribution.textContent).to.contain(
      '<img src=x onerror="window.__pwned=1">Peta © Pemda',
    );
  });

  it('starts at center and zoom when given, and reports an invalid center', async () => {
    const finder = await finderFixture({ center: '-6.9,107.6', zoom: '15' });
    await mapDrawn(finder);
    // At zoom 15 around Bandung only the MPPs near Bandung are drawn, each on its own.
    expect(markers(finder, '.mpp-cluster')).to.have.length(0);
    const errors = await errorsDuring(async () => {
      const other = await finderFixture({ center: 'Bandung' });
      await mapDrawn(other);
    });
    expect(errors.map((error) => error.code)).to.deep.equal(['attribute']);
  });

  it('is created only when visible and released when the element is removed', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '3000px';
    document.body.prepend(spacer);
    try {
      const finder = await finderFixture();
      await until(() => finder.state === 'ready');
      // Told it is off screen (and updated since): creating the map would have begun by now.
      await visibilityReported(finder);
      const map = finder.shadowRoot!.querySelector('.map')!;
      expect(map.hasAttribute('aria-busy'), 'Leaflet is being loaded').to.equal(false);
      expect(map.classList.contains('leaflet-container')).to.equal(false);
      finder.scrollIntoView();
      await mapDrawn(finder);
      expect(map.classList.contains('leaflet-container')).to.equal(true);
      finder.remove();
      // Leaflet's map.remove() ran: panes gone, the container no longer claimed by a map.
      expect(map.querySelector('.leaflet-pane')).to.equal(null);
      expect((map as HTMLElement & { _leaflet_id?: number })._leaflet_id).to.equal(undefined);
    } finally {
      spacer.remove();
    }
  });

  it('draws its map again after being moved in the page', async () => {
    const finder = await finderFixture({ src: await served(threeZones) });
    await mapDrawn(finder);
    const other = document.createElement('div');
    finder.parentElement!.after(other);
    other.append(finder);
    try {
      await until(() => markers(finder, '.mpp-pin').length === 3, 5000, 'pins after the move');
    } finally {
      other.remove();
    }
  });

  it('indexes thousands of locations in a worker and still draws clusters', async () => {
    const RealWorker = window.Worker;
    let workers = 0;
    let answers = 0;
    window.Worker = class extends RealWorker {
      constructor(...args: ConstructorParameters<typeof Worker>) {
        super(...args);
        workers += 1;
        // Answers carry the request's id (the worker's "started" message has none).
        this.addEventListener('message', ({ data }) => {
          if ((data as { id?: number }).id !== undefined) answers += 1;
        });
      }
    };
    try {
      const finder = await finderFixture({ src: await served(syntheticLocations(6000)) });
      await until(() => markers(finder, '.mpp-cluster').length > 0, 15000, 'clusters');
      expect(workers).to.equal(1);
      expect(answers, 'the clustering was answered by the worker').to.be.greaterThan(1);
      expect(shadowText(finder, '[part="count"]')).to.equal('6.000 MPP ditemukan');
      expect(finder.shadowRoot!.querySelectorAll('.item')).to.have.length(20);
    } finally {
      window.Worker = RealWorker;
    }
  });
});

describe('<mpp-finder> near me', () => {
  afterEach(() => executeServerCommand('emulate-geolocation', { latitude: 0, longitude: 0 }));

  it('asks only when pressed, then sorts nearest first with distances', async () => {
    const finder = await finderFixture({ 'near-me': true, src: await served(threeZones) });
    await mapDrawn(finder);
    await executeServerCommand('emulate-geolocation', { latitude: -2.6, longitude: 140.6 });
    const button = finder.shadowRoot!.querySelector<HTMLButtonElement>('.near-me')!;
    expect(button.textContent!.trim()).to.equal('Terdekat dari saya');
    expect(shadowText(finder, '.list')).not.to.contain('dari Anda');
    button.click();
    await until(() => shadowText(finder, '[part="count"]').includes('terdekat lebih dulu'));
    const first = finder.shadowRoot!.querySelector('.item')!;
    expect(first.getAttribute('data-id')).to.equal('mpp-9171');
    expect(first.querySelector('.distance')!.textContent!.trim()).to.match(
      /^\d+(,\d)? km dari Anda$/,
    );
    // The approximate Makassar location shows its distance with ±.
    expect(
      finder.shadowRoot!.querySelector('[data-id="mpp-7371"] .distance')!.textContent!.trim(),
    ).to.match(/^± [\d.]+ km dari Anda$/);
    // Directions to exact coordinates now start from the visitor.
    const google = first.querySelectorAll('.directions a')[1].getAttribute('href')!;
    expect(decodeURIComponent(google)).to.contain('origin=-2.600000,140.600000');
    await until(() => markers(finder, '.mpp-you').length === 1);
    await expectAccessible(finder, MAP_AXE);
  });

  it('keeps the map on the visitor and the nearest MPPs (no re-fit to all)', async () => {
    const finder = await finderFixture({ 'near-me': true });
    await mapDrawn(finder);
    await executeServerCommand('emulate-geolocation', { latitude: -6.82, longitude: 107.14 });
    finder.shadowRoot!.querySelector<HTMLButtonElement>('.near-me')!.click();
    await until(() => markers(finder, '.mpp-you').length === 1);
    await mapSettled(finder); // the nearest-first results are on the map, not only the visitor
    const labels = markers(finder).map((marker) => marker.getAttribute('aria-label'));
    expect(labels).to.include('Mal Pelayanan Publik Kabupaten Cianjur');
    expect(
      markers(finder, '.mpp-cluster').every((cluster) => Number(cluster.textContent) < 20),
    ).to.equal(true);
  });

  it('explains a denied permission and keeps search working', async () => {
    const finder = await finderFixture({ 'near-me': true, 'no-map': true });
    await until(() => finder.state === 'ready');
    await executeServerCommand('emulate-geolocation', { denied: true });
    finder.shadowRoot!.querySelector<HTMLButtonElement>('.near-me')!.click();
    await until(() => !!finder.shadowRoot!.querySelector('.position-problem'));
    expect(shadowText(finder, '.position-problem')).to.equal(
      'Izin lokasi ditolak. Anda tetap dapat mencari berdasarkan nama atau wilayah.',
    );
    expect(shadowText(finder, '[part="count"]')).to.equal(`${BUNDLED_COUNT} MPP ditemukan`);
    await expectAccessible(finder, MAP_AXE);
    finder.setAttribute('lang', 'en');
    await until(() =>
      shadowText(finder, '.position-problem').startsWith('Location permission was denied.'),
    );
  });
});
