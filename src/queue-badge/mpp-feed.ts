import type { LocalizedText } from '../core/localized-text.js';
import {
  arrayOf,
  fields,
  inRange,
  isLocalizedText,
  isString,
  nullish,
  oneOf,
  optional,
  type Check,
} from '../core/shape-checks.js';
import type { QueueEntry, QueueSnapshot, QueueStatus } from './queue-model.js';

// The badge's everyday document, a valid `mpp` feed, is read here without valibot: this check
// accepts only what `mppFeedSchema` (feed-formats.ts) accepts, and every valid feed, so the
// schema and its detailed problems are loaded only for a document this check refuses (or a
// SIOLA-Q feed). The properties in mpp-feed.property.test.ts hold the two to that.

/** A valid `mpp` feed document (contract §6.3), as `mppFeedSchema` types it. */
export interface MppFeedDocument {
  updatedAt?: string;
  location?: LocalizedText;
  status?: QueueStatus;
  services: MppFeedService[];
}

interface MppFeedService {
  id: string | number;
  name?: LocalizedText;
  nowServing?: string | number | null;
  counter?: string | number | null;
  waiting?: number;
  counters?: number;
  averageServiceSeconds?: number;
  estimatedWaitSeconds?: number;
}

// The same limits as the schema: counts up to a million, durations up to a week, tickets as
// text or whole numbers that print as plain digits.
const count = optional(inRange(1_000_000, true));
const seconds = optional(inRange(604_800, false));
const ticket: Check = (value) => isString(value) || inRange(Number.MAX_SAFE_INTEGER, true)(value);

const isMppDocument = fields({
  updatedAt: optional(isString),
  location: optional(isLocalizedText),
  status: optional(oneOf('open', 'closed', 'paused')),
  services: arrayOf(
    fields({
      id: ticket,
      name: optional(isLocalizedText),
      nowServing: nullish(ticket),
      counter: nullish(ticket),
      waiting: count,
      counters: count,
      averageServiceSeconds: seconds,
      estimatedWaitSeconds: seconds,
    }),
  ),
});

/** Whether `document` is a valid `mpp` feed (false may still be one: the schema decides then). */
export function isMppFeed(document: unknown): document is MppFeedDocument {
  return isMppDocument(document);
}

/**
 * Whether a document might be a SIOLA-Q one handed to the `mpp` reader (`looksLikeSiola` in
 * feed-formats.ts decides): some SIOLA-Q-only field, and none of the `mpp` ones.
 */
export function mightBeSiola(document: MppFeedDocument): boolean {
  const has = (key: string) => document.services.some((service) => key in service);
  return (
    ['servingQueue', 'nextQueue', 'activeCounters', 'totalCounters'].some(has) &&
    !['nowServing', 'waiting', 'counters', 'estimatedWaitSeconds'].some(has)
  );
}

export const asText = (value: string | number | null | undefined) =>
  value === null || value === undefined ? undefined : String(value);

/** Drops keys whose value is unknown, so "not given" never turns into 0 or an empty string. */
export function withoutUnknown<T extends object>(entry: T): T {
  return Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined)) as T;
}

/** A valid `mpp` document as the one queue model. */
export function fromMpp(document: MppFeedDocument): QueueSnapshot {
  return withoutUnknown({
    updatedAt: document.updatedAt,
    location: document.location,
    status: document.status,
    services: document.services.map((service): QueueEntry =>
      withoutUnknown({
        id: String(service.id),
        name: service.name,
        nowServing: service.nowServing === null ? null : asText(service.nowServing),
        counter: asText(service.counter),
        waiting: service.waiting,
        counters: service.counters,
        averageServiceSeconds: service.averageServiceSeconds,
        estimatedWaitSeconds: service.estimatedWaitSeconds,
      }),
    ),
  });
}
