/**
 * The words of what a badge says to screen readers, in both languages: a chunk fetched when the
 * page is idle after the first number, not before it (queue-announcements.ts).
 */
import type { Locale } from '../core/locale.js';
import { addTranslations, msg, str } from '../core/localization.js';
import { textIn } from '../core/localized-text.js';
import { templates } from '../generated/locales/id/queueSpeech.js';
import type { DetectedCall } from './call-watch.js';
import type { StateChange } from './queue-announcements.js';

addTranslations('id', templates);

export function callText({ entry, number, counter, again }: DetectedCall, locale: Locale): string {
  const service = textIn(entry.name, locale) || msg('Queue', { id: 'queueSpeech.queue' });
  if (again) {
    return counter
      ? msg(str`${service}: number ${number} called again to ${counter}`, {
          id: 'queueSpeech.againToCounter',
        })
      : msg(str`${service}: number ${number} called again`, { id: 'queueSpeech.again' });
  }
  return counter
    ? msg(str`${service}: number ${number} called to ${counter}`, {
        id: 'queueSpeech.toCounter',
      })
    : msg(str`${service}: number ${number} called`, { id: 'queueSpeech.called' });
}

export function stateText(change: StateChange): string {
  switch (change) {
    case 'offline':
      return msg('Queue: connection lost — showing the last data', { id: 'queueSpeech.offline' });
    case 'stale':
      return msg('Queue: data not current', { id: 'queueSpeech.stale' });
    case 'current':
      return msg('Queue: data up to date again', { id: 'queueSpeech.current' });
  }
}
