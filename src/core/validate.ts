import {
  array,
  looseObject,
  safeParse,
  unknown,
  type ArraySchema,
  type GenericSchema,
  type InferOutput,
  type LooseObjectSchema,
  type ObjectEntries,
} from 'valibot';
import { IssueList } from './issue-list.js';
import { MAX_ECHO, truncate } from './quote.js';

/**
 * An invalid value with more parts than this is reported by its first problem only: listing
 * every problem of a 12-million-element array would cost gigabytes, not help.
 */
const MAX_FULLY_CHECKED_NODES = 10_000;

type IssuePathItem = { key: unknown };

/** `['services', 0, 'name']` → `$.services[0].name` */
export function toJsonPath(path: readonly IssuePathItem[] | undefined): string {
  let out = '$';
  for (const { key } of path ?? []) {
    out += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  }
  return out;
}

/**
 * Checks a document against its schema and returns the typed value, or throws an
 * `MppError('schema')` with its problems (bounded, see `IssueList`). Unknown extra fields pass
 * (data owners may carry their own).
 */
export function validateDocument<T>(
  schema: GenericSchema<unknown, T>,
  data: unknown,
  url?: string,
): T {
  const problems = new IssueList();
  const value = checkAgainst(schema, data, '$', problems);
  problems.throwIfAny('The document does not match the expected format', url);
  return value as T;
}

/**
 * Checks one value (`at` is its JSON path, e.g. `$.features[3]`); its problems go to
 * `problems`. Returns the typed value, or undefined when it does not fit. A quick check that
 * stops at the first problem comes first; only a small invalid value, while `problems` has
 * room, is checked again in full for the complete list.
 */
export function checkAgainst<T>(
  schema: GenericSchema<unknown, T>,
  data: unknown,
  at: string,
  problems: IssueList,
): T | undefined {
  const quick = safeParse(schema, data, { abortEarly: true });
  if (quick.success) return quick.output;
  const found =
    problems.full || exceedsNodes(data, MAX_FULLY_CHECKED_NODES)
      ? quick.issues
      : (safeParse(schema, data).issues ?? []);
  for (const issue of found)
    problems.add(at + toJsonPath(issue.path).slice(1), withShortEcho(issue));
  return undefined;
}

/**
 * Checks a document whose `listKey` field is a long list (features, services, holidays): the
 * rest of the document first, then each entry on its own, so a million bad entries cost no more
 * than the first problems and a count. `eachValid` adds checks a schema cannot say (unique ids)
 * to `problems`. Throws `MppError('schema', message)` when anything is wrong.
 */
export function validateList<S extends LooseObjectSchema<ObjectEntries, undefined>>(
  schema: S,
  listKey: keyof S['entries'] & string,
  document: unknown,
  { url, message, problems = new IssueList(), eachValid }: ListOptions,
): InferOutput<S> {
  const entrySchema = (schema.entries[listKey] as ArraySchema<GenericSchema, undefined>).item;
  const shape = looseObject({ ...schema.entries, [listKey]: array(unknown()) });
  const outer = checkAgainst(shape, document, '$', problems) as Record<string, unknown> | undefined;
  // The entries are checked even when the rest is wrong: all problems at once.
  const list = (document as Record<string, unknown> | null | undefined)?.[listKey];
  const entries: unknown[] = [];
  (Array.isArray(list) ? list : []).forEach((raw, index) => {
    const where = `$.${listKey}[${index}]`;
    const entry = checkAgainst(entrySchema, raw, where, problems);
    if (entry === undefined) return;
    eachValid?.(entry, where);
    entries.push(entry);
  });
  problems.throwIfAny(message, url);
  return { ...outer, [listKey]: entries } as InferOutput<S>;
}

export interface ListOptions {
  url?: string;
  /** The error's message, e.g. "The catalogue does not fit the expected format". */
  message: string;
  /** Where problems go; a new list by default. */
  problems?: IssueList;
  /** Checks of one valid entry (typed by the caller's schema) that the schema cannot say. */
  eachValid?: (entry: unknown, where: string) => void;
}

/** valibot quotes the received value whole (a 10 MB string stays 10 MB): shorten it. */
function withShortEcho({ message, received }: { message: string; received: string }): string {
  return received.length > MAX_ECHO ? message.replace(received, truncate(received)) : message;
}

/** Whether `value` has more than `limit` array elements and object values, counted without recursion. */
function exceedsNodes(value: unknown, limit: number): boolean {
  const pending: unknown[] = [value];
  let seen = 0;
  while (pending.length) {
    const next = pending.pop();
    if (typeof next !== 'object' || next === null) continue;
    for (const child of Array.isArray(next) ? next : Object.values(next)) {
      if (++seen > limit) return true;
      pending.push(child);
    }
  }
  return false;
}
