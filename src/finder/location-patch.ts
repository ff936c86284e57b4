import * as v from 'valibot';
import { MppError, type SchemaIssue } from '../core/errors.js';
import { checkAgainst, validateDocument } from '../core/validate.js';
import {
  coordinateProblem,
  locationFeatureSchema,
  locationPropertiesSchema,
  pointSchema,
  prepareLocation,
  type LocationFeature,
  type LocationSet,
  type MppLocation,
} from './locations.js';

/**
 * One correction: the properties it gives replace those of the location with its `id`;
 * `geometry: null` keeps the point, a Point replaces it. An unknown id adds a location.
 */
const patchFeatureSchema = v.looseObject({
  type: v.literal('Feature'),
  geometry: v.nullable(pointSchema),
  properties: v.looseObject({
    ...v.partial(locationPropertiesSchema).entries,
    id: locationPropertiesSchema.entries.id,
  }),
});

/** A patch document (contract §7): a GeoJSON FeatureCollection of corrections, by `id`. */
export const locationPatchSchema = v.looseObject({
  type: v.literal('FeatureCollection'),
  features: v.array(patchFeatureSchema),
});

export type LocationPatch = v.InferOutput<typeof locationPatchSchema>;
type PatchFeature = LocationPatch['features'][number];

const patchError = (issues: SchemaIssue[], url?: string) =>
  new MppError('schema', 'The patch does not fit the expected format', { url, issues });

/** Validates a patch: the schema, one feature per id, plausible coordinates. */
export function readPatch(document: unknown, url?: string): LocationPatch {
  const patch = validateDocument(locationPatchSchema, document, url);
  const issues: SchemaIssue[] = [];
  const seen = new Set<string>();
  patch.features.forEach(({ properties, geometry }, index) => {
    if (seen.has(properties.id))
      issues.push({
        path: `$.features[${index}].properties.id`,
        message: `Duplicate id "${properties.id}"`,
      });
    seen.add(properties.id);
    const problem = geometry && coordinateProblem(geometry.coordinates);
    if (problem)
      issues.push({ path: `$.features[${index}].geometry.coordinates`, message: problem });
  });
  if (issues.length) throw patchError(issues, url);
  return patch;
}

/** The location `correction` makes of `location` (a new point drops the old point's precision). */
function correctedFeature(location: MppLocation, { geometry, properties }: PatchFeature) {
  const merged: Record<string, unknown> = { ...location.properties };
  if (geometry) {
    delete merged.coordinatePrecision;
    delete merged.coordinateSource;
  }
  return {
    type: 'Feature',
    geometry: geometry ?? { type: 'Point', coordinates: [location.lon, location.lat] },
    properties: Object.assign(merged, properties),
  };
}

/**
 * The list in use with the patch applied: corrected locations keep their place, new ones come
 * last. Rejects with `MppError('schema')` (and changes nothing) when a corrected or added
 * location is not a valid location, e.g. a new id without a name or a point.
 */
export function applyPatch(set: LocationSet, patch: LocationPatch, url?: string): LocationSet {
  const corrections = new Map(
    patch.features.map((feature, index) => [feature.properties.id, { feature, index }]),
  );
  const issues: SchemaIssue[] = [];
  const warnings: SchemaIssue[] = [...set.warnings];
  const seen = new Set<string>();
  const prepare = (candidate: unknown, index: number): MppLocation | undefined => {
    const where = `$.features[${index}]`;
    const checked = checkAgainst(locationFeatureSchema, candidate, where);
    if (!checked.ok) {
      issues.push(...checked.issues);
      return undefined;
    }
    return prepareLocation(checked.value as LocationFeature, where, issues, warnings, seen);
  };
  const locations = set.locations.map((location) => {
    const correction = corrections.get(location.id);
    if (!correction) return location;
    corrections.delete(location.id);
    return prepare(correctedFeature(location, correction.feature), correction.index) ?? location;
  });
  for (const { feature, index } of corrections.values()) {
    if (!feature.geometry || feature.properties.name === undefined) {
      issues.push({
        path: `$.features[${index}]`,
        message: `No location has id "${feature.properties.id}"; to add one, give its name and a Point geometry`,
      });
      continue;
    }
    const added = prepare(feature, index);
    if (added) locations.push(added);
  }
  if (issues.length) throw patchError(issues, url);
  return { locations, warnings };
}
