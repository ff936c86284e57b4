import { chunkNotLoaded } from '../core/errors.js';
import type { FeedFormat } from './feed-formats.js';
import { fromMpp, isMppFeed, mightBeSiola } from './mpp-feed.js';
import type { QueueSnapshot } from './queue-model.js';

/**
 * Reads a feed document into the queue model. A valid `mpp` document, the everyday case, is
 * read at once; anything else (SIOLA-Q, a document with problems to list) waits for the full
 * schemas (feed-formats.ts, valibot), a chunk most pages never download.
 */
export async function readFeed(
  document: unknown,
  format: FeedFormat,
  url: string,
): Promise<QueueSnapshot> {
  if (format === 'mpp' && isMppFeed(document) && !mightBeSiola(document)) return fromMpp(document);
  const formats = await import('./feed-formats.js').catch(() => {
    throw chunkNotLoaded('The feed reader', url);
  });
  return formats.readQueueFeed(document, format, url);
}
