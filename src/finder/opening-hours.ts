/**
 * OpenStreetMap `opening_hours` for a documented subset, and the clock maths of Indonesia's
 * three time zones. Pure functions: the finder element does the wording.
 *
 * Weekdays are numbered 0 = Monday … 6 = Sunday (OSM's Mo..Su order, ISO 8601).
 * Times are minutes since local midnight.
 */

export type IndonesianTimeZone =
  'Asia/Jakarta' | 'Asia/Pontianak' | 'Asia/Makassar' | 'Asia/Jayapura';
/** 0 = Monday … 6 = Sunday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

// Indonesia has had no daylight saving time since 1964, so fixed offsets are exact and spare
// the finder an Intl call for each of thousands of locations.
const OFFSET_MINUTES: Record<IndonesianTimeZone, number> = {
  'Asia/Jakarta': 7 * 60,
  'Asia/Pontianak': 7 * 60,
  'Asia/Makassar': 8 * 60,
  'Asia/Jayapura': 9 * 60,
};
export const TIME_ZONES = Object.keys(OFFSET_MINUTES) as readonly IndonesianTimeZone[];

export function zoneAbbreviation(zone: IndonesianTimeZone): 'WIB' | 'WITA' | 'WIT' {
  const hours = OFFSET_MINUTES[zone] / 60;
  return hours === 7 ? 'WIB' : hours === 8 ? 'WITA' : 'WIT';
}

export class OpeningHoursError extends Error {
  override name = 'OpeningHoursError';
}

/** Minutes since local midnight; `end` may exceed 1440 for spans past midnight. */
export interface TimeSpan {
  readonly start: number;
  readonly end: number;
}

export interface OpeningHours {
  /** The text as given, for display and error reports. */
  readonly text: string;
  /** Spans per weekday (0 = Monday … 6 = Sunday) sorted by start; empty = closed that day. */
  readonly days: readonly (readonly TimeSpan[])[];
  /**
   * The same hours as merged intervals in minutes of the week (0 = Monday 00:00), so that a
   * span past midnight, or Sunday night into Monday, needs no special case when querying.
   */
  readonly week: readonly TimeSpan[];
}

const DAY_MINUTES = 24 * 60;
const WEEK_MINUTES = 7 * DAY_MINUTES;
const DAY_NAMES = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
const DAY = '(?:Mo|Tu|We|Th|Fr|Sa|Su)';
const DAY_RANGE = `${DAY}(?:-${DAY})?`;
const TIME_RANGE = '\\d{1,2}:\\d{2}-\\d{1,2}:\\d{2}';
// Whitespace is removed before matching, which is what makes the parser whitespace-tolerant.
const RULE = new RegExp(
  `^(${DAY_RANGE}(?:,${DAY_RANGE})*)?(off|closed|${TIME_RANGE}(?:,${TIME_RANGE})*)$`,
);
const SUPPORTED = '(supported: days Mo-Su, times HH:MM-HH:MM, off, 24/7, rules separated by ";")';

const mod = (value: number, divisor: number) => ((value % divisor) + divisor) % divisor;

function parseDays(list: string | undefined): number[] {
  if (!list) return [0, 1, 2, 3, 4, 5, 6];
  const days: number[] = [];
  for (const range of list.split(',')) {
    const [first, last = first] = range.split('-').map((name) => DAY_NAMES.indexOf(name));
    // `Sa-Mo` wraps over the weekend, as in OSM.
    for (let day = first; ; day = (day + 1) % 7) {
      days.push(day);
      if (day === last) break;
    }
  }
  return days;
}

function parseTime(time: string, rule: string, isEnd: boolean): number {
  const [hours, minutes] = time.split(':').map(Number);
  // 24:00 is only meaningful as the end of a day.
  if (hours > 24 || minutes > 59 || (hours === 24 && (minutes > 0 || !isEnd)))
    throw new OpeningHoursError(
      `Invalid time "${time}" in opening_hours rule "${rule}" (hours 00-24, minutes 00-59)`,
    );
  return hours * 60 + minutes;
}

function parseSpans(times: string, rule: string): TimeSpan[] {
  return times.split(',').map((range) => {
    const [from, to] = range.split('-');
    const start = parseTime(from, rule, false);
    const end = parseTime(to, rule, true);
    if (start === end)
      throw new OpeningHoursError(`Empty time range "${range}" in opening_hours rule "${rule}"`);
    // An end before the start runs into the next day (22:00-02:00).
    return { start, end: end < start ? end + DAY_MINUTES : end };
  });
}

/** Merges the daily spans into non-overlapping week intervals, joining across the week's end. */
function weekIntervals(days: readonly (readonly TimeSpan[])[]): TimeSpan[] {
  const spans = days
    .flatMap((spans, day) =>
      spans.map((s) => [day * DAY_MINUTES + s.start, day * DAY_MINUTES + s.end]),
    )
    .sort((a, b) => a[0] - b[0]);
  const merged: number[][] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  // Sunday 22:00-02:00 continues Monday 00:00-08:00: one stretch, so one closing time.
  while (merged.length > 1 && merged[merged.length - 1][1] - WEEK_MINUTES >= merged[0][0]) {
    const first = merged.shift()!;
    const last = merged[merged.length - 1];
    last[1] = Math.max(last[1], first[1] + WEEK_MINUTES);
  }
  return merged.map(([start, end]) => ({ start, end }));
}

/** Parses `text`; throws OpeningHoursError for anything outside the supported subset. */
export function parseOpeningHours(text: string): OpeningHours {
  const days: TimeSpan[][] = Array.from({ length: 7 }, () => []);
  const rules = text.split(';').map((rule) => rule.trim());
  if (rules.every((rule) => rule === ''))
    throw new OpeningHoursError(`Empty opening_hours "${text}" ${SUPPORTED}`);
  for (const rule of rules) {
    const compact = rule.replace(/\s+/g, '');
    if (compact === '') continue; // tolerate a trailing ";"
    if (compact === '24/7') {
      days.fill([{ start: 0, end: DAY_MINUTES }]);
      continue;
    }
    const match = RULE.exec(compact);
    if (!match)
      throw new OpeningHoursError(`Unsupported opening_hours syntax "${rule}" ${SUPPORTED}`);
    const spans = match[2] === 'off' || match[2] === 'closed' ? [] : parseSpans(match[2], rule);
    spans.sort((a, b) => a.start - b.start);
    // OSM: a later rule replaces what earlier rules said about the days it names.
    for (const day of parseDays(match[1])) days[day] = spans;
  }
  return { text, days, week: weekIntervals(days) };
}

/** Whole minutes since Monday 00:00 local time, in 0 … 10079. */
function minuteOfWeek(instant: Date, zone: IndonesianTimeZone): number {
  const localMinutes = Math.floor(instant.getTime() / 60_000) + OFFSET_MINUTES[zone];
  // 1970-01-01, the epoch's first day, was a Thursday (weekday 3).
  return mod(localMinutes + 3 * DAY_MINUTES, WEEK_MINUTES);
}

/** The local weekday (0 = Monday … 6 = Sunday) of `instant` in `zone`. */
export function localWeekday(instant: Date, zone: IndonesianTimeZone): Weekday {
  return Math.floor(minuteOfWeek(instant, zone) / DAY_MINUTES) as Weekday;
}

/** The week interval open at `minute` (0 … 10079), if any. */
function intervalAt(hours: OpeningHours, minute: number): TimeSpan | undefined {
  // An interval starting on Sunday may end past 10080, i.e. early on Monday.
  for (const span of hours.week)
    if ((minute >= span.start && minute < span.end) || minute + WEEK_MINUTES < span.end)
      return span;
  return undefined;
}

/** Hot path (every location on every render): integer maths, a short loop, no allocation. */
export function isOpenAt(hours: OpeningHours, instant: Date, zone: IndonesianTimeZone): boolean {
  return intervalAt(hours, minuteOfWeek(instant, zone)) !== undefined;
}

/**
 * The spans of the local day containing `instant` in `zone` (what "today's hours" shows). A
 * span from the day before that runs past midnight is not repeated here: it belongs to the
 * day it starts on, as in the OSM text.
 */
export function hoursOn(
  hours: OpeningHours,
  instant: Date,
  zone: IndonesianTimeZone,
): readonly TimeSpan[] {
  return hours.days[localWeekday(instant, zone)];
}

export interface StatusChange {
  /** true: the place opens then ("Opens …"); false: it closes then ("Closes …"). */
  readonly opens: boolean;
  /** Local days after the day of `instant`: 0 = today, 1 = tomorrow, … up to 7. */
  readonly daysAhead: number;
  /** Local weekday of the change, 0 = Monday … 6 = Sunday, for "Opens Monday at 08.00". */
  readonly weekday: Weekday;
  /** Local minutes since midnight, 0 … 1439 (a close at 24:00 is 0 of the next day). */
  readonly minuteOfDay: number;
  /** The instant of the change. */
  readonly at: Date;
}

/** The next open/closed change after `instant`, or undefined if it is always open or closed. */
export function nextChange(
  hours: OpeningHours,
  instant: Date,
  zone: IndonesianTimeZone,
): StatusChange | undefined {
  const now = minuteOfWeek(instant, zone);
  const open = intervalAt(hours, now);
  if (open ? open.end - open.start >= WEEK_MINUTES : hours.week.length === 0) return undefined;
  const minutesAhead = open
    ? open.end - (now >= open.start ? now : now + WEEK_MINUTES)
    : Math.min(...hours.week.map(({ start }) => mod(start - now, WEEK_MINUTES)));
  const target = now + minutesAhead;
  return {
    opens: !open,
    daysAhead: Math.floor(target / DAY_MINUTES) - Math.floor(now / DAY_MINUTES),
    weekday: (Math.floor(target / DAY_MINUTES) % 7) as Weekday,
    minuteOfDay: target % DAY_MINUTES,
    at: new Date(Math.floor(instant.getTime() / 60_000 + minutesAhead) * 60_000),
  };
}
