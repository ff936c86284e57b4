import { asMppError, MppError } from '../core/errors.js';
import { parseJson } from '../core/fetch-json.js';
import { StreamReopenBackoff } from './poll-timing.js';
import type { QueueSnapshot } from './queue-model.js';
import { readFeed } from './read-feed.js';
import type { FeedKey } from './shared-feed.js';

/** What a stream needs of the shared feed it serves (shared-feed.ts). */
export interface StreamingFeed {
  readonly key: FeedKey;
  readonly stopped: boolean;
  readonly intervalSeconds: number;
  readonly timeoutMs: number;
  readonly failures: number;
  readonly lastFailure?: MppError;
  /** Runs `action` in `delaySeconds`, replacing what was scheduled. */
  schedule(delaySeconds: number, action: () => void): void;
  clearTimer(): void;
  succeed(snapshot: QueueSnapshot): void;
  fail(error: MppError): void;
  /** The stream failed: report it and try again after the backoff. */
  streamFailed(error: MppError): void;
}

/**
 * The Server-Sent Events side of a shared feed (`transport="sse"`), in a chunk of its own:
 * most badges poll and never download it.
 */
export class FeedStream {
  private source?: EventSource;
  private readonly reopenBackoff = new StreamReopenBackoff();
  /** The stream's messages being read, one after the other. */
  private reading = Promise.resolve();

  constructor(private readonly feed: StreamingFeed) {}

  get open(): boolean {
    return this.source !== undefined;
  }

  close(): void {
    this.source?.close();
    this.source = undefined;
  }

  connect(): void {
    const { feed } = this;
    if (feed.stopped) return;
    const { url, format } = feed.key;
    const source = new EventSource(url);
    this.source = source;
    const openedAt = Date.now();
    let delivered = false;
    // EventSource has no timeout of its own: a stream that says nothing in time has failed.
    feed.schedule(feed.timeoutMs / 1000, () => {
      if (!delivered)
        feed.streamFailed(new MppError('timeout', 'No event within the timeout', { url }));
    });
    source.onmessage = (event: MessageEvent<string>) => {
      if (!delivered) feed.clearTimer();
      delivered = true;
      // Read in arrival order, even when one message waits for the schemas' chunk.
      this.reading = this.reading
        .then(() => readFeed(parseJson(event.data, url), format, url))
        .then(
          (snapshot) => {
            if (this.source === source) feed.succeed(snapshot);
          },
          (error: unknown) => {
            if (this.source === source) feed.fail(asMppError(error, url));
          },
        );
    };
    // EventSource would retry on its own at a fixed pace; we close it and decide. A stream
    // that worked and was closed (servers and proxies end long streams) is reopened, soon
    // after a long stream, later and later after short ones (StreamReopenBackoff).
    source.onerror = () => {
      this.close();
      if (delivered && feed.failures === 0) {
        const openSeconds = (Date.now() - openedAt) / 1000;
        const delay = this.reopenBackoff.afterClose(openSeconds, feed.intervalSeconds);
        feed.schedule(delay, () => this.connect());
        return;
      }
      // Closed at once: EventSource would retry by itself while we find out why.
      feed.clearTimer();
      if (feed.lastFailure?.details.cause) {
        feed.streamFailed(feed.lastFailure); // already found out: no probe on every retry
        return;
      }
      void import('../core/failure-probe.js')
        .then(
          (probe) => probe.streamFailure(url),
          () => new MppError('network', 'The event stream failed', { url }),
        )
        .then((error) => {
          if (!feed.stopped && !this.open) feed.streamFailed(error);
        });
    };
  }
}
