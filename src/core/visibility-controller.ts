import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Becomes `seen` the first time the host enters the viewport (or comes near it), then stops
 * watching: heavy parts (a map) are created only for elements a visitor can actually see.
 */
export class VisibilityController implements ReactiveController {
  seen = false;
  private observer?: IntersectionObserver;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.seen) return;
    this.observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.seen = true;
        this.stop();
        this.host.requestUpdate();
      },
      { rootMargin: '200px' },
    );
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.stop();
  }

  private stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
