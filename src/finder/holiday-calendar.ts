import * as v from 'valibot';
import type { LocalizedText } from '../core/localized-text.js';
import { localizedTextSchema } from '../core/localized-text-schema.js';
import { IssueList, validateDocument, validateList } from '../core/validate.js';

/**
 * `public-holiday`: hari libur nasional (what `PH` in `opening_hours` means). `cuti-bersama`:
 * collective leave for civil servants; MPPs usually close, but not always. `workday`: only in a
 * site's own calendar, to cancel a date of the bundled one (an Idulfitri moved by the isbat).
 */
const HOLIDAY_KINDS = ['public-holiday', 'cuti-bersama', 'workday'] as const;

const isoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'A date like "2026-08-17"'),
  v.check(
    (date) => !Number.isNaN(Date.parse(date)) && new Date(date).toISOString().startsWith(date),
    'Not a real date',
  ),
);

const holidaySchema = v.looseObject({
  date: isoDate,
  kind: v.picklist(HOLIDAY_KINDS),
  name: localizedTextSchema,
  source: v.optional(v.string()),
});

/** A holiday calendar document: the years it covers in full, and the days off in them. */
export const holidayCalendarSchema = v.looseObject({
  years: v.pipe(
    v.array(v.pipe(v.number(), v.integer(), v.minValue(2000), v.maxValue(2100))),
    v.minLength(1, 'Name the years the calendar covers, e.g. [2026]'),
  ),
  holidays: v.array(holidaySchema),
  source: v.optional(v.string()),
});

export type Holiday = v.InferOutput<typeof holidaySchema> & { name: LocalizedText };
export type HolidayCalendarDocument = v.InferOutput<typeof holidayCalendarSchema>;

/** What opening hours ask of a calendar. */
export interface HolidayCalendar {
  /** Years covered in full: a date in another year is not known to be a holiday or not. */
  readonly years: readonly number[];
  /** The holiday or cuti bersama on a date (`2026-08-17`), if any. */
  holidayOn(date: string): Holiday | undefined;
}

/**
 * Validates a calendar document (dates inside the years it claims, no date twice) and makes
 * it a calendar; `base` is the calendar document it extends — a site's own calendar adds to,
 * and for the dates it names overrides, the bundled one.
 */
export function readHolidayCalendar(
  document: unknown,
  url?: string,
  base?: unknown,
): HolidayCalendar {
  const calendar = checkedCalendar(document, url);
  const extended = base === undefined ? undefined : checkedCalendar(base);
  const byDate = new Map<string, Holiday>();
  for (const holiday of [...(extended?.holidays ?? []), ...calendar.holidays])
    byDate.set(holiday.date, holiday);
  const years = [...new Set([...(extended?.years ?? []), ...calendar.years])].sort();
  return {
    years,
    holidayOn(date) {
      const holiday = byDate.get(date);
      return holiday?.kind === 'workday' ? undefined : holiday;
    },
  };
}

function checkedCalendar(document: unknown, url?: string): HolidayCalendarDocument {
  const problems = new IssueList();
  const seen = new Set<string>();
  // The years first, on their own: "outside the years" needs them.
  const { years } = validateDocument(
    v.looseObject({ years: holidayCalendarSchema.entries.years }),
    document,
    url,
  );
  return validateList(holidayCalendarSchema, 'holidays', document, {
    url,
    message: 'The holiday calendar does not fit the expected format',
    problems,
    eachValid: (entry, where) => {
      const { date } = entry as Holiday;
      if (!years.includes(Number(date.slice(0, 4))))
        problems.add(`${where}.date`, `${date} is outside "years"`);
      if (seen.has(date)) problems.add(`${where}.date`, `${date} is given twice`);
      seen.add(date);
    },
  });
}
