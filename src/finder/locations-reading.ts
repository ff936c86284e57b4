// What the locations worker and the page say to each other, and the worker's side of it. A
// large document goes to the worker as its URL (the worker downloads it: receiving 15 MB on
// the page's thread was a long task of its own) or, when its size showed only once it had
// arrived, as its bytes (transferred, not copied); the worker parses and validates it with the
// same functions the main thread uses, so both give the same locations and the same errors.
// Valid locations come back in batches, one message each: the page takes each in a short task
// of its own, where one message with 100,000 objects would be a long one.
import { readBody } from '../core/document-text.js';
import { httpError, parseDocument } from '../core/fetch-json.js';
import { jsonRequestInit } from '../core/prefetch.js';
import { asMppError, MppError, type MppErrorCode } from '../core/errors.js';
import type { SchemaIssue } from '../core/errors.js';
import { filterChoices, type FilterChoices } from './location-summary.js';
import { readLocations, type MppLocation } from './locations.js';

/**
 * The page's request: one document's bytes, or its URL to download (with the page's address
 * as `referrer`; the page keeps the time allowed, and stops the worker when it is up).
 */
export type ReadRequest =
  | { bytes: Uint8Array; contentType: string | null; url: string }
  | { url: string; referrer: string };

/** An error as it crosses to the page: an `MppError`'s parts, or only a message. */
export interface SentError {
  code?: MppErrorCode;
  message: string;
  details?: MppError['details'];
}

export type ReadReport =
  /** The worker runs: the request can be sent (before that, the page can still read it itself). */
  | { kind: 'ready' }
  /** The document the worker was to download has arrived (the time allowed ends here). */
  | { kind: 'downloaded' }
  | { kind: 'locations'; locations: MppLocation[] }
  | { kind: 'done'; warnings: { kept: SchemaIssue[]; count: number }; choices: FilterChoices }
  | { kind: 'failed'; error: SentError };

interface WorkerScope {
  postMessage(report: ReadReport): void;
  onmessage: ((event: MessageEvent<ReadRequest>) => void) | null;
}

/** The worker's side: reads each request's document, reporting batches, then done or failed. */
export function serveLocationReading(scope: WorkerScope): void {
  scope.onmessage = ({ data }) => void read(scope, data);
  scope.postMessage({ kind: 'ready' });
}

/**
 * Locations per message: the page unpacks each message in one task, so a batch must stay far
 * below 50 ms on a slow phone (≈ 1,000 locations take a few milliseconds on a laptop).
 */
export const BATCH_SIZE = 1000;

/** The request's document: its bytes as sent, or as downloaded here. */
async function documentBytes(scope: WorkerScope, request: ReadRequest) {
  if ('bytes' in request) return request;
  const { url, referrer } = request;
  const response = await download(url, referrer);
  const bytes = await readBody(response, url).catch((error: unknown) => {
    throw asMppError(error, url);
  });
  scope.postMessage({ kind: 'downloaded' });
  return { bytes, contentType: response.headers.get('content-type'), url };
}

/**
 * The page's request for `url` (`jsonRequestInit`), made here, with the page's errors for what
 * can fail once the page has had its headers: HTTP status, network. The page's address goes
 * as the referrer: a `blob:` worker's own address gives no Referer at all.
 */
async function download(url: string, referrer: string): Promise<Response> {
  // No answer: a network error, as `fetchDocument` tells it.
  const response = await fetch(url, { ...jsonRequestInit('default'), referrer }).catch(
    (error: unknown) => {
      throw asMppError(error, url);
    },
  );
  if (!response.ok) throw httpError(url, response.status);
  return response;
}

async function read(scope: WorkerScope, request: ReadRequest): Promise<void> {
  let sent = 0;
  const sendNew = (prepared: readonly MppLocation[]) => {
    for (; sent < prepared.length; sent += BATCH_SIZE)
      scope.postMessage({ kind: 'locations', locations: prepared.slice(sent, sent + BATCH_SIZE) });
    sent = prepared.length;
  };
  try {
    const { bytes, contentType, url } = await documentBytes(scope, request);
    const document = parseDocument(bytes, contentType, url);
    const { locations, warnings } = await readLocations(document, url, async (prepared) =>
      sendNew(prepared),
    );
    sendNew(locations);
    scope.postMessage({
      kind: 'done',
      warnings: { kept: warnings.kept, count: warnings.count },
      choices: filterChoices(locations),
    });
  } catch (error) {
    scope.postMessage({ kind: 'failed', error: toSentError(error) });
  }
}

function toSentError(error: unknown): SentError {
  if (error instanceof MppError)
    return { code: error.code, message: error.message, details: error.details };
  return { message: error instanceof Error ? error.message : String(error) };
}

/** The error on the page's side, as the main thread would have thrown it. */
export function fromSentError({ code, message, details }: SentError): Error {
  return code ? new MppError(code, message, details) : new Error(message);
}
