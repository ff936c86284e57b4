// What a holiday calendar's fields may hold: one place for the hand-written check
// (holiday-calendar.ts) and the schema (holiday-calendar-schema.ts), so the two cannot drift.

/**
 * `public-holiday`: hari libur nasional (what `PH` in `opening_hours` means). `cuti-bersama`:
 * collective leave for civil servants; MPPs usually close, but not always. `workday`: only in a
 * site's own calendar, to cancel a date of the bundled one (an Idulfitri moved by the isbat).
 */
export const HOLIDAY_KINDS = ['public-holiday', 'cuti-bersama', 'workday'] as const;

/** The years a calendar may cover, first and last. */
export const YEAR_RANGE = [2000, 2100] as const;

/** A holiday's date as written: `2026-08-17`. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `date` (written `YYYY-MM-DD`) is a day of the calendar: not `2026-02-30`. */
export const isRealDate = (date: string): boolean =>
  !Number.isNaN(Date.parse(date)) && new Date(date).toISOString().startsWith(date);
