/**
 * OpenStreetMap `opening_hours` for a documented subset: weekdays, public holidays (`PH`) and
 * dates (`2026 Dec 24`, `Mar 18-24`). Parsing only; what the hours mean on a given day, with a
 * holiday calendar, is in `opening-schedule.ts`.
 *
 * Weekdays are numbered 0 = Monday … 6 = Sunday (OSM's Mo..Su order, ISO 8601).
 * Times are minutes since local midnight.
 */

export class OpeningHoursError extends Error {
  override name = 'OpeningHoursError';
}

/** Minutes since local midnight; `end` may exceed 1440 for spans past midnight. */
export interface TimeSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * Days of the year, inclusive. `from`/`to` are `month * 100 + day` (Dec 24 = 1224). With a
 * `year`, the range starts in that year (and ends in it, or in the next when `to` < `from`);
 * without one it repeats every year, wrapping over New Year when `to` < `from`.
 */
export interface DateRange {
  readonly year?: number;
  readonly from: number;
  readonly to: number;
}

/** Which days a rule is about; what is left out matches every day. */
export interface DaySelector {
  /** Dates the rule is limited to. */
  readonly dates?: readonly DateRange[];
  /** Weekdays named (0 = Monday); with `publicHoliday`, a day matches either. */
  readonly weekdays?: readonly number[];
  /** `PH`: Indonesian national public holidays (hari libur nasional). */
  readonly publicHoliday?: boolean;
}

export interface OpeningRule {
  readonly selector: DaySelector;
  /** Sorted by start; empty = closed. */
  readonly spans: readonly TimeSpan[];
}

export interface OpeningHours {
  /** The text as given, for display and error reports. */
  readonly text: string;
  /** The rules in order: a later rule replaces what earlier rules said about the days it names. */
  readonly rules: readonly OpeningRule[];
  /**
   * An ordinary week's spans per weekday (0 = Monday … 6 = Sunday), that is, on days that are
   * neither a public holiday nor named by a date rule.
   */
  readonly days: readonly (readonly TimeSpan[])[];
  /**
   * What the data owner should tidy although the hours could be read: a time range given twice,
   * or ranges that overlap (each shown once, merged). Reported like unreadable hours, through
   * `validate` and the console.
   */
  readonly notes: readonly string[];
}

const DAY_MINUTES = 24 * 60;
export const DAY_NAMES = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
export const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const DAY = `(?:${DAY_NAMES.join('|')})`;
const WEEKDAY_ITEM = `(?:${DAY}(?:-${DAY})?|PH)`;
const MONTH = `(?:${MONTH_NAMES.join('|')})`;
// "2026 Dec 24", "Dec 24-26", "Dec 24-Jan 2", "2026 Dec 24-2027 Jan 2".
const DATE_ITEM = `(?:\\d{4} )?${MONTH} \\d{1,2}(?:-(?:(?:\\d{4} )?${MONTH} )?\\d{1,2})?`;
const TIME_RANGE = '\\d{1,2}:\\d{2}-\\d{1,2}:\\d{2}';
// Matched after `normalized()`: one space between the parts of a rule, none around - , :.
// A date is followed by a space, so that "Feb 8 09:30" cannot be read as "Feb 80 9:30".
const RULE = new RegExp(
  `^(?:(${DATE_ITEM}(?:,${DATE_ITEM})*) )?(?:(${WEEKDAY_ITEM}(?:,${WEEKDAY_ITEM})*) ?)?` +
    `(off|closed|${TIME_RANGE}(?:,${TIME_RANGE})*)$`,
);
const DATE_PARTS = new RegExp(
  `^(?:(\\d{4}) )?(${MONTH}) (\\d{1,2})(?:-(?:(?:(\\d{4}) )?(${MONTH}) )?(\\d{1,2}))?$`,
);

/**
 * Whitespace-tolerant between tokens: "Mo - Fr  08:00 - 12:00" → "Mo-Fr 08:00-12:00". Not
 * inside one: "08 : 00" stays apart, and is reported (see `spaceInsideToken`).
 */
const normalized = (rule: string) =>
  rule
    .replace(/\s*([-,])\s*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();

// One token of a rule, whole: a day, PH, a month, off, 24/7, a year, a time.
const TOKEN = new RegExp(
  `^(?:${DAY}|PH|${MONTH}|off|closed|24/7|\\d{4}|[01]?\\d:[0-5]\\d|2[0-4]:[0-5]\\d)$`,
);

/**
 * For a rule that could not be read: the place where a space splits one token ("0 8:00",
 * "M o", "P H", "08 :00"), as written, or undefined. Said to the data owner instead of the
 * general "unsupported", since the fix is to remove that space.
 */
function spaceInsideToken(rule: string): string | undefined {
  const aroundColon = /\d*\s+:\s*\d*|\d*:\s+\d*/.exec(rule);
  if (aroundColon) return aroundColon[0].trim();
  // Each run of spaces with the words either side of it (up to a separator).
  for (const [, before, space, after] of rule.matchAll(
    /(?<![^\s,;-])(?=([^\s,;-]+)(\s+)([^\s,;-]+))/g,
  )) {
    if (TOKEN.test(before + after)) return `${before}${space}${after}`;
  }
  return undefined;
}
const SUPPORTED =
  '(supported: days Mo-Su, PH, dates like "2026 Dec 24" or "Mar 18-24", times HH:MM-HH:MM, ' +
  'off, 24/7, rules separated by ";")';

function parseWeekdays(list: string, rule: string): DaySelector {
  const weekdays: number[] = [];
  let publicHoliday = false;
  for (const item of list.split(',')) {
    if (item === 'PH') {
      publicHoliday = true;
      continue;
    }
    const [first, last = first] = item
      .split('-')
      .map((name) => DAY_NAMES.indexOf(name as (typeof DAY_NAMES)[number]));
    // `Sa-Mo` wraps over the weekend, as in OSM.
    for (let day = first; ; day = (day + 1) % 7) {
      if (!weekdays.includes(day)) weekdays.push(day);
      if (day === last) break;
    }
  }
  if (!weekdays.length && !publicHoliday)
    throw new OpeningHoursError(`No day in opening_hours rule "${rule}"`);
  return { weekdays: weekdays.sort((a, b) => a - b), publicHoliday };
}

function monthDay(month: string, day: string, rule: string): number {
  const monthIndex = MONTH_NAMES.indexOf(month as (typeof MONTH_NAMES)[number]);
  const dayNumber = Number(day);
  if (dayNumber < 1 || dayNumber > DAYS_IN_MONTH[monthIndex])
    throw new OpeningHoursError(`Invalid date "${month} ${day}" in opening_hours rule "${rule}"`);
  return (monthIndex + 1) * 100 + dayNumber;
}

function parseDates(list: string, rule: string): DateRange[] {
  return list.split(',').map((item) => {
    const [, year, month, day, toYear, toMonth = month, toDay = day] = DATE_PARTS.exec(item)!;
    const from = monthDay(month, day, rule);
    const to = monthDay(toMonth, toDay, rule);
    if (toYear !== undefined && year === undefined)
      throw new OpeningHoursError(
        `A date range with a year at its end needs one at its start too, in opening_hours rule "${rule}"`,
      );
    if (year === undefined) return { from, to };
    // "2026 Dec 24-2027 Jan 2": the end must be the start's year or the next (no multi-year spans).
    const endYear = toYear === undefined ? Number(year) + (to < from ? 1 : 0) : Number(toYear);
    if (endYear !== Number(year) + (to < from ? 1 : 0) || endYear > Number(year) + 1)
      throw new OpeningHoursError(`Date range "${item}" runs backwards or over a year`);
    return { year: Number(year), from, to };
  });
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

const clock = (minutes: number) => {
  const ofDay = minutes > DAY_MINUTES ? minutes - DAY_MINUTES : minutes;
  return `${String(Math.floor(ofDay / 60)).padStart(2, '0')}:${String(ofDay % 60).padStart(2, '0')}`;
};
const rangeText = ({ start, end }: TimeSpan) => `${clock(start)}-${clock(end)}`;

/**
 * The rule's time ranges, sorted, as the spans a visitor sees: "08:00-12:00,08:00-12:00" and
 * overlapping ranges are one span, shown once, and a note tells the data owner; ranges that
 * only touch (11:00-15:00,15:00-16:00) are joined without one.
 */
function parseSpans(times: string, rule: string, notes: string[]): TimeSpan[] {
  if (times === 'off' || times === 'closed') return [];
  const spans = times
    .split(',')
    .map((range) => {
      const [from, to] = range.split('-');
      const start = parseTime(from, rule, false);
      const end = parseTime(to, rule, true);
      if (start === end)
        throw new OpeningHoursError(`Empty time range "${range}" in opening_hours rule "${rule}"`);
      // An end before the start runs into the next day (22:00-02:00).
      return { start, end: end < start ? end + DAY_MINUTES : end };
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TimeSpan[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (!last || span.start > last.end) {
      merged.push(span);
      continue;
    }
    const joined = { start: last.start, end: Math.max(last.end, span.end) };
    if (span.start === last.start && span.end === last.end)
      notes.push(
        `Time range "${rangeText(span)}" is given twice in opening_hours rule "${rule}"; ` +
          'it is shown once',
      );
    else if (span.start < last.end)
      notes.push(
        `Time ranges "${rangeText(last)}" and "${rangeText(span)}" overlap in opening_hours ` +
          `rule "${rule}"; they are shown as one, ${rangeText(joined)}`,
      );
    merged[merged.length - 1] = joined;
  }
  return merged;
}

/** Parses `text`; throws OpeningHoursError for anything outside the supported subset. */
export function parseOpeningHours(text: string): OpeningHours {
  const rules: OpeningRule[] = [];
  const notes: string[] = [];
  const parts = text.split(';').map((rule) => rule.trim());
  if (parts.every((rule) => rule === ''))
    throw new OpeningHoursError(`Empty opening_hours "${text}" ${SUPPORTED}`);
  for (const rule of parts) {
    const compact = normalized(rule);
    if (compact === '') continue; // tolerate a trailing ";"
    if (/^24 ?\/ ?7$/.test(compact)) {
      rules.push({ selector: {}, spans: [{ start: 0, end: DAY_MINUTES }] });
      continue;
    }
    const match = RULE.exec(compact);
    if (!match) {
      const split = spaceInsideToken(rule);
      if (split !== undefined)
        throw new OpeningHoursError(
          `Space inside "${split}" in opening_hours rule "${rule}": write days, months, years ` +
            `and times without spaces inside (Mo, PH, Dec, 2026, 08:00)`,
        );
      throw new OpeningHoursError(`Unsupported opening_hours syntax "${rule}" ${SUPPORTED}`);
    }
    const [, dates, weekdays, times] = match;
    rules.push({
      selector: {
        ...(dates ? { dates: parseDates(dates, rule) } : {}),
        ...(weekdays ? parseWeekdays(weekdays, rule) : {}),
      },
      spans: parseSpans(times, rule, notes),
    });
  }
  const days = DAY_NAMES.map((_, weekday) => {
    let spans: readonly TimeSpan[] = [];
    for (const { selector, spans: ruleSpans } of rules)
      if (!selector.dates && (!selector.weekdays || selector.weekdays.includes(weekday)))
        spans = ruleSpans;
    return spans;
  });
  return { text, rules, days, notes };
}
