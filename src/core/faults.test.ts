// The fault matrix (shared testing guide): every fault category against every element, each
// asserting what the visitor sees (a localized message), the `mpp-error` code, that nothing
// was thrown and nothing injected. Element-specific faults (SSE dropped, storage throwing,
// geolocation, tiles) live in the elements' own test files.
import { expect, fixture, html } from '@open-wc/testing';
import '../test-support/setup.js';
import { expectAccessible } from '../test-support/axe.js';
import { errorsDuring, part, shadowText } from '../test-support/dom.js';
import { testCatalog } from '../test-support/catalogs.js';
import { configureFeed, feedUrl, uniqueFeedName, until } from '../test-support/feeds.js';
import { threeZones } from '../test-support/finder.js';
import { cianjurFeed } from '../test-support/queue-documents.js';
import '../finder/index.js';
import '../queue-badge/index.js';
import '../service-checklist/index.js';
import type { MppElement } from './mpp-element.js';
import type { FeedConfig } from '../test-support/feeds.js';

interface ElementUnderTest {
  tag: string;
  attributes: Record<string, string>;
  /** A valid document for this element. */
  good: unknown;
  /** The same document with markup and `javascript:` URLs in every string field it shows. */
  hostile: unknown;
}

const HOSTILE = '<img src=x onerror="window.__injected=1"><script>window.__injected=1</script>';
const HOSTILE_URL = 'javascript:window.__injected=1';

const ELEMENTS: ElementUnderTest[] = [
  {
    tag: 'mpp-queue-badge',
    attributes: { service: 'dukcapil', variant: 'full' },
    good: cianjurFeed,
    hostile: {
      status: 'open',
      location: HOSTILE,
      services: [
        {
          id: 'dukcapil',
          name: HOSTILE,
          nowServing: HOSTILE,
          counter: HOSTILE,
          waiting: 3,
        },
      ],
    },
  },
  {
    tag: 'mpp-service-checklist',
    attributes: { service: 'izin-contoh', 'no-persist': '' },
    good: testCatalog,
    hostile: {
      version: '1',
      services: [
        {
          id: 'izin-contoh',
          agency: HOSTILE,
          name: HOSTILE,
          description: HOSTILE,
          requirements: [
            { id: 'a', label: HOSTILE, condition: HOSTILE, form: 'asli' },
            { id: 'b', label: HOSTILE, note: HOSTILE },
          ],
          fee: { amount: 1000, note: HOSTILE },
          duration: HOSTILE,
          legalBasis: [HOSTILE],
          sources: [{ url: HOSTILE_URL, title: HOSTILE }],
        },
      ],
    },
  },
  {
    tag: 'mpp-finder',
    attributes: { 'no-map': '' },
    good: threeZones,
    hostile: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [107.1, -6.8] },
          properties: {
            id: 'x',
            name: HOSTILE,
            province: HOSTILE,
            regency: HOSTILE,
            address: HOSTILE,
            phone: HOSTILE,
            website: HOSTILE_URL,
            openingHours: HOSTILE,
          },
        },
      ],
    },
  },
];

/** Each fault: what the server answers (or where to ask), the code, and a phrase of the message. */
const FAULTS: {
  name: string;
  feed?: FeedConfig;
  src?: string;
  code: string;
  says: string;
  /** The elements' `timeout` (default 1 s: a slow server's fault shows soon). */
  timeout?: string;
}[] = [
  {
    name: 'unreachable server',
    src: 'http://127.0.0.1:9/data.json',
    code: 'network',
    // The visitor is online: the server, not their connection, is named.
    says: 'Data tidak dapat dimuat dari server sumbernya.',
  },
  { name: 'HTTP 404', feed: { status: 404 }, code: 'http', says: '(HTTP 404)' },
  { name: 'HTTP 500', feed: { status: 500 }, code: 'http', says: '(HTTP 500)' },
  {
    name: 'a server slower than `timeout`',
    feed: { body: {}, delayMs: 3000 },
    code: 'timeout',
    says: 'terlalu lama',
  },
  {
    name: 'truncated JSON',
    feed: { raw: '{"services": [{"id": "a"' },
    code: 'parse',
    says: 'tidak sesuai format',
  },
  { name: 'an empty body', feed: { raw: '' }, code: 'parse', says: 'tidak sesuai format' },
  {
    name: 'an HTML page instead of JSON',
    feed: { raw: '<!doctype html><title>404</title>' },
    code: 'parse',
    says: 'tidak sesuai format',
  },
  {
    name: 'a 10 MB document of the wrong shape',
    feed: { raw: `{"services":"${'x'.repeat(10 * 1024 * 1024)}","features":1}` },
    code: 'schema',
    says: 'tidak sesuai format',
    // The finder's worker downloads it after its chunk has come and it has started: more than
    // the others' 1 s on a busy machine, and `timeout` counts all of it.
    timeout: '10000',
  },
  {
    name: '20,000 levels of nesting',
    feed: { raw: `${'['.repeat(20000)}${']'.repeat(20000)}` },
    code: 'schema',
    says: 'tidak sesuai format',
  },
  { name: 'null', feed: { raw: 'null' }, code: 'schema', says: 'tidak sesuai format' },
  {
    name: 'wrong types',
    feed: { body: { version: 2, type: 'FeatureCollection', services: 'many', features: 'many' } },
    code: 'schema',
    says: 'tidak sesuai format',
  },
  {
    name: 'missing required fields',
    feed: { body: { type: 'FeatureCollection', features: [{ type: 'Feature' }], services: [{}] } },
    code: 'schema',
    says: 'tidak sesuai format',
  },
];

async function place(element: ElementUnderTest, src: string, extra: Record<string, string> = {}) {
  const container = await fixture<HTMLElement>(html`<div></div>`);
  const node = document.createElement(element.tag) as MppElement;
  for (const [name, value] of Object.entries({ ...element.attributes, ...extra, src })) {
    node.setAttribute(name, value);
  }
  container.append(node);
  return node;
}

async function served(config: FeedConfig) {
  const name = uniqueFeedName('fault');
  await configureFeed(name, config);
  return feedUrl(name);
}

/** Uncaught errors and rejections while `work` runs. */
async function uncaughtDuring(work: () => Promise<unknown>): Promise<string[]> {
  const uncaught: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await work();
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return uncaught;
}

for (const element of ELEMENTS) {
  describe(`<${element.tag}> faults`, () => {
    for (const fault of FAULTS) {
      it(`${fault.name}: "${fault.code}", a localized message, nothing thrown`, async function () {
        this.timeout(20000);
        const src = fault.src ?? (await served(fault.feed!));
        let node!: MppElement;
        let errors: { code: string; message: string }[] = [];
        const uncaught = await uncaughtDuring(async () => {
          errors = await errorsDuring(async () => {
            node = await place(element, src, { timeout: fault.timeout ?? '1000' });
            await until(() => node.state === 'error', 12000, `error state (is ${node.state})`);
          });
        });
        expect(uncaught).to.deep.equal([]);
        expect(errors.map((error) => error.code)).to.include(fault.code);
        const message = shadowText(node, '[part="error"]');
        expect(message).to.contain(fault.says);
        expect(part(node, 'error')!.getAttribute('role')).to.equal('alert');
        // The event's message is in the element's language too.
        expect(errors.find((error) => error.code === fault.code)!.message).to.match(/[a-z]/);
        expect(message).to.contain(errors.find((error) => error.code === fault.code)!.message);
      });
    }

    it('markup and javascript: URLs in every string field are shown as text', async () => {
      const uncaught = await uncaughtDuring(async () => {
        const node = await place(element, await served({ body: element.hostile }));
        await until(() => node.state !== 'loading', 8000);
        const root = node.shadowRoot!;
        expect(root.querySelector('img, script')).to.equal(null);
        expect(
          [...root.querySelectorAll('a')].filter((a) =>
            a.getAttribute('href')?.trim().toLowerCase().startsWith('javascript:'),
          ),
        ).to.deep.equal([]);
        // An image of the same address, made after the render, has failed: an injected one's
        // `onerror` would have run before it.
        await new Promise((resolve) => {
          const probe = new Image();
          probe.onerror = probe.onload = resolve;
          probe.src = 'x';
        });
        expect((window as { __injected?: number }).__injected).to.equal(undefined);
      });
      expect(uncaught).to.deep.equal([]);
    });

    it('recovers when the server comes back (try again), in English too', async () => {
      const name = uniqueFeedName('comeback');
      await configureFeed(name, { status: 503 });
      const node = await place(element, feedUrl(name), { lang: 'en' });
      await until(() => node.state === 'error', 12000);
      expect(shadowText(node, '[part="error"]')).to.contain('(HTTP 503)');
      await expectAccessible(node);
      await configureFeed(name, { status: 200, body: element.good });
      (part(node, 'retry-button') as HTMLButtonElement).click();
      await until(() => node.state === 'ready', 12000, `ready (is ${node.state})`);
    });
  });
}
