import { expect } from '@open-wc/testing';
import '../test-support/setup.js';
import { configureFeed, feedStats, feedUrl, uniqueFeedName } from '../test-support/feeds.js';
import { MppError } from './errors.js';
import { fetchJson } from './fetch-json.js';
import { claimPrefetched, dropPrefetched, prefetchJson } from './prefetch.js';

// The CDN loader's early request (prefetch.ts) and the element's own (fetchJson) are one request
// to the server, with the same outcome as if fetchJson had made it, counted by the test server.
describe('prefetched JSON documents', () => {
  const served = async (config: Parameters<typeof configureFeed>[1]) => {
    const name = uniqueFeedName('prefetch');
    await configureFeed(name, config);
    return { name, url: new URL(feedUrl(name), document.baseURI).href };
  };

  it('is claimed by the first fetchJson of its URL: one request', async () => {
    const { name, url } = await served({ body: { answer: 42 } });
    prefetchJson(url, 'default');
    const { body } = await fetchJson(url);
    expect(body).to.deep.equal({ answer: 42 });
    expect((await feedStats(name)).requests).to.equal(1);
  });

  it('is used once: the next fetchJson asks the server again', async () => {
    const { name, url } = await served({ body: { answer: 42 }, cacheControl: 'no-store' });
    prefetchJson(url, 'default');
    await fetchJson(url);
    await fetchJson(url);
    expect((await feedStats(name)).requests).to.equal(2);
  });

  it('serves only the same request: another cache mode asks the server itself', async () => {
    const { name, url } = await served({ body: { answer: 42 }, cacheControl: 'no-store' });
    prefetchJson(url, 'no-cache');
    await fetchJson(url, { cache: 'default' });
    await fetchJson(url, { cache: 'no-cache' }); // this one claims it
    expect((await feedStats(name)).requests).to.equal(2);
    expect(claimPrefetched(url, 'no-cache', new AbortController().signal)).to.equal(undefined);
  });

  it('fails as fetchJson would: an HTTP error is reported with its status', async () => {
    const { url } = await served({ status: 500, body: { error: 'down' } });
    prefetchJson(url, 'default');
    const error = await fetchJson(url).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(MppError);
    expect((error as MppError).code).to.equal('http');
    expect((error as MppError).details.status).to.equal(500);
  });

  it("runs under the claimant's timeout", async () => {
    const { url } = await served({ body: { answer: 42 }, delayMs: 4000 });
    prefetchJson(url, 'default');
    const error = await fetchJson(url, { timeoutMs: 1000 }).catch((caught: unknown) => caught);
    expect((error as MppError).code).to.equal('timeout');
  });

  it('is gone once dropped: the element fetches for itself', async () => {
    const { url } = await served({ body: { answer: 42 } });
    prefetchJson(url, 'default');
    dropPrefetched(url, 'default');
    expect(claimPrefetched(url, 'default', new AbortController().signal)).to.equal(undefined);
    expect((await fetchJson(url)).body).to.deep.equal({ answer: 42 });
  });

  it('says whether it started the request: only its starter may drop it', async () => {
    const { name, url } = await served({ body: { answer: 42 } });
    expect(prefetchJson(url, 'default'), 'first').to.equal(true);
    expect(prefetchJson(url, 'default'), 'already under way').to.equal(false);
    expect((await fetchJson(url)).body).to.deep.equal({ answer: 42 });
    expect((await feedStats(name)).requests).to.equal(1);
  });
});
