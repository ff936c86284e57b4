import { expect } from '@open-wc/testing';
import '../test-support/setup.js';
import { expectAccessible } from '../test-support/axe.js';
import { errorsDuring, shadowText } from '../test-support/dom.js';
import { configureFeed, feedStats, feedUrl, uniqueFeedName, until } from '../test-support/feeds.js';
import { cspPage } from '../test-support/csp-page.js';
import { finderFixture, mapSettled, ready } from '../test-support/finder.js';
import type { MppFinder } from './finder.js';
import { MANY_LOCATIONS_BYTES, WORKER_THRESHOLD_BYTES } from './locations-fetching.js';

/** The workers the page starts while a test runs, wrapped in the test (not in the library). */
function watchWorkers() {
  const RealWorker = window.Worker;
  /**
   * `requests`: what each clustering worker was asked, with the finder's count shown at that
   * moment; `reads`: how each reading worker got its document (its URL, to download, or its bytes).
   */
  const started: {
    terminated: boolean;
    requests: { type: string; countShown: string }[];
    reads: ('url' | 'bytes')[];
  }[] = [];
  window.Worker = class extends RealWorker {
    private readonly record = {
      terminated: false,
      requests: [] as { type: string; countShown: string }[],
      reads: [] as ('url' | 'bytes')[],
    };
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      started.push(this.record);
    }
    override postMessage(message: unknown, transfer?: unknown): void {
      const type = (message as { request?: { type?: string } } | null)?.request?.type;
      const count = document
        .querySelector('mpp-finder')
        ?.shadowRoot?.querySelector('[part="count"]');
      if (type) this.record.requests.push({ type, countShown: count?.textContent?.trim() ?? '' });
      const read = message as { url?: string; bytes?: Uint8Array } | null;
      if (typeof read?.url === 'string') this.record.reads.push(read.bytes ? 'bytes' : 'url');
      super.postMessage(message, transfer as Transferable[]);
    }
    override terminate(): void {
      this.record.terminated = true;
      super.terminate();
    }
  };
  return { started, restore: () => (window.Worker = RealWorker) };
}

let workers: ReturnType<typeof watchWorkers>;
beforeEach(() => (workers = watchWorkers()));
afterEach(() => workers.restore());

const feature = (id: string, name: unknown, coordinates: unknown = [106.8, -6.2]) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates },
  properties: { id, name },
});

const collection = (count: number, name = (i: number) => `Mal Pelayanan Publik ${i}`) =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: Array.from({ length: count }, (_, i) =>
      feature(`mpp-${i}`, name(i), [95 + (i % 4600) / 100, -11 + (i % 1700) / 100]),
    ),
  });

/** Serves `text` as written; `large`: the same JSON with white space after it, past the threshold. */
async function serve(text: string, { large = false, contentType = 'application/json' } = {}) {
  const name = uniqueFeedName('large');
  await configureFeed(name, {
    raw: large ? text + ' '.repeat(WORKER_THRESHOLD_BYTES) : text,
    contentType,
  });
  return feedUrl(name);
}

/** Points the finder at a document of three new locations and waits for their list. */
async function showThreeNew(finder: MppFinder) {
  finder.setAttribute('src', await serve(collection(3, (i) => `Baru ${i}`)));
  await until(() => shadowText(finder, '[part="count"]') === '3 MPP ditemukan', 10000, 'new list');
}

/** A finder showing `src` in `lang`: its visible message and the `mpp-error` it sent. */
async function shown(src: string, lang: string) {
  let finder!: MppFinder;
  const errors = await errorsDuring(async () => {
    finder = await finderFixture({ src, lang, view: 'list' });
    await ready(finder);
  });
  // The two documents are served at different addresses; all else must be the same.
  const detail = { ...errors[0], url: undefined };
  return { finder, state: finder.state, text: shadowText(finder), detail };
}

const BAD_DOCUMENTS: { name: string; text: string; contentType?: string }[] = [
  { name: 'not JSON', text: '{"type": "FeatureCollection", "features": [],}' },
  {
    name: 'an HTML login page',
    text: '<!doctype html><html><body><form>Login</form></body></html>',
    contentType: 'text/html; charset=utf-8',
  },
  { name: 'not a FeatureCollection', text: JSON.stringify({ type: 'Feature' }) },
  {
    name: 'markup in strings and duplicate ids',
    text: JSON.stringify({
      type: 'FeatureCollection',
      features: [
        feature('<img src=x onerror="window.__injected=1">', 'Satu'),
        feature(
          '<img src=x onerror="window.__injected=1">',
          '<script>window.__injected=1</script>',
        ),
      ],
    }),
  },
  {
    name: '5,000 locations without an id',
    text: JSON.stringify({
      type: 'FeatureCollection',
      features: Array.from({ length: 5000 }, (_, i) => feature('', `MPP ${i}`)),
    }),
  },
];

describe('<mpp-finder> with a large document', () => {
  it('downloads and reads it in a worker and shows the same list as a small one', async () => {
    const text = collection(40);
    const small = await shown(await serve(text), 'en');
    expect(workers.started).to.have.length(0);
    const src = await serve(text, { large: true });
    const large = await shown(src, 'en');
    expect(workers.started).to.have.length(1);
    // Its Content-Length told the page: it left the body to the worker, which asked again.
    expect(workers.started[0]!.reads).to.deep.equal(['url']);
    expect((await feedStats(src.split('/').pop()!)).requests).to.equal(2);
    await until(() => workers.started[0]!.terminated, 5000, 'the worker stopped when done');
    expect(large.state).to.equal('ready');
    expect(large.text).to.equal(small.text);
    expect(shadowText(large.finder, '[part="count"]')).to.equal('40 MPPs found');
    await expectAccessible(large.finder);
  });

  it('offers the same filters when the worker works them out', async () => {
    const located = (id: string, provinceCode: string, services: string[]) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [106.8, -6.2] },
      properties: { id, name: `MPP ${id}`, provinceCode, services },
    });
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        located('a', '51', ['ktp']),
        located('b', '32', ['paspor', 'ktp']),
        located('c', '11', []),
      ],
    });
    const options = (finder: MppFinder) =>
      [...finder.shadowRoot!.querySelectorAll('select option')].map((o) => o.textContent!.trim());
    const small = await shown(await serve(text), 'en');
    const large = await shown(await serve(text, { large: true }), 'en');
    expect(workers.started).to.have.length(1);
    expect(options(large.finder)).to.deep.equal(options(small.finder));
    expect(options(large.finder)).to.include.members([
      'Aceh',
      'Bali',
      'Jawa Barat',
      'ktp',
      'paspor',
    ]);
  });

  for (const { name, text, contentType } of BAD_DOCUMENTS) {
    it(`tells the same as for a small one in both languages: ${name}`, async () => {
      for (const lang of ['en', 'id']) {
        const small = await shown(await serve(text, { contentType }), lang);
        expect(small.state).to.equal('error');
        const large = await shown(await serve(text, { contentType, large: true }), lang);
        expect(large.text).to.equal(small.text);
        expect(large.detail).to.deep.equal(small.detail);
        expect((window as { __injected?: number }).__injected).to.equal(undefined);
        await expectAccessible(large.finder);
      }
      expect(workers.started).to.have.length(2); // the large ones, not the small ones
    });
  }

  it('drops its own download at the headers, and shows what the worker downloads', async () => {
    const name = uniqueFeedName('large');
    const raw = collection(40) + ' '.repeat(WORKER_THRESHOLD_BYTES);
    await configureFeed(name, { raw, holdAfter: 10, contentLength: true });
    const finder = await finderFixture({ src: feedUrl(name), view: 'list' });
    // The page's answer closed by the page, the worker's under way.
    await until(
      async () => {
        const { requests, heldOpen } = await feedStats(name);
        return requests === 2 && heldOpen === 1;
      },
      10000,
      "the worker's request, the page's dropped",
    );
    await configureFeed(name, {}, { release: true });
    await ready(finder);
    expect(shadowText(finder, '[part="count"]')).to.equal('40 MPP ditemukan');
    expect(workers.started.map(({ reads }) => reads)).to.deep.equal([['url']]);
  });

  it('reads in a worker the bytes of one whose size shows only once downloaded', async () => {
    // Served without Content-Length, as a server compressing on the fly answers.
    const name = uniqueFeedName('large');
    await configureFeed(name, {
      raw: collection(40) + ' '.repeat(WORKER_THRESHOLD_BYTES),
      holdAfter: 10,
    });
    const finder = await finderFixture({ src: feedUrl(name), view: 'list' });
    await until(async () => (await feedStats(name)).requests === 1, 10000, 'the request');
    await configureFeed(name, {}, { release: true });
    await ready(finder);
    expect(shadowText(finder, '[part="count"]')).to.equal('40 MPP ditemukan');
    expect(workers.started.map(({ reads }) => reads)).to.deep.equal([['bytes']]);
    expect((await feedStats(name)).requests).to.equal(1);
  });

  it('leaves a compressed one to the worker when its compressed length says large', async () => {
    // White space of four kinds at random compresses to about a quarter: over 1 MB sent. (A
    // block of 64 kB repeated: gzip finds no repeat farther back than 32 kB.)
    const block = Array.from({ length: 64 * 1024 }, () =>
      ' \t\n\r'.charAt(Math.floor(Math.random() * 4)),
    ).join('');
    const padding = block.repeat((WORKER_THRESHOLD_BYTES * 1.5) / block.length);
    const served = async (raw: string) => {
      const name = uniqueFeedName('large');
      await configureFeed(name, { raw, gzip: true });
      return feedUrl(name);
    };
    await shown(await served(collection(40) + padding), 'id');
    // Spaces compress a thousandfold: its size shows only once it has arrived.
    await shown(await served(collection(40) + ' '.repeat(WORKER_THRESHOLD_BYTES)), 'id');
    expect(workers.started.map(({ reads }) => reads)).to.deep.equal([['url'], ['bytes']]);
  });

  it('tells a download that stalls in the worker as one on the page, within `timeout`', async () => {
    for (const lang of ['en', 'id']) {
      // The headers (a large Content-Length) come at once, the body never. In English, after
      // 1.5 s, and the worker's request waits as long for its own: the time allowed (2 s)
      // runs out meanwhile, counted from the first request.
      const timed = lang === 'en';
      const name = uniqueFeedName('large');
      const raw = collection(40) + ' '.repeat(WORKER_THRESHOLD_BYTES);
      const delayMs = timed ? 1500 : 0;
      await configureFeed(name, { raw, holdAfter: 10, contentLength: true, delayMs });
      let finder!: MppFinder;
      const started = performance.now();
      const errors = await errorsDuring(async () => {
        const timeout = timed ? '2000' : '1000';
        finder = await finderFixture({ src: feedUrl(name), lang, timeout, view: 'list' });
        await until(() => finder.state === 'error', 10000, 'the error');
      });
      // Not 2 s more from the headers (3.5 s), but the element's 2 s, with room for a busy machine.
      if (timed) expect(performance.now() - started).to.be.below(3000);
      expect(workers.started.at(-1)!.reads).to.deep.equal(['url']);
      expect(errors.map(({ code }) => code)).to.deep.equal(['timeout']);
      expect(shadowText(finder, '[part="error"]')).to.contain(
        lang === 'en' ? 'took too long' : 'terlalu lama',
      );
      await until(() => workers.started.at(-1)!.terminated, 5000, 'the worker stopped');
      await configureFeed(name, {}, { release: true });
    }
  });

  it('stops reading the old document when `src` changes mid-way', async () => {
    const finder = await finderFixture({ src: await serve(collection(20_000), { large: true }) });
    await until(() => workers.started.length > 0, 10000, 'the worker');
    const errors = await errorsDuring(() => showThreeNew(finder));
    // The reading worker, and the map's clustering one (3 locations need none).
    await until(() => workers.started.every(({ terminated }) => terminated), 5000, 'stopped');
    expect(errors).to.deep.equal([]);
  });

  it('stops reading when the finder is removed mid-way', async () => {
    const finder = await finderFixture({ src: await serve(collection(20_000), { large: true }) });
    await until(() => workers.started.length > 0, 10000, 'the worker');
    finder.remove();
    await until(() => workers.started[0]!.terminated, 5000, 'the worker terminated');
  });

  it('reads it on the main thread where the page refuses workers, and says so once', async () => {
    const src = new URL(await serve(collection(60), { large: true }), location.href).href;
    const { page, warnings, violations } = await cspPage(
      "worker-src 'none'",
      '/src/finder/index.ts',
      `<mpp-finder src="${src}" view="list"></mpp-finder>`,
    );
    const finder = page.document.querySelector<MppFinder>('mpp-finder')!;
    await until(() => finder.state === 'ready', 10000, 'the list');
    expect(shadowText(finder, '[part="count"]')).to.equal('60 MPP ditemukan');
    expect(violations).to.include('worker-src');
    await until(() => warnings.some((line) => line.includes('worker-src')), 5000, 'the hint');
    const hints = warnings.filter((line) => line.includes('worker-src'));
    expect(hints).to.have.length(1);
    expect(hints[0])
      .to.include('Content-Security-Policy halaman ini')
      .and.include('(EN) This page');
  });
});

/** A document of `count` locations in four provinces, of at least MANY_LOCATIONS_BYTES. */
function manyLocations(count: number) {
  const provinces = ['32', '11', '51', '91'];
  const text = JSON.stringify({
    type: 'FeatureCollection',
    features: Array.from({ length: count }, (_, i) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [95 + (i % 4600) / 100, -11 + (i % 1700) / 100] },
      properties: {
        id: `mpp-${i}`,
        name: `Mal Pelayanan Publik ${i}`,
        provinceCode: provinces[i % provinces.length],
      },
    })),
  });
  expect(text.length).to.be.within(MANY_LOCATIONS_BYTES, WORKER_THRESHOLD_BYTES);
  return text;
}

/** What the map's markers stand for: each pin one location, each cluster its count. */
const locationsOnMap = (finder: MppFinder) =>
  [...finder.shadowRoot!.querySelectorAll('.leaflet-marker-icon')].reduce(
    (sum, marker) =>
      sum +
      (marker.classList.contains('mpp-cluster')
        ? Number(marker.textContent!.replace(/\D/g, ''))
        : 1),
    0,
  );

describe('<mpp-finder> with many locations and its map', () => {
  it('shows the whole list, its filters and the clustered map', async () => {
    const src = await serve(manyLocations(9000));
    const finder = await finderFixture({ src, lang: 'en', height: '600px' });
    await ready(finder);
    await mapSettled(finder);
    expect(shadowText(finder, '[part="count"]')).to.equal('9,000 MPPs found');
    const provinces = [
      ...finder.shadowRoot!.querySelectorAll<HTMLOptionElement>('select option'),
    ].map((option) => option.textContent!.trim());
    // After "All provinces": the four of the data, by name.
    expect(provinces.slice(1)).to.deep.equal(['Aceh', 'Bali', 'Jawa Barat', 'Papua']);
    // Clusters, not 9,000 pins; markers under the map's controls wait for a move.
    const markers = finder.shadowRoot!.querySelectorAll('.leaflet-marker-icon');
    expect(markers.length).to.be.within(1, 200);
    expect(locationsOnMap(finder)).to.be.within(8000, 9000);
    // The clustering worker, once (finders of earlier tests may have started theirs
    // meanwhile, terminated as they were removed). It was given the points as written while
    // the page checked them (before the list showed its count), and not the checked ones again.
    const running = workers.started.filter(({ terminated }) => !terminated);
    expect(running).to.have.length(1);
    const loads = running[0].requests.filter(({ type }) => type === 'load');
    expect(loads).to.have.length(1);
    expect(loads[0].countShown).to.not.include('9,000');
    await expectAccessible(finder);
  });

  it('starts its clustering worker while the document still downloads', async () => {
    const name = uniqueFeedName('held');
    // Its first megabyte now, the rest when released: known to be large from what came.
    await configureFeed(name, { raw: manyLocations(9000), holdAfter: MANY_LOCATIONS_BYTES });
    const finder = await finderFixture({ src: feedUrl(name), lang: 'en', height: '600px' });
    await until(() => workers.started.length > 0, 10000, 'the clustering worker');
    expect(finder.state).to.equal('loading');
    // The map itself, with its tiles, waits for the download.
    expect(finder.shadowRoot!.querySelector('.leaflet-container')).to.equal(null);
    await configureFeed(name, {}, { release: true });
    await ready(finder);
    await mapSettled(finder);
    expect(shadowText(finder, '[part="count"]')).to.equal('9,000 MPPs found');
    expect(locationsOnMap(finder)).to.be.within(8000, 9000);
    // That worker warmed up first, then indexed the points, once: no second worker or load.
    expect(workers.started).to.have.length(1);
    const { requests } = workers.started[0];
    expect(requests[0].type).to.equal('warm-up');
    expect(requests.filter(({ type }) => type === 'load')).to.have.length(1);
  });

  it('starts its clustering worker at the headers when the Content-Length says many', async () => {
    const name = uniqueFeedName('held');
    // A few bytes now, the rest when released; the length, as a static file server sends it.
    const text = manyLocations(9000);
    await configureFeed(name, { raw: text, holdAfter: 1000, contentLength: true });
    const finder = await finderFixture({ src: feedUrl(name) });
    await until(() => workers.started.length > 0, 10000, 'the clustering worker');
    expect(finder.state).to.equal('loading');
    await configureFeed(name, {}, { release: true });
    await ready(finder);
    await mapSettled(finder);
    expect(shadowText(finder, '[part="count"]')).to.equal('9.000 MPP ditemukan');
    expect(workers.started).to.have.length(1);
  });

  it('stops the worker it started for a large download when `src` changes meanwhile', async () => {
    const [first, second] = [uniqueFeedName('held'), uniqueFeedName('held')];
    await configureFeed(first, { raw: manyLocations(9000), holdAfter: MANY_LOCATIONS_BYTES });
    // The new document is still downloading too: nothing else would stop the first worker.
    await configureFeed(second, { raw: collection(3), holdAfter: 10 });
    const finder = await finderFixture({ src: feedUrl(first) });
    try {
      await until(() => workers.started.length > 0, 10000, 'the clustering worker');
      finder.setAttribute('src', feedUrl(second));
      await until(
        () => workers.started.every(({ terminated }) => terminated),
        5000,
        'the first document’s worker stopped',
      );
    } finally {
      await configureFeed(first, {}, { release: true });
      await configureFeed(second, {}, { release: true });
    }
    await ready(finder);
    expect(shadowText(finder, '[part="count"]')).to.equal('3 MPP ditemukan');
  });

  it('stops the clustering worker it started early when removed', async () => {
    const finder = await finderFixture({ src: await serve(manyLocations(9000)) });
    // Started as soon as the document was known to be large, before the list.
    await until(() => workers.started.length > 0, 10000, 'the clustering worker');
    finder.remove();
    await until(
      () => workers.started.every(({ terminated }) => terminated),
      5000,
      'the worker terminated',
    );
  });

  it('clusters on the page where the page refuses workers', async () => {
    const src = new URL(await serve(manyLocations(9000)), location.href).href;
    const { page, violations } = await cspPage(
      "worker-src 'none'",
      '/src/finder/index.ts',
      `<mpp-finder src="${src}" lang="en" height="600px"></mpp-finder>`,
    );
    const finder = page.document.querySelector<MppFinder>('mpp-finder')!;
    await until(() => finder.state === 'ready', 15000, 'the list');
    await mapSettled(finder);
    expect(violations).to.include('worker-src');
    expect(shadowText(finder, '[part="count"]')).to.equal('9,000 MPPs found');
    expect(finder.shadowRoot!.querySelectorAll('.mpp-cluster').length).to.be.greaterThan(0);
    expect(locationsOnMap(finder)).to.be.within(8000, 9000);
  });

  it('shows the new document when `src` changes while the first is read', async () => {
    const finder = await finderFixture({ src: await serve(manyLocations(9000)) });
    // The clustering worker starts as soon as much has arrived, before the list is shown.
    await until(() => workers.started.length > 0, 10000, 'the clustering worker');
    const errors = await errorsDuring(async () => {
      await showThreeNew(finder);
      await mapSettled(finder);
    });
    expect(errors).to.deep.equal([]);
    expect(locationsOnMap(finder)).to.equal(3);
    expect(shadowText(finder, '[part="list"]'))
      .to.include('Baru 0')
      .and.not.include('Mal Pelayanan');
  });
});
