import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the host is narrower than a width it is given, as laid out (not the viewport: a
 * widget in a 300 px sidebar of a wide page is narrow). The host re-renders only when it
 * crosses the breakpoint, not on every pixel of a resize.
 */
export class BreakpointController implements ReactiveController {
  private inlineSize?: number;
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The breakpoint in CSS pixels; read at each check, so it may follow an attribute. */
    private readonly breakpoint: () => number,
  ) {
    host.addController(this);
  }

  /** `undefined` until the host has been connected. */
  get below(): boolean | undefined {
    return this.inlineSize === undefined ? undefined : this.inlineSize < this.breakpoint();
  }

  hostConnected(): void {
    // The first width at once (one forced layout): the first render already has the right
    // parts, so a wide finder never flashes list-only nor a narrow one fetches a map.
    this.inlineSize = this.host.offsetWidth;
    this.observer = new ResizeObserver(([entry]) => {
      const wasBelow = this.below;
      this.inlineSize = entry.borderBoxSize[0]?.inlineSize ?? entry.contentRect.width;
      if (this.below === wasBelow) return;
      // In the next frame, not inside this callback: re-rendering here changes the host's
      // height, which the observer would have to report in the same frame ("ResizeObserver
      // loop completed with undelivered notifications").
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.host.requestUpdate());
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
