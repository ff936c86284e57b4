// The data formats of contract §6 in one place: the schemas the elements validate with and the
// readers that add what a schema cannot say (unique ids, coordinate order, opening hours).
// The CLI validates with these, and `schemas/*.schema.json` are generated from them.
import type { GenericSchema } from 'valibot';
import { IssueList } from './core/issue-list.js';
import { readHolidayCalendar } from './finder/holiday-calendar.js';
import { holidayCalendarSchema } from './finder/holiday-calendar-schema.js';
import { locationPatchSchema, readPatch } from './finder/location-patch.js';
import { locationsSchema } from './finder/location-schema.js';
import { readLocations } from './finder/locations.js';
import { parseOpeningHours } from './finder/opening-hours.js';
import { mppFeedSchema, readQueueFeed, siolaFeedSchema } from './queue-badge/feed-formats.js';
import { catalogSchema, readCatalog } from './service-checklist/catalog.js';

export type DocumentType = 'locations' | 'patch' | 'holidays' | 'catalog' | 'queue' | 'siola';

export interface DocumentFormat {
  title: string;
  description: string;
  schema: GenericSchema;
  /** Validates fully; resolves to a one-line summary and the problems that do not stop use. */
  read: (document: unknown) => Promise<{ summary: string; warnings: IssueList }>;
}

export const DOCUMENT_FORMATS: Record<DocumentType, DocumentFormat> = {
  locations: {
    title: 'mpp-widgets locations',
    description:
      'Locations for <mpp-finder>: a GeoJSON FeatureCollection of Points, coordinates [longitude, latitude].',
    schema: locationsSchema,
    read: async (document) => {
      const { locations, warnings } = await readLocations(document);
      return { summary: `${locations.length} locations`, warnings };
    },
  },
  patch: {
    title: 'mpp-widgets locations patch',
    description:
      'Corrections for <mpp-finder patch>: a GeoJSON FeatureCollection matched by properties.id; ' +
      'given properties replace, "geometry": null keeps the point, an unknown id adds a location.',
    schema: locationPatchSchema,
    read: async (document) => {
      const { features } = readPatch(document);
      return { summary: `${features.length} corrections`, warnings: unreadableHours(features) };
    },
  },
  holidays: {
    title: 'mpp-widgets holiday calendar',
    description:
      'Public holidays and cuti bersama for <mpp-finder holidays>: the years covered in full and ' +
      'their days; extends the bundled calendar ("workday" cancels a bundled date).',
    schema: holidayCalendarSchema,
    read: async (document) => ({
      summary: `covers ${(await readHolidayCalendar(document)).years.join(', ')}`,
      warnings: new IssueList(),
    }),
  },
  catalog: {
    title: 'mpp-widgets service catalogue',
    description: 'Services and the documents they need, for <mpp-service-checklist>.',
    schema: catalogSchema,
    read: async (document) => ({
      summary: `${readCatalog(document).services.length} services`,
      warnings: new IssueList(),
    }),
  },
  queue: {
    title: 'mpp-widgets queue feed (format "mpp")',
    description: 'Live queue status for <mpp-queue-badge format="mpp">.',
    schema: mppFeedSchema,
    read: async (document) => ({
      summary: `${readQueueFeed(document, 'mpp').services.length} services`,
      warnings: new IssueList(),
    }),
  },
  siola: {
    title: 'SIOLA-Q queue status',
    description:
      'SIOLA-Q GET /api/tv-display/queue-status, as read by <mpp-queue-badge format="siola">.',
    schema: siolaFeedSchema,
    read: async (document) => ({
      summary: `${readQueueFeed(document, 'siola').services.length} services`,
      warnings: new IssueList(),
    }),
  },
};

/**
 * The opening hours of a patch the finder could not read (it would show "not available"), or
 * that repeat a time range (shown once).
 */
function unreadableHours(features: { properties: { openingHours?: string } }[]): IssueList {
  const warnings = new IssueList();
  features.forEach(({ properties }, index) => {
    if (properties.openingHours === undefined) return;
    const path = `$.features[${index}].properties.openingHours`;
    try {
      for (const note of parseOpeningHours(properties.openingHours).notes) warnings.add(path, note);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      warnings.add(path, message);
    }
  });
  return warnings;
}

/** Which format a document is in, from its shape; undefined when it cannot be told. */
export function detectType(document: unknown): DocumentType | undefined {
  if (typeof document !== 'object' || document === null) return undefined;
  const record = document as Record<string, unknown>;
  if (Array.isArray(record.years) && Array.isArray(record.holidays)) return 'holidays';
  if (record.type === 'FeatureCollection' || Array.isArray(record.features)) {
    // Only a correction keeps its point with "geometry": null; other patches need --type patch.
    const features = Array.isArray(record.features) ? (record.features as unknown[]) : [];
    const isCorrection = (feature: unknown) =>
      typeof feature === 'object' &&
      feature !== null &&
      (feature as { geometry?: unknown }).geometry === null;
    return features.some(isCorrection) ? 'patch' : 'locations';
  }
  if (!Array.isArray(record.services)) return undefined;
  const firstService: unknown = record.services[0];
  const first =
    typeof firstService === 'object' && firstService !== null
      ? (firstService as Record<string, unknown>)
      : {};
  if ('requirements' in first || 'version' in record) return 'catalog';
  if ('servingQueue' in first || 'nextQueue' in first || 'timestamp' in record) return 'siola';
  return 'queue';
}
