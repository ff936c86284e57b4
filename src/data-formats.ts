// The data formats of contract §6 in one place: the schemas the elements validate with and the
// readers that add what a schema cannot say (unique ids, coordinate order, opening hours).
// The CLI validates with these, and `schemas/*.schema.json` are generated from them.
import type { GenericSchema } from 'valibot';
import type { SchemaIssue } from './core/errors.js';
import { locationsSchema, readLocations } from './finder/locations.js';
import { mppFeedSchema, readQueueFeed, siolaFeedSchema } from './queue-badge/feed-formats.js';
import { catalogSchema, readCatalog } from './service-checklist/catalog.js';

export type DocumentType = 'locations' | 'catalog' | 'queue' | 'siola';

export interface DocumentFormat {
  title: string;
  description: string;
  schema: GenericSchema;
  /** Validates fully; resolves to a one-line summary and the problems that do not stop use. */
  read: (document: unknown) => Promise<{ summary: string; warnings: SchemaIssue[] }>;
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
  catalog: {
    title: 'mpp-widgets service catalogue',
    description: 'Services and the documents they need, for <mpp-service-checklist>.',
    schema: catalogSchema,
    read: async (document) => ({
      summary: `${readCatalog(document).services.length} services`,
      warnings: [],
    }),
  },
  queue: {
    title: 'mpp-widgets queue feed (format "mpp")',
    description: 'Live queue status for <mpp-queue-badge format="mpp">.',
    schema: mppFeedSchema,
    read: async (document) => ({
      summary: `${readQueueFeed(document, 'mpp').services.length} services`,
      warnings: [],
    }),
  },
  siola: {
    title: 'SIOLA-Q queue status',
    description:
      'SIOLA-Q GET /api/tv-display/queue-status, as read by <mpp-queue-badge format="siola">.',
    schema: siolaFeedSchema,
    read: async (document) => ({
      summary: `${readQueueFeed(document, 'siola').services.length} services`,
      warnings: [],
    }),
  },
};

/** Which format a document is in, from its shape; undefined when it cannot be told. */
export function detectType(document: unknown): DocumentType | undefined {
  if (typeof document !== 'object' || document === null) return undefined;
  const record = document as Record<string, unknown>;
  if (record.type === 'FeatureCollection' || Array.isArray(record.features)) return 'locations';
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
