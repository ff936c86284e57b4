// The page's side of the locations worker: a chunk of its own with the worker's code (as text,
// see cluster-index.ts for why), downloaded only by a finder given a large document.
import { IssueList } from '../core/issue-list.js';
import { startBlobWorker } from './blob-worker.js';
import { fromSentError, type ReadReport, type ReadRequest } from './locations-reading.js';
import source from './locations-worker.js?worker-source';
import type { FetchedBytes } from './locations-fetching.js';
import type { LocationSet, MppLocation } from './locations.js';

/** The page refused the worker (its CSP): the document is read on the main thread instead. */
class WorkerRefused extends Error {}

/**
 * Reads a large locations document in a worker: the same locations, warnings and errors as
 * `readHere` (parsing and validating on the main thread), which runs instead where the page
 * refuses workers (a CSP without `worker-src blob:`), after `onRefused` has told its owner.
 */
export function readLocationsOffThread(
  { bytes, contentType, url, signal }: FetchedBytes,
  readHere: () => Promise<LocationSet>,
  onRefused: () => void,
): Promise<LocationSet> {
  const request: ReadRequest = { bytes, contentType, url };
  return orHere(readInWorker(request, [bytes.buffer], [signal]), readHere, onRefused);
}

/** A large document for the worker to download. */
export interface DocumentToDownload {
  url: string;
  /** Aborted when the time allowed for the download is up (or with `signal`). */
  inTime: AbortSignal;
  /** Aborted when the document is no longer wanted (source changed, element removed). */
  signal: AbortSignal;
  /** The document has arrived. */
  onDownloaded: () => void;
}

/**
 * Downloads and reads a large locations document in a worker, as `readLocationsOffThread`
 * reads one already downloaded. Where the page refuses workers, `readHere` fetches it again.
 */
export function fetchLocationsOffThread(
  { url, inTime, signal, onDownloaded }: DocumentToDownload,
  readHere: () => Promise<LocationSet>,
  onRefused: () => void,
): Promise<LocationSet> {
  const request: ReadRequest = { url, referrer: location.href };
  return orHere(readInWorker(request, [], [inTime, signal], onDownloaded), readHere, onRefused);
}

function orHere(
  reading: Promise<LocationSet>,
  readHere: () => Promise<LocationSet>,
  onRefused: () => void,
): Promise<LocationSet> {
  return reading.catch((error: unknown) => {
    if (!(error instanceof WorkerRefused)) throw error;
    onRefused();
    return readHere();
  });
}

async function readInWorker(
  request: ReadRequest,
  transfer: Transferable[],
  stopSignals: AbortSignal[],
  onDownloaded?: () => void,
): Promise<LocationSet> {
  if (stopSignals.some((signal) => signal.aborted)) throw new DOMException('Aborted', 'AbortError');
  let worker: Worker;
  try {
    worker = startBlobWorker(source);
  } catch {
    throw new WorkerRefused();
  }
  return new Promise((resolve, reject) => {
    const locations: MppLocation[] = [];
    // The request (bytes: handed over, not copied) goes once the worker runs; until then, a
    // worker that fails to start leaves the document to the main thread.
    let handedOver = false;
    const stop = () => {
      worker.terminate();
      for (const signal of stopSignals) signal.removeEventListener('abort', abort);
    };
    const abort = () => {
      stop(); // its work is no longer wanted
      reject(new DOMException('Aborted', 'AbortError'));
    };
    for (const signal of stopSignals) signal.addEventListener('abort', abort);
    worker.onmessage = ({ data }: MessageEvent<ReadReport>) => {
      if (data.kind === 'ready') {
        handedOver = true;
        worker.postMessage(request, transfer);
      } else if (data.kind === 'downloaded') {
        onDownloaded?.();
      } else if (data.kind === 'locations') {
        for (const location of data.locations) locations.push(location);
      } else if (data.kind === 'done') {
        stop();
        const warnings = new IssueList();
        warnings.kept.push(...data.warnings.kept);
        warnings.count = data.warnings.count;
        resolve({ locations, warnings, choices: data.choices });
      } else {
        stop();
        reject(fromSentError(data.error));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault(); // handled here
      stop();
      reject(
        handedOver
          ? new Error(event.message || 'The locations worker stopped')
          : new WorkerRefused(),
      );
    };
  });
}
