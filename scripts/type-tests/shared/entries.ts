// Every entry, with and without `.js`, and the DOM typings an Angular (or plain TS) app uses.
import {
  MppFinder,
  MppQueueBadge,
  MppServiceChecklist,
  type ChecklistChangeDetail,
  type FinderSelectDetail,
  type MppErrorDetail,
  type QueueUpdateDetail,
} from 'mpp-widgets';
import {
  MppFinder as FinderEntry,
  type FinderSelectDetail as FinderDetail,
} from 'mpp-widgets/finder';
import { MppFinder as FinderEntryJs } from 'mpp-widgets/finder.js';
import {
  MppQueueBadge as BadgeEntry,
  type QueueUpdateDetail as BadgeDetail,
} from 'mpp-widgets/queue-badge';
import { MppQueueBadge as BadgeEntryJs } from 'mpp-widgets/queue-badge.js';
import {
  MppServiceChecklist as ChecklistEntry,
  type ChecklistChangeDetail as ChecklistDetail,
  type MppErrorDetail as ChecklistError,
} from 'mpp-widgets/service-checklist';
import { MppServiceChecklist as ChecklistEntryJs } from 'mpp-widgets/service-checklist.js';

export const classes = [
  FinderEntry,
  FinderEntryJs,
  BadgeEntry,
  BadgeEntryJs,
  ChecklistEntry,
  ChecklistEntryJs,
];

const finder: MppFinder = document.createElement('mpp-finder');
const badge: MppQueueBadge = document.createElement('mpp-queue-badge');
const checklist: MppServiceChecklist = document.createElement('mpp-service-checklist');

finder.province = '32';
finder.noMap = true;
finder.timeout = 5000;
badge.interval = 30;
badge.variant = 'full';
checklist.headingLevel = 2;

finder.addEventListener('mpp-select', (event) => {
  const detail: FinderSelectDetail & FinderDetail = event.detail;
  const [longitude, latitude]: [number, number] = detail.coordinates;
  return `${detail.id} ${longitude} ${latitude}`;
});
badge.addEventListener('mpp-queue-update', (event) => {
  const detail: QueueUpdateDetail & BadgeDetail = event.detail;
  return detail.entries.length;
});
checklist.addEventListener('mpp-checklist-complete', (event) => {
  const detail: ChecklistChangeDetail & ChecklistDetail = event.detail;
  return detail.done === detail.total;
});
checklist.addEventListener('mpp-error', (event) => {
  const detail: MppErrorDetail & ChecklistError = event.detail;
  return detail.code;
});

const state: 'loading' | 'ready' | 'empty' | 'error' | 'stale' | 'offline' = finder.state;
const status: 'open' | 'closed' | 'paused' | undefined = badge.status;
export { state, status };

// What must not compile:
// @ts-expect-error `state` is set by the element only
finder.state = 'ready';
// @ts-expect-error `status` comes from the feed only
badge.status = 'open';
// @ts-expect-error not a variant
badge.variant = 'huge';
// @ts-expect-error a number of milliseconds, not a string
finder.timeout = '5000';
// @ts-expect-error the select detail has no `name`
finder.addEventListener('mpp-select', (event) => event.detail.name);
