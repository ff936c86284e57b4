import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MppError } from '../core/errors.js';
import type { QueueSnapshot } from './queue-model.js';
import { subscribeToFeed, type FeedKey, type FeedSubscription } from './shared-feed.js';

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
 * Keeps the host subscribed to the shared feed its settings name while it is on the page:
 * the host calls `sync()` before each update (after correcting its attributes), so a
 * change of feed takes effect in the same update; leaving the page lets go of the feed.
 */
export class QueueFeedController implements ReactiveController {
  snapshot?: QueueSnapshot;
  /** When the last good answer arrived (ms epoch): staleness is measured from here. */
  receivedAt = 0;
  /** The last request's failure, cleared by the next success. */
  failure?: MppError;
  private subscription?: FeedSubscription;
  private connected = false;
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
    this.connected = true;
    // The first sync happens in the host's first update, once its attributes are checked.
    if (this.subscriptionId) this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.subscription?.unsubscribe();
    this.subscription = undefined;
  }

  retry(): void {
    this.subscription?.retry();
  }

  /** Subscribes to the feed the settings name now, if that changed. Returns whether the feed changed. */
  sync(): boolean {
    const { key, intervalSeconds, timeoutMs } = this.settings();
    const feedId = key ? `${key.transport} ${key.format} ${key.url}` : '';
    const subscriptionId = `${feedId} ${intervalSeconds} ${timeoutMs}`;
    const feedChanged = feedId !== this.feedId;
    if (feedChanged) {
      // Another feed: what we showed belongs to the old one.
      this.snapshot = undefined;
      this.failure = undefined;
      this.receivedAt = 0;
    }
    this.feedId = feedId;
    if (!this.connected || (subscriptionId === this.subscriptionId && this.subscription)) {
      this.subscriptionId = subscriptionId;
      return feedChanged;
    }
    this.subscription?.unsubscribe();
    this.subscription = undefined;
    this.subscriptionId = subscriptionId;
    if (!key) return feedChanged;
    this.subscription = subscribeToFeed(key, {
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
    return feedChanged;
  }
}
