// Storybook is a static site with no server behind it, so the stories' queue feeds are
// answered in the page: `/story-feeds/<name>` URLs only, every other request untouched.
// Live data comes from the same simulator the demo server uses.
import { mppDocument, siolaDocument } from '../../scripts/queue-feeds/simulator.mjs';
import { finderFeeds } from './finder-feeds.js';

const json = (body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    headers: { 'Content-Type': 'application/json', ...headers },
  });

/** When each story feed was first asked for. */
const firstRequestAt = new Map<string, number>();

const feeds: Record<
  string,
  (sinceFirst: number, signal?: AbortSignal | null) => Promise<Response>
> = {
  'live.json': async () => json(mppDocument()),
  'one-service.json': async () => {
    const document = mppDocument() as { services: unknown[] };
    return json({ ...document, services: document.services.slice(0, 1) });
  },
  'siola.json': async () => json(siolaDocument()),
  'closed.json': async () =>
    json({
      location: 'MPP Kabupaten Contoh',
      status: 'closed',
      services: [
        {
          id: 'dukcapil',
          name: { id: 'Dukcapil', en: 'Civil registry' },
          nowServing: null,
          waiting: 0,
        },
      ],
    }),
  // The longest texts a badge shows: paused, a long MPP name, over a thousand waiting, 67 min.
  'paused-long.json': async () =>
    json({
      location: 'MPP Kabupaten Kepulauan Siau Tagulandang Biaro',
      status: 'paused',
      services: [
        {
          id: 'dukcapil',
          name: {
            id: 'Kependudukan dan Pencatatan Sipil',
            en: 'Civil registration and population',
          },
          nowServing: 'A-023',
          counter: 'Loket 12',
          waiting: 1250,
          counters: 3,
          estimatedWaitSeconds: 67 * 60,
        },
      ],
    }),
  // Never answers: the badge stays in its loading state.
  'loading.json': (_sinceFirst, signal) =>
    new Promise((_resolve, reject) =>
      signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))),
    ),
  'bad-catalog.json': async () =>
    json({ version: 1, services: [{ id: 'x', requirements: 'none' }] }),
  'error.json': async () => new Response('Internal Server Error', { status: 500 }),
  // Answers for 4 s, then the connection is gone: the badge keeps the data, marked offline.
  'offline.json': async (sinceFirst) => {
    if (sinceFirst > 4000) throw new TypeError('Failed to fetch');
    return json(mppDocument());
  },
  // Answers once and asks not to be asked again for an hour: after 3 × interval the data is stale.
  'stale.json': async () => json(mppDocument(), { 'Cache-Control': 'max-age=3600' }),
  // Locations documents of the finder stories.
  ...finderFeeds,
};

export function installStoryFeeds(): void {
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    const name = url.pathname.split('/story-feeds/')[1];
    const feed = name === undefined ? undefined : feeds[name];
    if (!feed) return realFetch(input, init);
    if (!firstRequestAt.has(url.href)) firstRequestAt.set(url.href, Date.now());
    return feed(Date.now() - firstRequestAt.get(url.href)!, init?.signal);
  };
}
