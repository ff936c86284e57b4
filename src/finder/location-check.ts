// The finder's everyday locations document, a valid one, is checked here without valibot: this
// check accepts only what the schema (location-schema.ts) accepts, and every valid location, so
// the schema and its detailed problems are loaded only for a document this check refuses. The
// properties in location-check.property.test.ts hold the two to that.
import {
  arrayOf,
  fields,
  isLocalizedText,
  isRecord,
  isString,
  matches,
  oneOf,
  optional,
} from '../core/shape-checks.js';
import type { LocationFeature } from './location-schema.js';
import { OPERATING_STATUSES, PARTIAL_DATE, PROVINCE_CODE, REGENCY_CODE } from './location-rules.js';
import { TIME_ZONES } from './time-zones.js';

const text = optional(isString);
const localized = optional(isLocalizedText);
const partialDate = optional(matches(PARTIAL_DATE));
const finiteNumbers = arrayOf((value) => Number.isFinite(value));

const isFeature = fields({
  type: (value) => value === 'Feature',
  geometry: fields({
    type: (value) => value === 'Point',
    coordinates: (value) => finiteNumbers(value) && (value as unknown[]).length >= 2,
  }),
  properties: fields({
    id: (value) => isString(value) && value !== '',
    name: isLocalizedText,
    province: text,
    provinceCode: optional(matches(PROVINCE_CODE)),
    regency: text,
    regencyCode: optional(matches(REGENCY_CODE)),
    address: localized,
    phone: text,
    email: text,
    website: text,
    openingHours: text,
    timezone: optional(oneOf(...TIME_ZONES)),
    services: optional(arrayOf(isString)),
    opened: partialDate,
    openedNote: localized,
    status: optional(
      fields({ kind: oneOf(...OPERATING_STATUSES), since: partialDate, note: localized }),
    ),
    coordinatePrecision: optional(oneOf('exact', 'approximate')),
    coordinateSource: text,
    source: text,
  }),
});

/** Whether `raw` is a valid location feature (false may still be one: the schema decides then). */
export const isLocationFeature = (raw: unknown): raw is LocationFeature => isFeature(raw);

/** Whether `document` is a FeatureCollection (its features not checked). */
export const isFeatureCollection = (document: unknown): document is { features: unknown[] } =>
  isRecord(document) && document.type === 'FeatureCollection' && Array.isArray(document.features);
