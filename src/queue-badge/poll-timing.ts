/** Longest wait between retries after failures (contract §3). */
export const MAX_RETRY_SECONDS = 300;

/**
 * Delay before retry number `failures` (1, 2, …): the interval doubled per failure, capped at
 * five minutes, then jittered down by up to half so that many visitors whose feed failed at
 * the same moment do not all come back at the same moment.
 */
export function retryDelaySeconds(
  failures: number,
  intervalSeconds: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(MAX_RETRY_SECONDS, intervalSeconds * 2 ** Math.max(0, failures - 1));
  return ceiling * (0.5 + random() * 0.5);
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
