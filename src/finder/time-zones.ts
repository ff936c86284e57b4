/**
 * Indonesia's three time zones as clock maths. Indonesia has had no daylight saving time since
 * 1964, so fixed offsets are exact and spare the finder an Intl call for each of thousands of
 * locations.
 */
export type IndonesianTimeZone =
  'Asia/Jakarta' | 'Asia/Pontianak' | 'Asia/Makassar' | 'Asia/Jayapura';
/** 0 = Monday … 6 = Sunday (OSM's Mo..Su order, ISO 8601). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const OFFSET_MINUTES: Record<IndonesianTimeZone, number> = {
  'Asia/Jakarta': 7 * 60,
  'Asia/Pontianak': 7 * 60,
  'Asia/Makassar': 8 * 60,
  'Asia/Jayapura': 9 * 60,
};
export const TIME_ZONES = Object.keys(OFFSET_MINUTES) as readonly IndonesianTimeZone[];
export const DAY_MINUTES = 24 * 60;

export function zoneAbbreviation(zone: IndonesianTimeZone): 'WIB' | 'WITA' | 'WIT' {
  const hours = OFFSET_MINUTES[zone] / 60;
  return hours === 7 ? 'WIB' : hours === 8 ? 'WITA' : 'WIT';
}

/** Whole minutes since 1970-01-01 00:00 local time in `zone`. */
export function localMinute(instant: Date, zone: IndonesianTimeZone): number {
  return Math.floor(instant.getTime() / 60_000) + OFFSET_MINUTES[zone];
}

/** Local day number: days since 1970-01-01 in `zone`'s calendar. */
export function localDay(instant: Date, zone: IndonesianTimeZone): number {
  return Math.floor(localMinute(instant, zone) / DAY_MINUTES);
}

/** The weekday of a local day number (1970-01-01 was a Thursday, weekday 3). */
export function weekdayOf(day: number): Weekday {
  return ((((day + 3) % 7) + 7) % 7) as Weekday;
}

/** The local weekday (0 = Monday … 6 = Sunday) of `instant` in `zone`. */
export function localWeekday(instant: Date, zone: IndonesianTimeZone): Weekday {
  return weekdayOf(localDay(instant, zone));
}

/** `2026-08-17` for a local day number. */
export function isoDateOf(day: number): string {
  return new Date(day * DAY_MINUTES * 60_000).toISOString().slice(0, 10);
}
