import { chunkNotLoaded } from '../core/errors.js';
import {
  arrayOf,
  fields,
  isLocalizedText,
  isString,
  matches,
  oneOf,
  optional,
} from '../core/shape-checks.js';
import type { Holiday, HolidayCalendarDocument } from './holiday-calendar-schema.js';
import { HOLIDAY_KINDS, ISO_DATE, isRealDate, YEAR_RANGE } from './holiday-rules.js';

export type { Holiday, HolidayCalendarDocument } from './holiday-calendar-schema.js';

/** What opening hours ask of a calendar. */
export interface HolidayCalendar {
  /** Years covered in full: a date in another year is not known to be a holiday or not. */
  readonly years: readonly number[];
  /** The holiday or cuti bersama on a date (`2026-08-17`), if any. */
  holidayOn(date: string): Holiday | undefined;
}

// A valid calendar, the bundled one on every finder page among them, is checked here without
// valibot: this check accepts only what the schema (holiday-calendar-schema.ts) accepts, and
// every valid calendar; the schema and its detailed problems are loaded for any other.
const isDate = matches(ISO_DATE);
const isYear = (value: unknown) =>
  Number.isInteger(value) &&
  (value as number) >= YEAR_RANGE[0] &&
  (value as number) <= YEAR_RANGE[1];
const isYearList = arrayOf(isYear);
const isCalendarShape = fields({
  years: (value) => isYearList(value) && (value as unknown[]).length > 0,
  holidays: arrayOf(
    fields({
      date: (value) => isDate(value) && isRealDate(value as string),
      kind: oneOf(...HOLIDAY_KINDS),
      name: isLocalizedText,
      source: optional(isString),
    }),
  ),
  source: optional(isString),
});

/** Whether `document` is a valid calendar: its dates inside its years, none twice. */
export function isHolidayCalendar(document: unknown): document is HolidayCalendarDocument {
  if (!isCalendarShape(document)) return false;
  const { years, holidays } = document as HolidayCalendarDocument;
  const dates = new Set(holidays.map(({ date }) => date));
  return (
    dates.size === holidays.length &&
    holidays.every(({ date }) => years.includes(Number(date.slice(0, 4))))
  );
}

/**
 * Validates a calendar document (dates inside the years it claims, no date twice) and makes
 * it a calendar; `base` is the calendar document it extends — a site's own calendar adds to,
 * and for the dates it names overrides, the bundled one. Rejects with `MppError('schema')`, or
 * `MppError('network')` when a calendar with problems needs the schema's chunk and it cannot be
 * loaded.
 */
export async function readHolidayCalendar(
  document: unknown,
  url?: string,
  base?: unknown,
): Promise<HolidayCalendar> {
  const calendar = await checkedCalendar(document, url);
  return holidayCalendar(calendar, base === undefined ? undefined : await checkedCalendar(base));
}

/** The calendar of checked documents: `calendar`, extending `base` if given. */
export function holidayCalendar(
  calendar: HolidayCalendarDocument,
  base?: HolidayCalendarDocument,
): HolidayCalendar {
  const byDate = new Map<string, Holiday>();
  for (const holiday of [...(base?.holidays ?? []), ...calendar.holidays])
    byDate.set(holiday.date, holiday);
  const years = [...new Set([...(base?.years ?? []), ...calendar.years])].sort();
  return {
    years,
    holidayOn(date) {
      const holiday = byDate.get(date);
      return holiday?.kind === 'workday' ? undefined : holiday;
    },
  };
}

/** A valid calendar at once; any other waits for the schema's chunk, which lists its problems. */
async function checkedCalendar(document: unknown, url?: string): Promise<HolidayCalendarDocument> {
  if (isHolidayCalendar(document)) return document;
  const schema = await import('./holiday-calendar-schema.js').catch(() => {
    throw chunkNotLoaded('The holiday calendar reader', url);
  });
  return schema.validateCalendar(document, url);
}
