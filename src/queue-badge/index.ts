// Registers <mpp-queue-badge> and exposes its class and types.
import { defineElement } from '../core/define-element.js';
import { MppQueueBadge } from './queue-badge.js';

defineElement('mpp-queue-badge', MppQueueBadge);

export { MppQueueBadge };
export type { QueueUpdateDetail } from './queue-badge.js';
export type { QueueEntry, QueueSnapshot, QueueStatus } from './queue-model.js';
export type { FeedFormat } from './feed-formats.js';
export type { FeedTransport } from './shared-feed.js';
export type { MppErrorDetail } from '../core/events.js';
