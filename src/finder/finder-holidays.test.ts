// What a visitor reads on public holidays and cuti bersama (contract §7), with the bundled
// calendar and with a site's own, in both languages; bad calendars are reported and left out.
import { expect } from '@open-wc/testing';
import '../test-support/setup.js';
import { expectAccessible } from '../test-support/axe.js';
import { errorsDuring, shadowText } from '../test-support/dom.js';
import {
  atInstant,
  finderFixture,
  ready,
  served,
  speak,
  threeZonesWith,
} from '../test-support/finder.js';
import type { MppFinder } from './finder.js';

const itemText = (finder: MppFinder, id: string) => shadowText(finder, `[data-id="${id}"]`);
const statusOf = (finder: MppFinder, id: string) =>
  shadowText(finder, `[data-id="${id}"] [part~="status"]`);

/** Cianjur (WIB) with the given hours; the other two zones closed on weekends only. */
const withHours = (wib: string) =>
  threeZonesWith({ wib, wita: 'Mo-Fr 08:00-16:00; PH off', wit: 'Mo-Fr 08:00-15:00' });

describe('<mpp-finder> on holidays', () => {
  let restoreClock = () => {};
  afterEach(() => restoreClock());

  it('is closed on 17 August 2026 with the holiday named, and open on 18 August', async () => {
    restoreClock = atInstant('2026-08-17T03:00:00Z'); // Monday 10.00 WIB
    const src = await served(withHours('Mo-Fr 08:00-16:00; PH off'));
    let finder = await finderFixture({ 'no-map': true, src });
    await ready(finder);
    expect(statusOf(finder, 'mpp-3203')).to.equal('Tutup — libur nasional (Hari Kemerdekaan RI)');
    expect(itemText(finder, 'mpp-3203')).to.contain('Buka besok pukul 08.00 WIB');
    expect(itemText(finder, 'mpp-3203')).to.contain('Hari ini tutup');
    // Papua's hours say nothing of holidays: never "open", and the visitor is told why.
    expect(statusOf(finder, 'mpp-9171')).to.equal(
      'Libur nasional (Hari Kemerdekaan RI) — MPP umumnya tutup; pastikan sebelum datang',
    );
    await speak(finder, 'en');
    expect(statusOf(finder, 'mpp-3203')).to.equal('Closed — public holiday (Independence Day)');
    expect(itemText(finder, 'mpp-3203')).to.contain('Opens tomorrow at 08:00 WIB');
    expect(statusOf(finder, 'mpp-9171')).to.equal(
      'Public holiday (Independence Day) — MPPs usually close; check before you go',
    );
    await expectAccessible(finder);

    restoreClock();
    restoreClock = atInstant('2026-08-18T03:00:00Z'); // Tuesday 10.00 WIB
    finder = await finderFixture({ 'no-map': true, src });
    await ready(finder);
    expect(statusOf(finder, 'mpp-3203')).to.equal('Buka sekarang');
    expect(itemText(finder, 'mpp-3203')).to.contain('Tutup pukul 16.00 WIB');
  });

  it('says so on cuti bersama, unless the data gives hours for that date', async () => {
    restoreClock = atInstant('2026-12-24T03:00:00Z'); // Thursday 10.00 WIB, cuti bersama
    const src = await served(withHours('Mo-Fr 08:00-16:00; PH off; 2026 Dec 24 08:00-12:00'));
    const finder = await finderFixture({ 'no-map': true, src });
    await ready(finder);
    // A date rule in the data wins.
    expect(statusOf(finder, 'mpp-3203')).to.equal('Buka sekarang');
    expect(itemText(finder, 'mpp-3203')).to.contain('Tutup pukul 12.00 WIB');
    expect(shadowText(finder, '[data-id="mpp-3203"] .today')).to.equal(
      'Jam layanan hari ini (Cuti bersama Kelahiran Yesus Kristus): 08.00–12.00 WIB',
    );
    // Makassar's data does not mention the date (11.00 WITA there).
    expect(statusOf(finder, 'mpp-7371')).to.equal(
      'Cuti bersama Kelahiran Yesus Kristus — MPP umumnya tutup; pastikan sebelum datang',
    );
    // Christmas and the weekend follow: next opening on Monday.
    expect(itemText(finder, 'mpp-7371')).to.contain('Buka hari Senin pukul 08.00 WITA');
    await speak(finder, 'en');
    expect(statusOf(finder, 'mpp-7371')).to.equal(
      'Christmas joint leave — MPPs usually close; check before you go',
    );
    expect(finder.shadowRoot!.querySelector('[data-id="mpp-7371"] .status.uncertain')).to.not.equal(
      null,
    );
    await expectAccessible(finder);
  });

  it('warns of a holiday in the coming days', async () => {
    restoreClock = atInstant('2026-08-13T03:00:00Z'); // Thursday before 17 August
    const finder = await finderFixture({
      'no-map': true,
      src: await served(withHours('Mo-Fr 08:00-16:00; PH off')),
    });
    await ready(finder);
    expect(shadowText(finder, '[data-id="mpp-3203"] [part~="upcoming-holiday"]')).to.equal(
      'Senin, 17 Agustus: Tutup — libur nasional (Hari Kemerdekaan RI)',
    );
    await speak(finder, 'en');
    expect(shadowText(finder, '[data-id="mpp-3203"] [part~="upcoming-holiday"]')).to.equal(
      'Monday 17 August: Closed — public holiday (Independence Day)',
    );
  });

  it('takes a site calendar inline: a regional closure, and a year the bundle lacks', async () => {
    restoreClock = atInstant('2028-01-03T03:00:00Z'); // Monday 10.00 WIB
    const calendar = JSON.stringify({
      years: [2028],
      holidays: [
        {
          date: '2028-01-03',
          kind: 'public-holiday',
          name: { id: 'Libur daerah', en: 'Regional holiday' },
        },
      ],
    });
    // WordPress wraps pasted scripts in paragraphs.
    const finder = await finderFixture(
      { 'no-map': true, src: await served(withHours('Mo-Fr 08:00-16:00; PH off')) },
      `<p><script type="application/json" data-holidays>${calendar}</script><br></p>`,
    );
    await ready(finder);
    expect(statusOf(finder, 'mpp-3203')).to.equal('Tutup — libur nasional (Libur daerah)');
  });

  it('tells the site owner when the calendar does not cover today', async () => {
    restoreClock = atInstant('2029-06-04T03:00:00Z');
    const warnings: string[] = [];
    const realWarn = console.warn;
    console.warn = (text: string) => warnings.push(text);
    try {
      const finder = await finderFixture({
        'no-map': true,
        src: await served(withHours('Mo-Fr 08:00-16:00; PH off')),
      });
      await ready(finder);
      expect(statusOf(finder, 'mpp-3203')).to.equal('Buka sekarang');
    } finally {
      console.warn = realWarn;
    }
    expect(warnings.join('\n')).to.match(/holiday calendar covers 2026, 2027, not this year/);
  });

  it('reports a bad calendar URL and goes on with the bundled calendar', async () => {
    restoreClock = atInstant('2026-08-17T03:00:00Z');
    const src = await served(withHours('Mo-Fr 08:00-16:00; PH off'));
    for (const [holidays, code] of [
      [await served({ years: [2026], holidays: [{ date: '2026-13-01', kind: 'x' }] }), 'schema'],
      [await served(null, { raw: '{ not json' }), 'parse'],
      [await served(null, { status: 500 }), 'http'],
    ] as const) {
      let finder!: MppFinder;
      const errors = await errorsDuring(async () => {
        finder = await finderFixture({ 'no-map': true, src, holidays });
        await ready(finder);
      });
      expect(
        errors.map((e) => e.code),
        holidays,
      ).to.deep.equal([code]);
      expect(finder.state).to.equal('ready');
      expect(statusOf(finder, 'mpp-3203')).to.equal('Tutup — libur nasional (Hari Kemerdekaan RI)');
    }
  });
});
