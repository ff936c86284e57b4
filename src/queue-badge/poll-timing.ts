/** Longest wait between retries after failures (contract §3). */
export const MAX_RETRY_SECONDS = 300;

/** First pause before reopening an event stream that delivered data and then closed. */
export const STREAM_REOPEN_SECONDS = 1;

/** A stream that stayed open this long was healthy: its close starts the backoff afresh. */
export const HEALTHY_STREAM_SECONDS = 60;

/**
 * Exponential backoff with jitter: `base` doubled per attempt (1, 2, …), capped at `cap`, then
 * jittered down by up to half so that many visitors who lost the feed at the same moment do not
 * all come back at the same moment.
 */
function backoffSeconds(attempt: number, base: number, cap: number, random: () => number): number {
  const ceiling = Math.min(cap, base * 2 ** Math.max(0, attempt - 1));
  return ceiling * (0.5 + random() * 0.5);
}

/**
 * Delay before retry number `failures` (1, 2, …): the interval doubled per failure, capped at
 * five minutes, jittered.
 */
export function retryDelaySeconds(
  failures: number,
  intervalSeconds: number,
  random: () => number = Math.random,
): number {
  return backoffSeconds(failures, intervalSeconds, MAX_RETRY_SECONDS, random);
}

/**
 * When to reopen an event stream that delivered data and then closed. Servers and proxies end
 * long streams now and then, so the first reopen comes quickly; but a server that closes after
 * every message would otherwise be asked again every second, forever. Each close that follows a
 * short-lived stream doubles the pause (jittered), up to the polling interval: such a feed costs
 * no more requests than polling it would. A stream that stayed open for a minute starts afresh.
 */
export class StreamReopenBackoff {
  private closesInARow = 0;

  constructor(private readonly random: () => number = Math.random) {}

  /** Seconds to wait after a stream that had been open for `openSeconds` closed. */
  afterClose(openSeconds: number, intervalSeconds: number): number {
    this.closesInARow = openSeconds >= HEALTHY_STREAM_SECONDS ? 1 : this.closesInARow + 1;
    const cap = Math.max(STREAM_REOPEN_SECONDS, intervalSeconds);
    return backoffSeconds(this.closesInARow, STREAM_REOPEN_SECONDS, cap, this.random);
  }
}

/**
 * Seconds the server says its answer stays fresh (`Cache-Control: max-age` minus `Age`), 0
 * when it says nothing or forbids reuse. Polling sooner than that would only fetch the same
 * document again, and lets a CDN in front of the feed answer for the origin.
 */
export function freshnessSeconds(headers: Headers): number {
  const cacheControl = headers.get('Cache-Control')?.toLowerCase() ?? '';
  if (/(^|[\s,])(no-store|no-cache)\b/.test(cacheControl)) return 0;
  const maxAge = /(?:^|[\s,])max-age\s*=\s*"?(\d+)/.exec(cacheControl);
  if (!maxAge) return 0;
  const age = Number.parseInt(headers.get('Age') ?? '0', 10);
  return Math.max(0, Number(maxAge[1]) - (Number.isFinite(age) ? age : 0));
}

/**
 * Seconds until the next poll after a good answer: the interval, or later while the server
 * says its answer is fresh (+1 s, so the browser's cache copy has expired by then) — but
 * never more than two intervals, so that the data cannot turn stale (3 × interval) merely
 * because the server asked for a long max-age.
 */
export function nextPollSeconds(intervalSeconds: number, freshSeconds: number): number {
  const afterFreshness = freshSeconds > 0 ? freshSeconds + 1 : 0;
  return Math.min(2 * intervalSeconds, Math.max(intervalSeconds, afterFreshness));
}
