// How the finder fetches and reads its locations document, by size: most documents as every
// document is read; some thousands of locations on the page in slices, the finder told first
// (its map starts meanwhile); a large one off the main thread, in a worker (a chunk of its own).
import type { DocumentRequest } from '../core/document-controller.js';
import { readBody } from '../core/document-text.js';
import { fetchDocument, MAX_TIMEOUT_MS, parseDocument } from '../core/fetch-json.js';
import { yieldToTasks } from '../core/yield-to-main.js';
import type { DocumentToDownload } from './locations-off-thread.js';
import { readLocations, type LocationSet } from './locations.js';

/** What the finder hears of a locations document on its way. */
export interface LocationsFetchEvents {
  /** A large document was read on the main thread: the page refuses workers (CSP). */
  onWorkerRefused(): void;
  /**
   * A locations document is downloading and known to hold many locations already (its size):
   * what reading it will need can start meanwhile.
   */
  onManyLocationsDownloading(): void;
  /** A locations document of many locations has been downloaded; it is being read now. */
  onManyLocationsComing(): void;
  /**
   * Such a document, read on the page, parsed but not checked yet: checking waits for the
   * promise returned.
   */
  onManyLocationsParsed(document: unknown): Promise<void> | undefined;
}

/** A downloaded document, to read. */
export interface FetchedBytes {
  bytes: Uint8Array;
  contentType: string | null;
  url: string;
  /** Aborted when the document is no longer wanted (source changed, element removed). */
  signal: AbortSignal;
}

/**
 * From this size on (about 20,000 locations) a fetched locations document is parsed and
 * validated in a worker. Below it the page reads it in slices: `JSON.parse` of a few MB stays a
 * short task, and the worker's start and hand-back delayed the first markers at 10,000
 * locations (npm run bench: 1,367 ms against 1,067 ms on the page, 2026-12-01).
 */
export const WORKER_THRESHOLD_BYTES = 4 * 1024 * 1024;

/**
 * From this size on (about 5,000 locations: the map clusters them in a worker) reading the
 * document takes longer than downloading the map's code: the finder is told, to start both.
 */
export const MANY_LOCATIONS_BYTES = 1024 * 1024;

/**
 * Whether a response's headers show a document of WORKER_THRESHOLD_BYTES or more: its
 * Content-Length, or, compressed (when the page may read its Content-Encoding), a quarter of
 * it — an approximation: GeoJSON lists shrink about five- to tenfold with gzip or brotli. A
 * response without Content-Length (a server compressing on the fly) shows its size only once
 * downloaded.
 */
function looksLarge(headers: Headers): boolean {
  const length = Number(headers.get('content-length'));
  const compressed = (headers.get('content-encoding') ?? 'identity') !== 'identity';
  return length >= (compressed ? WORKER_THRESHOLD_BYTES / 4 : WORKER_THRESHOLD_BYTES);
}

/**
 * Calls `onMany` once, as soon as a document is known to be at least MANY_LOCATIONS_BYTES
 * long — at its headers when its Content-Length says so (a compressed response's is smaller
 * than its body), else once that many bytes have arrived: the function returned hears the
 * bytes arrived so far.
 */
function watchForMany(headers: Headers, onMany: () => void) {
  let told = false;
  const tell = (bytes: number) => {
    if (told || !(bytes >= MANY_LOCATIONS_BYTES)) return;
    told = true;
    onMany();
  };
  tell(Number(headers.get('content-length')));
  return tell;
}

/** A document's response, read here or left to a worker. */
type Received = { bytes: Uint8Array; headers: Headers } | { inWorker: Promise<LocationSet> };

/**
 * Fetches and reads a locations document (`src`): with the same locations and errors whichever
 * way its size sends it.
 */
export async function fetchLocations(
  { url, timeoutMs, signal }: DocumentRequest,
  events: LocationsFetchEvents,
): Promise<LocationSet> {
  const received = await fetchDocument<Received>(url, { timeoutMs, signal }, (response, inTime) =>
    looksLarge(response.headers)
      ? leaveToWorker(response, { url, inTime, signal }, events)
      : receiveHere(response, url, events),
  );
  if ('inWorker' in received) return received.inWorker;
  const { bytes, headers } = received;
  const downloaded: FetchedBytes = { bytes, contentType: headers.get('content-type'), url, signal };
  // Not for a download given up meanwhile (a new `src`): its map would start for nothing.
  const many = !signal.aborted && bytes.byteLength >= MANY_LOCATIONS_BYTES;
  if (bytes.byteLength >= WORKER_THRESHOLD_BYTES) {
    if (many) events.onManyLocationsComing();
    return readLargeLocations(downloaded, events);
  }
  return many ? readManyLocations(downloaded, events) : readHere(downloaded);
}

/** The body, received on the page; the finder hears when it is known to be long. */
async function receiveHere(response: Response, url: string, events: LocationsFetchEvents) {
  const { headers } = response;
  const onReceived = watchForMany(headers, () => events.onManyLocationsDownloading());
  return { bytes: await readBody(response, url, undefined, onReceived), headers };
}

/**
 * Leaves a large document to the worker, which asks for it again: what is already on its way
 * here is dropped. Resolves once it has arrived there — the time allowed counts until then, a
 * chunk that never loads included (`inTime` ends the wait) — with its reading under way.
 */
async function leaveToWorker(
  response: Response,
  { url, inTime, signal }: Omit<DocumentToDownload, 'onDownloaded'>,
  events: LocationsFetchEvents,
): Promise<Received> {
  response.body?.cancel().catch(() => undefined);
  events.onManyLocationsDownloading();
  events.onManyLocationsComing();
  let onDownloaded!: () => void;
  const downloaded = new Promise<void>((resolve) => (onDownloaded = resolve));
  const inWorker = fetchLargeLocations({ url, inTime, signal, onDownloaded }, events);
  await Promise.race([downloaded, inWorker, whenAborted(inTime)]);
  return { inWorker };
}

/** Rejects, as an aborted fetch does, once `signal` is aborted. */
const whenAborted = (signal: AbortSignal) =>
  new Promise<never>((_, reject) =>
    signal.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')), {
      once: true,
    }),
  );

/** Parses and checks a document on the page, in one go. */
const readHere = ({ bytes, contentType, url }: Omit<FetchedBytes, 'signal'>) =>
  readLocations(parseDocument(bytes, contentType, url), url);

/**
 * A document of some thousands of locations, read on the page: the finder learns of it, and
 * of its content, first, for its map to start meanwhile.
 */
async function readManyLocations(fetched: FetchedBytes, events: LocationsFetchEvents) {
  events.onManyLocationsComing();
  const document = parseDocument(fetched.bytes, fetched.contentType, fetched.url);
  await events.onManyLocationsParsed(document);
  // Between its slices the map's code comes in (scheduler.yield() would keep it waiting).
  return readLocations(document, fetched.url, yieldToTasks);
}

/**
 * A document whose headers say it is large is downloaded and read in a worker: on the page,
 * receiving a body of 15 MB was a task of 150–250 ms of its own, before any parsing. Where the
 * worker cannot run, the page fetches it again and reads it.
 */
function fetchLargeLocations(toDownload: DocumentToDownload, events: LocationsFetchEvents) {
  const { url, inTime, onDownloaded } = toDownload;
  const fetchHere = async () => {
    // Within the time allowed: `inTime` stops it (fetchLocations tells the timeout).
    const { headers, bytes } = await fetchDocument(url, {
      timeoutMs: MAX_TIMEOUT_MS,
      signal: inTime,
    });
    onDownloaded();
    return readHere({ bytes, contentType: headers.get('content-type'), url });
  };
  return offThread(
    (module) => module.fetchLocationsOffThread(toDownload, fetchHere, events.onWorkerRefused),
    fetchHere,
  );
}

/** A document found large only once downloaded: its bytes are read in a worker. */
function readLargeLocations(fetched: FetchedBytes, events: LocationsFetchEvents) {
  const here = () => readHere(fetched);
  return offThread(
    (module) => module.readLocationsOffThread(fetched, here, events.onWorkerRefused),
    here,
  );
}

/** `read` with the worker's chunk (a chunk of its own); where it did not load, `here`. */
function offThread(
  read: (module: typeof import('./locations-off-thread.js')) => Promise<LocationSet>,
  here: () => Promise<LocationSet>,
) {
  return import('./locations-off-thread.js').then(read, here);
}
