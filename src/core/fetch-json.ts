import { decodeDocument, readBody } from './document-text.js';
import { MppError } from './errors.js';
import {
  htmlPageError,
  isMixedContent,
  looksLikeHtml,
  mixedContentError,
} from './fetch-failure.js';
import { claimPrefetched, jsonRequestInit } from './prefetch.js';

/** Default time allowed for a whole request, body included (contract §2). */
export const DEFAULT_TIMEOUT_MS = 10_000;
/** Range accepted for an element's `timeout` attribute. */
export const MIN_TIMEOUT_MS = 1000;
export const MAX_TIMEOUT_MS = 120_000;

export interface FetchJsonOptions {
  timeoutMs?: number;
  /** Aborts the request quietly (the caller went away): rejects with an `AbortError`. */
  signal?: AbortSignal;
  /** How the browser's HTTP cache may answer (it revalidates with ETag / Last-Modified itself). */
  cache?: RequestCache;
  /**
   * Find out why a request got no answer (one extra request, failure-probe.ts). A poller turns
   * it off after its first failure, so a failing server is not probed on every retry.
   */
  diagnose?: boolean;
}

export interface JsonResponse {
  headers: Headers;
  /** The parsed document. */
  body: unknown;
}

export interface FetchedDocument {
  headers: Headers;
  /** The body as received (decompressed), not yet decoded. */
  bytes: Uint8Array;
}

/**
 * Fetches and parses a JSON document, turning every failure into an `MppError` with the
 * contract's codes: `network`, `http`, `timeout`, `parse`.
 */
export async function fetchJson(
  url: string,
  options: FetchJsonOptions = {},
): Promise<JsonResponse> {
  const { headers, bytes } = await fetchDocument(url, options);
  return { headers, body: parseDocument(bytes, headers.get('content-type'), url) };
}

/**
 * Fetches a document's bytes, for a caller that parses them elsewhere (a worker), with the
 * same failures as `fetchJson` but `parse`. The timeout covers the body too, because a server
 * that stalls mid-response is as useless as one that never answers.
 */
export function fetchDocument(url: string, options?: FetchJsonOptions): Promise<FetchedDocument>;
/**
 * The same, but the successful response goes to `receive`, which reads the body its own way
 * (watching it arrive, or leaving it to a worker): within the same timeout, its failures told
 * alike. `inTime` stops its work when the time is up (or the caller aborts).
 */
export function fetchDocument<T>(
  url: string,
  options: FetchJsonOptions,
  receive: (response: Response, inTime: AbortSignal) => Promise<T>,
): Promise<T>;
export async function fetchDocument(
  url: string,
  options: FetchJsonOptions = {},
  receive: (response: Response, inTime: AbortSignal) => Promise<unknown> = async (response) => ({
    headers: response.headers,
    bytes: await readBody(response, url),
  }),
): Promise<unknown> {
  const { timeoutMs = DEFAULT_TIMEOUT_MS, signal, cache = 'default', diagnose = true } = options;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const forwardAbort = () => controller.abort();
  signal?.addEventListener('abort', forwardAbort);
  // Once headers arrived, CORS and the server's reachability are settled: a later failure
  // (the connection dropped mid-body) has nothing for the probe to find.
  let answered = false;
  try {
    if (signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    if (isMixedContent(url)) throw mixedContentError(url);
    // The CDN loader may have started this very request already (prefetch.ts).
    const response = await (claimPrefetched(url, cache, controller.signal) ??
      fetch(url, jsonRequestInit(cache, controller.signal)));
    answered = true;
    if (!response.ok) throw httpError(url, response.status);
    return await receive(response, controller.signal);
  } catch (error) {
    if (error instanceof MppError) throw error;
    if (timedOut)
      throw new MppError('timeout', `No complete answer within ${timeoutMs} ms`, { url });
    if (signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    const reason = error instanceof Error ? error.message : String(error);
    if (answered || !diagnose) throw new MppError('network', reason, { url });
    const failure = await import('./failure-probe.js').then(
      (probe) => probe.failedFetchError(url, reason, controller.signal),
      () => new MppError('network', reason, { url }), // no probe: most likely offline
    );
    if (signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    if (timedOut)
      throw new MppError('timeout', `No complete answer within ${timeoutMs} ms`, { url });
    throw failure;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
}

/** An answer with an error status, as every reader of a document tells it. */
export const httpError = (url: string, status: number) =>
  new MppError('http', `HTTP ${status}`, { url, status });

export function parseJson(text: string, url?: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'invalid JSON';
    throw new MppError('parse', `Not valid JSON: ${reason}`, { url });
  }
}

/**
 * A fetched document's bytes as JSON. When they are not JSON, an HTML page (a login or error
 * page) is told apart — only then, as some servers label JSON as text/html. The main thread and
 * the locations worker both read with this, so both fail with the same errors.
 */
export function parseDocument(bytes: Uint8Array, contentType: string | null, url: string): unknown {
  const text = decodeDocument(bytes);
  try {
    return parseJson(text, url);
  } catch (error) {
    throw looksLikeHtml(contentType, text) ? htmlPageError(url) : error;
  }
}
