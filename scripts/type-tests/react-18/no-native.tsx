// React 18 sets only attributes on custom elements and attaches no listeners: the components
// must not make <mpp-*> look usable in its JSX (React 19 apps opt in with mpp-widgets/react-jsx).
import 'mpp-widgets/react';

// @ts-expect-error no <mpp-*> JSX types come with the components
export const native = <mpp-queue-badge src="/queue.json" />;
