// The holiday calendar format (contract §6) as valibot schemas: the JSON Schema and the CLI are
// made from them, and the finder loads them only for a calendar its hand-written check
// (holiday-calendar.ts) refuses, to list that calendar's problems.
import * as v from 'valibot';
import type { LocalizedText } from '../core/localized-text.js';
import { localizedTextSchema } from '../core/localized-text-schema.js';
import { IssueList } from '../core/issue-list.js';
import { validateDocument, validateList } from '../core/validate.js';
import { HOLIDAY_KINDS, ISO_DATE, isRealDate, YEAR_RANGE } from './holiday-rules.js';

const isoDate = v.pipe(
  v.string(),
  v.regex(ISO_DATE, 'A date like "2026-08-17"'),
  v.check(isRealDate, 'Not a real date'),
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
    v.array(v.pipe(v.number(), v.integer(), v.minValue(YEAR_RANGE[0]), v.maxValue(YEAR_RANGE[1]))),
    v.minLength(1, 'Name the years the calendar covers, e.g. [2026]'),
  ),
  holidays: v.array(holidaySchema),
  source: v.optional(v.string()),
});

export type Holiday = v.InferOutput<typeof holidaySchema> & { name: LocalizedText };
export type HolidayCalendarDocument = v.InferOutput<typeof holidayCalendarSchema>;

/**
 * The calendar document checked against the schema and for what it cannot say (dates inside
 * the years it claims, no date twice); throws `MppError('schema')` with its problems.
 */
export function validateCalendar(document: unknown, url?: string): HolidayCalendarDocument {
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
