// The badge's owner hints (loaded with the first one, see OwnerHintsController).
import { suggestionsFor } from '../core/suggestions.js';
import { addTranslations, msg, str } from '../core/localization.js';
import { didYouMean } from '../core/owner-hint-texts.js';
import type { OwnerHint } from '../core/owner-hints.js';
import { templates } from '../generated/locales/id/queueHint.js';
import { entryNames, type QueueEntry } from './queue-model.js';

addTranslations('id', templates);

/** `service` names no entry of the feed: the close ones, and every id the feed has. */
export function missingServiceHint(wanted: string, entries: readonly QueueEntry[]): OwnerHint {
  const close = suggestionsFor(
    wanted,
    entries.map((entry) => ({
      spellings: [entry.id, entry.prefix ?? '', ...entryNames(entry)].filter(Boolean),
      value: entry.id,
    })),
  );
  return {
    key: 'service',
    text: () =>
      `${msg(str`service="${wanted}" names no service of this feed.`, { id: 'queueHint.service' })} ${didYouMean(close)}`.trim(),
    valid: entries.map((entry) => {
      const name = entryNames(entry)[0];
      return name ? `${entry.id} (${name})` : entry.id;
    }),
  };
}

/** The feed is SIOLA-Q's `queue-status` but the badge was not told. */
export function siolaFormatHint(): OwnerHint {
  return {
    key: 'format',
    text: () =>
      msg(
        'This feed is in the SIOLA-Q format: it is read as such, but add format="siola" to the badge.',
        {
          id: 'queueHint.siola',
        },
      ),
  };
}
