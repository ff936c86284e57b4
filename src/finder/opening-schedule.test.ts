// Opening hours on holidays and dates, with the bundled calendar (contract §7): PH, cuti bersama,
// date rules, precedence. The invariants over generated hours ("open now agrees with the day's
// spans", "the next change is when the state really flips") are in opening-hours.property.test.ts.
import { expect } from '@open-wc/testing';
import '../test-support/setup.js';
import bundled from '../data/holidays.json';
import { MppError } from '../core/errors.js';
import { readHolidayCalendar } from './holiday-calendar.js';
import { OpeningHoursError, parseOpeningHours } from './opening-hours.js';
import { isOpenAt, nextChange, nextHolidayAffecting, planAt } from './opening-schedule.js';
import type { IndonesianTimeZone } from './time-zones.js';

const calendar = await readHolidayCalendar(bundled);
/** An instant from a local time: `wib('2026-08-17 10:00')`. */
const at = (local: string, offsetHours = 7) =>
  new Date(Date.parse(`${local.replace(' ', 'T')}:00Z`) - offsetHours * 3_600_000);
const WIB: IndonesianTimeZone = 'Asia/Jakarta';

describe('bundled holiday calendar', () => {
  it('covers 2026 and 2027 with the SKB counts: 17 + 8 and 18 + 8', () => {
    expect(calendar.years).to.deep.equal([2026, 2027]);
    const count = (year: string, kind: string) =>
      bundled.holidays.filter((h) => h.date.startsWith(year) && h.kind === kind).length;
    expect([count('2026', 'public-holiday'), count('2026', 'cuti-bersama')]).to.deep.equal([17, 8]);
    expect([count('2027', 'public-holiday'), count('2027', 'cuti-bersama')]).to.deep.equal([18, 8]);
  });

  it('names each day in both languages, with a source', () => {
    for (const holiday of bundled.holidays) {
      expect(holiday.name.id, holiday.date).to.match(/\S/);
      expect(holiday.name.en, holiday.date).to.match(/\S/);
      expect(holiday.source, holiday.date).to.match(/^https:\/\//);
    }
    expect(calendar.holidayOn('2026-08-17')?.name).to.deep.include({ en: 'Independence Day' });
    expect(calendar.holidayOn('2026-12-24')?.kind).to.equal('cuti-bersama');
    expect(calendar.holidayOn('2026-08-18')).to.equal(undefined);
  });

  it('lets a site calendar add days, cancel a moved one and cover another year', async () => {
    const bali = await readHolidayCalendar(
      {
        years: [2026, 2028],
        holidays: [
          { date: '2026-03-21', kind: 'workday', name: 'Idulfitri moved' },
          { date: '2026-03-22', kind: 'public-holiday', name: 'Idulfitri (hari 1)' },
          { date: '2026-11-25', kind: 'public-holiday', name: { id: 'Galungan', en: 'Galungan' } },
          { date: '2028-01-01', kind: 'public-holiday', name: 'Tahun Baru 2028' },
        ],
      },
      'https://example.go.id/libur.json',
      bundled,
    );
    expect(bali.years).to.deep.equal([2026, 2027, 2028]);
    expect(bali.holidayOn('2026-03-21')).to.equal(undefined);
    expect(bali.holidayOn('2026-03-22')?.name).to.equal('Idulfitri (hari 1)');
    expect(bali.holidayOn('2026-11-25')?.kind).to.equal('public-holiday');
    expect(bali.holidayOn('2026-08-17')?.kind).to.equal('public-holiday');
  });

  const bad: [unknown, string][] = [
    [
      { years: [2026], holidays: [{ date: '2027-01-01', kind: 'public-holiday', name: 'x' }] },
      '$.holidays[0].date',
    ],
    [
      { years: [2026], holidays: [{ date: '2026-02-30', kind: 'public-holiday', name: 'x' }] },
      '$.holidays[0].date',
    ],
    [
      { years: [2026], holidays: [{ date: '2026-01-01', kind: 'holiday', name: 'x' }] },
      '$.holidays[0].kind',
    ],
    [{ years: [], holidays: [] }, '$.years'],
    [
      {
        years: [2026],
        holidays: [
          { date: '2026-01-01', kind: 'public-holiday', name: 'x' },
          { date: '2026-01-01', kind: 'cuti-bersama', name: 'y' },
        ],
      },
      '$.holidays[1].date',
    ],
  ];
  for (const [document, path] of bad)
    it(`rejects a calendar with a problem at ${path}`, async () => {
      const error: unknown = await readHolidayCalendar(document).catch((reason: unknown) => reason);
      expect(error)
        .to.be.instanceOf(MppError)
        .with.property('details')
        .that.has.property('issues')
        .that.satisfies((issues: { path: string }[]) => issues.some((i) => i.path === path));
    });
});

describe('PH and dates in opening_hours', () => {
  it('reads PH, alone and in a day list, and dates with and without a year', () => {
    const hours = parseOpeningHours(
      'Mo-Fr 08:00-16:00; PH off; Mo-Fr,PH 09:00-10:00; 2026 Dec 24 off; Mar 18-24 off; Dec 30-Jan 2 off; 2026 Dec 28-2027 Jan 3 off; Jun 1,Aug 17 off',
    );
    expect(hours.rules).to.have.length(8);
    expect(hours.rules[1].selector).to.deep.equal({ weekdays: [], publicHoliday: true });
    expect(hours.rules[2].selector).to.deep.equal({
      weekdays: [0, 1, 2, 3, 4],
      publicHoliday: true,
    });
    expect(hours.rules[3].selector.dates).to.deep.equal([{ year: 2026, from: 1224, to: 1224 }]);
    expect(hours.rules[4].selector.dates).to.deep.equal([{ from: 318, to: 324 }]);
    expect(hours.rules[5].selector.dates).to.deep.equal([{ from: 1230, to: 102 }]);
    expect(hours.rules[6].selector.dates).to.deep.equal([{ year: 2026, from: 1228, to: 103 }]);
    expect(hours.rules[7].selector.dates).to.have.length(2);
    // An ordinary week knows nothing of holidays and dates.
    expect(hours.days[0]).to.deep.equal([{ start: 540, end: 600 }]);
  });

  for (const text of [
    'Feb 30 off',
    'Dec 32 off',
    'Jan 0 off',
    'Dec 24-2027 Jan 2 off',
    '2026 Jan 2-2027 Jan 5 off',
  ])
    it(`rejects the date in ${JSON.stringify(text)}`, () => {
      expect(() => parseOpeningHours(text)).to.throw(OpeningHoursError);
    });

  it('is closed on Monday 17 August 2026 (Independence Day) and open on Tuesday 18 August', () => {
    const hours = parseOpeningHours('Mo-Fr 08:00-16:00; PH off');
    const monday = at('2026-08-17 10:00');
    expect(isOpenAt(hours, monday, WIB, calendar)).to.equal(false);
    const plan = planAt(hours, monday, WIB, calendar);
    expect(plan.holiday?.name).to.deep.include({ en: 'Independence Day' });
    expect(plan.uncertain).to.equal(false);
    expect(nextChange(hours, monday, WIB, calendar)).to.deep.include({
      opens: true,
      daysAhead: 1,
      weekday: 1,
      minuteOfDay: 8 * 60,
    });
    expect(isOpenAt(hours, at('2026-08-18 10:00'), WIB, calendar)).to.equal(true);
  });

  it('skips a holiday when saying when it opens next', () => {
    const hours = parseOpeningHours('Mo-Fr 08:00-16:00; PH off');
    // Friday 14 August, 17:00 WIB: the weekend, then Monday's holiday.
    const change = nextChange(hours, at('2026-08-14 17:00'), WIB, calendar)!;
    expect(change.at.toISOString()).to.equal(at('2026-08-18 08:00').toISOString());
    expect(change.daysAhead).to.equal(4);
    // Without the calendar the holiday is unknown.
    expect(nextChange(hours, at('2026-08-14 17:00'), WIB)!.daysAhead).to.equal(3);
  });

  it('never calls a cuti bersama day open unless a date rule says so', () => {
    const ordinary = parseOpeningHours('Mo-Fr 08:00-16:00; PH off');
    const christmasEve = at('2026-12-24 10:00'); // Thursday, cuti bersama
    const plan = planAt(ordinary, christmasEve, WIB, calendar);
    expect(plan).to.deep.include({ uncertain: true, spans: [] });
    expect(plan.holiday?.kind).to.equal('cuti-bersama');
    expect(isOpenAt(ordinary, christmasEve, WIB, calendar)).to.equal(false);
    // Christmas (PH) is closed, the weekend too: next opening is Monday 28 December.
    expect(nextChange(ordinary, christmasEve, WIB, calendar)!.at.toISOString()).to.equal(
      at('2026-12-28 08:00').toISOString(),
    );

    const halfDay = parseOpeningHours('Mo-Fr 08:00-16:00; PH off; 2026 Dec 24 08:00-12:00');
    expect(isOpenAt(halfDay, christmasEve, WIB, calendar)).to.equal(true);
    expect(planAt(halfDay, christmasEve, WIB, calendar).uncertain).to.equal(false);
    expect(nextChange(halfDay, christmasEve, WIB, calendar)).to.deep.include({
      opens: false,
      minuteOfDay: 12 * 60,
    });
    expect(isOpenAt(halfDay, at('2026-12-24 13:00'), WIB, calendar)).to.equal(false);
  });

  it('treats a public holiday the hours do not mention as uncertain, not open', () => {
    const hours = parseOpeningHours('Mo-Fr 08:00-16:00');
    const plan = planAt(hours, at('2026-08-17 10:00'), WIB, calendar);
    expect(plan).to.deep.include({ uncertain: true, spans: [] });
    // A weekend holiday changes nothing: closed anyway, nothing uncertain.
    expect(planAt(hours, at('2026-03-21 10:00'), WIB, calendar)).to.deep.include({
      uncertain: false,
      spans: [],
    });
  });

  it('opens with PH hours on a holiday, and lets later rules win', () => {
    const hours = parseOpeningHours('Mo-Sa 08:00-16:00; PH 08:00-12:00; Dec 25 off');
    expect(isOpenAt(hours, at('2026-08-17 11:00'), WIB, calendar)).to.equal(true);
    expect(isOpenAt(hours, at('2026-08-17 12:30'), WIB, calendar)).to.equal(false);
    expect(isOpenAt(hours, at('2026-12-25 09:00'), WIB, calendar)).to.equal(false);
    // The order matters: a weekday rule after PH wins over it.
    const weekdayLast = parseOpeningHours('PH off; Mo-Fr 08:00-16:00');
    expect(planAt(weekdayLast, at('2026-08-17 10:00'), WIB, calendar).uncertain).to.equal(true);
  });

  it('reads date ranges over New Year, with and without a year', () => {
    const hours = parseOpeningHours('Mo-Su 08:00-16:00; Dec 30-Jan 2 off; 2026 Jul 1-3 off');
    for (const [day, open] of [
      ['2026-12-29', true],
      ['2026-12-30', false],
      ['2027-01-02', false],
      ['2027-01-03', true],
      ['2026-07-02', false],
      ['2027-07-02', true],
    ] as const)
      expect(isOpenAt(hours, at(`${day} 10:00`), WIB), day).to.equal(open);
  });

  it('uses each zone’s own date for a holiday', () => {
    const hours = parseOpeningHours('Mo-Su 00:00-24:00; PH off');
    // 16 August 2026, 23:30 WIB = 17 August 00:30 WITA = 01:30 WIT.
    const instant = at('2026-08-16 23:30');
    expect(isOpenAt(hours, instant, 'Asia/Jakarta', calendar)).to.equal(true);
    expect(isOpenAt(hours, instant, 'Asia/Makassar', calendar)).to.equal(false);
    expect(isOpenAt(hours, instant, 'Asia/Jayapura', calendar)).to.equal(false);
    // …and the WIB location closes at its own midnight.
    expect(nextChange(hours, instant, 'Asia/Jakarta', calendar)!.at.toISOString()).to.equal(
      at('2026-08-17 00:00').toISOString(),
    );
  });

  it('warns of the next holiday that closes an ordinary opening day', () => {
    const hours = parseOpeningHours('Mo-Fr 08:00-16:00; PH off');
    const plan = nextHolidayAffecting(hours, at('2026-08-13 10:00'), WIB, calendar, 7);
    expect(plan?.holiday?.date).to.equal('2026-08-17');
    expect(nextHolidayAffecting(hours, at('2026-08-01 10:00'), WIB, calendar, 7)).to.equal(
      undefined,
    );
  });
});
