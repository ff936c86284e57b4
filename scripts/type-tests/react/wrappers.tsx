// The React components: typed props and `onMpp…` callbacks (React 18 and 19).
import { useRef } from 'react';
import {
  MppFinder,
  MppQueueBadge,
  MppServiceChecklist,
  type FinderSelectDetail,
  type MppFinderElement,
} from 'mpp-widgets/react';

export function App() {
  const finder = useRef<MppFinderElement>(null);
  const selected = (event: CustomEvent<FinderSelectDetail>) => event.detail.id;
  return (
    <>
      <MppFinder ref={finder} province="32" noMap maxResults={5} onMppSelect={selected} />
      <MppFinder className="wide" onMppError={(event) => event.detail.code} />
      <MppQueueBadge src="/queue.json" variant="full" onMppQueueUpdate={(e) => e.detail.entries} />
      <MppServiceChecklist service="ktp-el" onMppChecklistComplete={(e) => e.detail.done} />
      {/* @ts-expect-error not a view */}
      <MppFinder view="grid" />
      {/* @ts-expect-error the update detail has no `name` */}
      <MppQueueBadge onMppQueueUpdate={(event) => event.detail.name} />
      {/* @ts-expect-error `state` is set by the element only */}
      <MppServiceChecklist state="ready" />
    </>
  );
}
