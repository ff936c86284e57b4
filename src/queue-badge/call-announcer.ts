import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Shortest time between two announcements, so a screen reader is not flooded. */
export const ANNOUNCE_GAP_MS = 10_000;

export interface QueueCall {
  number: string;
  counter?: string;
}

/**
 * Decides what the polite live region says: a newly called number, never on first data,
 * at most once per 10 s (a call arriving sooner waits, and only the latest is announced).
 * The host words `current` while rendering, so the text follows the element's language.
 */
export class CallAnnouncer implements ReactiveController {
  current?: QueueCall;
  private lastAnnouncedAt = -Infinity;
  private pending?: QueueCall;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  announce(call: QueueCall): void {
    const wait = this.lastAnnouncedAt + ANNOUNCE_GAP_MS - Date.now();
    if (wait <= 0) {
      this.speak(call);
      return;
    }
    this.pending = call;
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      if (this.pending) this.speak(this.pending);
    }, wait);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = undefined;
  }

  private speak(call: QueueCall): void {
    this.pending = undefined;
    this.current = call;
    this.lastAnnouncedAt = Date.now();
    this.host.requestUpdate();
  }
}
