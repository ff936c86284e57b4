import * as v from 'valibot';
import { localizedTextSchema } from '../core/localized-text.js';
import { MppError } from '../core/errors.js';
import { validateDocument } from '../core/validate.js';

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

/** A service catalogue (contract §6.2). */
export const catalogSchema = v.looseObject({
  version: v.string(),
  services: v.array(
    v.looseObject({
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
          amount: v.nullish(v.pipe(v.number(), v.minValue(0))),
          currency: v.optional(v.string()),
          note: v.optional(localizedTextSchema),
          tiers: v.optional(
            v.array(
              v.looseObject({
                label: localizedTextSchema,
                amount: v.pipe(v.number(), v.minValue(0)),
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
            kind: v.optional(
              v.picklist(['official', 'regulation', 'news-citing-official', 'other']),
            ),
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
    }),
  ),
});

export type Catalog = v.InferOutput<typeof catalogSchema>;
export type Service = Catalog['services'][number];
export type Requirement = Service['requirements'][number];

/** Validates a catalogue, including what a schema cannot say: ids unique within their list. */
export function readCatalog(document: unknown, url?: string): Catalog {
  const catalog = validateDocument(catalogSchema, document, url);
  const issues: { path: string; message: string }[] = [];
  const seen = new Set<string>();
  catalog.services.forEach((service, i) => {
    if (seen.has(service.id))
      issues.push({ path: `$.services[${i}].id`, message: `Duplicate service id "${service.id}"` });
    seen.add(service.id);
    const items = new Set<string>();
    service.requirements.forEach((item, j) => {
      if (items.has(item.id)) {
        issues.push({
          path: `$.services[${i}].requirements[${j}].id`,
          message: `Duplicate requirement id "${item.id}"`,
        });
      }
      items.add(item.id);
    });
  });
  if (issues.length)
    throw new MppError('schema', 'The catalogue has duplicate ids', { url, issues });
  return catalog;
}

/**
 * What the visitor is told to check before going: `news` when the service rests on news reports
 * (no page of the office or agency itself among its sources: a regulation says what the law
 * requires, not what the counter asks for), `confirm` when its confidence is below high.
 */
export function confirmationNotice(service: Service): 'news' | 'confirm' | undefined {
  const kinds = (service.sources ?? []).map((source) => source.kind);
  if (kinds.includes('news-citing-official') && !kinds.includes('official')) return 'news';
  return service.confidence === 'high' ? undefined : 'confirm';
}
