// Loaded only after a request failed (see fetch-json.ts, shared-feed.ts): the probes that find
// out why. When even this chunk cannot load, the visitor is most likely offline, and the
// generic "check your connection" is then the right message.
import { MppError } from './errors.js';

type ProbedCause = 'offline' | 'unreachable' | 'cors';
import {
  htmlPageError,
  isMixedContent,
  looksLikeHtml,
  mixedContentError,
} from './fetch-failure.js';

export interface ProbeOptions {
  signal?: AbortSignal;
  /** Whether the browser thinks it is online (injected by tests of the decision). */
  online?: boolean;
  pageOrigin?: string;
}

/**
 * The cause of a `fetch` that rejected without an HTTP answer. Offline first (the visitor's
 * connection); then, for another origin, a second request in `no-cors` mode: it succeeds when
 * the server answers at all, so the first one failed only because the answer did not allow
 * this origin (CORS). Anything else: the server could not be reached (wrong address, DNS,
 * server down, blocked by a firewall or an ad blocker).
 */
export async function diagnoseFailedFetch(
  url: string,
  { signal, online = navigator.onLine, pageOrigin = location.origin }: ProbeOptions = {},
): Promise<ProbedCause> {
  if (!online) return 'offline';
  let target: URL;
  try {
    target = new URL(url, pageOrigin);
  } catch {
    return 'unreachable';
  }
  if (target.origin === pageOrigin) return 'unreachable';
  const probe = new AbortController();
  const stop = () => probe.abort();
  signal?.addEventListener('abort', stop);
  try {
    // An opaque answer: nothing of it can be read, but it arrived.
    await fetch(target.href, {
      mode: 'no-cors',
      cache: 'no-store',
      signal: probe.signal,
      referrerPolicy: 'strict-origin-when-cross-origin', // as every request of the widgets
    });
    return 'cors';
  } catch {
    return 'unreachable';
  } finally {
    probe.abort(); // an event stream would stay open otherwise
    signal?.removeEventListener('abort', stop);
  }
}

/** Time allowed to find out why an event stream failed. */
const STREAM_PROBE_MS = 10_000;

/**
 * Why an `EventSource` failed: it says nothing itself (no status, no reason). One ordinary
 * request to the same address tells an HTTP error, an HTML page, a CORS refusal or an
 * unreachable server apart.
 */
export async function streamFailure(url: string): Promise<MppError> {
  if (isMixedContent(url)) return mixedContentError(url);
  const probe = new AbortController();
  const timer = setTimeout(() => probe.abort(), STREAM_PROBE_MS);
  try {
    const response = await fetch(url, {
      cache: 'no-store',
      signal: probe.signal,
      referrerPolicy: 'strict-origin-when-cross-origin',
    });
    if (!response.ok) {
      return new MppError('http', `HTTP ${response.status}`, { url, status: response.status });
    }
    if (looksLikeHtml(response.headers.get('content-type'), '')) {
      return htmlPageError(url);
    }
    return new MppError('network', 'The event stream failed', { url });
  } catch {
    if (probe.signal.aborted) return new MppError('network', 'The event stream failed', { url });
    // Within the same time limit: a probe left hanging would leave the badge without a retry.
    const cause = await diagnoseFailedFetch(url, { signal: probe.signal });
    return failureWithCause(url, 'The event stream failed', cause);
  } finally {
    clearTimeout(timer);
    probe.abort(); // the stream itself is not wanted
  }
}

/** For the console line (English); the owner hint says it in both languages, with the fix. */
const CAUSE_IN_ENGLISH: Record<ProbedCause, string> = {
  offline: 'the browser is offline',
  unreachable: 'the server could not be reached',
  cors: 'the server does not allow this site to read it (CORS: Access-Control-Allow-Origin)',
};

/**
 * A `network` error whose English message names the cause, for the console; the element words
 * it for visitors and owners from `details.cause`.
 */
export function failureWithCause(url: string, reason: string, cause: ProbedCause): MppError {
  return new MppError('network', `${reason}: ${CAUSE_IN_ENGLISH[cause]}`, { url, cause });
}

/** Why `fetch(url)` rejected, as the error to report. */
export async function failedFetchError(url: string, reason: string, signal?: AbortSignal) {
  return failureWithCause(url, reason, await diagnoseFailedFetch(url, { signal }));
}
