// What svelte-check checks markup against: SvelteHTMLElements with `onmpp-…` listeners.
import type { SvelteHTMLElements } from 'svelte/elements';
import type {} from 'mpp-widgets/svelte';

export const finder: SvelteHTMLElements['mpp-finder'] = {
  province: '32',
  'no-map': true,
  'onmpp-select': (event) => event.detail.id,
};
export const badge: SvelteHTMLElements['mpp-queue-badge'] = {
  src: '/queue.json',
  'onmpp-queue-update': (event) => event.detail.entries,
};
// @ts-expect-error not a variant
export const wrongVariant: SvelteHTMLElements['mpp-queue-badge'] = { variant: 'huge' };
export const wrongDetail: SvelteHTMLElements['mpp-service-checklist'] = {
  // @ts-expect-error the checklist detail has no `id`
  'onmpp-checklist-change': (event) => event.detail.id,
};
