import { asMppError, chunkNotLoaded, isAbortError, type MppError } from '../core/errors.js';
import { fetchJson } from '../core/fetch-json.js';
import type { FeedFormat } from './feed-formats.js';
import type { FeedStream, StreamingFeed } from './feed-stream.js';
import { freshnessSeconds, nextPollSeconds, retryDelaySeconds } from './poll-timing.js';
import type { QueueSnapshot } from './queue-model.js';
import { readFeed } from './read-feed.js';

export type FeedTransport = 'poll' | 'sse';

export interface FeedKey {
  url: string;
  format: FeedFormat;
  transport: FeedTransport;
}

/** A badge listening to a feed. */
export interface FeedListener {
  intervalSeconds: number;
  timeoutMs: number;
  /** A good document arrived at `receivedAt` (ms epoch). */
  onSnapshot(snapshot: QueueSnapshot, receivedAt: number): void;
  onFailure(error: MppError): void;
}

export interface FeedSubscription {
  unsubscribe(): void;
  /** Ask the feed again now (a visitor pressed "try again"). */
  retry(): void;
}

const feeds = new Map<string, SharedFeed>();

/**
 * Subscribes to the one shared connection for (`url`, `format`, `transport`): however
 * many badges show a feed, the page makes one request per interval (or holds one event
 * stream). The last subscriber out stops the feed.
 */
export function subscribeToFeed(key: FeedKey, listener: FeedListener): FeedSubscription {
  const id = `${key.transport} ${key.format} ${key.url}`;
  let feed = feeds.get(id);
  if (!feed) {
    const created = new SharedFeed(key, () => {
      if (feeds.get(id) === created) feeds.delete(id);
    });
    feeds.set(id, created);
    feed = created;
  }
  return feed.add(listener);
}

/**
 * One feed shared by every badge that shows it. Polls go through the browser's HTTP cache,
 * which revalidates with `If-None-Match` / `If-Modified-Since` on its own (an unchanged feed
 * costs a 304) — without custom request headers, so a cross-origin feed needs no CORS
 * preflight and no exposed `ETag`.
 */
class SharedFeed implements StreamingFeed {
  private readonly listeners = new Set<FeedListener>();
  private snapshot?: QueueSnapshot;
  private receivedAt = 0;
  lastFailure?: MppError;
  failures = 0;
  /**
   * The first poll, and every poll of a feed that states no freshness, revalidates
   * (`no-cache`): otherwise the browser could serve an old copy on heuristic freshness.
   */
  private cacheMode: RequestCache = 'no-cache';
  private timer?: ReturnType<typeof setTimeout>;
  private nextPollAt = 0;
  private request?: AbortController;
  /** The event stream (`transport="sse"`), once its chunk is loaded. */
  private stream?: FeedStream;
  stopped = false;

  constructor(
    readonly key: FeedKey,
    private readonly onEmpty: () => void,
  ) {}

  add(listener: FeedListener): FeedSubscription {
    const first = this.listeners.size === 0;
    this.listeners.add(listener);
    if (this.snapshot) listener.onSnapshot(this.snapshot, this.receivedAt);
    if (this.lastFailure) listener.onFailure(this.lastFailure);
    if (first) this.start();
    else this.pollSoonerIfDue();
    return { unsubscribe: () => this.remove(listener), retry: () => this.retry() };
  }

  private remove(listener: FeedListener): void {
    if (!this.listeners.delete(listener) || this.listeners.size > 0) return;
    this.stop();
    this.onEmpty();
  }

  get intervalSeconds(): number {
    return Math.min(...[...this.listeners].map((listener) => listener.intervalSeconds));
  }

  /** The most patient badge decides: a short timeout of one never fails the others. */
  get timeoutMs(): number {
    return Math.max(...[...this.listeners].map((listener) => listener.timeoutMs));
  }

  private start(): void {
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    this.retry();
  }

  private retry(): void {
    if (this.key.transport === 'sse') {
      this.stream?.close();
      this.connect();
    } else if (!this.request) {
      void this.poll();
    }
  }

  private stop(): void {
    this.stopped = true;
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.clearTimer();
    this.request?.abort();
    this.stream?.close();
  }

  // Polls pause while the page is hidden and one poll follows the return. An event
  // stream stays open: it costs the server nothing between messages.
  private readonly onVisibilityChange = () => {
    if (this.key.transport === 'sse') return;
    if (document.hidden) this.clearTimer();
    else if (!this.request) void this.poll();
  };

  clearTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  schedule(delaySeconds: number, action: () => void): void {
    this.clearTimer();
    if (this.stopped) return;
    this.nextPollAt = Date.now() + delaySeconds * 1000;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      action();
    }, delaySeconds * 1000);
  }

  /** A badge with a shorter interval joined: poll sooner if the new interval says so. */
  private pollSoonerIfDue(): void {
    if (this.timer === undefined || this.failures > 0 || this.key.transport === 'sse') return;
    const due = this.receivedAt + this.intervalSeconds * 1000;
    if (due < this.nextPollAt) {
      this.schedule(Math.max(0, due - Date.now()) / 1000, () => void this.poll());
    }
  }

  private async poll(): Promise<void> {
    if (document.hidden || this.stopped) return;
    this.clearTimer();
    const request = new AbortController();
    this.request = request;
    let delaySeconds: number;
    try {
      const response = await fetchJson(this.key.url, {
        signal: request.signal,
        timeoutMs: this.timeoutMs,
        cache: this.cacheMode,
        // Why a failing server fails is found out once per run of failures, not every retry.
        diagnose: this.failures === 0,
      });
      const { headers } = response;
      this.cacheMode =
        headers.has('Cache-Control') || headers.has('Expires') ? 'default' : 'no-cache';
      const snapshot = await readFeed(response.body, this.key.format, this.key.url);
      if (request.signal.aborted) return;
      this.succeed(snapshot);
      delaySeconds = nextPollSeconds(this.intervalSeconds, freshnessSeconds(headers));
    } catch (error) {
      if (isAbortError(error)) return;
      this.fail(this.withKnownCause(asMppError(error, this.key.url)));
      delaySeconds = retryDelaySeconds(this.failures, this.intervalSeconds);
    } finally {
      if (this.request === request) this.request = undefined;
    }
    if (!document.hidden) this.schedule(delaySeconds, () => void this.poll());
  }

  streamFailed(error: MppError): void {
    this.stream?.close();
    this.fail(error);
    this.schedule(retryDelaySeconds(this.failures, this.intervalSeconds), () => this.connect());
  }

  /** Opens the event stream, loading its chunk the first time. */
  private connect(): void {
    if (this.stream) {
      this.stream.connect();
      return;
    }
    void import('./feed-stream.js').then(
      ({ FeedStream }) => {
        if (this.stopped || this.stream) return;
        this.stream = new FeedStream(this);
        this.stream.connect();
      },
      () => this.streamFailed(chunkNotLoaded('The event stream reader', this.key.url)),
    );
  }

  succeed(snapshot: QueueSnapshot): void {
    this.snapshot = snapshot;
    this.receivedAt = Date.now();
    this.failures = 0;
    this.lastFailure = undefined;
    for (const listener of this.listeners) listener.onSnapshot(snapshot, this.receivedAt);
  }

  /** A retry that failed the same way without a probe keeps the cause the first one found. */
  private withKnownCause(error: MppError): MppError {
    const known = this.lastFailure;
    return error.code === 'network' && !error.details.cause && known?.details.cause ? known : error;
  }

  fail(error: MppError): void {
    this.failures += 1;
    this.lastFailure = error;
    for (const listener of this.listeners) listener.onFailure(error);
  }
}
