/**
 * One polite live region per page, shared by every element (and by every copy of this
 * library on the page), so that several widgets do not talk over each other.
 *
 * Why one region in the light DOM, at the end of `<body>`, rather than one per element:
 * a screen reader has one voice. Seven badges with seven regions each spoke on their own
 * schedule (41 announcements a minute on the demo page, the same call four times within
 * 0.2 s). A single queue can de-duplicate, coalesce and pace what the page says. The region
 * lives outside every shadow root so it outlives any one element (a badge removed while its
 * call is read does not cut it off) and is found by assistive technology that handles live
 * regions in shadow trees poorly.
 *
 * Shared through `window.mppWidgets.announcer` (the one global the contract allows): the npm
 * copy and a CDN copy of the library on one page use the same queue, region and pause state.
 */
import type { AnnouncementQueue } from './announcement-queue.js';

/** Something an element wants said. */
export interface Announcement {
  /**
   * What it is about, independent of language: two elements (in two languages, or the
   * same element twice) announcing the same id within {@link REPEAT_WINDOW_MS} are heard once.
   */
  id: string;
  /**
   * The slot it occupies, e.g. one per queue service: a newer announcement in the same slot
   * replaces one not yet spoken (the newest call of a service wins).
   */
  slot: string;
  /**
   * The words in the element's language at the time they are spoken (asked again then, so
   * a language switch while an announcement waits is followed).
   */
  words(): SpokenWords;
  /** The element speaking: once it has left the page, what it still has waiting is dropped. */
  source?: Element;
}

export interface SpokenWords {
  text: string;
  /** BCP 47 language of `text` (`id`, `en`), set on the spoken words. */
  lang: string;
}

/** The page-wide announcer, as shared between copies of the library (keep this shape stable). */
export interface PageAnnouncer {
  readonly version: 1;
  /** Queues an announcement (dropped while paused). */
  announce(announcement: Announcement): void;
  /** Whether a visitor paused announcements for the whole page. */
  readonly paused: boolean;
  setPaused(paused: boolean): void;
  /**
   * An element able to announce is on the page (it shows data and does not have
   * `announce="off"`). The first such element in document order shows the pause control.
   * Returns a function that withdraws it.
   */
  register(element: Element): () => void;
  /** The element that should show the pause control, if any. */
  readonly controlOwner: Element | undefined;
  /** Calls `listener` when `paused` or `controlOwner` changes. Returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

/** Time source of the announcer: the real one, or one a test drives. */
export interface AnnouncerClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: AnnouncerClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Marks the region, so a second copy of the library (or a test) can find it. */
export const REGION_ATTRIBUTE = 'data-mpp-announcer';

/** Outermost host in the document of an element that may sit in shadow roots. */
function inDocument(element: Element): Element {
  let node: Element = element;
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = node.getRootNode()) {
    node = root.host;
  }
  return node;
}

function documentOrder(a: Element, b: Element): number {
  const [outerA, outerB] = [inDocument(a), inDocument(b)];
  if (outerA === outerB) return 0;
  return outerA.compareDocumentPosition(outerB) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/**
 * The page's announcer: the region, the page-wide pause and who shows the pause control are
 * here, for the first render of every badge; what is said and when (de-duplicated, coalesced,
 * paced: announcement-queue.ts) is a chunk, loaded by `ready()` (a badge asks for it when the
 * page is idle after its first number) or with the first thing to say.
 */
export class LiveAnnouncer implements PageAnnouncer {
  readonly version = 1;
  private pausedNow = false;
  private region?: HTMLElement;
  private readonly registered: Element[] = [];
  private readonly listeners = new Set<() => void>();
  private queue?: AnnouncementQueue;
  private queueLoading?: Promise<void>;
  /** Said before the queue was loaded: queued once it is. */
  private readonly early: Announcement[] = [];

  constructor(
    private readonly document: Document,
    private readonly clock: AnnouncerClock = realClock,
  ) {}

  get paused(): boolean {
    return this.pausedNow;
  }

  get controlOwner(): Element | undefined {
    const connected = this.registered.filter((element) => element.isConnected);
    return connected.sort(documentOrder)[0];
  }

  announce(announcement: Announcement): void {
    if (this.pausedNow) return;
    this.ensureRegion();
    if (this.queue) {
      this.queue.add(announcement);
      return;
    }
    this.early.push(announcement);
    this.ready().catch(() => {}); // told by ready() to whoever asks (the badge reports it)
  }

  /**
   * Loads what says the announcements (at the first announcement, or before it for a caller
   * that wants to know whether it can be loaded). Rejects when that chunk cannot be loaded; the
   * next call tries again.
   */
  ready(): Promise<void> {
    this.queueLoading ??= import('./announcement-queue.js').then(
      ({ AnnouncementQueue }) => {
        this.queue = new AnnouncementQueue(this.document, this.clock, () => this.ensureRegion());
        for (const announcement of this.early.splice(0)) this.queue.add(announcement);
      },
      (error: unknown) => {
        // Tried again with the next announcement; what waited would be stale by then.
        this.queueLoading = undefined;
        this.early.length = 0;
        throw error;
      },
    );
    return this.queueLoading;
  }

  setPaused(paused: boolean): void {
    if (paused === this.pausedNow) return;
    this.pausedNow = paused;
    if (paused) {
      // Nothing said while paused, and nothing stale said on resume.
      this.early.length = 0;
      this.queue?.clear();
      this.region?.replaceChildren();
    }
    this.notify();
  }

  register(element: Element): () => void {
    const ownerBefore = this.controlOwner;
    if (!this.registered.includes(element)) this.registered.push(element);
    this.ensureRegion();
    if (this.controlOwner !== ownerBefore) this.notify();
    return () => {
      const before = this.controlOwner;
      const index = this.registered.indexOf(element);
      if (index >= 0) this.registered.splice(index, 1);
      if (this.controlOwner !== before) this.notify();
    };
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  /** The region exists before the first announcement: one added later is often not heard. */
  private ensureRegion(): HTMLElement {
    if (this.region?.isConnected) return this.region;
    const existing = this.document.querySelector<HTMLElement>(`[${REGION_ATTRIBUTE}]`);
    const region = existing ?? this.document.createElement('div');
    if (!existing) {
      region.setAttribute(REGION_ATTRIBUTE, '');
      region.setAttribute('role', 'status');
      region.setAttribute('aria-live', 'polite');
      region.setAttribute('aria-atomic', 'true');
      // Visually hidden through the CSSOM (allowed under a strict style-src CSP, unlike a
      // style attribute), since the library adds no CSS to the page.
      Object.assign(region.style, {
        position: 'absolute',
        width: '1px',
        height: '1px',
        margin: '-1px',
        padding: '0',
        overflow: 'hidden',
        clipPath: 'inset(50%)',
        whiteSpace: 'nowrap',
        border: '0',
      });
      (this.document.body ?? this.document.documentElement).append(region);
    }
    this.region = region;
    return region;
  }
}

interface MppWidgetsNamespace {
  announcer?: PageAnnouncer;
}

declare global {
  interface Window {
    /** The library's only global (contract §1): what copies of it on one page share. */
    mppWidgets?: MppWidgetsNamespace;
  }
}

/** Ours, when another copy of the library installed an announcer of an unknown version. */
let ownAnnouncer: PageAnnouncer | undefined;

/**
 * The announcer of this page: the one another copy of the library already made, or a new
 * one. Look it up at each use rather than keeping it: a page (or a test driving the clock)
 * may install its own before the elements speak.
 */
export function pageAnnouncer(): PageAnnouncer {
  const namespace = (window.mppWidgets ??= {});
  namespace.announcer ??= new LiveAnnouncer(document);
  if (namespace.announcer.version === 1) return namespace.announcer;
  // A newer copy's announcer we cannot speak to: ours still uses the same marked region.
  return (ownAnnouncer ??= new LiveAnnouncer(document));
}
