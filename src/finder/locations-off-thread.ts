// The page's side of the locations worker: a chunk of its own with the worker's code (as text,
// see cluster-index.ts for why), downloaded only by a finder given a large document.
import type { FetchedBytes } from '../core/document-controller.js';
import { IssueList } from '../core/issue-list.js';
import { startBlobWorker } from './blob-worker.js';
import { fromSentError, type ReadReport, type ReadRequest } from './locations-reading.js';
import source from './locations-worker.js?worker-source';
import type { LocationSet, MppLocation } from './locations.js';

/** The page refused the worker (its CSP): the document is read on the main thread instead. */
class WorkerRefused extends Error {}

/**
 * Reads a large locations document in a worker: the same locations, warnings and errors as
 * `readHere` (parsing and validating on the main thread), which runs instead where the page
 * refuses workers (a CSP without `worker-src blob:`), after `onRefused` has told its owner.
 */
export function readLocationsOffThread(
  fetched: FetchedBytes,
  readHere: () => Promise<LocationSet>,
  onRefused: () => void,
): Promise<LocationSet> {
  return readInWorker(fetched).catch((error: unknown) => {
    if (!(error instanceof WorkerRefused)) throw error;
    onRefused();
    return readHere();
  });
}

async function readInWorker({
  bytes,
  contentType,
  url,
  signal,
}: FetchedBytes): Promise<LocationSet> {
  if (signal.aborted) throw new DOMException('Aborted', 'AbortError');
  let worker: Worker;
  try {
    worker = startBlobWorker(source);
  } catch {
    throw new WorkerRefused();
  }
  return new Promise((resolve, reject) => {
    const locations: MppLocation[] = [];
    // The bytes are handed over (not copied) once the worker runs; until then, a worker that
    // fails to start leaves them here for the main thread.
    let handedOver = false;
    const stop = () => {
      worker.terminate();
      signal.removeEventListener('abort', abort);
    };
    const abort = () => {
      stop(); // its work is no longer wanted
      reject(new DOMException('Aborted', 'AbortError'));
    };
    signal.addEventListener('abort', abort);
    worker.onmessage = ({ data }: MessageEvent<ReadReport>) => {
      if (data.kind === 'ready') {
        handedOver = true;
        const request: ReadRequest = { bytes, contentType, url };
        worker.postMessage(request, [bytes.buffer]);
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
