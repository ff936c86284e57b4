// What vue-tsc checks a template against: GlobalComponents' props and `@mpp-…` listeners.
import type { GlobalComponents } from 'vue';
import type {} from 'mpp-widgets/vue';

type TemplateProps<Tag extends keyof GlobalComponents> = InstanceType<
  GlobalComponents[Tag]
>['$props'];

export const finder: TemplateProps<'mpp-finder'> = {
  province: '32',
  noMap: true,
  onMppSelect: (event) => event.detail.id,
};
export const badge: TemplateProps<'mpp-queue-badge'> = {
  src: '/queue.json',
  onMppQueueUpdate: (event) => event.detail.entries,
};
// @ts-expect-error not a variant
export const wrongVariant: TemplateProps<'mpp-queue-badge'> = { variant: 'huge' };
export const wrongDetail: TemplateProps<'mpp-service-checklist'> = {
  // @ts-expect-error the checklist detail has no `id`
  onMppChecklistChange: (event) => event.detail.id,
};
