// The locations format (contract §6.1) as valibot schemas: the JSON Schema, the CLI and the
// patch reader are made from them, and the finder loads them only for a document its
// hand-written check (location-check.ts) refuses, to list that document's problems.
import * as v from 'valibot';
import { localizedTextSchema } from '../core/localized-text-schema.js';
import type { IssueList } from '../core/issue-list.js';
import { checkAgainst, validateDocument } from '../core/validate.js';
import { OPERATING_STATUSES, PARTIAL_DATE, PROVINCE_CODE, REGENCY_CODE } from './location-rules.js';
import { TIME_ZONES } from './time-zones.js';

const optionalText = v.optional(v.string());
const partialDate = v.pipe(v.string(), v.regex(PARTIAL_DATE, 'An ISO date or "2022" / "2022-05"'));

const operatingStatusSchema = v.looseObject({
  kind: v.picklist(OPERATING_STATUSES),
  /** Since when, as an ISO date or a partial one. */
  since: v.optional(partialDate),
  /** What the visitor should know, e.g. where it moved to. */
  note: v.optional(localizedTextSchema),
});

/** Properties of one location (contract §6.1); unknown extra fields pass. */
export const locationPropertiesSchema = v.looseObject({
  id: v.pipe(v.string(), v.nonEmpty('Give every location an id')),
  name: localizedTextSchema,
  province: optionalText,
  provinceCode: v.optional(v.pipe(v.string(), v.regex(PROVINCE_CODE, 'Two digits, e.g. "32"'))),
  regency: optionalText,
  regencyCode: v.optional(v.pipe(v.string(), v.regex(REGENCY_CODE, 'Like "32.03"'))),
  address: v.optional(localizedTextSchema),
  phone: optionalText,
  email: optionalText,
  website: optionalText,
  openingHours: optionalText,
  timezone: v.optional(v.picklist(TIME_ZONES)),
  services: v.optional(v.array(v.string())),
  opened: v.optional(partialDate),
  openedNote: v.optional(localizedTextSchema),
  status: v.optional(operatingStatusSchema),
  coordinatePrecision: v.optional(v.picklist(['exact', 'approximate'])),
  coordinateSource: optionalText,
  source: optionalText,
});

/** A GeoJSON Point, `[lon, lat]` (RFC 7946). */
export const pointSchema = v.looseObject({
  type: v.literal('Point'),
  coordinates: v.pipe(
    v.array(v.pipe(v.number(), v.finite())),
    v.minLength(2, 'A position is [longitude, latitude]'),
  ),
});

/** One location: a GeoJSON Point feature. */
export const locationFeatureSchema = v.looseObject({
  type: v.literal('Feature'),
  geometry: pointSchema,
  properties: locationPropertiesSchema,
});

/** A locations document: a GeoJSON FeatureCollection of Points. */
export const locationsSchema = v.looseObject({
  type: v.literal('FeatureCollection'),
  features: v.array(locationFeatureSchema),
});

// The same document, features unchecked: they are checked one by one, in slices.
const collectionShape = v.looseObject({
  type: v.literal('FeatureCollection'),
  features: v.array(v.unknown()),
});

export type LocationsDocument = v.InferOutput<typeof locationsSchema>;
export type LocationFeature = v.InferOutput<typeof locationFeatureSchema>;
export type LocationProperties = v.InferOutput<typeof locationPropertiesSchema>;

/** Throws `MppError('schema')` with the problems of a document that is no FeatureCollection. */
export function checkCollection(document: unknown, url?: string): void {
  validateDocument(collectionShape, document, url);
}

/** One feature checked against the schema (at `where`): its problems go to `issues`. */
export function checkFeature(
  raw: unknown,
  where: string,
  issues: IssueList,
): LocationFeature | undefined {
  return checkAgainst(locationFeatureSchema, raw, where, issues);
}
