import * as v from 'valibot';
import { MppError, type SchemaIssue } from '../core/errors.js';
import { localizedTextSchema, type LocalizedText } from '../core/localized-text.js';
import { validateDocument } from '../core/validate.js';
import {
  parseOpeningHours,
  TIME_ZONES,
  type IndonesianTimeZone,
  type OpeningHours,
} from './opening-hours.js';
import { provinceByCode } from './provinces.js';

const optionalText = v.optional(v.string());

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
  opened: v.optional(
    v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'An ISO date or "2022" / "2022-05"')),
  ),
  openedNote: v.optional(localizedTextSchema),
  coordinatePrecision: v.optional(v.picklist(['exact', 'approximate'])),
  coordinateSource: optionalText,
  source: optionalText,
});

/** A locations document: a GeoJSON FeatureCollection of Points, `[lon, lat]` (RFC 7946). */
export const locationsSchema = v.looseObject({
  type: v.literal('FeatureCollection'),
  features: v.array(
    v.looseObject({
      type: v.literal('Feature'),
      geometry: v.looseObject({
        type: v.literal('Point'),
        coordinates: v.pipe(
          v.array(v.pipe(v.number(), v.finite())),
          v.minLength(2, 'A position is [longitude, latitude]'),
        ),
      }),
      properties: locationPropertiesSchema,
    }),
  ),
});

export type LocationsDocument = v.InferOutput<typeof locationsSchema>;
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
  /** Problems that do not stop the finder (an unreadable `openingHours`): told to the site owner. */
  warnings: SchemaIssue[];
}

// Indonesia spans about 95°E–141°E and 11°S–6°N: a point whose "longitude" falls in the
// latitude band and "latitude" in the longitude band was almost certainly written [lat, lon].
const looksSwapped = ([first, second]: number[]) =>
  first >= -11.5 && first <= 6.5 && second >= 94 && second <= 142;

/**
 * Validates a locations document, including what the schema cannot say (unique ids,
 * coordinate ranges and order), and prepares each location. Throws `MppError('schema')`.
 */
export function readLocations(document: unknown, url?: string): LocationSet {
  const collection = validateDocument(locationsSchema, document, url);
  const issues: SchemaIssue[] = [];
  const warnings: SchemaIssue[] = [];
  const seen = new Set<string>();
  const locations = collection.features.map((feature, index): MppLocation => {
    const where = `$.features[${index}]`;
    const { properties } = feature;
    const [lon, lat] = feature.geometry.coordinates as [number, number];
    if (seen.has(properties.id)) {
      issues.push({ path: `${where}.properties.id`, message: `Duplicate id "${properties.id}"` });
    }
    seen.add(properties.id);
    if (looksSwapped([lon, lat]) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
      issues.push({
        path: `${where}.geometry.coordinates`,
        message: looksSwapped([lon, lat])
          ? `[${lon}, ${lat}] looks like [latitude, longitude]; GeoJSON order is [longitude, latitude]`
          : `[${lon}, ${lat}] is outside the valid range`,
      });
    }
    let hours: OpeningHours | undefined;
    if (properties.openingHours !== undefined) {
      try {
        hours = parseOpeningHours(properties.openingHours);
      } catch (error) {
        warnings.push({ path: `${where}.properties.openingHours`, message: String(error) });
      }
    }
    return {
      id: properties.id,
      name: properties.name,
      lat,
      lon,
      properties,
      zone: properties.timezone ?? provinceByCode(properties.provinceCode)?.zone,
      hours,
      approximate: properties.coordinatePrecision === 'approximate',
    };
  });
  if (issues.length) {
    throw new MppError('schema', 'The locations do not fit the expected format', {
      url,
      issues,
    });
  }
  return { locations, warnings };
}
