// A page announcer on a clock the test drives, and what it says.
import { LiveAnnouncer, type PageAnnouncer } from '../core/announcer.js';
import { loadSpeech } from '../queue-badge/queue-announcements.js';
import { recordLiveRegions } from './live-transcript.js';
import { ManualClock } from './manual-clock.js';

/**
 * Installs a page announcer on a driven clock, as another copy of the library would, with its
 * queue and the badge's words loaded (still loading, they would say late what the test expects
 * on its clock).
 */
export async function drivenAnnouncer() {
  const previous = window.mppWidgets?.announcer;
  const clock = new ManualClock();
  const announcer = new LiveAnnouncer(document, clock);
  await Promise.all([announcer.ready(), loadSpeech()]);
  window.mppWidgets = { ...window.mppWidgets, announcer };
  const transcript = recordLiveRegions(() => clock.now());
  /** Moves the clock in 50 ms steps, so that each announcement is heard at its own time. */
  const tick = (ms: number) => {
    for (let step = 0; step < ms; step += 50) {
      clock.advance(50);
      transcript.flush();
    }
  };
  const restore = () => {
    transcript.stop();
    window.mppWidgets = { ...window.mppWidgets, announcer: previous as PageAnnouncer };
  };
  return { clock, announcer, tick, heard: transcript.heard, restore };
}
