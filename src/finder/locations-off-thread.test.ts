import { expect } from '@open-wc/testing';
import '../test-support/setup.js';
import { fetchDocument, parseDocument } from '../core/fetch-json.js';
import { MppError } from '../core/errors.js';
import { anyDocument, jsonText } from '../test-support/document-arbitraries.js';
import { checkProperty, fc } from '../test-support/property.js';
import { WORKER_THRESHOLD_BYTES } from './locations-fetching.js';
import { configureFeed, feedUrl, uniqueFeedName } from '../test-support/feeds.js';
import { fetchLocationsOffThread, readLocationsOffThread } from './locations-off-thread.js';
import { readLocations, type LocationSet } from './locations.js';

const URL_READ = 'https://data.example/locations.json';
const encoder = new TextEncoder();

/** What a read gave: the locations and warnings, or the error with everything it carries. */
async function outcome(read: () => Promise<LocationSet>) {
  try {
    const { locations, warnings } = await read();
    return { locations, warnings: warnings.details };
  } catch (error) {
    if (!(error instanceof MppError)) return { thrown: String(error) };
    return { code: error.code, message: error.message, details: error.details };
  }
}

const onMainThread = (text: string, contentType = 'application/json') =>
  outcome(async () => {
    const bytes = encoder.encode(text);
    return readLocations(parseDocument(bytes, contentType, URL_READ), URL_READ);
  });

/** The same document made large with trailing white space (still the same JSON), read by the worker. */
function inWorker(
  text: string,
  contentType = 'application/json',
  signal = new AbortController().signal,
) {
  const bytes = encoder.encode(text + ' '.repeat(WORKER_THRESHOLD_BYTES));
  let refused = false;
  const reading = readLocationsOffThread(
    { bytes, contentType, url: URL_READ, signal },
    () => Promise.reject(new Error('read on the main thread')),
    () => (refused = true),
  );
  return outcome(async () => {
    const set = await reading;
    expect(refused, 'read on the main thread').to.equal(false);
    return set;
  });
}

const feature = (id: string, name: unknown, coordinates: unknown = [106.8, -6.2]) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates },
  properties: { id, name, openingHours: 'Mo-Fr 08:00-15:00; Mo 08:00-15:00' },
});

const BAD_DOCUMENTS: { name: string; text: string; contentType?: string }[] = [
  { name: 'not JSON', text: '{"type": "FeatureCollection", "features": [],}' },
  { name: 'truncated JSON', text: '{"type": "FeatureCollection", "features": [' },
  {
    name: 'an HTML login page',
    text: '<!doctype html><html><body><form>Login</form></body></html>',
    contentType: 'text/html; charset=utf-8',
  },
  { name: 'not a FeatureCollection', text: JSON.stringify({ type: 'Feature', features: {} }) },
  {
    name: 'markup in strings, swapped coordinates, duplicate ids',
    text: JSON.stringify({
      type: 'FeatureCollection',
      features: [
        feature('a', '<img src=x onerror="window.__injected=1">'),
        feature('a', 'Dua', [-6.2, 106.8]),
        feature('<script>x</script>', { id: 7 }),
      ],
    }),
  },
  {
    name: 'a huge issue list (20,000 locations without an id)',
    text: JSON.stringify({
      type: 'FeatureCollection',
      features: Array.from({ length: 20_000 }, (_, i) => feature('', `MPP ${i}`)),
    }),
  },
];

describe('locations read in a worker', () => {
  for (const { name, text, contentType } of BAD_DOCUMENTS) {
    it(`fails exactly as the main thread does: ${name}`, async () => {
      const expected = await onMainThread(text, contentType);
      expect(expected).to.have.property('code'); // the document really is bad
      expect(await inWorker(text, contentType)).to.deep.equal(expected);
    });
  }

  it('gives the same locations and warnings as the main thread, 5,000 of them', async () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: Array.from({ length: 5000 }, (_, i) =>
        feature(`mpp-${i}`, { id: `MPP ${i}`, en: `Public Service Mall ${i}` }),
      ),
    });
    const expected = await onMainThread(text);
    expect(expected).to.have.property('locations').with.length(5000);
    expect(await inWorker(text)).to.deep.equal(expected);
  });

  it('agrees with the main thread on any document (property)', async () => {
    await checkProperty(
      'locations: worker and main thread read alike',
      fc.asyncProperty(anyDocument('locations'), async (document) => {
        const text = jsonText(document);
        expect(await inWorker(text)).to.deep.equal(await onMainThread(text));
      }),
      { share: 0.2 },
    );
  });

  it('downloads a document as the page does, with the same failures', async () => {
    const served = async (config: Parameters<typeof configureFeed>[1]) => {
      const name = uniqueFeedName('off-thread');
      await configureFeed(name, config);
      return new URL(feedUrl(name), location.href).href;
    };
    const urls = [
      await served({ body: { type: 'FeatureCollection', features: [feature('a', 'Satu')] } }),
      await served({ status: 500 }),
      await served({ raw: '{"type": "FeatureCollection", "features": [' }),
      'http://127.0.0.1:9/locations.json', // nothing listens there
    ];
    const outcomes = [];
    for (const url of urls) {
      const onPage = await outcome(async () => {
        const { headers, bytes } = await fetchDocument(url, { diagnose: false });
        return readLocations(parseDocument(bytes, headers.get('content-type'), url), url);
      });
      const { signal } = new AbortController();
      let downloaded = false;
      const request = { url, inTime: signal, signal, onDownloaded: () => (downloaded = true) };
      const refused = () => expect.fail('read on the main thread');
      const inWorker = await outcome(() => fetchLocationsOffThread(request, refused, refused));
      // Told only of a download that arrived: the document read, and the one not JSON.
      expect(downloaded, url).to.equal(!('code' in onPage) || onPage.code === 'parse');
      expect(inWorker, url).to.deep.equal(onPage);
      outcomes.push(inWorker);
    }
    expect(outcomes.map((result) => ('code' in result ? result.code : 'read'))).to.deep.equal([
      'read',
      'http',
      'parse',
      'network',
    ]);
  });

  it('stops when the read is no longer wanted', async () => {
    const controller = new AbortController();
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: Array.from({ length: 20_000 }, (_, i) => feature(`mpp-${i}`, `MPP ${i}`)),
    });
    const reading = inWorker(text, 'application/json', controller.signal);
    controller.abort();
    expect(await reading).to.deep.equal({ thrown: 'AbortError: Aborted' });
  });
});
