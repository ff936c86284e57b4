// What the locations worker and the page say to each other, and the worker's side of it. A
// large document's bytes go to the worker (transferred, not copied); it parses and validates
// them with the same functions the main thread uses, so both give the same locations and the
// same errors. Valid locations come back in batches, one message each: the page takes each in
// a short task of its own, where one message with 100,000 objects would be a long one.
import { parseDocument } from '../core/fetch-json.js';
import { MppError, type MppErrorCode } from '../core/errors.js';
import type { SchemaIssue } from '../core/errors.js';
import { filterChoices, type FilterChoices } from './location-summary.js';
import { readLocations, type MppLocation } from './locations.js';

/** The page's request: one document's bytes. */
export interface ReadRequest {
  bytes: Uint8Array;
  contentType: string | null;
  url: string;
}

/** An error as it crosses to the page: an `MppError`'s parts, or only a message. */
export interface SentError {
  code?: MppErrorCode;
  message: string;
  details?: MppError['details'];
}

export type ReadReport =
  /** The worker runs: the bytes can be sent (before that, the page can still read them itself). */
  | { kind: 'ready' }
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

async function read(scope: WorkerScope, { bytes, contentType, url }: ReadRequest): Promise<void> {
  let sent = 0;
  const sendNew = (prepared: readonly MppLocation[]) => {
    for (; sent < prepared.length; sent += BATCH_SIZE)
      scope.postMessage({ kind: 'locations', locations: prepared.slice(sent, sent + BATCH_SIZE) });
    sent = prepared.length;
  };
  try {
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
