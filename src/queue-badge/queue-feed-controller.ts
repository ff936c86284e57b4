import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MppError } from '../core/errors.js';
import type { QueueSnapshot } from './queue-model.js';
import { subscribeToFeed, type FeedKey } from './shared-feed.js';

export interface FeedSettings {
  key?: FeedKey;
  intervalSeconds: number;
  timeoutMs: number;
}

export interface FeedCallbacks {
  onSnapshot(snapshot: QueueSnapshot): void;
  onFailure(error: MppError): void;
}

/**
 * Keeps the host subscribed to the shared feed its settings name, re-subscribing when
 * they change and letting go when the host leaves the page.
 */
export class QueueFeedController implements ReactiveController {
  snapshot?: QueueSnapshot;
  /** When the last good answer arrived (ms epoch): staleness is measured from here. */
  receivedAt = 0;
  /** The last request's failure, cleared by the next success. */
  failure?: MppError;
  private unsubscribe?: () => void;
  private feedId = '';
  private subscriptionId = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly settings: () => FeedSettings,
    private readonly callbacks: FeedCallbacks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private sync(): void {
    const { key, intervalSeconds, timeoutMs } = this.settings();
    const feedId = key ? `${key.transport} ${key.format} ${key.url}` : '';
    const subscriptionId = `${feedId} ${intervalSeconds} ${timeoutMs}`;
    if (subscriptionId === this.subscriptionId && this.unsubscribe) return;
    this.hostDisconnected();
    if (feedId !== this.feedId) {
      // Another feed: what we showed belongs to the old one.
      this.snapshot = undefined;
      this.failure = undefined;
      this.receivedAt = 0;
    }
    this.feedId = feedId;
    this.subscriptionId = subscriptionId;
    if (!key) return;
    this.unsubscribe = subscribeToFeed(key, {
      intervalSeconds,
      timeoutMs,
      onSnapshot: (snapshot, receivedAt) => {
        this.snapshot = snapshot;
        this.receivedAt = receivedAt;
        this.failure = undefined;
        this.callbacks.onSnapshot(snapshot);
        this.host.requestUpdate();
      },
      onFailure: (error) => {
        this.failure = error;
        this.callbacks.onFailure(error);
        this.host.requestUpdate();
      },
    });
  }
}
