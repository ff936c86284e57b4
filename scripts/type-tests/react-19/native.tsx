// React 19 renders custom elements natively: <mpp-*> typed by `mpp-widgets/react-jsx`.
import type {} from 'mpp-widgets/react-jsx';
import 'mpp-widgets';

export function Page() {
  return (
    <>
      <mpp-finder province="32" no-map max-results={5} onmpp-select={(e) => e.detail.id} />
      <mpp-queue-badge
        src="/queue.json"
        variant="compact"
        onmpp-queue-update={(e) => e.detail.entries}
      />
      <mpp-service-checklist service="ktp-el" heading-level={2} className="list" />
      {/* @ts-expect-error not a variant */}
      <mpp-queue-badge variant="huge" />
      {/* @ts-expect-error the checklist detail has no `id` */}
      <mpp-service-checklist onmpp-checklist-change={(e) => e.detail.id} />
    </>
  );
}
