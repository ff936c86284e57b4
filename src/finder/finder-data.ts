import type { ReactiveControllerHost } from 'lit';
import { DocumentController, inlineDocument } from '../core/document-controller.js';
import { MppError } from '../core/errors.js';
import { readHolidayCalendar, type HolidayCalendar } from './holiday-calendar.js';
import type { LocationPatch } from './location-patch.js';
import { fetchLocations, type LocationsFetchEvents } from './locations-fetching.js';
import { readLocations, type LocationSet } from './locations.js';

export interface FinderDataSources extends LocationsFetchEvents {
  /** Resolved `src`, `patch` and `holidays` URLs (undefined: not given). */
  locationsUrl(): string | undefined;
  patchUrl(): string | undefined;
  holidaysUrl(): string | undefined;
  timeoutMs(): number;
  /** A document could not be used; for a patch or a calendar the finder goes on without it. */
  onError(error: MppError): void;
  /** The calendar in use does not cover today: told to the site owner. */
  onCalendarGap(calendar: HolidayCalendar): void;
}

const bundledLocations = () =>
  import('../data/locations.json').then((module) => module.default as unknown);
const bundledHolidays = () => import('../data/holidays.json').then((module) => module.default);

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
        fetchAndRead: (request) => fetchLocations(request, sources),
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
