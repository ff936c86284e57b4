import * as v from 'valibot';
import { localizedTextSchema } from '../core/localized-text-schema.js';
import { validateList } from '../core/validate.js';
import { asText, fromMpp, withoutUnknown } from './mpp-feed.js';
import type { QueueEntry, QueueSnapshot } from './queue-model.js';

/** Feed formats the badge reads (contract §6.3, §6.4). */
export type FeedFormat = 'mpp' | 'siola';

// Numbers a visitor reads are finite and in a sensible range, so `1e999` never shows as "∞".
/** People waiting, open counters: whole numbers up to a million. */
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000));
/** Durations: up to a week (604,800 s). */
const seconds = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(604_800));
/**
 * A number used as a ticket, counter or id: a whole number that prints as plain digits (up to
 * 2^53 − 1), so a visitor never reads "1e+21" or "12.5".
 */
const wholeNumber = v.pipe(
  v.number(),
  v.integer(),
  v.minValue(0),
  v.maxValue(Number.MAX_SAFE_INTEGER),
);
const ticket = v.union([v.string(), wholeNumber]);
const label = v.nullish(ticket);

/** Format `mpp`: the library's own queue feed (§6.3). */
export const mppFeedSchema = v.looseObject({
  updatedAt: v.optional(v.string()),
  location: v.optional(localizedTextSchema),
  status: v.optional(v.picklist(['open', 'closed', 'paused'])),
  services: v.array(
    v.looseObject({
      id: ticket,
      name: v.optional(localizedTextSchema),
      nowServing: v.nullish(ticket),
      counter: label,
      waiting: v.optional(count),
      counters: v.optional(count),
      averageServiceSeconds: v.optional(seconds),
      estimatedWaitSeconds: v.optional(seconds),
    }),
  ),
});

/** Format `siola`: SIOLA-Q's public `GET /api/tv-display/queue-status` (§6.4). */
export const siolaFeedSchema = v.looseObject({
  timestamp: v.optional(v.string()),
  services: v.array(
    v.looseObject({
      id: ticket,
      name: v.string(),
      prefix: label,
      nextQueue: v.nullish(ticket),
      servingQueue: v.nullish(v.looseObject({ number: ticket, counter: label })),
      activeCounters: v.optional(count),
      totalCounters: v.optional(count),
      status: v.optional(v.picklist(['serving', 'waiting', 'available'])),
    }),
  ),
});

function fromSiola(document: v.InferOutput<typeof siolaFeedSchema>): QueueSnapshot {
  const anyCounterActive = document.services.some((service) => (service.activeCounters ?? 0) > 0);
  return withoutUnknown({
    updatedAt: document.timestamp,
    status: anyCounterActive ? 'open' : 'closed',
    services: document.services.map((service): QueueEntry =>
      withoutUnknown({
        id: String(service.id),
        prefix: asText(service.prefix),
        name: service.name,
        nowServing: service.servingQueue ? String(service.servingQueue.number) : null,
        counter: asText(service.servingQueue?.counter),
        next: asText(service.nextQueue),
        counters: service.activeCounters,
      }),
    ),
  });
}

const FEED_PROBLEM = 'The queue feed does not fit the expected format';

/**
 * A SIOLA-Q document handed to the `mpp` reader: it would pass (every `mpp` field is optional)
 * yet show nothing, its numbers being under other names. Told by the SIOLA-Q-only fields on a
 * document with none of the `mpp` ones.
 */
export function looksLikeSiola(document: unknown): boolean {
  if (!v.is(siolaFeedSchema, document) || !document.services.length) return false;
  const has = (key: string) => document.services.some((service) => key in service);
  const siolaOnly = ['servingQueue', 'nextQueue', 'activeCounters', 'totalCounters'];
  const mppOnly = ['nowServing', 'waiting', 'counters', 'estimatedWaitSeconds'];
  return siolaOnly.some(has) && !mppOnly.some(has);
}

/**
 * Validates a feed document in `format` and normalizes it to the one queue model. A SIOLA-Q
 * document given as `mpp` is read as SIOLA-Q (`readAs` says so, for the owner's hint).
 */
export function readQueueFeed(document: unknown, format: FeedFormat, url?: string): QueueSnapshot {
  if (format === 'mpp' && looksLikeSiola(document)) {
    return { ...readQueueFeed(document, 'siola', url), readAs: 'siola' };
  }
  return format === 'siola'
    ? fromSiola(validateList(siolaFeedSchema, 'services', document, { url, message: FEED_PROBLEM }))
    : fromMpp(validateList(mppFeedSchema, 'services', document, { url, message: FEED_PROBLEM }));
}
