import { expect } from '@open-wc/testing';
import '../test-support/setup.js';
import { configureFeed, feedUrl, uniqueFeedName, until } from '../test-support/feeds.js';
import { readBody } from './document-text.js';
import { fetchDocument } from './fetch-json.js';

// fetchDocument's own reader and readBody's progress: a reader hears a download's headers and progress
// while it is under way, from the test server's real response, held part-way until the test
// releases it.
describe('fetchDocument watching a download', () => {
  it('tells the headers, then the bytes arrived so far, while the body still comes', async () => {
    const text = JSON.stringify({ filler: 'x'.repeat(3000) });
    const name = uniqueFeedName('watched');
    await configureFeed(name, { raw: text, holdAfter: 2000, contentLength: true });
    const heard = { length: '', progress: [] as number[], done: false };
    const fetched = fetchDocument(feedUrl(name), {}, (response) => {
      heard.length = response.headers.get('content-length') ?? '';
      return readBody(response, undefined, undefined, (bytesSoFar) =>
        heard.progress.push(bytesSoFar),
      );
    });
    fetched.then(
      () => (heard.done = true),
      () => {}, // awaited below
    );
    try {
      await until(() => heard.progress.includes(2000), 5000, 'the first 2,000 bytes');
      expect(heard.done).to.equal(false);
      expect(heard.length).to.equal(String(text.length));
    } finally {
      await configureFeed(name, {}, { release: true });
    }
    const bytes = await fetched;
    expect(bytes.byteLength).to.equal(text.length);
    // After each chunk, the total so far: growing, up to the whole body.
    expect(heard.progress.at(-1)).to.equal(text.length);
    const growing = heard.progress.every(
      (bytesSoFar, i) => i === 0 || bytesSoFar > heard.progress[i - 1],
    );
    expect(growing).to.equal(true);
  });
});
