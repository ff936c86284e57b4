import * as v from 'valibot';

/** Text a person reads in a data document: a string, or `{ id?, en? }` with at least one. */
export const localizedTextSchema = v.union([
  v.string(),
  v.pipe(
    v.looseObject({ id: v.optional(v.string()), en: v.optional(v.string()) }),
    v.check((text) => text.id !== undefined || text.en !== undefined, 'Give "id" or "en" text'),
  ),
]);
