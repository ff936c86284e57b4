import { chunkNotLoaded } from '../core/errors.js';
import { IssueList } from '../core/issue-list.js';
import type { LocalizedText } from '../core/localized-text.js';
import { quote } from '../core/quote.js';
import { SLICE_MS, yieldToMain } from '../core/yield-to-main.js';
import { isFeatureCollection, isLocationFeature } from './location-check.js';
import type { LocationFeature, LocationProperties } from './location-schema.js';
import { parseOpeningHours, type OpeningHours } from './opening-hours.js';
import type { IndonesianTimeZone } from './time-zones.js';
import { provinceByCode } from './provinces.js';
import type { FilterChoices } from './location-summary.js';

export type { LocationFeature, LocationProperties, LocationsDocument } from './location-schema.js';

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
 * 100,000 locations never block the page for long. Rejects with `MppError('schema')`, or
 * `MppError('network')` when a document with problems needs the schema's chunk and it cannot be
 * loaded (problems found before then are not listed).
 * `pause` runs between slices with the locations prepared so far (the list stops growing at
 * the first problem); in a worker it hands them on instead of yielding. A valid location is
 * checked by hand (location-check.ts); the schema's chunk comes with the first one it refuses.
 */
export async function readLocations(
  document: unknown,
  url?: string,
  pause: (prepared: readonly MppLocation[]) => Promise<void> = yieldToMain,
): Promise<LocationSet> {
  let schema: LocationSchema | undefined;
  if (!isFeatureCollection(document)) {
    schema = await loadLocationSchema(url);
    schema.checkCollection(document, url);
  }
  const { features } = document as { features: unknown[] };
  const issues = new IssueList();
  const warnings = new IssueList();
  const seen = new Set<string>();
  const locations: MppLocation[] = [];
  let sliceStart = performance.now();
  for (const [index, raw] of features.entries()) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await pause(locations);
      sliceStart = performance.now();
    }
    const where = `$.features[${index}]`;
    const feature = isLocationFeature(raw)
      ? raw
      : (schema ??= await loadLocationSchema(url)).checkFeature(raw, where, issues);
    if (!feature) continue;
    const location = prepareLocation(feature, where, issues, warnings, seen);
    if (!issues.count) locations.push(location);
  }
  issues.throwIfAny('The locations do not fit the expected format', url);
  return { locations, warnings };
}

type LocationSchema = typeof import('./location-schema.js');

/** The schema, a chunk only a document with problems needs (to list them). */
function loadLocationSchema(url?: string): Promise<LocationSchema> {
  return import('./location-schema.js').catch(() => {
    throw chunkNotLoaded('The locations reader', url);
  });
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
