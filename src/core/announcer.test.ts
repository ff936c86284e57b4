import { expect } from '@open-wc/testing';
import '../test-support/setup.js';
import { recordLiveRegions } from '../test-support/live-transcript.js';
import { ManualClock } from '../test-support/manual-clock.js';
import { MIN_GAP_MS, REPEAT_WINDOW_MS } from './announcement-queue.js';
import { LiveAnnouncer, pageAnnouncer, REGION_ATTRIBUTE, type Announcement } from './announcer.js';

const said = (text: string, id = text, slot = id, lang = 'id'): Announcement => ({
  id,
  slot,
  words: () => ({ text, lang }),
});

/** An announcer on a driven clock (its queue loaded), with what it says recorded in 50 ms steps. */
async function driven() {
  const clock = new ManualClock();
  const announcer = new LiveAnnouncer(document, clock);
  await announcer.ready();
  const transcript = recordLiveRegions(() => clock.now());
  const tick = (ms: number) => {
    for (let step = 0; step < ms; step += 50) {
      clock.advance(50);
      transcript.flush();
    }
  };
  return { clock, announcer, tick, heard: transcript.heard, stop: transcript.stop };
}

describe('page announcer', () => {
  let stop: (() => unknown) | undefined;
  afterEach(() => {
    stop?.();
    stop = undefined;
  });

  it('is one polite region at the end of <body>, shared by every copy of the library', async () => {
    const first = pageAnnouncer();
    first.register(document.body);
    expect(window.mppWidgets?.announcer).to.equal(first);
    // The module evaluated a second time: what a second copy (npm + CDN) does.
    const copy = (await import('./announcer.js?second-copy' as string)) as {
      pageAnnouncer: typeof pageAnnouncer;
    };
    expect(copy.pageAnnouncer()).to.equal(first);
    // An announcer another version made shares the marked region.
    new LiveAnnouncer(document).register(document.body);
    const regions = document.querySelectorAll(`[${REGION_ATTRIBUTE}]`);
    expect(regions).to.have.length(1);
    expect(regions[0].parentElement).to.equal(document.body);
    expect(regions[0].getAttribute('role')).to.equal('status');
    expect(regions[0].getAttribute('aria-live')).to.equal('polite');
    expect(regions[0].getBoundingClientRect().width).to.be.at.most(1);
  });

  it('says the same id or the same words once within 10 s', async () => {
    const run = await driven();
    stop = run.stop;
    run.announcer.announce(said('Imigrasi: nomor B-041 dipanggil ke Loket 2', 'call B-041'));
    run.tick(3000);
    run.announcer.announce(said('Immigration: number B-041 called to Loket 2', 'call B-041'));
    run.announcer.announce(said('Imigrasi: nomor B-041 dipanggil ke Loket 2', 'other id'));
    run.tick(REPEAT_WINDOW_MS - 4000);
    expect(run.heard.map((h) => h.text)).to.deep.equal([
      'Imigrasi: nomor B-041 dipanggil ke Loket 2',
    ]);
    run.tick(2000);
    run.announcer.announce(said('Imigrasi: nomor B-041 dipanggil ke Loket 2', 'call B-041'));
    run.tick(3000);
    expect(run.heard).to.have.length(2);
  });

  it('keeps the newest per slot, says ready slots together, one every 2 s, a slot every 10 s', async () => {
    const run = await driven();
    stop = run.stop;
    run.announcer.announce(said('A: 1', 'a1', 'A'));
    run.tick(MIN_GAP_MS / 2);
    for (const text of ['A: 2', 'A: 3']) run.announcer.announce(said(text, text, 'A'));
    run.announcer.announce(said('B: 7', 'b7', 'B', 'en'));
    run.announcer.announce(said('C: 1', 'c1', 'C', 'en'));
    run.tick(20_000);
    expect(run.heard.map((h) => h.text)).to.deep.equal(['A: 1', 'B: 7 C: 1', 'A: 3']);
    expect(run.heard[1].langs).to.deep.equal(['en', 'en']);
    expect(run.heard[1].at - run.heard[0].at).to.be.at.least(MIN_GAP_MS);
    expect(run.heard[2].at - run.heard[0].at).to.be.at.least(REPEAT_WINDOW_MS);
  });

  it('says nothing while paused, drops what waited, and speaks again on resume', async () => {
    const run = await driven();
    stop = run.stop;
    let changes = 0;
    run.announcer.subscribe(() => (changes += 1));
    run.announcer.announce(said('A: 1'));
    run.tick(MIN_GAP_MS / 2);
    run.announcer.announce(said('A: 2'));
    run.announcer.setPaused(true);
    run.announcer.announce(said('A: 3'));
    run.tick(20_000);
    expect(run.heard.map((h) => h.text)).to.deep.equal(['A: 1']);
    run.announcer.setPaused(false);
    run.announcer.announce(said('A: 4'));
    run.tick(1000);
    expect(run.heard.map((h) => h.text)).to.deep.equal(['A: 1', 'A: 4']);
    expect(changes).to.equal(2);
  });

  it('gives the pause control to the first registered element in document order', () => {
    const announcer = new LiveAnnouncer(document, new ManualClock());
    const [a, b] = [document.createElement('div'), document.createElement('div')];
    document.body.append(a, b);
    try {
      const withdrawB = announcer.register(b);
      expect(announcer.controlOwner).to.equal(b);
      const withdrawA = announcer.register(a);
      expect(announcer.controlOwner).to.equal(a);
      withdrawA();
      expect(announcer.controlOwner).to.equal(b);
      withdrawB();
      expect(announcer.controlOwner).to.equal(undefined);
    } finally {
      a.remove();
      b.remove();
    }
  });
});
