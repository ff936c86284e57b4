/**
 * `public-holiday`: hari libur nasional (what `PH` in `opening_hours` means). `cuti-bersama`:
 * collective leave for civil servants; MPPs usually close, but not always. `workday`: only in a
 * site's own calendar, to cancel a date of the bundled one (an Idulfitri moved by the isbat).
 */
export const HOLIDAY_KINDS = ['public-holiday', 'cuti-bersama', 'workday'] as const;

/** The years a calendar may cover, first and last. */
export const YEAR_RANGE = [2000, 2100] as const;

/** Whether `date` (written `YYYY-MM-DD`) is a day of the calendar: not `2026-02-30`. */
export const isRealDate = (date: string): boolean =>
  !Number.isNaN(Date.parse(date)) && new Date(date).toISOString().startsWith(date);
