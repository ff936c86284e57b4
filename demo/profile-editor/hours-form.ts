// The profile editor's day-by-day hours form and the `opening_hours` text it stands for. Pure
// functions: the form is what a Pemda officer fills in, the text is what the finder reads
// (`src/finder/opening-hours.ts`). Tested in hours-form.test.ts, including the round trip
// "every written text parses to the plan the form shows".
import bundledHolidays from '../../src/data/holidays.json';
import {
  holidayCalendar,
  type HolidayCalendarDocument,
} from '../../src/finder/holiday-calendar.js';
import {
  DAY_NAMES,
  MONTH_NAMES,
  parseOpeningHours,
  type OpeningHours,
  type TimeSpan,
} from '../../src/finder/opening-hours.js';
import { planFor } from '../../src/finder/opening-schedule.js';

/** `08:00`–`12:00`, as an `<input type="time">` gives it. */
export interface TimeRange {
  readonly start: string;
  readonly end: string;
}

/**
 * On public holidays (`PH`): closed, the weekday's usual hours, hours of their own, or not said
 * (the finder then tells visitors to check: only offered when the data says nothing either).
 */
export type HolidayHours = 'closed' | 'usual' | 'own' | 'unset';

/** A closure or special hours on one date or a range of dates (ISO `2026-12-24`). */
export interface DateException {
  readonly from: string;
  /** Last day, or '' for one day. */
  readonly to: string;
  /** Empty: closed. */
  readonly ranges: readonly TimeRange[];
}

export interface HoursForm {
  /** Monday … Sunday; an empty list is a closed day. */
  readonly week: readonly (readonly TimeRange[])[];
  readonly publicHolidays: HolidayHours;
  /** Used when `publicHolidays` is `own`; empty is closed. */
  readonly holidayRanges: readonly TimeRange[];
  readonly exceptions: readonly DateException[];
}

/** What most MPPs open with: Monday to Friday, 08.00–16.00, closed on public holidays. */
export const TYPICAL_FORM: HoursForm = {
  week: [0, 1, 2, 3, 4, 5, 6].map((day) => (day < 5 ? [{ start: '08:00', end: '16:00' }] : [])),
  publicHolidays: 'closed',
  holidayRanges: [],
  exceptions: [],
};

export type RangeProblem = 'incomplete' | 'empty';
export type ExceptionProblem = 'no-date' | 'backwards' | 'too-long';

const TIME = /^(\d{1,2}):(\d{2})$/;

/** Minutes since midnight, or undefined for anything but `H:MM`/`HH:MM` within the day. */
function minutesOf(time: string): number | undefined {
  const match = TIME.exec(time.trim());
  if (!match) return undefined;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return undefined;
  return hours * 60 + minutes;
}

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Why a range cannot be written (the form shows it beside the range), if anything. */
export function rangeProblem({ start, end }: TimeRange): RangeProblem | undefined {
  const [from, to] = [minutesOf(start), minutesOf(end)];
  if (from === undefined || to === undefined || from === 1440) return 'incomplete';
  // An end before the start runs past midnight, as in opening_hours; equal ones say nothing.
  if (from === to) return 'empty';
  return undefined;
}

/** `08:00-12:00,13:00-16:00` from the ranges that can be written, sorted; '' when none. */
function timesText(ranges: readonly TimeRange[]): string {
  return ranges
    .filter((range) => !rangeProblem(range))
    .map(({ start, end }) => [minutesOf(start)!, minutesOf(end)!] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([start, end]) => `${clock(start)}-${clock(end)}`)
    .join(',');
}

/** `Mo-Th,Sa`: consecutive days as one range. */
function dayList(weekdays: readonly number[]): string {
  const items: string[] = [];
  for (let at = 0; at < weekdays.length;) {
    let last = at;
    while (last + 1 < weekdays.length && weekdays[last + 1] === weekdays[last] + 1) last += 1;
    items.push(
      last === at
        ? DAY_NAMES[weekdays[at]]
        : `${DAY_NAMES[weekdays[at]]}-${DAY_NAMES[weekdays[last]]}`,
    );
    at = last + 1;
  }
  return items.join(',');
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateParts = (iso: string) => {
  const match = ISO_DATE.exec(iso);
  if (!match || !Number.isFinite(Date.parse(iso))) return undefined;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
};

/** Why a date exception cannot be written, if anything (opening_hours spans at most a year). */
export function exceptionProblem({ from, to }: DateException): ExceptionProblem | undefined {
  const first = dateParts(from);
  const last = to ? dateParts(to) : first;
  if (!first || !last) return 'no-date';
  if ((to || from) < from) return 'backwards';
  const monthDay = (parts: typeof first) => parts.month * 100 + parts.day;
  if (
    last.year > first.year + 1 ||
    (last.year === first.year + 1 && monthDay(last) >= monthDay(first))
  )
    return 'too-long';
  return undefined;
}

/** `2026 Dec 24`, `2026 Dec 24-26`, `2026 Mar 30-Apr 2`, `2026 Dec 28-2027 Jan 2`. */
function datesText({ from, to }: DateException): string {
  const first = dateParts(from)!;
  const last = (to && dateParts(to)) || first;
  const start = `${first.year} ${MONTH_NAMES[first.month - 1]} ${first.day}`;
  if (to === '' || to === from) return start;
  if (last.year !== first.year)
    return `${start}-${last.year} ${MONTH_NAMES[last.month - 1]} ${last.day}`;
  if (last.month !== first.month) return `${start}-${MONTH_NAMES[last.month - 1]} ${last.day}`;
  return `${start}-${last.day}`;
}

/** The days that are open, grouped by equal hours, in weekday order of their first day. */
function weekGroups(form: HoursForm): { days: number[]; times: string }[] {
  const groups = new Map<string, number[]>();
  form.week.forEach((ranges, day) => {
    const times = timesText(ranges);
    if (times) groups.set(times, [...(groups.get(times) ?? []), day]);
  });
  return [...groups].map(([times, days]) => ({ days, times }));
}

/**
 * "Same as usual" on public holidays can be written only when every open day has the same hours
 * (`Mo-Fr,PH 08:00-16:00; Sa-Su off`): opening_hours has no "a holiday that falls on a Friday".
 */
export function usualHoursWritable(form: HoursForm): boolean {
  return weekGroups(form).length <= 1;
}

/**
 * The `opening_hours` text of a form: `Mo-Th 08:00-12:00,13:00-16:00; Fr 08:00-11:30,13:30-16:00;
 * PH off; 2026 Dec 24 08:00-12:00`. Ranges and dates with a problem are left out (the form shows
 * why); later rules override earlier ones, so holidays follow the week and dates come last.
 */
export function writeOpeningHours(form: HoursForm): string {
  const groups = weekGroups(form);
  const usual = form.publicHolidays === 'usual' && groups.length === 1;
  const rules = groups.map(({ days, times }) => `${dayList(days)}${usual ? ',PH' : ''} ${times}`);
  const closedDays = [0, 1, 2, 3, 4, 5, 6].filter(
    (day) => !groups.some(({ days }) => days.includes(day)),
  );
  if (!groups.length) rules.push('off');
  // Without this rule a holiday on a closed weekday would take the ",PH" hours.
  else if (usual && closedDays.length) rules.push(`${dayList(closedDays)} off`);
  if (form.publicHolidays === 'closed') rules.push('PH off');
  if (form.publicHolidays === 'own') rules.push(`PH ${timesText(form.holidayRanges) || 'off'}`);
  for (const exception of form.exceptions)
    if (!exceptionProblem(exception))
      rules.push(`${datesText(exception)} ${timesText(exception.ranges) || 'off'}`);
  return rules.join('; ');
}

const rangesOf = (spans: readonly TimeSpan[]): TimeRange[] =>
  spans.map(({ start, end }) => ({
    start: clock(start),
    end: clock(end > 1440 ? end - 1440 : end),
  }));

// The bundled calendar, valid (the finder's tests check it): read as it is, at once.
const calendar = holidayCalendar(bundledHolidays as HolidayCalendarDocument);
const FIRST_DAY = Date.UTC(calendar.years[0], 0, 1) / 86_400_000;
const LAST_DAY = Date.UTC(calendar.years[calendar.years.length - 1], 11, 31) / 86_400_000;

/** Whether two hours mean the same on every day of the bundled calendar's years. */
export function sameMeaning(first: OpeningHours, second: OpeningHours): boolean {
  for (let day = FIRST_DAY; day <= LAST_DAY; day++) {
    const [a, b] = [planFor(first, day, calendar), planFor(second, day, calendar)];
    if (a.uncertain !== b.uncertain || JSON.stringify(a.spans) !== JSON.stringify(b.spans))
      return false;
  }
  return true;
}

/**
 * The form for hours from the data, so that an officer edits what is there; undefined when the
 * form cannot say the same (e.g. a yearly date, a holiday rule per weekday).
 */
export function formOf(hours: OpeningHours): HoursForm | undefined {
  let publicHolidays: HolidayHours = 'unset';
  let holidayRanges: TimeRange[] = [];
  const exceptions: DateException[] = [];
  for (const { selector, spans } of hours.rules) {
    if (selector.publicHoliday && !selector.dates) {
      const withDays = (selector.weekdays?.length ?? 0) > 0;
      publicHolidays = withDays ? 'usual' : spans.length ? 'own' : 'closed';
      holidayRanges = withDays ? [] : rangesOf(spans);
    }
    // Dates limited to weekdays or holidays, or repeating every year: not in the form.
    if (selector.dates && (selector.weekdays?.length || selector.publicHoliday)) return undefined;
    for (const range of selector.dates ?? []) {
      if (range.year === undefined) return undefined;
      const iso = (year: number, monthDay: number) =>
        `${year}-${String(Math.floor(monthDay / 100)).padStart(2, '0')}-${String(monthDay % 100).padStart(2, '0')}`;
      exceptions.push({
        from: iso(range.year, range.from),
        to:
          range.to === range.from
            ? ''
            : iso(range.year + (range.to < range.from ? 1 : 0), range.to),
        ranges: rangesOf(spans),
      });
    }
  }
  const form: HoursForm = {
    week: hours.days.map(rangesOf),
    publicHolidays,
    holidayRanges,
    exceptions,
  };
  try {
    return sameMeaning(parseOpeningHours(writeOpeningHours(form)), hours) ? form : undefined;
  } catch {
    return undefined;
  }
}
