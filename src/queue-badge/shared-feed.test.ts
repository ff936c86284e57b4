import { expect, fixture, html } from '@open-wc/testing';
import '../test-support/setup.js';
import { expectAccessible } from '../test-support/axe.js';
import { badge } from '../test-support/badge.js';
import { errorsDuring, part, shadowText } from '../test-support/dom.js';
import {
  configureFeed,
  feedStats,
  feedUrl,
  secondOriginFeedUrl,
  setPageHidden,
  sleep,
  uniqueFeedName,
  until,
  type FeedConfig,
} from '../test-support/feeds.js';
import { cianjurFeed, withNowServing } from '../test-support/queue-documents.js';
import { recordLiveRegions } from '../test-support/live-transcript.js';
import type { MppQueueBadge } from './queue-badge.js';

async function newFeed(config: FeedConfig, label = 'net') {
  const name = uniqueFeedName(label);
  await configureFeed(name, config);
  return name;
}

/** Creates `count` badges inside one container and waits until all are ready. */
async function badges(count: number, attributes: (i: number) => Record<string, string>) {
  const container = await fixture<HTMLElement>(html`<div></div>`);
  const elements = Array.from({ length: count }, (_, i) => {
    const element = document.createElement('mpp-queue-badge');
    for (const [name, value] of Object.entries(attributes(i))) element.setAttribute(name, value);
    container.append(element);
    return element;
  });
  await until(() => elements.every((e) => e.state === 'ready'), 8000, 'all badges ready');
  return { container, elements };
}

describe('queue feed sharing and thrift', () => {
  afterEach(() => setPageHidden(false));

  it('10 badges on one feed make 1 request, then 1 per smallest interval', async function () {
    this.timeout(20000);
    const name = await newFeed({ body: cianjurFeed });
    const { elements } = await badges(10, (i) => ({
      src: feedUrl(name),
      interval: i === 3 ? '5' : '30',
    }));
    expect((await feedStats(name)).requests).to.equal(1);
    await sleep(5600);
    expect((await feedStats(name)).requests).to.equal(2);
    expect(elements.every((e) => shadowText(e, '[part~=number]') === 'A-023')).to.equal(true);
  });

  it('revalidates with If-None-Match and keeps the data on 304', async function () {
    this.timeout(20000);
    const name = await newFeed({ body: cianjurFeed });
    const el = await badge({ src: feedUrl(name), interval: '5' }, 'ready');
    await until(async () => (await feedStats(name)).requests >= 2, 8000, 'second poll');
    const stats = await feedStats(name);
    expect(stats.conditional).to.equal(1);
    expect(stats.notModified).to.equal(1);
    expect(el.state).to.equal('ready');
    expect(shadowText(el, '[part~=number]')).to.equal('A-023');
    // A changed document is fetched in full on the next poll.
    await configureFeed(name, { body: withNowServing('A-024') });
    await until(() => shadowText(el, '[part~=number]') === 'A-024', 8000, 'new number');
  });

  it('revalidates with If-Modified-Since when the server sends only Last-Modified', async function () {
    this.timeout(20000);
    const lastModified = new Date(Date.now() - 60000).toUTCString();
    const name = await newFeed({ body: cianjurFeed, etag: false, lastModified });
    await badge({ src: feedUrl(name), interval: '5' }, 'ready');
    await until(async () => (await feedStats(name)).requests >= 2, 8000, 'second poll');
    expect((await feedStats(name)).notModified).to.equal(1);
  });

  it('waits for Cache-Control max-age when it is longer than the interval', async function () {
    this.timeout(20000);
    const name = await newFeed({ body: cianjurFeed, cacheControl: 'public, max-age=9' });
    await badge({ src: feedUrl(name), interval: '5' }, 'ready');
    await sleep(6500);
    expect((await feedStats(name)).requests, 'no poll before max-age').to.equal(1);
    await until(async () => (await feedStats(name)).requests === 2, 5000, 'poll after max-age');
  });

  it('makes no request while the page is hidden, and one on return', async function () {
    this.timeout(20000);
    const name = await newFeed({ body: cianjurFeed });
    await badge({ src: feedUrl(name), interval: '5' }, 'ready');
    setPageHidden(true);
    await sleep(7000);
    expect((await feedStats(name)).requests, 'requests while hidden').to.equal(1);
    setPageHidden(false);
    await until(async () => (await feedStats(name)).requests === 2, 2000, 'poll on return');
    await sleep(1000);
    expect((await feedStats(name)).requests).to.equal(2);
  });

  it('stops requesting when the last badge is removed', async function () {
    this.timeout(20000);
    const name = await newFeed({ body: cianjurFeed });
    const { container } = await badges(3, () => ({ src: feedUrl(name), interval: '5' }));
    container.remove();
    const before = (await feedStats(name)).requests;
    await sleep(6000);
    expect((await feedStats(name)).requests).to.equal(before);
  });

  it('keeps the last data, marked offline, when a poll fails, and recovers by itself', async function () {
    this.timeout(25000);
    const name = await newFeed({ body: cianjurFeed });
    const el = await badge({ src: feedUrl(name), interval: '5', variant: 'full' }, 'ready');
    await configureFeed(name, { status: 500 });
    await until(() => el.state === 'offline', 8000, 'offline');
    expect(shadowText(el, '[part~=number]')).to.equal('A-023');
    expect(shadowText(el, '[part~=notice]')).to.equal(
      'Koneksi terputus — menampilkan data terakhir',
    );
    el.lang = 'en';
    await until(
      () => shadowText(el, '[part~=notice]') === 'Connection lost — showing the last data',
      2000,
      'English notice',
    );
    await configureFeed(name, { status: 200, body: withNowServing('A-030') });
    // First retry comes after 2.5–5 s (interval with jitter).
    await until(() => el.state === 'ready', 8000, 'recovered');
    expect(shadowText(el, '[part~=number]')).to.equal('A-030');
    expect(part(el, 'notice')).to.equal(null);
  });

  it('marks data older than 3 × interval as stale (measured from receipt)', async function () {
    this.timeout(30000);
    const name = await newFeed({ body: { ...cianjurFeed, updatedAt: '2001-01-01T00:00:00Z' } });
    const el = await badge({ src: feedUrl(name), interval: '5', timeout: '30000' }, 'ready');
    // The next polls hang (a stalled server): nothing fails within 30 s, the data just ages.
    await configureFeed(name, { body: cianjurFeed, delayMs: 40000 });
    await sleep(12000);
    expect(el.state, 'not stale before 15 s, whatever updatedAt says').to.equal('ready');
    await until(() => el.state === 'stale', 6000, 'stale');
    expect(shadowText(el, '[part~=notice]')).to.equal('Data belum diperbarui');
    expect(shadowText(el, '[part~=updated]')).to.match(/Diperbarui 1\d detik yang lalu$/);
    expect(shadowText(el, '[part~=number]')).to.equal('A-023');
    await expectAccessible(el);
    el.lang = 'en';
    await until(
      () => shadowText(el, '[part~=notice]') === 'Data not current',
      2000,
      'English stale notice',
    );
    expect(shadowText(el, '[part~=updated]')).to.match(
      /^Data not current Updated 1\d seconds ago$/,
    );
    await expectAccessible(el);
  });

  it('reads a cross-origin feed that sends only Access-Control-Allow-Origin: no preflight, still revalidated', async function () {
    this.timeout(20000);
    const name = await newFeed({ body: cianjurFeed }); // the test server sends only Access-Control-Allow-Origin
    const el = await badge({ src: await secondOriginFeedUrl(name), interval: '5' }, 'ready');
    await until(async () => (await feedStats(name)).requests >= 2, 8000, 'second poll');
    const stats = await feedStats(name);
    expect(el.state).to.equal('ready');
    expect(stats.preflights, 'CORS preflights').to.equal(0);
    expect(stats.conditional, 'revalidations').to.equal(1);
    expect(stats.notModified).to.equal(1);
  });

  it('does not poll for a badge that was removed before its feed changed', async function () {
    this.timeout(15000);
    const name = await newFeed({ body: cianjurFeed });
    const el = await badge({ src: feedUrl(name) }, 'ready');
    el.remove();
    const other = await newFeed({ body: cianjurFeed });
    el.setAttribute('src', feedUrl(other));
    el.interval = 5;
    await sleep(6000);
    expect((await feedStats(other)).requests).to.equal(0);
  });
});

/** A badge on the event stream of feed `name` (second origin), once it shows data. */
async function sseBadgeOn(name: string): Promise<MppQueueBadge> {
  return (await badge(
    { src: await secondOriginFeedUrl(name), transport: 'sse' },
    'ready',
  )) as MppQueueBadge;
}

describe('queue feed over Server-Sent Events', () => {
  it('shares one stream between badges, shows pushed numbers and closes when removed', async function () {
    this.timeout(20000);
    const name = await newFeed({ body: cianjurFeed, sse: true }, 'sse');
    const src = await secondOriginFeedUrl(name);
    const { container, elements } = await badges(5, () => ({ src, transport: 'sse' }));
    expect((await feedStats(name)).streamsOpened).to.equal(1);
    await configureFeed(name, { body: withNowServing('A-024', 'Loket 3') });
    await until(
      () => elements.every((e) => shadowText(e, '[part~=number]') === 'A-024'),
      4000,
      'pushed number',
    );
    expect(shadowText(elements[0], '[part~=counter]')).to.equal('Loket 3');
    container.remove();
    await until(async () => (await feedStats(name)).streamsOpen === 0, 4000, 'stream closed');
  });

  it('reopens a stream that the server closed, without calling it a failure', async function () {
    this.timeout(20000);
    const name = await newFeed({ body: cianjurFeed, sse: true }, 'sse-drop');
    let el!: MppQueueBadge;
    const errors = await errorsDuring(async () => {
      el = await sseBadgeOn(name);
      await configureFeed(name, { body: withNowServing('A-040') }, { closeStreams: true });
      await until(() => shadowText(el, '[part~=number]') === 'A-040', 5000, 'reopened stream');
    });
    expect(el.state).to.equal('ready');
    expect(errors).to.deep.equal([]);
    expect((await feedStats(name)).streamsOpened).to.equal(2);
  });

  it('reopens a server that closes after each message later and later, showing its data', async function () {
    this.timeout(20000);
    const name = await newFeed(
      { body: cianjurFeed, sse: true, closeAfterMessage: true },
      'sse-close',
    );
    let el!: MppQueueBadge;
    const errors = await errorsDuring(async () => {
      el = await sseBadgeOn(name);
      const start = Date.now();
      // Reopened after 0.5–1 s, then 1–2 s, 2–4 s, 4–8 s: within 8 s at most 5 streams (a
      // fixed one-second pause would open 8), at least 3 (it does keep reopening).
      await until(() => Date.now() - start >= 8000, 9000, 'the 8 s window');
    });
    const { streamsOpened } = await feedStats(name);
    expect(streamsOpened).to.be.within(3, 5);
    expect(el.state).to.equal('ready');
    expect(shadowText(el, '[part~=number]')).to.equal('A-023');
    expect(errors).to.deep.equal([]);
  });

  it('backs off while the stream cannot be opened, keeping the last data, and recovers', async function () {
    this.timeout(25000);
    const name = await newFeed({ body: cianjurFeed, sse: true }, 'sse-fail');
    const el = (await badge(
      { src: await secondOriginFeedUrl(name), transport: 'sse', interval: '5' },
      'ready',
    )) as MppQueueBadge;
    await configureFeed(name, { status: 503 }, { closeStreams: true });
    // The reopen fails: now it is a failure, retried with backoff.
    await until(() => el.state === 'offline', 5000, 'offline');
    expect(shadowText(el, '[part~=number]')).to.equal('A-023');
    await configureFeed(name, { status: 200, body: withNowServing('A-050') });
    await until(
      () => el.state === 'ready' && shadowText(el, '[part~=number]') === 'A-050',
      10000,
      'recovered',
    );
  });
});

describe('live region announcements', () => {
  it('announces a newly called number, not the first one, at most once per 10 s', async function () {
    this.timeout(30000);
    const name = await newFeed({ body: cianjurFeed, sse: true }, 'announce');
    const el = await badge({ src: await secondOriginFeedUrl(name), transport: 'sse' }, 'ready');
    // What the page's one announcer (src/core/announcer.ts) says, on the real clock here.
    const transcript = recordLiveRegions(() => Date.now());
    const heard = () => transcript.heard.map((h) => h.text);
    const service = 'Kependudukan dan Pencatatan Sipil';
    try {
      await configureFeed(name, { body: withNowServing('A-024', 'Loket 1') });
      await until(() => heard().length > 0, 3000, 'first announcement');
      expect(heard(), 'the call, not the first data').to.deep.equal([
        `${service}: nomor A-024 dipanggil ke Loket 1`,
      ]);
      const firstAt = transcript.heard[0].at;
      await configureFeed(name, { body: withNowServing('A-025', 'Loket 2') });
      await configureFeed(name, { body: withNowServing('A-026', 'Loket 3') });
      await until(
        () => shadowText(el, '[part~=number]') === 'A-026',
        3000,
        'display updates at once',
      );
      expect(heard(), 'held back within 10 s').to.have.length(1);
      await until(() => heard().length === 2, 12000, 'latest call after the gap');
      expect(heard()[1]).to.equal(`${service}: nomor A-026 dipanggil ke Loket 3`);
      expect(transcript.heard[1].at - firstAt).to.be.at.least(9900);
    } finally {
      transcript.stop();
    }
  });
});
