import * as v from 'valibot';
import type { LocalizedText } from '../core/localized-text.js';
import { localizedTextSchema } from '../core/localized-text-schema.js';
import { checkAgainst, IssueList, validateDocument } from '../core/validate.js';
import { quote } from '../core/quote.js';
import { SLICE_MS, yieldToMain } from '../core/yield-to-main.js';
import { parseOpeningHours, type OpeningHours } from './opening-hours.js';
import { TIME_ZONES, type IndonesianTimeZone } from './time-zones.js';
import { provinceByCode } from './provinces.js';
import type { FilterChoices } from './location-summary.js';

const optionalText = v.optional(v.string());
const partialDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'An ISO date or "2022" / "2022-05"'),
);

/** Whether the MPP works where the data says: shown to visitors, so nobody goes to an old building. */
export const OPERATING_STATUSES = [
  'operating',
  'moved',
  'relocating',
  'temporarily-closed',
  'closed',
  'not-yet-open',
] as const;
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
  provinceCode: v.optional(v.pipe(v.string(), v.regex(/^\d{2}$/, 'Two digits, e.g. "32"'))),
  regency: optionalText,
  regencyCode: v.optional(v.pipe(v.string(), v.regex(/^\d{2}\.\d{2}$/, 'Like "32.03"'))),
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

/** One location, ready for search, list and map. */
export interface MppLocation {
  id: string;
  name: LocalizedText;
  lat: number;
  lon: number;
  properties: LocationProperties;
  /** From the data, else from the province; unknown outside Indonesia. */
  zone?: IndonesianTimeZone;
  /** Parsed `openingHours`; absent when the data has none or it could not be read. */
  hours?: OpeningHours;
  approximate: boolean;
}

export interface LocationSet {
  locations: MppLocation[];
  /**
   * Problems that do not stop the finder (an unreadable `openingHours`, or one that repeats a
   * time range): told to the site owner.
   */
  warnings: IssueList;
  /** The filters' choices, when the reader worked them out already (a worker). */
  choices?: FilterChoices;
}

// Indonesia spans about 95°E–141°E and 11°S–6°N: a point whose "longitude" falls in the
// latitude band and "latitude" in the longitude band was almost certainly written [lat, lon].
const looksSwapped = ([first, second]: readonly number[]) =>
  first >= -11.5 && first <= 6.5 && second >= 94 && second <= 142;

/** What is wrong with a `[lon, lat]` position beyond its type, if anything. */
export function coordinateProblem([lon, lat]: readonly number[]): string | undefined {
  if (looksSwapped([lon, lat]))
    return `[${lon}, ${lat}] looks like [latitude, longitude]; GeoJSON order is [longitude, latitude]`;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180)
    return `[${lon}, ${lat}] is outside the valid range`;
  return undefined;
}

/**
 * Validates a locations document, including what the schema cannot say (unique ids,
 * coordinate ranges and order), and prepares each location. Works in slices with pauses, so
 * 100,000 locations never block the page for long. Rejects with `MppError('schema')`.
 * `pause` runs between slices with the locations prepared so far (the list stops growing at
 * the first problem); in a worker it hands them on instead of yielding.
 */
export async function readLocations(
  document: unknown,
  url?: string,
  pause: (prepared: readonly MppLocation[]) => Promise<void> = yieldToMain,
): Promise<LocationSet> {
  const collection = validateDocument(collectionShape, document, url);
  const issues = new IssueList();
  const warnings = new IssueList();
  const seen = new Set<string>();
  const locations: MppLocation[] = [];
  let sliceStart = performance.now();
  for (const [index, raw] of collection.features.entries()) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await pause(locations);
      sliceStart = performance.now();
    }
    const where = `$.features[${index}]`;
    const feature = checkAgainst(locationFeatureSchema, raw, where, issues);
    if (!feature) continue;
    const location = prepareLocation(feature, where, issues, warnings, seen);
    if (!issues.count) locations.push(location);
  }
  issues.throwIfAny('The locations do not fit the expected format', url);
  return { locations, warnings };
}

/**
 * Prepares one checked feature: id unique among `seen`, coordinates plausible (problems go to
 * `issues`), opening hours parsed (an unreadable one goes to `warnings`, the location stays).
 */
export function prepareLocation(
  feature: LocationFeature,
  where: string,
  issues: IssueList,
  warnings: IssueList,
  seen: Set<string>,
): MppLocation {
  const { properties } = feature;
  const [lon, lat] = feature.geometry.coordinates as [number, number];
  if (seen.has(properties.id)) {
    issues.add(`${where}.properties.id`, `Duplicate id ${quote(properties.id)}`);
  }
  seen.add(properties.id);
  const problem = coordinateProblem([lon, lat]);
  if (problem) issues.add(`${where}.geometry.coordinates`, problem);
  let hours: OpeningHours | undefined;
  if (properties.openingHours !== undefined) {
    try {
      hours = parseOpeningHours(properties.openingHours);
      for (const note of hours.notes) warnings.add(`${where}.properties.openingHours`, note);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      warnings.add(`${where}.properties.openingHours`, message);
    }
  }
  return {
    id: properties.id,
    name: properties.name,
    lat,
    lon,
    properties,
    zone:
      properties.timezone ??
      provinceByCode(properties.provinceCode ?? properties.regencyCode?.slice(0, 2))?.zone,
    hours,
    approximate: properties.coordinatePrecision === 'approximate',
  };
}
