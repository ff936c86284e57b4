import { msg } from '../core/localization.js';
import type { Locale } from '../core/localization.js';
import { progressText } from './checklist-view.js';

/** The visitor's last change, told once in the checklist's live region. */
export interface Announcement {
  kind: 'change' | 'reset' | 'undone';
  /** Ticking a document of a case also marked the case as applying. */
  conditionMarked?: boolean;
}

/**
 * The one live-region message for the last change: what happened, then the progress. Made
 * while rendering (so in the element's language) and kept as one string, so a screen reader
 * hears each change once: a re-render with the same answers leaves the region untouched, and
 * the visible completion message lives outside the region.
 */
export function announcementText(
  said: Announcement | undefined,
  progress: { done: number; total: number; complete: boolean },
  locale: Locale,
): string {
  if (!said) return '';
  if (said.kind === 'reset') return msg('All ticks cleared.', { id: 'checklist.resetDone' });
  return [
    said.kind === 'undone' ? msg('Ticks restored.', { id: 'checklist.undoDone' }) : '',
    said.conditionMarked
      ? msg('"Applies to me" ticked too.', { id: 'checklist.conditionMarked' })
      : '',
    progressText(progress.done, progress.total, locale),
    progress.complete ? msg('All required documents are ready.', { id: 'checklist.complete' }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}
