import * as v from 'valibot';
import { localizedTextSchema } from '../core/localized-text-schema.js';
import { IssueList } from '../core/issue-list.js';
import { validateList } from '../core/validate.js';
import { quote } from '../core/quote.js';

/**
 * Notes for whoever maintains a catalogue (what is unverified, where a fact came from). Allowed
 * on a service, a requirement, a fee and a source; never shown to visitors.
 */
const maintainerNote = v.optional(
  v.pipe(
    v.string(),
    v.description(
      "A note for the catalogue's maintainers (what is unverified, where a fact came from); never shown to visitors.",
    ),
  ),
);

/**
 * A fee in rupiah: finite and at most a trillion (a data error above that, such as `1e999`,
 * would reach visitors as "Rp∞").
 */
const rupiah = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1_000_000_000_000));

/** One service of a catalogue. */
const serviceSchema = v.looseObject({
  id: v.string(),
  agency: v.optional(localizedTextSchema),
  name: localizedTextSchema,
  description: v.optional(localizedTextSchema),
  requirements: v.array(
    v.looseObject({
      id: v.string(),
      label: localizedTextSchema,
      form: v.nullish(v.picklist(['asli', 'fotokopi', 'asli+fotokopi', 'syarat'])),
      optional: v.optional(v.boolean()),
      condition: v.optional(localizedTextSchema),
      note: v.optional(localizedTextSchema),
      maintainerNote,
    }),
  ),
  fee: v.optional(
    v.looseObject({
      amount: v.nullish(rupiah),
      currency: v.optional(v.string()),
      note: v.optional(localizedTextSchema),
      tiers: v.optional(
        v.array(
          v.looseObject({
            label: localizedTextSchema,
            amount: rupiah,
          }),
        ),
      ),
      maintainerNote,
    }),
  ),
  duration: v.optional(localizedTextSchema),
  legalBasis: v.optional(v.array(localizedTextSchema)),
  sources: v.optional(
    v.array(
      v.looseObject({
        url: v.string(),
        kind: v.optional(v.picklist(['official', 'regulation', 'news-citing-official', 'other'])),
        title: v.optional(localizedTextSchema),
        /** When this source was read, if not on the service's `retrieved` date. */
        retrieved: v.optional(v.string()),
        maintainerNote,
      }),
    ),
  ),
  retrieved: v.optional(v.string()),
  confidence: v.optional(v.picklist(['high', 'medium', 'low'])),
  maintainerNote,
});

/** A service catalogue (contract §6.2). */
export const catalogSchema = v.looseObject({
  version: v.string(),
  services: v.array(serviceSchema),
});

export type Catalog = v.InferOutput<typeof catalogSchema>;
export type Service = Catalog['services'][number];
export type Requirement = Service['requirements'][number];

/** Validates a catalogue, including what a schema cannot say: ids unique within their list. */
export function readCatalog(document: unknown, url?: string): Catalog {
  const problems = new IssueList();
  const seen = new Set<string>();
  return validateList(catalogSchema, 'services', document, {
    url,
    message: 'The catalogue does not fit the expected format',
    problems,
    eachValid: (entry, where) => {
      const service = entry as Service;
      if (seen.has(service.id))
        problems.add(`${where}.id`, `Duplicate service id ${quote(service.id)}`);
      seen.add(service.id);
      const items = new Set<string>();
      service.requirements.forEach((item, j) => {
        if (items.has(item.id))
          problems.add(
            `${where}.requirements[${j}].id`,
            `Duplicate requirement id ${quote(item.id)}`,
          );
        items.add(item.id);
      });
    },
  });
}
