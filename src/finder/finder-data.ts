import type { ReactiveControllerHost } from 'lit';
import {
  DocumentController,
  inlineDocument,
  type FetchedBytes,
} from '../core/document-controller.js';
import { parseDocument } from '../core/fetch-json.js';
import { MppError } from '../core/errors.js';
import { yieldToTasks } from '../core/yield-to-main.js';
import { readHolidayCalendar, type HolidayCalendar } from './holiday-calendar.js';
import type { LocationPatch } from './location-patch.js';
import { readLocations, type LocationSet } from './locations.js';

export interface FinderDataSources {
  /** Resolved `src`, `patch` and `holidays` URLs (undefined: not given). */
  locationsUrl(): string | undefined;
  patchUrl(): string | undefined;
  holidaysUrl(): string | undefined;
  timeoutMs(): number;
  /** A document could not be used; for a patch or a calendar the finder goes on without it. */
  onError(error: MppError): void;
  /** The calendar in use does not cover today: told to the site owner. */
  onCalendarGap(calendar: HolidayCalendar): void;
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

const bundledLocations = () =>
  import('../data/locations.json').then((module) => module.default as unknown);
const bundledHolidays = () => import('../data/holidays.json').then((module) => module.default);
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
 * What watches a locations document's download: calls `onMany` once, as soon as the document
 * is known to be at least MANY_LOCATIONS_BYTES long — at its headers when its Content-Length
 * says so (a compressed response's is smaller than its body), else once that many bytes have
 * arrived.
 */
function watchForMany(onMany: () => void) {
  return (response: Response) => {
    let told = false;
    const tell = (bytes: number) => {
      if (told || !(bytes >= MANY_LOCATIONS_BYTES)) return;
      told = true;
      onMany();
    };
    tell(Number(response.headers.get('content-length')));
    return tell;
  };
}

/**
 * A document of some thousands of locations, read on the page: the finder learns of it, and
 * of its content, first, for its map to start meanwhile.
 */
async function readManyLocations(fetched: FetchedBytes, sources: FinderDataSources) {
  sources.onManyLocationsComing();
  const document = parseDocument(fetched.bytes, fetched.contentType, fetched.url);
  await sources.onManyLocationsParsed(document);
  // Between its slices the map's code comes in (scheduler.yield() would keep it waiting).
  return readLocations(document, fetched.url, yieldToTasks);
}

/** A large document is read in a worker (a chunk of its own). */
function readLargeLocations(fetched: FetchedBytes, onWorkerRefused: () => void) {
  const readHere = () =>
    readLocations(parseDocument(fetched.bytes, fetched.contentType, fetched.url), fetched.url);
  return import('./locations-off-thread.js').then(
    (module) => module.readLocationsOffThread(fetched, readHere, onWorkerRefused),
    readHere, // the chunk did not load: as for a small document
  );
}

// Most pages patch nothing: the patch reader is downloaded only by those that do.
const patching = () => import('./location-patch.js');

/** A patch as read, with the function that applies it (from the same lazy module). */
interface LoadedPatch {
  patch: LocationPatch;
  applyTo(set: LocationSet, url?: string): LocationSet;
}

/**
 * The finder's three documents, each through its own `DocumentController`: the locations (`src`,
 * inline, or the bundled list), a patch correcting them by id, and the holiday calendar (the
 * bundled one, extended by a site's own). A bad patch or calendar is reported and left out:
 * the list is shown unpatched, with the bundled calendar.
 */
export class FinderData {
  private readonly locations: DocumentController<LocationSet>;
  private readonly patch: DocumentController<LoadedPatch | null>;
  private readonly holidays: DocumentController<HolidayCalendar>;
  private ownCalendarFailed = false;
  private patched?: { from: [LocationSet, LoadedPatch]; set: LocationSet };

  constructor(
    host: ReactiveControllerHost & Element,
    private readonly sources: FinderDataSources,
  ) {
    this.locations = new DocumentController(
      host,
      () => ({
        url: sources.locationsUrl(),
        inline: inlineDocument(host),
        bundled: bundledLocations,
        read: readLocations,
        watch: watchForMany(() => sources.onManyLocationsDownloading()),
        readFetched: (fetched) => {
          const size = fetched.bytes.byteLength;
          // Not for a download given up meanwhile (a new `src`): its map would start for nothing.
          const many = !fetched.signal.aborted && size >= MANY_LOCATIONS_BYTES;
          if (size >= WORKER_THRESHOLD_BYTES) {
            if (many) sources.onManyLocationsComing();
            return readLargeLocations(fetched, sources.onWorkerRefused);
          }
          return many ? readManyLocations(fetched, sources) : undefined;
        },
        timeoutMs: sources.timeoutMs(),
      }),
      sources.onError,
    );
    this.patch = new DocumentController(
      host,
      () => ({
        url: sources.patchUrl(),
        inline: inlineDocument(host, 'patch'),
        bundled: async () => null, // no patch
        read: async (document, url) => {
          if (document === null) return null;
          const { readPatch, applyPatch } = await patching();
          const patch = readPatch(document, url);
          return { patch, applyTo: (set, patchUrl) => applyPatch(set, patch, patchUrl) };
        },
        timeoutMs: sources.timeoutMs(),
      }),
      sources.onError,
    );
    this.holidays = new DocumentController(
      host,
      () => ({
        url: this.ownCalendarFailed ? undefined : sources.holidaysUrl(),
        inline: this.ownCalendarFailed ? undefined : inlineDocument(host, 'holidays'),
        bundled: bundledHolidays,
        // A site's calendar extends the bundled one (extending it by itself changes nothing).
        read: async (document, url) => {
          const calendar = await readHolidayCalendar(document, url, await bundledHolidays());
          // The year in WIB: a few hours off at New Year in WITA/WIT changes nothing here.
          const year = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();
          if (!calendar.years.includes(year)) sources.onCalendarGap(calendar);
          return calendar;
        },
        timeoutMs: sources.timeoutMs(),
      }),
      (error) => {
        this.ownCalendarFailed = true; // the next sync falls back to the bundled calendar
        sources.onError(error);
      },
    );
  }

  /** Starts loading what changed. Call it from the host's `willUpdate`. */
  sync(): void {
    this.locations.sync();
    this.patch.sync();
    this.holidays.sync();
  }

  /** The visitor asked to try again after the locations failed. */
  reload(): void {
    this.locations.reload();
  }

  /** Why the locations cannot be shown; the finder has nothing to show then. */
  get error(): MppError | undefined {
    return this.locations.error;
  }

  /** The locations with the patch applied; undefined until all three documents are settled. */
  get set(): LocationSet | undefined {
    const set = this.locations.value;
    const patch = this.patch.error ? null : this.patch.value;
    if (!set || patch === undefined || !this.calendar) return undefined;
    if (!patch) return set;
    if (this.patched?.from[0] !== set || this.patched.from[1] !== patch) {
      let patchedSet = set;
      try {
        patchedSet = patch.applyTo(set, this.sources.patchUrl());
      } catch (error) {
        if (!(error instanceof MppError)) throw error;
        this.sources.onError(error);
      }
      this.patched = { from: [set, patch], set: patchedSet };
    }
    return this.patched.set;
  }

  /** Public holidays and cuti bersama in use; undefined while loading. */
  get calendar(): HolidayCalendar | undefined {
    return this.holidays.value;
  }
}
