import { MppError, type FailureCause } from './errors.js';
import { inLocale, msg, str } from './localization.js';

/**
 * Why a request failed, told apart honestly. The browser hides the reason of a failed `fetch`
 * from scripts (a CORS refusal, a DNS error and a server that is down all read
 * "Failed to fetch"), so a webmaster whose feed lacks one header is told to "check the
 * internet". These checks recover what can be known without guessing.
 */

/** An `http:` address requested from an `https:` page: the browser blocks it before sending. */
export function isMixedContent(url: string, pageUrl: string = location.href): boolean {
  try {
    return new URL(pageUrl).protocol === 'https:' && new URL(url, pageUrl).protocol === 'http:';
  } catch {
    return false;
  }
}

/** A body that is an HTML page (a login page, a "not found" page) rather than JSON. */
export function looksLikeHtml(contentType: string | null, text: string): boolean {
  return /\bhtml\b/i.test(contentType ?? '') || text.trimStart().startsWith('<');
}

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
): Promise<FailureCause> {
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
    await fetch(target.href, { mode: 'no-cors', cache: 'no-store', signal: probe.signal });
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
  if (isMixedContent(url)) return failureWithCause(url, 'Blocked', 'mixed-content');
  const probe = new AbortController();
  const timer = setTimeout(() => probe.abort(), STREAM_PROBE_MS);
  try {
    const response = await fetch(url, { cache: 'no-store', signal: probe.signal });
    if (!response.ok) {
      return new MppError('http', `HTTP ${response.status}`, { url, status: response.status });
    }
    if (looksLikeHtml(response.headers.get('content-type'), '')) {
      return failureWithCause(url, 'Not an event stream', 'html');
    }
    return new MppError('network', 'The event stream failed', { url });
  } catch {
    if (probe.signal.aborted) return new MppError('network', 'The event stream failed', { url });
    return failureWithCause(url, 'The event stream failed', await diagnoseFailedFetch(url));
  } finally {
    clearTimeout(timer);
    probe.abort(); // the stream itself is not wanted
  }
}

/**
 * What the site owner can do about `cause`, in the active locale (call it while rendering or
 * inside `inLocale`; the console gets it in Indonesian and English).
 */
export function causeHint(cause: FailureCause, url = ''): string {
  const host = hostOf(url);
  const origin = location.origin;
  switch (cause) {
    case 'offline':
      return msg('The browser is offline: the visitor has no internet connection.', {
        id: 'core.cause.offline',
      });
    case 'unreachable':
      return msg(
        str`The server ${host} could not be reached: check the address, or whether the server is up and not blocked.`,
        { id: 'core.cause.unreachable' },
      );
    case 'cors':
      return msg(
        str`The server ${host} answers, but does not allow this site to read its data (CORS). Add the header "Access-Control-Allow-Origin: ${origin}" (or "*") to its answers.`,
        { id: 'core.cause.cors' },
      );
    case 'mixed-content':
      return msg(
        str`This page is served over https, but the data address is http (${url}): browsers block it. Use the https address of the data.`,
        { id: 'core.cause.mixedContent' },
      );
    case 'html':
      return msg(
        str`The address gave an HTML page (a login or error page?) instead of JSON data: ${url}. Check the address.`,
        { id: 'core.cause.html' },
      );
  }
}

export function hostOf(url: string): string {
  try {
    return new URL(url, location.href).host;
  } catch {
    return url;
  }
}

/**
 * A `network` error (`parse` for an HTML page) whose English message names the cause, for the
 * console; the element words it for visitors and owners from `details.cause`.
 */
export function failureWithCause(url: string, reason: string, cause: FailureCause): MppError {
  const explanation = inLocale('en', () => causeHint(cause, url));
  return new MppError(cause === 'html' ? 'parse' : 'network', `${reason}: ${explanation}`, {
    url,
    cause,
  });
}
