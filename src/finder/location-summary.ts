import { provinceCodeOf } from './finder-results.js';
import type { MppLocation } from './locations.js';
import { provinceByCode } from './provinces.js';

/** Locations looked at between two checks of the clock. */
const CHECK_EVERY = 1024;

/**
 * The choices of the finder's filters for one document: the services any location lists and
 * the provinces present. Collected in slices (`collectFor`), as the search index is: at
 * 100,000 locations one pass is a long task on a phone.
 */
export class LocationSummary {
  private next = 0;
  private readonly serviceIds = new Set<string>();
  /** Province code → its name: the official one, else the data's, else the code. */
  private readonly provinceNames = new Map<string, string>();

  constructor(private readonly locations: readonly MppLocation[]) {}

  /** Whether every location has been looked at. */
  get done(): boolean {
    return this.next === this.locations.length;
  }

  /** Looks at locations for about `milliseconds` (at least a few); true once all are done. */
  collectFor(milliseconds: number): boolean {
    const deadline = performance.now() + milliseconds;
    const { locations } = this;
    while (this.next < locations.length) {
      const end = Math.min(locations.length, this.next + CHECK_EVERY);
      for (; this.next < end; this.next++) this.add(locations[this.next]);
      if (performance.now() > deadline) break;
    }
    return this.done;
  }

  /** The service ids, sorted (empty: the data says nothing about services). */
  services(): string[] {
    return [...this.serviceIds].sort();
  }

  /** The provinces, by name in alphabetical order. */
  provinces(): { code: string; name: string }[] {
    // Province names are Latin letters and spaces: their lower-case forms compared code unit
    // by code unit give Indonesian alphabetical order, without an `Intl.Collator`, whose
    // collation data cost a phone more than all the rest of this task's filter work.
    const key = (name: string) => name.toLowerCase();
    return [...this.provinceNames]
      .map(([code, name]) => ({ code, name, key: key(name) }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map(({ code, name }) => ({ code, name }));
  }

  private add(location: MppLocation): void {
    const { services, province } = location.properties;
    if (services) for (const id of services) this.serviceIds.add(id);
    const code = provinceCodeOf(location);
    if (code && !this.provinceNames.has(code)) {
      const official = provinceByCode(code)?.name;
      this.provinceNames.set(code, official ?? province ?? code);
    }
  }
}
