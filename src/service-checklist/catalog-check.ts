import { chunkNotLoaded } from '../core/errors.js';
import {
  arrayOf,
  fields,
  inRange,
  isBoolean,
  isLocalizedText,
  isString,
  nullish,
  oneOf,
  optional,
  type Check,
} from '../core/shape-checks.js';
import type { Catalog } from './catalog.js';

// The checklist's everyday catalogue, a valid one, is read here without valibot: this check
// accepts only what `readCatalog` (catalog.ts: the schema and unique ids) accepts, and every
// valid catalogue, so the schema and its detailed problems are loaded only for a catalogue this
// check refuses. The properties in catalog-check.property.test.ts hold the two to that.

const text = optional(isLocalizedText);
const note = optional(isString);
const rupiah = inRange(1_000_000_000_000, false);

const isCatalogDocument = fields({
  version: isString,
  services: arrayOf(
    fields({
      id: isString,
      agency: text,
      name: isLocalizedText,
      description: text,
      requirements: arrayOf(
        fields({
          id: isString,
          label: isLocalizedText,
          form: nullish(oneOf('asli', 'fotokopi', 'asli+fotokopi', 'syarat')),
          optional: optional(isBoolean),
          condition: text,
          note: text,
          maintainerNote: note,
        }),
      ),
      fee: optional(
        fields({
          amount: nullish(rupiah),
          currency: note,
          note: text,
          tiers: optional(arrayOf(fields({ label: isLocalizedText, amount: rupiah }))),
          maintainerNote: note,
        }),
      ),
      duration: text,
      legalBasis: optional(arrayOf(isLocalizedText)),
      sources: optional(
        arrayOf(
          fields({
            url: isString,
            kind: optional(oneOf('official', 'regulation', 'news-citing-official', 'other')),
            title: text,
            retrieved: note,
            maintainerNote: note,
          }),
        ),
      ),
      retrieved: note,
      confidence: optional(oneOf('high', 'medium', 'low')),
      maintainerNote: note,
    }),
  ),
});

const uniqueIds: Check = (list) => {
  const ids = (list as { id: string }[]).map((item) => item.id);
  return new Set(ids).size === ids.length;
};

/** Whether `document` is a valid catalogue (false may still be one: the schema decides then). */
export function isCatalog(document: unknown): document is Catalog {
  if (!isCatalogDocument(document)) return false;
  const { services } = document as Catalog;
  return uniqueIds(services) && services.every((service) => uniqueIds(service.requirements));
}

/**
 * Reads a catalogue: a valid one at once; any other waits for the schema (catalog.ts, valibot),
 * a chunk most pages never download, which lists its problems.
 */
export async function readCatalogDocument(document: unknown, url?: string): Promise<Catalog> {
  if (isCatalog(document)) return document;
  const schema = await import('./catalog.js').catch(() => {
    throw chunkNotLoaded('The catalogue reader', url);
  });
  return schema.readCatalog(document, url);
}
