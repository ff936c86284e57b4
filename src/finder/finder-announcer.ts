import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the finder tells screen readers; worded by the element when it renders. */
export type FinderAnnouncement =
  | { kind: 'count'; count: number }
  | { kind: 'more'; added: number }
  | { kind: 'nearest' }
  | { kind: 'position'; problem: 'denied' | 'unavailable' };

/** After typing: wait until it pauses. After a press: at once (one frame for the emptying). */
export const TYPING_PAUSE_MS = 700;
const AFTER_ACTION_MS = 100;

/**
 * The finder's one polite live region. Each announcement empties the region first and fills
 * it a moment later, so the same words after another action are spoken again; a newer
 * announcement replaces one still waiting, so a screen reader hears each outcome once.
 */
export class FinderAnnouncer implements ReactiveController {
  /** What the region says now (undefined: empty). */
  current?: FinderAnnouncement;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  announce(what: FinderAnnouncement, afterTyping = false): void {
    clearTimeout(this.timer);
    this.current = undefined;
    this.host.requestUpdate();
    this.timer = setTimeout(
      () => {
        this.current = what;
        this.host.requestUpdate();
      },
      afterTyping ? TYPING_PAUSE_MS : AFTER_ACTION_MS,
    );
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }
}
