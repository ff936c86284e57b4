import { html, isServer, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ClockController } from '../core/clock-controller.js';
import { MppError } from '../core/errors.js';
import { describeError } from '../core/error-messages.js';
import { renderError } from '../core/error-view.js';
import { dispatchMppEvent } from '../core/events.js';
import { MppElement, type ElementState } from '../core/mpp-element.js';
import { readForgivingAttribute } from '../core/owner-hints.js';
import { msg, str } from '../core/localization.js';
import { themeTokens } from '../core/theme.js';
import { quote, truncate } from '../core/quote.js';
import type { FeedFormat } from './feed-formats.js';
import { findEntry, type QueueEntry, type QueueSnapshot, type QueueStatus } from './queue-model.js';
import { QueueFeedController } from './queue-feed-controller.js';
import { queueBadgeStyles } from './queue-badge.styles.js';
import { QueueAnnouncements, type AnnounceMode } from './queue-announcements.js';
import { renderBadge, renderSkeleton, type Freshness } from './queue-view.js';
import type { FeedTransport } from './shared-feed.js';
import './translations.js';

const MIN_INTERVAL_SECONDS = 5;
const DEFAULT_INTERVAL_SECONDS = 15;
const MAX_INTERVAL_SECONDS = 3600;
/** Data older than this many intervals is marked as not current (contract §2). */
const STALE_AFTER_INTERVALS = 3;

/** `detail` of `mpp-queue-update`. */
export interface QueueUpdateDetail {
  /** The entry or entries shown, normalized (contract §6.3 model). */
  entries: QueueEntry[];
  updatedAt?: string;
  status?: QueueStatus;
}

/**
 * Live queue status of an MPP service, read from a queue feed (JSON polling or SSE).
 *
 * @tagname mpp-queue-badge
 * @summary Live queue status from an MPP queue feed.
 *
 * @attr {string} lang - Language (`id`, `en`, …); inherited from the closest ancestor or `<html lang>`.
 * @attr announce - `calls` (default): say newly called numbers and connection changes to screen
 *   readers through the page's one polite announcer; `off`: say nothing.
 *
 * @fires {CustomEvent<QueueUpdateDetail>} mpp-queue-update - New data arrived. `detail: { entries, updatedAt, status }`.
 * @fires {CustomEvent<MppErrorDetail>} mpp-error - A request, the data or an attribute failed. `detail: { code, message, url?, issues? }`.
 *
 * @csspart base - The badge (one line in `compact`, a card in `full`).
 * @csspart title - The service (or location) name.
 * @csspart status - The open / closed / paused pill.
 * @csspart now-serving - "Now serving" with the number and counter.
 * @csspart number - The number now being served.
 * @csspart counter - The counter serving it.
 * @csspart waiting - How many people wait.
 * @csspart estimate - Estimated waiting time.
 * @csspart next - Next number (SIOLA-Q feeds).
 * @csspart summary - Totals when several services are shown in `compact`.
 * @csspart services - The list of services in `full`.
 * @csspart service - One service in that list.
 * @csspart location - The MPP name in `full`.
 * @csspart updated - When the data was received, with the stale/offline notice.
 * @csspart notice - The stale/offline notice.
 * @csspart skeleton - Placeholder while loading.
 * @csspart error - The error message.
 * @csspart retry-button - "Try again" in the error message.
 * @csspart announce-toggle - The page-wide "pause queue announcements" button (`aria-pressed`),
 *   shown by the first badge on the page that announces.
 *
 * @cssprop --mpp-color-primary - Accent (number, focus ring). Default `#0b57a4`.
 * @cssprop --mpp-color-on-primary - Text on the accent. Default `#ffffff`.
 * @cssprop --mpp-color-surface - Background. Default `#ffffff`.
 * @cssprop --mpp-color-text - Text. Default `#1b1f24`.
 * @cssprop --mpp-color-muted - Secondary text. Default `#4f5965`.
 * @cssprop --mpp-color-border - Borders. Default `#767f8a`.
 * @cssprop --mpp-color-success - "Open". Default `#0f6b2f`.
 * @cssprop --mpp-color-warning - "Paused", stale data. Default `#8a4b00`.
 * @cssprop --mpp-color-danger - "Closed", errors, offline. Default `#b3261e`.
 * @cssprop --mpp-font-family - Font. Default `inherit`.
 * @cssprop --mpp-radius - Corner radius. Default `0.5rem`.
 * @cssprop --mpp-space - Spacing unit. Default `0.5rem`.
 */
export class MppQueueBadge extends MppElement {
  static override styles = [themeTokens, queueBadgeStyles];
  static override properties: PropertyDeclarations = {
    src: {},
    format: {},
    service: {},
    transport: {},
    interval: { type: Number },
    variant: { reflect: true },
    announce: {},
    status: { reflect: true },
  };

  /** URL of the queue feed (JSON, or an SSE stream with `transport="sse"`). Required. */
  src = '';

  /** Feed format: `mpp` (this library's) or `siola` (SIOLA-Q `queue-status`). */
  format: FeedFormat = 'mpp';

  /** Which feed entry to show: its id, else its prefix, else its name (case-insensitive). */
  service?: string;

  /** `poll` (JSON every `interval` seconds) or `sse` (Server-Sent Events). */
  transport: FeedTransport = 'poll';

  /** Seconds between polls, 5 to 3600; data older than 3 × interval is marked stale. */
  interval: number = DEFAULT_INTERVAL_SECONDS;

  /** `compact` (one line) or `full` (card). */
  variant: 'compact' | 'full' = 'compact';

  /**
   * `calls`: newly called numbers (service named) and connection changes are announced to
   * screen readers, paced page-wide; `off`: this badge says nothing.
   */
  announce: AnnounceMode = 'calls';

  /**
   * The feed's own status, `open`, `closed` or `paused`; set from the feed only.
   * @readonly
   */
  get status(): QueueStatus | undefined {
    return this.feedStatus;
  }
  private set status(status: QueueStatus | undefined) {
    this.feedStatus = status;
  }
  private feedStatus?: QueueStatus;

  private readonly clock = new ClockController(this, 1000);
  private readonly announcements = new QueueAnnouncements(this, (error) => this.reportError(error));
  private readonly feed = new QueueFeedController(this, () => this.feedSettings(), {
    onSnapshot: (snapshot) => this.onSnapshot(snapshot),
    onFailure: (error) => this.reportError(error),
  });
  private lastUpdateDetail = '';
  /** The feed URL resolved against the page, or why there is none. */
  private feedUrl?: string;
  private srcProblem?: MppError;
  private missingService?: MppError;
  /** `service` as meant (freed of pasted curly quotes). */
  private wantedService = '';

  private feedSettings() {
    return {
      key: this.feedUrl
        ? { url: this.feedUrl, format: this.format, transport: this.transport }
        : undefined,
      intervalSeconds: this.interval,
      timeoutMs: this.timeout,
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.correctAttributes(changed);
    if (changed.has('src')) this.resolveSrc();
    if (changed.has('service')) {
      this.wantedService = readForgivingAttribute(
        this,
        'service',
        this.service ?? '',
        this.ownerHints,
        (value) => (this.service = value),
      ).trim();
    }
    const feedChanged = this.feed.sync();
    if (feedChanged || changed.has('service')) {
      // The first data of another feed or service is not "a new call".
      this.announcements.forget();
      this.lastUpdateDetail = '';
    }
    this.checkService();
    this.checkFormat();
    this.status = this.feed.snapshot?.status;
    this.state = this.computeState();
    this.announcements.onState(this.state, this.feedUrl ?? '');
  }

  private resolveSrc(): void {
    const src = this.src.trim();
    this.feedUrl = undefined;
    this.srcProblem = undefined;
    // A relative src on the server is not an error: the browser resolves it against the page.
    if (isServer && src && !URL.canParse(src)) return;
    try {
      if (src) this.feedUrl = new URL(src, isServer ? undefined : document.baseURI).href;
    } catch {
      // Left undefined: reported below as an unusable src.
    }
    if (!this.feedUrl) {
      this.srcProblem = new MppError(
        'attribute',
        src
          ? `src=${quote(src)} is not a URL`
          : 'The src attribute (URL of the queue feed) is required',
      );
      this.reportError(this.srcProblem);
    }
  }

  /** Invalid attribute values fall back to a default or the nearest valid value, with a warning. */
  private correctAttributes(changed: PropertyValues<this>): void {
    const fallBack = <K extends 'format' | 'transport' | 'variant' | 'announce'>(
      name: K,
      allowed: string[],
    ) => {
      if (!changed.has(name) || allowed.includes(this[name])) return;
      const lowerCase = String(this[name]).trim().toLowerCase();
      const usable = allowed.includes(lowerCase) ? lowerCase : allowed[0];
      this.reportInvalidAttribute(name, this[name], usable);
      this[name] = usable as this[K];
    };
    fallBack('format', ['mpp', 'siola']);
    fallBack('transport', ['poll', 'sse']);
    fallBack('variant', ['compact', 'full']);
    fallBack('announce', ['calls', 'off']);
    if (changed.has('interval')) {
      this.interval = this.keepInRange(
        'interval',
        this.interval,
        MIN_INTERVAL_SECONDS,
        MAX_INTERVAL_SECONDS,
        DEFAULT_INTERVAL_SECONDS,
      );
    }
  }

  /** An unknown `service` is an error (`not-found`), reported once until the data or the name changes. */
  private checkService(): void {
    const { snapshot } = this.feed;
    if (!snapshot || this.shownEntries(snapshot)) {
      this.missingService = undefined;
      if (snapshot) this.ownerHints.drop('service');
      return;
    }
    const ids = snapshot.services.slice(0, 10).map((entry) => quote(entry.id));
    if (snapshot.services.length > ids.length) ids.push('…');
    const message = `No service ${quote(this.wantedService)} in the feed (ids: ${ids.join(', ')})`;
    if (this.missingService?.message === message) return;
    this.missingService = new MppError('not-found', message, { url: this.feedUrl });
    this.reportError(this.missingService);
    const { wantedService } = this;
    this.ownerHints.note('service', message, () =>
      import('./feed-hints.js').then((hints) =>
        hints.missingServiceHint(wantedService, snapshot.services),
      ),
    );
  }

  /** A SIOLA-Q feed without `format="siola"` is read all the same; the owner is told to say so. */
  private checkFormat(): void {
    if (this.feed.snapshot?.readAs === 'siola') {
      this.ownerHints.note('format', '', () =>
        import('./feed-hints.js').then((hints) => hints.siolaFormatHint()),
      );
    } else if (this.feed.snapshot) this.ownerHints.drop('format');
  }

  private computeState(): ElementState {
    const { snapshot, failure, receivedAt } = this.feed;
    if (this.srcProblem || this.missingService) return 'error';
    if (!snapshot) return failure ? 'error' : 'loading';
    if (failure) return 'offline';
    const staleAfterMs = STALE_AFTER_INTERVALS * this.interval * 1000;
    return this.clock.now - receivedAt > staleAfterMs ? 'stale' : 'ready';
  }

  /** The entries this badge shows: the one `service` names, else all of them. */
  private shownEntries(snapshot: QueueSnapshot): QueueEntry[] | undefined {
    if (!this.wantedService) return snapshot.services;
    const entry = findEntry(snapshot.services, this.wantedService);
    return entry ? [entry] : undefined;
  }

  private onSnapshot(snapshot: QueueSnapshot): void {
    const entries = this.shownEntries(snapshot);
    if (!entries) return; // reported by checkService() in the update this triggers
    this.announcements.onEntries(entries, this.feedUrl ?? '');
    const detail: QueueUpdateDetail = {
      entries,
      ...(snapshot.updatedAt === undefined ? {} : { updatedAt: snapshot.updatedAt }),
      ...(snapshot.status === undefined ? {} : { status: snapshot.status }),
    };
    // Polls that bring the same document (revalidated, 304) are not updates.
    const serialized = JSON.stringify(detail);
    if (serialized === this.lastUpdateDetail) return;
    this.lastUpdateDetail = serialized;
    dispatchMppEvent(this, 'mpp-queue-update', detail);
  }

  private retry = () => this.feed.retry();

  override render() {
    return html`<div part="base" class="badge ${this.variant}" lang=${this.locale}>
      ${this.ownerHints.render()} ${this.renderContent()}
    </div>`;
  }

  private renderContent() {
    const headline = msg('The queue cannot be shown right now.', { id: 'queue.error.headline' });
    const problem = this.srcProblem ?? this.missingService;
    if (problem) {
      const service = truncate(this.wantedService);
      const what =
        problem === this.missingService
          ? msg(str`The service "${service}" is not in this queue feed.`, {
              id: 'queue.error.noService',
            })
          : headline;
      return renderError(what, describeError(problem));
    }
    const { snapshot, failure } = this.feed;
    if (!snapshot) {
      return failure ? renderError(headline, describeError(failure), this.retry) : renderSkeleton();
    }
    const freshness: Freshness =
      this.state === 'offline' ? 'offline' : this.state === 'stale' ? 'stale' : 'live';
    const entries = this.shownEntries(snapshot) ?? [];
    return renderBadge({
      variant: this.variant,
      locale: this.locale,
      entries,
      single: entries.length === 1,
      status: snapshot.status,
      location: snapshot.location,
      freshness,
      ageSeconds: (this.clock.now - this.feed.receivedAt) / 1000,
      control: this.announcements.renderControl(),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mpp-queue-badge': MppQueueBadge;
  }
  interface GlobalEventHandlersEventMap {
    'mpp-queue-update': CustomEvent<QueueUpdateDetail>;
  }
}
