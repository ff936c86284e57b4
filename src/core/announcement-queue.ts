/**
 * What the page's announcer says and when (src/core/announcer.ts has the region, the pause
 * state and who shows the pause control). A chunk of its own: a page hears nothing until a
 * number is called or a connection changes, so most page views never load it.
 */
import type { Announcement, AnnouncerClock, SpokenWords } from './announcer.js';

/**
 * The same id or the same text within this window is said once, and one slot (one queue
 * service) speaks at most once in it (contract §3: a badge's calls at most once every 10 s).
 */
export const REPEAT_WINDOW_MS = 10_000;
/** Shortest pause between two announcements, page-wide. */
export const MIN_GAP_MS = 2_000;
/**
 * Roughly how long a screen reader takes per word at its default rate (~170 words a
 * minute): a long, coalesced announcement holds the next one back until it is likely read.
 */
export const MS_PER_WORD = 350;
/** Calls arriving within this time of each other (several feeds, several badges) are said together. */
export const SETTLE_MS = 250;
/** Most announcements said together; the rest wait for the next turn. */
export const MAX_COALESCED = 4;

/**
 * The queue behind the region: de-duplicates (same id or text within 10 s), coalesces (the
 * newest per slot, up to four slots said together) and paces (one announcement at a time, at
 * least 2 s apart and longer after long ones; each slot at most once per 10 s).
 */
export class AnnouncementQueue {
  private readonly pending = new Map<string, Announcement>();
  /** id, text or slot → when it was last said. */
  private readonly recent = new Map<string, number>();
  private nextTurnAt = 0;
  private timer?: unknown;

  constructor(
    private readonly document: Document,
    private readonly clock: AnnouncerClock,
    /** The live region, made if it went missing. */
    private readonly region: () => HTMLElement,
  ) {}

  add(announcement: Announcement): void {
    if (this.wasSaidRecently(announcement.id, announcement.words().text)) return;
    for (const [slot, waiting] of this.pending) {
      // Already waiting under another slot (a second badge on the same feed): keep that one.
      if (waiting.id === announcement.id && slot !== announcement.slot) return;
    }
    this.pending.delete(announcement.slot); // re-inserted last: the newest goes last
    this.pending.set(announcement.slot, announcement);
    this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    this.schedule();
  }

  /** Drops what waits (a pause: nothing stale is said on resume). */
  clear(): void {
    this.pending.clear();
    this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private wasSaidRecently(id: string, text: string): boolean {
    const now = this.clock.now();
    return [id, text].some((key) => now - (this.recent.get(key) ?? -Infinity) < REPEAT_WINDOW_MS);
  }

  /** When a slot may speak again. */
  private slotReadyAt(slot: string): number {
    return (this.recent.get(`slot ${slot}`) ?? -Infinity) + REPEAT_WINDOW_MS;
  }

  private schedule(): void {
    if (this.timer !== undefined || this.pending.size === 0) return;
    const now = this.clock.now();
    const firstReady = Math.min(...[...this.pending.keys()].map((slot) => this.slotReadyAt(slot)));
    const delay = Math.max(SETTLE_MS, this.nextTurnAt - now, firstReady - now);
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      this.speak();
      this.schedule();
    }, delay);
  }

  private speak(): void {
    const now = this.clock.now();
    for (const [key, at] of this.recent) if (now - at >= REPEAT_WINDOW_MS) this.recent.delete(key);
    const turn: (SpokenWords & { id: string; slot: string })[] = [];
    for (const [slot, announcement] of this.pending) {
      if (turn.length === MAX_COALESCED) break;
      if (this.slotReadyAt(slot) > now) continue;
      this.pending.delete(slot);
      if (announcement.source && !announcement.source.isConnected) continue;
      const words = { id: announcement.id, slot, ...announcement.words() };
      // The same call from another feed or language may have been said meanwhile.
      if (this.wasSaidRecently(words.id, words.text)) continue;
      if (turn.some((taken) => taken.text === words.text)) continue;
      turn.push(words);
    }
    if (turn.length === 0) return;
    for (const { id, text, slot } of turn) {
      this.recent.set(id, now);
      this.recent.set(text, now);
      this.recent.set(`slot ${slot}`, now);
    }
    const parts = turn.map(({ text, lang }) => {
      const part = this.document.createElement('span');
      part.lang = lang;
      part.textContent = text;
      return part;
    });
    // New nodes (not new text in old ones): every announcement is an addition, even when its
    // words equal the previous one's.
    const spoken = this.document.createElement('p');
    spoken.style.margin = '0';
    spoken.append(...parts.flatMap((part, i) => (i === 0 ? [part] : [' ', part])));
    this.region().replaceChildren(spoken);
    const words = turn.reduce((sum, { text }) => sum + text.split(/\s+/).length, 0);
    this.nextTurnAt = now + Math.max(MIN_GAP_MS, words * MS_PER_WORD);
  }
}
