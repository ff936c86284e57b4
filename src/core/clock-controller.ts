import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Re-renders the host every `periodMs` while it is connected, for text that depends on
 * the time ("30 seconds ago", open now). Stops with the host, so no timer outlives it.
 */
export class ClockController implements ReactiveController {
  private timer?: ReturnType<typeof setInterval>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly periodMs: number,
  ) {
    host.addController(this);
  }

  get now(): number {
    return Date.now();
  }

  hostConnected(): void {
    this.timer = setInterval(() => this.host.requestUpdate(), this.periodMs);
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
