import { matchKey } from '../core/forgiving-match.js';
import type { LocalizedText } from '../core/localized-text.js';

/** Whether the service place is taking visitors (the feed's own `status`). */
export type QueueStatus = 'open' | 'closed' | 'paused';

/** One queue (a service or a counter group), normalized from any supported feed format. */
export interface QueueEntry {
  id: string;
  prefix?: string;
  name?: LocalizedText;
  /** Number now being served; `null` when nobody is being served. */
  nowServing?: string | null;
  counter?: string;
  /** Next number to be called (SIOLA-Q). */
  next?: string;
  waiting?: number;
  counters?: number;
  averageServiceSeconds?: number;
  estimatedWaitSeconds?: number;
}

/** A queue feed document after validation and normalization. */
export interface QueueSnapshot {
  updatedAt?: string;
  location?: LocalizedText;
  status?: QueueStatus;
  services: QueueEntry[];
  /** The format the document was read in, when it is not the one the badge was given. */
  readAs?: 'siola';
}

/** The feed's estimate, else `waiting × averageServiceSeconds ÷ counters` when all are known. */
export function estimatedWaitSeconds(entry: QueueEntry): number | undefined {
  if (entry.estimatedWaitSeconds !== undefined) return entry.estimatedWaitSeconds;
  const { waiting, averageServiceSeconds, counters } = entry;
  if (waiting === undefined || averageServiceSeconds === undefined || !counters) return undefined;
  return (waiting * averageServiceSeconds) / counters;
}

/**
 * Entries the `service` attribute names: by id, then prefix, then name — in any case, with
 * spaces, hyphens, underscores or quotes in it or not (`Dukcapil`, `KEPENDUDUKAN DAN…`).
 */
export function findEntry(entries: QueueEntry[], service: string): QueueEntry | undefined {
  const wanted = matchKey(service);
  return (
    entries.find((entry) => matchKey(entry.id) === wanted) ??
    entries.find((entry) => entry.prefix !== undefined && matchKey(entry.prefix) === wanted) ??
    entries.find((entry) => entryNames(entry).some((name) => matchKey(name) === wanted))
  );
}

/** An entry's names in every language the feed gives. */
export function entryNames(entry: QueueEntry): string[] {
  return typeof entry.name === 'string'
    ? [entry.name]
    : [entry.name?.id, entry.name?.en].filter((name) => name !== undefined);
}

/** Whether an entry takes visitors now: its open counters when known, else the feed status. */
export function isEntryOpen(entry: QueueEntry, status: QueueStatus | undefined): boolean {
  return entry.counters === undefined ? status === 'open' : entry.counters > 0;
}

/** Sum of the waiting counts the feed gives; `undefined` when it gives none. */
export function totalWaiting(entries: QueueEntry[]): number | undefined {
  const known = entries.map((entry) => entry.waiting).filter((count) => count !== undefined);
  return known.length === 0 ? undefined : known.reduce((sum, count) => sum + count, 0);
}
