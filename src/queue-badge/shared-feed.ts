import { asMppError, isAbortError, MppError } from '../core/errors.js';
import { fetchJson, parseJson } from '../core/fetch-json.js';
import { readQueueFeed, type FeedFormat } from './feed-formats.js';
import { freshnessSeconds, retryDelaySeconds } from './poll-timing.js';
import type { QueueSnapshot } from './queue-model.js';

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
  /** A good document arrived (or a 304 confirmed the last one) at `receivedAt` (ms epoch). */
  onSnapshot(snapshot: QueueSnapshot, receivedAt: number): void;
  onFailure(error: MppError): void;
}

const feeds = new Map<string, SharedFeed>();

/**
 * Subscribes to the one shared connection for (`url`, `format`, `transport`): however
 * many badges show a feed, the page makes one request per interval (or holds one event
 * stream). Returns the unsubscribe function; the last one out stops the feed.
 */
export function subscribeToFeed(key: FeedKey, listener: FeedListener): () => void {
  const id = `${key.transport} ${key.format} ${key.url}`;
  let feed = feeds.get(id);
  if (!feed) {
    feed = new SharedFeed(key, () => feeds.delete(id));
    feeds.set(id, feed);
  }
  return feed.add(listener);
}

class SharedFeed {
  private readonly listeners = new Set<FeedListener>();
  private snapshot?: QueueSnapshot;
  private receivedAt = 0;
  private lastFailure?: MppError;
  private failures = 0;
  private etag?: string;
  private lastModified?: string;
  private conditionalRequests = true;
  private timer?: ReturnType<typeof setTimeout>;
  private nextPollAt = 0;
  private request?: AbortController;
  private eventSource?: EventSource;

  constructor(
    private readonly key: FeedKey,
    private readonly onEmpty: () => void,
  ) {}

  add(listener: FeedListener): () => void {
    const first = this.listeners.size === 0;
    this.listeners.add(listener);
    if (this.snapshot) listener.onSnapshot(this.snapshot, this.receivedAt);
    if (this.lastFailure) listener.onFailure(this.lastFailure);
    if (first) this.start();
    else if (this.timer !== undefined) this.reschedule();
    return () => this.remove(listener);
  }

  private remove(listener: FeedListener): void {
    this.listeners.delete(listener);
    if (this.listeners.size > 0) return;
    this.stop();
    this.onEmpty();
  }

  private get intervalSeconds(): number {
    return Math.min(...[...this.listeners].map((listener) => listener.intervalSeconds));
  }

  /** The most patient badge decides: a short timeout of one never fails the others. */
  private get timeoutMs(): number {
    return Math.max(...[...this.listeners].map((listener) => listener.timeoutMs));
  }

  private start(): void {
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    if (this.key.transport === 'sse') this.connect();
    else void this.poll();
  }

  private stop(): void {
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    clearTimeout(this.timer);
    this.timer = undefined;
    this.request?.abort();
    this.eventSource?.close();
    this.eventSource = undefined;
  }

  // Polls pause while the page is hidden and one poll follows the return. An event
  // stream stays open: it costs the server nothing between messages.
  private readonly onVisibilityChange = () => {
    if (this.key.transport === 'sse') return;
    if (document.hidden) {
      clearTimeout(this.timer);
      this.timer = undefined;
    } else if (!this.request) {
      void this.poll();
    }
  };

  private schedule(delaySeconds: number, action: () => void): void {
    clearTimeout(this.timer);
    this.nextPollAt = Date.now() + delaySeconds * 1000;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      action();
    }, delaySeconds * 1000);
  }

  /** A badge with a shorter interval joined: poll sooner if the new interval says so. */
  private reschedule(): void {
    if (this.failures > 0 || this.key.transport === 'sse') return;
    const due = this.receivedAt + this.intervalSeconds * 1000;
    if (due < this.nextPollAt) {
      this.schedule(Math.max(0, due - Date.now()) / 1000, () => void this.poll());
    }
  }

  private async poll(): Promise<void> {
    if (document.hidden) return;
    const request = new AbortController();
    this.request = request;
    const headers = this.validatorHeaders();
    let delaySeconds: number;
    try {
      const response = await fetchJson(this.key.url, {
        signal: request.signal,
        timeoutMs: this.timeoutMs,
        headers,
      });
      const snapshot =
        response.status === 304 && this.snapshot
          ? this.snapshot
          : readQueueFeed(response.body, this.key.format, this.key.url);
      this.etag = response.headers.get('ETag') ?? undefined;
      this.lastModified = response.headers.get('Last-Modified') ?? undefined;
      this.succeed(snapshot);
      delaySeconds = Math.max(this.intervalSeconds, freshnessSeconds(response.headers));
    } catch (error) {
      if (isAbortError(error)) return;
      const failure = asMppError(error, this.key.url);
      if (failure.code === 'network' && Object.keys(headers).length > 0 && this.isCrossOrigin) {
        // Likely a CORS preflight that does not allow If-None-Match / If-Modified-Since
        // (the feed only sends Access-Control-Allow-Origin): ask plainly from now on.
        this.conditionalRequests = false;
        delaySeconds = 0;
      } else {
        this.fail(failure);
        delaySeconds = retryDelaySeconds(this.failures, this.intervalSeconds);
      }
    } finally {
      if (this.request === request) this.request = undefined;
    }
    if (this.listeners.size > 0 && !document.hidden) {
      this.schedule(delaySeconds, () => void this.poll());
    }
  }

  private validatorHeaders(): Record<string, string> {
    const headers: Record<string, string> = {};
    if (!this.snapshot || !this.conditionalRequests) return headers;
    if (this.etag) headers['If-None-Match'] = this.etag;
    if (this.lastModified) headers['If-Modified-Since'] = this.lastModified;
    return headers;
  }

  private get isCrossOrigin(): boolean {
    return new URL(this.key.url).origin !== location.origin;
  }

  private connect(): void {
    const source = new EventSource(this.key.url);
    this.eventSource = source;
    source.onmessage = (event: MessageEvent<string>) => {
      try {
        this.succeed(
          readQueueFeed(parseJson(event.data, this.key.url), this.key.format, this.key.url),
        );
      } catch (error) {
        this.fail(asMppError(error, this.key.url));
      }
    };
    // EventSource would retry on its own at a fixed pace; we close it and back off instead.
    source.onerror = () => {
      source.close();
      this.eventSource = undefined;
      this.fail(
        new MppError('network', 'The event stream failed or closed', { url: this.key.url }),
      );
      this.schedule(retryDelaySeconds(this.failures, this.intervalSeconds), () => this.connect());
    };
  }

  private succeed(snapshot: QueueSnapshot): void {
    this.snapshot = snapshot;
    this.receivedAt = Date.now();
    this.failures = 0;
    this.lastFailure = undefined;
    for (const listener of this.listeners) listener.onSnapshot(snapshot, this.receivedAt);
  }

  private fail(error: MppError): void {
    this.failures += 1;
    this.lastFailure = error;
    for (const listener of this.listeners) listener.onFailure(error);
  }
}
