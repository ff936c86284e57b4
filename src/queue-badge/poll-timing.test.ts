import { expect } from '@open-wc/testing';
import '../test-support/setup.js';
import {
  freshnessSeconds,
  MAX_RETRY_SECONDS,
  nextPollSeconds,
  retryDelaySeconds,
  StreamReopenBackoff,
} from './poll-timing.js';

describe('retryDelaySeconds', () => {
  it('doubles per failure from the interval, jittered between half and all of it', () => {
    expect(retryDelaySeconds(1, 15, () => 0)).to.equal(7.5);
    expect(retryDelaySeconds(1, 15, () => 1)).to.equal(15);
    expect(retryDelaySeconds(2, 15, () => 1)).to.equal(30);
    expect(retryDelaySeconds(3, 15, () => 1)).to.equal(60);
  });

  it('never waits more than five minutes', () => {
    expect(retryDelaySeconds(30, 15, () => 1)).to.equal(MAX_RETRY_SECONDS);
    expect(retryDelaySeconds(1000, 60, () => 0.999)).to.be.at.most(300);
  });

  it('spreads clients that failed together', () => {
    const delays = new Set(Array.from({ length: 50 }, () => retryDelaySeconds(4, 15).toFixed(3)));
    expect(delays.size).to.be.greaterThan(40);
  });
});

describe('StreamReopenBackoff', () => {
  it('doubles the pause after each short-lived stream, up to the interval', () => {
    const backoff = new StreamReopenBackoff(() => 1);
    const pauses = Array.from({ length: 8 }, () => backoff.afterClose(0.2, 30));
    expect(pauses).to.deep.equal([1, 2, 4, 8, 16, 30, 30, 30]);
  });

  it('jitters each pause down by up to half', () => {
    const low = new StreamReopenBackoff(() => 0);
    expect([low.afterClose(1, 30), low.afterClose(1, 30), low.afterClose(1, 30)]).to.deep.equal([
      0.5, 1, 2,
    ]);
    const pauses = new Set(
      Array.from({ length: 50 }, () => new StreamReopenBackoff().afterClose(1, 30).toFixed(3)),
    );
    expect(pauses.size).to.be.greaterThan(40);
  });

  it('starts afresh after a stream that stayed open for a minute', () => {
    const backoff = new StreamReopenBackoff(() => 1);
    for (let i = 0; i < 6; i++) backoff.afterClose(0.5, 30);
    expect(backoff.afterClose(59, 30), 'still short').to.equal(30);
    expect(backoff.afterClose(60, 30), 'healthy').to.equal(1);
    expect(backoff.afterClose(2, 30)).to.equal(2);
  });
});

describe('freshnessSeconds', () => {
  const headers = (init: Record<string, string>) => new Headers(init);
  it('reads max-age and subtracts Age', () => {
    expect(freshnessSeconds(headers({ 'Cache-Control': 'public, max-age=30' }))).to.equal(30);
    expect(freshnessSeconds(headers({ 'Cache-Control': 'max-age=30', Age: '12' }))).to.equal(18);
    expect(freshnessSeconds(headers({ 'Cache-Control': 'max-age=30', Age: '40' }))).to.equal(0);
  });
  it('is 0 when the answer must not be reused or says nothing', () => {
    expect(freshnessSeconds(headers({}))).to.equal(0);
    expect(freshnessSeconds(headers({ 'Cache-Control': 'no-cache, max-age=30' }))).to.equal(0);
    expect(freshnessSeconds(headers({ 'Cache-Control': 'no-store' }))).to.equal(0);
    expect(freshnessSeconds(headers({ 'Cache-Control': 's-maxage=60' }))).to.equal(0);
  });
});

describe('nextPollSeconds', () => {
  it('polls every interval, or once the answer has expired, but within two intervals', () => {
    expect(nextPollSeconds(15, 0)).to.equal(15);
    expect(nextPollSeconds(15, 5)).to.equal(15);
    expect(nextPollSeconds(5, 9)).to.equal(10);
    expect(nextPollSeconds(15, 20)).to.equal(21);
    // A year of max-age would otherwise stop the polling (and make the data stale).
    expect(nextPollSeconds(15, 31536000)).to.equal(30);
  });
});
