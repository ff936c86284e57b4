/**
 * What opening hours mean on a given day and instant, with Indonesia's holidays: open now,
 * today's spans, the next change. Pure functions over local day numbers (`time-zones.ts`); the
 * finder does the wording.
 */
import type { Holiday, HolidayCalendar } from './holiday-calendar.js';
import type { DateRange, OpeningHours, OpeningRule, TimeSpan } from './opening-hours.js';
import {
  DAY_MINUTES,
  isoDateOf,
  localDay,
  localMinute,
  weekdayOf,
  type IndonesianTimeZone,
  type Weekday,
} from './time-zones.js';

/** How far ahead the next change is looked for: past any yearly closure. */
const HORIZON_DAYS = 400;

/** One local day of a location. */
export interface DayPlan {
  /** Local day number (days since 1970-01-01). */
  readonly day: number;
  readonly weekday: Weekday;
  /** When it is open that day (spans may run past midnight); empty when closed or uncertain. */
  readonly spans: readonly TimeSpan[];
  /** The calendar's public holiday or cuti bersama on that day. */
  readonly holiday?: Holiday;
  /**
   * The day is a holiday the hours do not speak of (no `PH` or date rule for it) while an
   * ordinary day would be open: the hours are not known, so nothing counts as open.
   */
  readonly uncertain: boolean;
}

function inRange(range: DateRange, year: number, monthDay: number): boolean {
  if (range.year === undefined)
    return range.from <= range.to
      ? monthDay >= range.from && monthDay <= range.to
      : monthDay >= range.from || monthDay <= range.to;
  const key = year * 10_000 + monthDay;
  const endYear = range.year + (range.to < range.from ? 1 : 0);
  return key >= range.year * 10_000 + range.from && key <= endYear * 10_000 + range.to;
}

/** Whether `rule` speaks of the day, and whether by naming it (a date, or `PH` on a holiday). */
function ruleFor(
  rule: OpeningRule,
  weekday: Weekday,
  [year, monthDay]: [number, number],
  publicHoliday: boolean,
): 'no' | 'ordinary' | 'named' {
  const { dates, weekdays, publicHoliday: onPublicHoliday } = rule.selector;
  if (dates && !dates.some((range) => inRange(range, year, monthDay))) return 'no';
  const byHoliday = onPublicHoliday === true && publicHoliday;
  if (weekdays && !weekdays.includes(weekday) && !byHoliday) return 'no';
  return dates || byHoliday ? 'named' : 'ordinary';
}

/** The plan of local day `day`: the last rule that speaks of it wins (OSM precedence). */
export function planFor(hours: OpeningHours, day: number, calendar?: HolidayCalendar): DayPlan {
  const date = isoDateOf(day);
  const weekday = weekdayOf(day);
  const holiday = calendar?.holidayOn(date);
  const yearAndDay: [number, number] = [
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10)),
  ];
  let spans: readonly TimeSpan[] = [];
  let named = false;
  for (const rule of hours.rules) {
    const match = ruleFor(rule, weekday, yearAndDay, holiday?.kind === 'public-holiday');
    if (match === 'no') continue;
    spans = rule.spans;
    named = match === 'named';
  }
  const uncertain = holiday !== undefined && !named && spans.length > 0;
  return { day, weekday, spans: uncertain ? [] : spans, holiday, uncertain };
}

/** The plan of the local day containing `instant` in `zone` (what "today's hours" shows). */
export function planAt(
  hours: OpeningHours,
  instant: Date,
  zone: IndonesianTimeZone,
  calendar?: HolidayCalendar,
): DayPlan {
  return planFor(hours, localDay(instant, zone), calendar);
}

/**
 * Open at `instant`: within one of today's spans, or one of yesterday's that runs past
 * midnight. A span from the day before is not repeated in today's plan: it belongs to the day
 * it starts on, as in the OSM text.
 */
export function isOpenAt(
  hours: OpeningHours,
  instant: Date,
  zone: IndonesianTimeZone,
  calendar?: HolidayCalendar,
): boolean {
  const minute = localMinute(instant, zone);
  const day = Math.floor(minute / DAY_MINUTES);
  const ofDay = minute - day * DAY_MINUTES;
  const within = (spans: readonly TimeSpan[], at: number) =>
    spans.some(({ start, end }) => at >= start && at < end);
  return (
    within(planFor(hours, day, calendar).spans, ofDay) ||
    within(planFor(hours, day - 1, calendar).spans, ofDay + DAY_MINUTES)
  );
}

export interface StatusChange {
  /** true: the place opens then ("Opens …"); false: it closes then ("Closes …"). */
  readonly opens: boolean;
  /** Local days after the day of `instant`: 0 = today, 1 = tomorrow, … */
  readonly daysAhead: number;
  /** Local weekday of the change, 0 = Monday … 6 = Sunday, for "Opens Monday at 08.00". */
  readonly weekday: Weekday;
  /** Local minutes since midnight, 0 … 1439 (a close at 24:00 is 0 of the next day). */
  readonly minuteOfDay: number;
  /** The instant of the change. */
  readonly at: Date;
}

/**
 * The next open/closed change after `instant`, or undefined when nothing changes within
 * 400 days (always open, always closed). Spans that touch or overlap — across midnight too —
 * are one stretch, so the change is when the state really flips.
 */
export function nextChange(
  hours: OpeningHours,
  instant: Date,
  zone: IndonesianTimeZone,
  calendar?: HolidayCalendar,
): StatusChange | undefined {
  const now = localMinute(instant, zone);
  const today = Math.floor(now / DAY_MINUTES);
  const changeAt = (target: number, opens: boolean): StatusChange => {
    const day = Math.floor(target / DAY_MINUTES);
    return {
      opens,
      daysAhead: day - today,
      weekday: weekdayOf(day),
      minuteOfDay: target - day * DAY_MINUTES,
      at: new Date((Math.floor(instant.getTime() / 60_000) + target - now) * 60_000),
    };
  };
  let stretch: [number, number] | undefined;
  for (let day = today - 1; day <= today + HORIZON_DAYS; day++) {
    for (const span of planFor(hours, day, calendar).spans) {
      const start = day * DAY_MINUTES + span.start;
      const end = day * DAY_MINUTES + span.end;
      if (stretch && start <= stretch[1]) {
        stretch[1] = Math.max(stretch[1], end);
        continue;
      }
      // The stretch before this span is complete: if it holds `now`, it closes at its end.
      if (stretch && stretch[0] <= now && stretch[1] > now) return changeAt(stretch[1], false);
      if (start > now) return changeAt(start, true);
      stretch = [start, end];
    }
  }
  // Open now, and nothing after this stretch within the horizon: it closes at its end, unless
  // it reaches the horizon (24/7).
  const horizon = (today + HORIZON_DAYS) * DAY_MINUTES;
  if (stretch && stretch[0] <= now && stretch[1] > now && stretch[1] < horizon)
    return changeAt(stretch[1], false);
  return undefined;
}

/**
 * The first of the next `days` days that is a holiday on which an ordinary week would be
 * open: what the list warns of ("Monday 17 August: public holiday").
 */
export function nextHolidayAffecting(
  hours: OpeningHours,
  instant: Date,
  zone: IndonesianTimeZone,
  calendar: HolidayCalendar | undefined,
  days: number,
): DayPlan | undefined {
  const today = localDay(instant, zone);
  for (let day = today + 1; day <= today + days; day++) {
    const plan = planFor(hours, day, calendar);
    if (plan.holiday && hours.days[plan.weekday].length) return plan;
  }
  return undefined;
}
