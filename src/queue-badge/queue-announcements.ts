import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { pageAnnouncer } from '../core/announcer.js';
import { inLocale, msg, str } from '../core/localization.js';
import type { Locale } from '../core/locale.js';
import { textIn } from '../core/localized-text.js';
import type { ElementState } from '../core/mpp-element.js';
import { CallWatch, type DetectedCall } from './call-watch.js';
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

function callText({ entry, number, counter, again }: DetectedCall, locale: Locale): string {
  const service = textIn(entry.name, locale) || msg('Queue', { id: 'queue.announce.queue' });
  if (again) {
    return counter
      ? msg(str`${service}: number ${number} called again to ${counter}`, {
          id: 'queue.announce.againToCounter',
        })
      : msg(str`${service}: number ${number} called again`, { id: 'queue.announce.again' });
  }
  return counter
    ? msg(str`${service}: number ${number} called to ${counter}`, {
        id: 'queue.announce.toCounter',
      })
    : msg(str`${service}: number ${number} called`, { id: 'queue.announce.called' });
}

/** What a change of state means to a listener; `undefined`: nothing worth saying. */
function stateText(from: ElementState, to: ElementState): string | undefined {
  if (to === 'offline' && (from === 'ready' || from === 'stale')) {
    return msg('Queue: connection lost — showing the last data', { id: 'queue.announce.offline' });
  }
  if (to === 'stale' && from === 'ready') {
    return msg('Queue: data not current', { id: 'queue.announce.stale' });
  }
  if (to === 'ready' && (from === 'offline' || from === 'stale')) {
    return msg('Queue: data up to date again', { id: 'queue.announce.current' });
  }
  return undefined;
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

  constructor(private readonly host: AnnouncingBadge) {
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
        (locale) => callText(call, locale),
      );
    }
  }

  /** Called in every update with the state just computed. */
  onState(state: ElementState, feedUrl: string): void {
    const from = this.lastState;
    this.lastState = state;
    const speaks = this.host.announce !== 'off' && SHOWING_DATA.includes(state);
    if (speaks) this.withdraw ??= pageAnnouncer().register(this.host);
    else {
      this.withdraw?.();
      this.withdraw = undefined;
    }
    if (!speaks || from === undefined || from === state) return;
    if (stateText(from, state) === undefined) return;
    // Several badges of one feed say it once; several feeds in one language too (same words).
    this.say(`state ${state} ${feedUrl}`, `state ${feedUrl}`, () => stateText(from, state) ?? '');
  }

  /** Queues `word` (called in the badge's language when spoken). */
  private say(id: string, slot: string, word: (locale: Locale) => string): void {
    pageAnnouncer().announce({
      id,
      slot,
      source: this.host,
      words: () => {
        const { locale } = this.host;
        return { text: inLocale(locale, () => word(locale)), lang: locale };
      },
    });
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
