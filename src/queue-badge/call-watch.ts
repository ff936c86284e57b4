import type { QueueEntry } from './queue-model.js';

/** A number the feed shows as newly called. */
export interface DetectedCall {
  entry: QueueEntry;
  number: string;
  counter?: string;
  /** Called before: the same number at another counter, or back after another number. */
  again: boolean;
}

/** Earlier numbers remembered per service, to recognize one called back. */
const REMEMBERED_NUMBERS = 5;

interface ServiceMemory {
  number?: string | null;
  counter?: string;
  earlier: string[];
}

/**
 * Tells, from one feed document to the next, which numbers were called.
 *
 * A feed only says what is being served now, so a call is known from a change:
 * - another number now served → a call ("called again" when it was served a few numbers ago);
 * - the same number at another counter → called again (to that counter).
 * The same number at the same counter looks exactly like "still being served" in both
 * formats (neither gives a time of call), so it is not announced: we would rather miss a
 * re-call than invent one on every poll.
 *
 * Never on a service's first data (the page just opened, the feed or `service` changed, or
 * the service appeared in the feed): that is what is served, not a call.
 */
export class CallWatch {
  private readonly services = new Map<string, ServiceMemory>();

  forget(): void {
    this.services.clear();
  }

  callsIn(entries: QueueEntry[]): DetectedCall[] {
    const calls: DetectedCall[] = [];
    for (const entry of entries) {
      const { nowServing: number, counter } = entry;
      const memory = this.services.get(entry.id);
      if (!memory) {
        this.services.set(entry.id, { number, counter, earlier: [] });
        continue;
      }
      if (number && number !== memory.number) {
        calls.push({ entry, number, counter, again: memory.earlier.includes(number) });
      } else if (number && counter && memory.counter && counter !== memory.counter) {
        calls.push({ entry, number, counter, again: true });
      }
      if (memory.number && memory.number !== number) {
        memory.earlier = [memory.number, ...memory.earlier].slice(0, REMEMBERED_NUMBERS);
      }
      memory.number = number;
      memory.counter = counter;
    }
    return calls;
  }
}
