import * as v from 'valibot';
import { IssueList } from '../core/issue-list.js';
import { checkAgainst, validateList } from '../core/validate.js';
import { quote } from '../core/quote.js';
import { locationFeatureSchema, locationPropertiesSchema, pointSchema } from './location-schema.js';
import {
  coordinateProblem,
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

const PATCH_PROBLEM = 'The patch does not fit the expected format';

/** Validates a patch: the schema, one feature per id, plausible coordinates. */
export function readPatch(document: unknown, url?: string): LocationPatch {
  const problems = new IssueList();
  const seen = new Set<string>();
  return validateList(locationPatchSchema, 'features', document, {
    url,
    message: PATCH_PROBLEM,
    problems,
    eachValid: (entry, where) => {
      const { properties, geometry } = entry as PatchFeature;
      if (seen.has(properties.id))
        problems.add(`${where}.properties.id`, `Duplicate id ${quote(properties.id)}`);
      seen.add(properties.id);
      const problem = geometry && coordinateProblem(geometry.coordinates);
      if (problem) problems.add(`${where}.geometry.coordinates`, problem);
    },
  });
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
  const issues = new IssueList();
  const warnings = set.warnings.copy();
  const seen = new Set<string>();
  const prepare = (candidate: unknown, index: number): MppLocation | undefined => {
    const where = `$.features[${index}]`;
    const feature = checkAgainst(locationFeatureSchema, candidate, where, issues);
    return feature && prepareLocation(feature as LocationFeature, where, issues, warnings, seen);
  };
  const locations = set.locations.map((location) => {
    const correction = corrections.get(location.id);
    if (!correction) return location;
    corrections.delete(location.id);
    return prepare(correctedFeature(location, correction.feature), correction.index) ?? location;
  });
  for (const { feature, index } of corrections.values()) {
    if (!feature.geometry || feature.properties.name === undefined) {
      issues.add(
        `$.features[${index}]`,
        `No location has id ${quote(feature.properties.id)}; to add one, give its name and a Point geometry`,
      );
      continue;
    }
    const added = prepare(feature, index);
    if (added) locations.push(added);
  }
  issues.throwIfAny(PATCH_PROBLEM, url);
  return { locations, warnings };
}
