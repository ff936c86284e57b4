// Hydration of server-rendered elements (README "Server rendering"): HTML made by @lit-labs/ssr
// in Node from the npm build (the `server-render` command of web-test-runner.config.mjs), put
// into the page before the elements are defined, as a server's page arrives; then the
// hydration support and the elements load, as the README says to load them.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../test-support/setup.js';
import { testCatalog } from '../test-support/catalogs.js';
import { nextEvent, part, shadowText } from '../test-support/dom.js';
import { configureFeed, feedUrl, uniqueFeedName, until } from '../test-support/feeds.js';
import { cianjurFeed } from '../test-support/queue-documents.js';
import { threeZones } from '../test-support/three-zones.js';
import type { MppFinder } from '../finder/finder.js';
import type { MppQueueBadge } from '../queue-badge/queue-badge.js';
import type { MppServiceChecklist } from '../service-checklist/service-checklist.js';

/** The data arrives this late: every element is seen hydrated in its loading state first. */
const DATA_DELAY_MS = 3000;

type MppElement = MppFinder | MppQueueBadge | MppServiceChecklist;

interface Served {
  element: MppElement;
  /** What the server's shadow root showed, before the element was defined. */
  textBefore: string;
  skeletonBefore: Element | null;
  nodesBefore: Node[];
  removed: Node[];
}

const page = document.createElement('main');
const served = new Map<string, Served>();
const consoleProblems: string[] = [];
const pageErrors: string[] = [];

async function delayedFeed(label: string, body: unknown): Promise<string> {
  const name = uniqueFeedName(label);
  await configureFeed(name, { body, delayMs: DATA_DELAY_MS });
  return `${location.origin}${feedUrl(name)}`;
}

/** The markup of each case, with absolute data URLs, as a server page would have them. */
async function pageMarkup(): Promise<Record<string, string>> {
  const feed = await delayedFeed('ssr-badge', cianjurFeed);
  const catalog = await delayedFeed('ssr-catalog', testCatalog);
  const locations = await delayedFeed('ssr-locations', threeZones);
  const checklist = (lang: string) =>
    `<mpp-service-checklist${lang} src="${catalog}" service="izin-contoh" no-persist></mpp-service-checklist>`;
  const finder = (lang: string) =>
    `<div style="inline-size: 800px"><mpp-finder${lang} src="${locations}" tile-url="/tiles/{z}/{x}/{y}.png" height="420px"></mpp-finder></div>`;
  return {
    'badge en': `<mpp-queue-badge lang="en" src="${feed}"></mpp-queue-badge>`,
    'badge id': `<mpp-queue-badge src="${feed}"></mpp-queue-badge>`,
    'checklist en': checklist(' lang="en"'),
    'checklist id': checklist(''),
    'finder en': finder(' lang="en"'),
    'finder id': finder(''),
    // An ancestor's lang is invisible to the server: Indonesian there, English once hydrated.
    'checklist under lang=en': `<section lang="en">${checklist('')}</section>`,
  };
}

/** The shadow root's text without the server's `<style>` (kept in place by hydration). */
function visibleText(element: Element): string {
  const copy = document.createElement('div');
  copy.append(...[...element.shadowRoot!.childNodes].map((node) => node.cloneNode(true)));
  for (const style of copy.querySelectorAll('style')) style.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function allNodes(root: Node): Node[] {
  const nodes: Node[] = [];
  const walker = document.createTreeWalker(root);
  while (walker.nextNode()) nodes.push(walker.currentNode);
  return nodes;
}

before(async function () {
  // The first server render builds the npm entries (seconds on a busy machine).
  this.timeout(180_000);
  document.body.append(page);
  for (const [name, markup] of Object.entries(await pageMarkup())) {
    const html = await executeServerCommand<string, { markup: string }>('server-render', {
      markup,
    });
    const holder = document.createElement('div');
    // Parsed as a page's HTML is: declarative shadow roots become shadow roots.
    holder.setHTMLUnsafe(html);
    page.append(holder);
    const element = holder.querySelector<MppElement>(
      'mpp-queue-badge, mpp-service-checklist, mpp-finder',
    )!;
    const removed: Node[] = [];
    new MutationObserver((records) => {
      for (const record of records) removed.push(...record.removedNodes);
    }).observe(element.shadowRoot!, { childList: true, subtree: true });
    served.set(name, {
      element,
      textBefore: visibleText(element),
      skeletonBefore: part(element, 'skeleton'),
      nodesBefore: allNodes(element.shadowRoot!),
      removed,
    });
  }
  for (const method of ['error', 'warn'] as const) {
    const original = console[method];
    console[method] = (...args: unknown[]) => {
      consoleProblems.push(args.map(String).join(' '));
      original.apply(console, args);
    };
  }
  window.addEventListener('error', (event) => pageErrors.push(String(event.message)));
  window.addEventListener('unhandledrejection', (event) => pageErrors.push(String(event.reason)));
  await import('../index.js');
  await Promise.all([...served.values()].map(({ element }) => element.updateComplete));
});

after(() => page.remove());

const EXPECTED_LOADING: Record<string, string> = {
  'badge en': 'Loading the queue…',
  'badge id': 'Memuat data antrean…',
  'checklist en': 'Loading the checklist…',
  'checklist id': 'Memuat daftar persyaratan…',
};

describe('server-rendered elements, hydrated in the browser', () => {
  it('arrive with their shadow roots, in the language of their own lang attribute', () => {
    for (const [name, text] of Object.entries(EXPECTED_LOADING)) {
      expect(served.get(name)!.textBefore, name).to.equal(text);
    }
    expect(served.get('finder en')!.textBefore).to.contain('All provinces');
    expect(served.get('finder id')!.textBefore).to.contain('Semua provinsi');
    expect(served.get('checklist under lang=en')!.textBefore).to.equal(
      EXPECTED_LOADING['checklist id'],
    );
  });

  it('hydrate without redrawing: the server’s nodes stay, nothing blank in between', () => {
    for (const [name, { element, skeletonBefore, nodesBefore, removed }] of served) {
      expect(element.hasUpdated, name).to.equal(true);
      expect(element.state, name).to.equal('loading');
      expect(skeletonBefore, name).not.to.equal(null);
      expect(part(element, 'skeleton') === skeletonBefore, `${name}: same skeleton node`).to.equal(
        true,
      );
      expect(removed.length, `${name}: nodes removed by hydration`).to.equal(0);
      expect(
        nodesBefore.every((node) => node.isConnected),
        `${name}: every server node still in place`,
      ).to.equal(true);
    }
    for (const name of Object.keys(EXPECTED_LOADING)) {
      const { element, textBefore } = served.get(name)!;
      expect(visibleText(element), name).to.equal(textBefore);
    }
  });

  it("take an ancestor's lang right after hydration, before their data arrives", async () => {
    const { element } = served.get('checklist under lang=en')!;
    await until(() => visibleText(element) === EXPECTED_LOADING['checklist en'], 2000, 'English');
    expect(element.state).to.equal('loading');
  });

  it('hydrate with no console error or warning and no uncaught error', () => {
    expect(consoleProblems).to.deep.equal([]);
    expect(pageErrors).to.deep.equal([]);
  });

  it('then load their data in the browser and show it in their language', async () => {
    const badgeEn = served.get('badge en')!.element as MppQueueBadge;
    const badgeId = served.get('badge id')!.element as MppQueueBadge;
    await until(() => badgeEn.state === 'ready' && badgeId.state === 'ready', 10_000, 'feeds');
    expect(shadowText(badgeEn, '[part~=now-serving]')).to.equal('Now serving A-023 Loket 2');
    expect(shadowText(badgeId, '[part~=now-serving]')).to.equal('Sedang dilayani A-023 Loket 2');

    const finderEn = served.get('finder en')!.element as MppFinder;
    const finderId = served.get('finder id')!.element as MppFinder;
    await until(
      () => finderEn.state === 'ready' && finderId.state === 'ready',
      10_000,
      'locations',
    );
    expect(shadowText(finderEn, '[part~=count]')).to.equal('3 MPPs found');
    expect(shadowText(finderId, '[part~=count]')).to.equal('3 MPP ditemukan');
    // Wide enough for the map: it follows the hydration (the server knew no width).
    await until(() => finderEn.shadowRoot!.querySelector('.map') !== null, 10_000, 'map');

    const checklistEn = served.get('checklist en')!.element as MppServiceChecklist;
    await until(() => checklistEn.state === 'ready', 10_000, 'catalogue');
    expect(shadowText(checklistEn)).to.contain('Electronic ID card');
    expect(consoleProblems).to.deep.equal([]);
    expect(pageErrors).to.deep.equal([]);
  });

  it("follow an ancestor's lang once hydrated (the server could not see it)", async () => {
    const { element } = served.get('checklist under lang=en')!;
    await until(() => element.state === 'ready', 10_000, 'catalogue');
    expect(shadowText(element)).to.contain('Electronic ID card');
    expect(shadowText(element)).not.to.contain('KTP-el');
  });

  it('send their events to the page after hydration', async () => {
    const finder = served.get('finder en')!.element as MppFinder;
    const selected = nextEvent<{ id: string }>(finder, 'mpp-select');
    finder.shadowRoot!.querySelector<HTMLButtonElement>('[part~=item-name]')!.click();
    expect((await selected).detail.id).to.match(/^mpp-/);

    const checklist = served.get('checklist id')!.element as MppServiceChecklist;
    await until(() => checklist.state === 'ready', 10_000, 'catalogue');
    const changed = nextEvent<{ checked: string[] }>(checklist, 'mpp-checklist-change');
    checklist.shadowRoot!.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    expect((await changed).detail.checked).to.have.length(1);

    const badge = served.get('badge id')!.element as MppQueueBadge;
    expect(badge.state).to.equal('ready');
    expect(consoleProblems).to.deep.equal([]);
  });
});
