// Talks to the real feed server of the test runner (scripts/queue-feeds/handler.mjs):
// sets what a feed answers and reads how many requests it received.

export interface FeedConfig {
  status?: number;
  body?: unknown;
  /** Answer this text instead of `body` (for invalid JSON). */
  raw?: string;
  delayMs?: number;
  cacheControl?: string;
  /** `false`: send no ETag. */
  etag?: string | false;
  lastModified?: string;
  sse?: boolean;
  /** With `sse`: end each event stream right after its first message. */
  closeAfterMessage?: boolean;
  /** Answer a 1×1 PNG (a map tile). */
  png?: boolean;
  /** `false`: no Access-Control-Allow-Origin header (other origins may not read it). */
  cors?: boolean;
  /** Content-Type of the answer (default JSON). */
  contentType?: string;
  /**
   * Send this many characters of the body (ASCII only), the rest only once `configureFeed(name,
   * {}, { release: true })` (a download under way), without Content-Length. Released, the feed
   * answers whole again.
   */
  holdAfter?: number;
  /** With `holdAfter`: send the whole body's Content-Length all the same. */
  contentLength?: boolean;
  /** Answer gzip-compressed, with the compressed body's Content-Length. */
  gzip?: boolean;
}

export interface FeedStats {
  requests: number;
  /** CORS preflight (OPTIONS) requests. */
  preflights: number;
  conditional: number;
  notModified: number;
  streamsOpened: number;
  streamsOpen: number;
  /** Answers sent in part (`holdAfter`) whose client is still connected. */
  heldOpen: number;
  /** The `Referer` header of the latest request ('' when none was sent). */
  lastReferer: string;
}

let counter = 0;

/** A feed name no other test uses. */
export function uniqueFeedName(label: string): string {
  counter += 1;
  return `${label}-${Date.now().toString(36)}-${counter}-${Math.random().toString(36).slice(2, 7)}`;
}

export async function configureFeed(
  name: string,
  config: FeedConfig,
  options: { closeStreams?: boolean; release?: boolean } = {},
): Promise<void> {
  await fetch(`/feeds/control/${name}`, {
    method: 'POST',
    body: JSON.stringify({ config, ...options }),
  });
}

export async function feedStats(name: string): Promise<FeedStats> {
  return (await fetch(`/feeds/control/${name}`)).json() as Promise<FeedStats>;
}

/** URL of a test feed on this origin. */
export const feedUrl = (name: string) => `/feeds/test/${name}`;

let secondOrigin: Promise<string> | undefined;

/** URL of the same test feed on the second server (another origin; used for SSE). */
export async function secondOriginFeedUrl(name: string): Promise<string> {
  secondOrigin ??= fetch('/feeds/second-origin')
    .then((response) => response.json() as Promise<{ origin: string }>)
    .then(({ origin }) => origin);
  return `${await secondOrigin}/feeds/test/${name}`;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `check` returns true, polling every 50 ms, or fails after `timeoutMs`. */
export async function until(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 8000,
  what = 'condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(50);
  }
}

/**
 * Emulates the page being hidden or shown, as a browser does when the visitor switches
 * tabs: `document.hidden`, `visibilityState` and the `visibilitychange` event.
 */
export function setPageHidden(hidden: boolean): void {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  Object.defineProperty(document, 'visibilityState', {
    configurable: true,
    get: () => (hidden ? 'hidden' : 'visible'),
  });
  document.dispatchEvent(new Event('visibilitychange'));
}
