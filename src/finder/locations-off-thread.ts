import type { FetchedBytes } from '../core/document-controller.js';
import { parseDocument } from '../core/document-text.js';
import { IssueList } from '../core/validate.js';
import { startBlobWorker } from './blob-worker.js';
import { fromSentError, type ReadReport, type ReadRequest } from './locations-reading.js';
import { readLocations, type LocationSet, type MppLocation } from './locations.js';

/**
 * From this size on a fetched locations document is parsed and validated in a worker. Below it
 * (the bundled list, a Pemda's own file: well under 1 MB) parsing takes a few milliseconds and
 * starting a worker would cost more than it saves; above it (about 5,000 locations) `JSON.parse`
 * alone becomes a long task on a phone.
 */
export const WORKER_THRESHOLD_BYTES = 1024 * 1024;

/**
 * No worker could run here: the document is read on the main thread instead. `byPage`: the
 * page refused it (CSP), which its owner can change; else the worker's chunk did not load.
 */
class WorkerRefused extends Error {
  constructor(readonly byPage: boolean) {
    super('No worker');
  }
}

/**
 * Reads a large locations document in a worker (`DocumentSource.readFetched`); undefined for a
 * small one. Where no worker can start (a CSP without `worker-src blob:`, a worker chunk that
 * did not load), it reads on the main thread as for a small document, after `onRefused`.
 */
export function readLocationsOffThread(
  fetched: FetchedBytes,
  onRefused: () => void,
): Promise<LocationSet> | undefined {
  if (fetched.bytes.byteLength < WORKER_THRESHOLD_BYTES) return undefined;
  return readInWorker(fetched).catch((error: unknown) => {
    if (!(error instanceof WorkerRefused)) throw error;
    if (error.byPage) onRefused();
    const { bytes, contentType, url } = fetched;
    return readLocations(parseDocument(bytes, contentType, url), url);
  });
}

async function readInWorker({
  bytes,
  contentType,
  url,
  signal,
}: FetchedBytes): Promise<LocationSet> {
  const source = await import('./locations-worker-source.js').then(
    (module) => module.default,
    () => Promise.reject(new WorkerRefused(false)),
  );
  if (signal.aborted) throw new DOMException('Aborted', 'AbortError');
  let worker: Worker;
  try {
    worker = startBlobWorker(source);
  } catch {
    throw new WorkerRefused(true);
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
        resolve({ locations, warnings });
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
          : new WorkerRefused(true),
      );
    };
  });
}
