// What a location's fields may hold: one place for the hand-written check (location-check.ts),
// the schema (location-schema.ts) and the data build (scripts/build-locations.mjs).

/** Whether the MPP works where the data says: shown to visitors, so nobody goes to an old building. */
export const OPERATING_STATUSES = [
  'operating',
  'moved',
  'relocating',
  'temporarily-closed',
  'closed',
  'not-yet-open',
] as const;

/** An ISO date or a partial one: `2022`, `2022-05`, `2022-05-13`. */
export const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
/** A province's Kemendagri code: `32`. */
export const PROVINCE_CODE = /^\d{2}$/;
/** A regency's Kemendagri code: `32.03`. */
export const REGENCY_CODE = /^\d{2}\.\d{2}$/;
