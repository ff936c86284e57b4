import type { ReactiveController, ReactiveElement } from 'lit';
import { holdsServerRender } from './server-rendering.js';

/**
 * Whether the host is narrower than a width it is given, as laid out (not the viewport: a
 * widget in a 300 px sidebar of a wide page is narrow). The host re-renders only when it
 * crosses the breakpoint, not on every pixel of a resize.
 */
/**
 * How far past the breakpoint a narrow host must grow before it counts as wide again. Switching
 * layouts changes the host's height, which can add or remove the page's scrollbar (about 15 px
 * of width): without this margin a host near the breakpoint would flip back and forth.
 */
const HYSTERESIS_PX = 24;

export class BreakpointController implements ReactiveController {
  private inlineSize?: number;
  /** What the last check found: a narrow host stays narrow within the hysteresis margin. */
  private wasBelow = false;
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(
    private readonly host: ReactiveElement,
    /** The breakpoint in CSS pixels; read at each check, so it may follow an attribute. */
    private readonly breakpoint: () => number,
  ) {
    host.addController(this);
  }

  /** `undefined` until the host has been connected. */
  get below(): boolean | undefined {
    if (this.inlineSize === undefined) return undefined;
    const breakpoint = this.breakpoint();
    const margin = this.wasBelow ? HYSTERESIS_PX : 0;
    return this.inlineSize < breakpoint + margin;
  }

  hostConnected(): void {
    // The first width at once (one forced layout): the first render already has the right
    // parts, so a wide finder never flashes list-only nor a narrow one fetches a map. Not while
    // the server's render is adopted: the server knew no width, and the first render must
    // match its parts; the observer's first report (at once) brings the width.
    if (!holdsServerRender(this.host)) {
      this.inlineSize = this.host.offsetWidth;
      this.wasBelow = this.below === true;
    }
    this.observer = new ResizeObserver(([entry]) => {
      const wasBelow = this.below;
      this.inlineSize = entry.borderBoxSize[0]?.inlineSize ?? entry.contentRect.width;
      const below = this.below;
      this.wasBelow = below === true;
      if (below === wasBelow) return;
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
