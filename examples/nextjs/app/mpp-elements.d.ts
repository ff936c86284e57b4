// The elements in JSX: React's HTML props with the element class (for `ref`), plus each
// element's attributes as written in HTML. Events are listened to with useMppEvent.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { MppFinder, MppQueueBadge, MppServiceChecklist } from 'mpp-widgets';

type ElementProps<E extends HTMLElement, Attribute extends string> = DetailedHTMLProps<
  HTMLAttributes<E>,
  E
> &
  Partial<Record<Attribute | 'theme' | 'timeout' | 'defer-hydration', string>>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'mpp-queue-badge': ElementProps<
        MppQueueBadge,
        'src' | 'service' | 'variant' | 'format' | 'transport' | 'interval' | 'announce'
      >;
      'mpp-service-checklist': ElementProps<
        MppServiceChecklist,
        'src' | 'service' | 'no-persist' | 'storage-key' | 'heading-level'
      >;
      'mpp-finder': ElementProps<
        MppFinder,
        | 'src'
        | 'province'
        | 'service'
        | 'query'
        | 'selected'
        | 'view'
        | 'no-map'
        | 'near-me'
        | 'tile-url'
        | 'height'
        | 'max-results'
        | 'map-min-width'
        | 'all-url'
      >;
    }
  }
}
