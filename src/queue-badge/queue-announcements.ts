import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { LiveAnnouncer, pageAnnouncer } from '../core/announcer.js';
import { MppError } from '../core/errors.js';
import { inLocale, msg } from '../core/localization.js';
import type { Locale } from '../core/locale.js';
import type { ElementState } from '../core/mpp-element.js';
import { CallWatch } from './call-watch.js';
import type { QueueEntry } from './queue-model.js';

/** Values of the badge's `announce` attribute. */
export type AnnounceMode = 'calls' | 'off';

export interface AnnouncingBadge extends ReactiveControllerHost, HTMLElement {
  readonly locale: Locale;
  announce: AnnounceMode;
  state: ElementState;
}

/** States in which the badge shows data (and so may speak and show the pause control). */
const SHOWING_DATA: ElementState[] = ['ready', 'stale', 'offline'];

/** A change of state worth saying (the words are in queue-speech.ts). */
export type StateChange = 'offline' | 'stale' | 'current';

/** What a change of state means to a listener; `undefined`: nothing worth saying. */
function stateChange(from: ElementState, to: ElementState): StateChange | undefined {
  if (to === 'offline' && (from === 'ready' || from === 'stale')) return 'offline';
  if (to === 'stale' && from === 'ready') return 'stale';
  if (to === 'ready' && (from === 'offline' || from === 'stale')) return 'current';
  return undefined;
}

type Speech = typeof import('./queue-speech.js');

/** The words, once loaded (shared by every badge of this copy of the library). */
let loadedSpeech: Speech | undefined;

/** Loads what a badge says (queue-speech.ts); also a test's, before it drives the clock. */
export function loadSpeech(): Promise<Speech> {
  return import('./queue-speech.js').then((speech) => (loadedSpeech = speech));
}

/**
 * Loads both chunks of what is said, at once: the words, and the announcer's queue if the
 * page's announcer is this copy's (it loads it lazily).
 */
function loadSaying(): Promise<Speech> {
  const announcer = pageAnnouncer();
  const queue = announcer instanceof LiveAnnouncer ? announcer.ready() : undefined;
  return Promise.all([loadSpeech(), queue]).then(([speech]) => speech);
}

let preloading = false;

/**
 * The words and the announcer's queue, fetched once the browser is idle after a badge first
 * shows data: not before the first number (they are not needed for it), but before the
 * connection may drop — "connection lost" must be said when nothing can be downloaded. A
 * failure here is not reported: the first thing to say tries again and reports.
 */
function preloadSpeechWhenIdle(): void {
  if (preloading) return;
  preloading = true;
  const load = () => void loadSaying().catch(() => {});
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 2000 });
  else setTimeout(load, 500);
}

/**
 * What a badge says through the page's one announcer ({@link pageAnnouncer}): each newly
 * called number of every service it shows, named ("Imigrasi: nomor B-041 dipanggil ke
 * Loket 2"), and its changes of state (offline, stale, current again) — each once, in the
 * badge's language, only from new data or a new state: a re-render (a language switch)
 * says nothing. The first badge on the page that speaks shows the page-wide pause button.
 */
export class QueueAnnouncements implements ReactiveController {
  private readonly calls = new CallWatch();
  private lastState?: ElementState;
  private withdraw?: () => void;
  private unsubscribe?: () => void;
  /** What says the calls could not be loaded, and the page was told (once until it loads). */
  private queueFailed = false;
  /** Counts `forget()`s: what waited for the words is not said for another feed or service. */
  private generation = 0;

  constructor(
    private readonly host: AnnouncingBadge,
    private readonly reportError: (error: MppError) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = pageAnnouncer().subscribe(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.withdraw?.();
    this.withdraw = undefined;
  }

  /** Another feed or service: its first data is not a call, its first state not a change. */
  forget(): void {
    this.calls.forget();
    this.lastState = undefined;
    this.generation += 1;
  }

  /** New data from `feedUrl`: announces the calls in the entries shown. */
  onEntries(entries: QueueEntry[], feedUrl: string): void {
    const calls = this.calls.callsIn(entries);
    if (this.host.announce === 'off') return;
    for (const call of calls) {
      const { entry, number, counter, again } = call;
      this.say(
        // A counter calls one number at a time: the same number to the same counter within
        // seconds is the same call, whichever feed or badge saw it.
        `call ${counter ? counter : `${feedUrl} ${entry.id}`} ${number}${again ? ' again' : ''}`,
        `call ${feedUrl} ${entry.id}`,
        (speech, locale) => speech.callText(call, locale),
      );
    }
  }

  /** Called in every update with the state just computed. */
  onState(state: ElementState, feedUrl: string): void {
    const from = this.lastState;
    this.lastState = state;
    const speaks = this.host.announce !== 'off' && SHOWING_DATA.includes(state);
    if (speaks) {
      this.withdraw ??= pageAnnouncer().register(this.host);
      preloadSpeechWhenIdle();
    } else {
      this.withdraw?.();
      this.withdraw = undefined;
    }
    if (!speaks || from === undefined || from === state) return;
    const change = stateChange(from, state);
    if (change === undefined) return;
    // Several badges of one feed say it once; several feeds in one language too (same words).
    this.say(`state ${state} ${feedUrl}`, `state ${feedUrl}`, (speech) => speech.stateText(change));
  }

  /**
   * Queues `word` (called in the badge's language when spoken). The words and the announcer's
   * queue are chunks (preloaded when idle, see `preloadSpeechWhenIdle`); if they are not there
   * yet both are fetched at once, and what waited for them is said only if it still would be.
   * When they cannot be loaded the page is told that calls cannot be said (once, until they can).
   */
  private say(id: string, slot: string, word: (speech: Speech, locale: Locale) => string): void {
    // Paused, nothing is queued: a call made meanwhile is not said after "resume".
    if (pageAnnouncer().paused) return;
    const speak = (speech: Speech) => this.announce(id, slot, (locale) => word(speech, locale));
    // Once the words are loaded they are said at once, in the update that found them.
    if (loadedSpeech) {
      speak(loadedSpeech);
      return;
    }
    const generation = this.generation;
    const stillWanted = () =>
      this.host.isConnected &&
      this.host.announce !== 'off' &&
      this.generation === generation &&
      !pageAnnouncer().paused;
    loadSaying().then(
      (speech) => stillWanted() && speak(speech),
      () => this.couldNotSay(),
    );
  }

  private announce(id: string, slot: string, word: (locale: Locale) => string): void {
    const announcer = pageAnnouncer();
    announcer.announce({
      id,
      slot,
      source: this.host,
      words: () => {
        const { locale } = this.host;
        return { text: inLocale(locale, () => word(locale)), lang: locale };
      },
    });
    if (!(announcer instanceof LiveAnnouncer)) return;
    announcer.ready().then(
      () => (this.queueFailed = false),
      () => this.couldNotSay(),
    );
  }

  private couldNotSay(): void {
    if (this.queueFailed) return;
    this.queueFailed = true;
    this.reportError(
      new MppError(
        'network',
        'The announcer (a chunk of mpp-widgets) could not be loaded: calls are not said to screen readers',
      ),
    );
  }

  private toggle = () => {
    const announcer = pageAnnouncer();
    announcer.setPaused(!announcer.paused);
  };

  /** The page-wide pause button, in the first badge on the page that speaks. */
  renderControl() {
    const announcer = pageAnnouncer();
    if (announcer.controlOwner !== this.host) return nothing;
    return html`<button
      part="announce-toggle"
      class="button announce-toggle"
      type="button"
      aria-pressed=${announcer.paused ? 'true' : 'false'}
      @click=${this.toggle}
    >
      ${msg('Pause queue announcements', { id: 'queue.announce.pause' })}
    </button>`;
  }
}
