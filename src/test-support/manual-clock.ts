import type { AnnouncerClock } from '../core/announcer.js';

/** A clock the test moves: timers run when `advance` passes their time, in order. */
export class ManualClock implements AnnouncerClock {
  private time = 0;
  private serial = 0;
  private readonly timers = new Map<number, { at: number; callback: () => void }>();

  now(): number {
    return this.time;
  }

  setTimeout(callback: () => void, ms: number): number {
    this.serial += 1;
    this.timers.set(this.serial, { at: this.time + Math.max(0, ms), callback });
    return this.serial;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  /** Moves time forward by `ms`, running every timer that falls due on the way. */
  advance(ms: number): void {
    const target = this.time + ms;
    for (;;) {
      const due = [...this.timers]
        .filter(([, timer]) => timer.at <= target)
        .sort(([a, x], [b, y]) => x.at - y.at || a - b)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = due[1].at;
      due[1].callback();
    }
    this.time = target;
  }
}
