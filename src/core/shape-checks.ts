// Small hand-written checks for the everyday, valid document, so a page can read it without the
// valibot schemas (a lazy chunk, loaded only for a document these checks refuse, to list its
// problems). Each use mirrors one schema, and a property test holds the two to one answer.

/** Whether a value fits: never throws, never changes the value. */
export type Check = (value: unknown) => boolean;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const isString: Check = (value) => typeof value === 'string';

export const isBoolean: Check = (value) => typeof value === 'boolean';

/** A number in [0, max]: whole (`v.integer()`) or only finite (`v.finite()`). */
export const inRange =
  (max: number, whole: boolean): Check =>
  (value) =>
    typeof value === 'number' &&
    (whole ? Number.isInteger(value) : Number.isFinite(value)) &&
    value >= 0 &&
    value <= max;

/** `v.optional(…)`: absent or fitting. */
export const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined || check(value);

/** `v.nullish(…)`: null, absent or fitting. */
export const nullish =
  (check: Check): Check =>
  (value) =>
    value === null || optional(check)(value);

/** `v.picklist(…)`. */
export const oneOf =
  (...allowed: string[]): Check =>
  (value) =>
    allowed.includes(value as string);

/** `v.array(…)`: every index up to the length, holes too (`every` alone would skip them). */
export const arrayOf =
  (check: Check): Check =>
  (value) =>
    Array.isArray(value) && Array.from(value, check).every(Boolean);

/**
 * Keys valibot leaves out of an object it outputs: an object that has one goes to the schema,
 * so what a check accepts is read the same as what the schema outputs.
 */
const UNSAFE_KEYS = ['__proto__', 'constructor', 'prototype'];

/**
 * `v.looseObject(…)`: an object whose named fields fit (others are the data owner's). Stricter
 * than valibot, which takes an array there too, and drops the `UNSAFE_KEYS`: such a document
 * goes to the schema.
 */
export const fields = (checks: Record<string, Check>): Check => {
  // Made once: a check runs for each of 100,000 locations.
  const named = Object.entries(checks);
  return (value) =>
    isRecord(value) &&
    !UNSAFE_KEYS.some((key) => Object.hasOwn(value, key)) &&
    named.every(([key, check]) => check(value[key]));
};

/** `v.pipe(v.string(), v.regex(pattern))` (a pattern without the `g` flag). */
export const matches =
  (pattern: RegExp): Check =>
  (value) =>
    typeof value === 'string' && pattern.test(value);

const idOrEnText = fields({ id: optional(isString), en: optional(isString) });

/** `localizedTextSchema`: a string, or `{ id?, en? }` with at least one of them. */
export const isLocalizedText: Check = (value) =>
  isString(value) ||
  (idOrEnText(value) &&
    ((value as Record<string, unknown>).id !== undefined ||
      (value as Record<string, unknown>).en !== undefined));
