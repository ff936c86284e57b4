// A server component: the page around the widgets. The widgets themselves are in a client
// component (they run in the browser), which Next.js still renders on the server first.
import { Widgets } from './widgets';

export default function Page() {
  return <Widgets />;
}
