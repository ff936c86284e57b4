import { expect } from '@open-wc/testing';
import '../test-support/setup.js';
import { OpeningHoursError, parseOpeningHours } from './opening-hours.js';
import { isOpenAt, nextChange, planAt } from './opening-schedule.js';
import { localWeekday, TIME_ZONES, zoneAbbreviation } from './time-zones.js';

// 2026-11-23 is a Monday. WIB = UTC+7, WITA = UTC+8, WIT = UTC+9.
const MON = 0,
  TUE = 1,
  WED = 2,
  THU = 3,
  FRI = 4,
  SAT = 5,
  SUN = 6;
const span = (start: string, end: string) => {
  const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
  const from = minutes(start);
  const to = minutes(end);
  return { start: from, end: to <= from ? to + 24 * 60 : to };
};
const closedDays = (text: string) =>
  parseOpeningHours(text)
    .days.map((spans, day) => (spans.length === 0 ? day : -1))
    .filter((day) => day >= 0);

describe('time zones', () => {
  it('lists the four zones with their Indonesian abbreviations', () => {
    expect(TIME_ZONES).to.have.members([
      'Asia/Jakarta',
      'Asia/Pontianak',
      'Asia/Makassar',
      'Asia/Jayapura',
    ]);
    expect(TIME_ZONES.map(zoneAbbreviation)).to.deep.equal(
      TIME_ZONES.map(
        (zone) =>
          ({
            'Asia/Jakarta': 'WIB',
            'Asia/Pontianak': 'WIB',
            'Asia/Makassar': 'WITA',
            'Asia/Jayapura': 'WIT',
          })[zone],
      ),
    );
  });

  it('finds the local weekday per zone', () => {
    // Sunday 23:30 WIB = Monday 00:30 WITA = Monday 01:30 WIT.
    const instant = new Date('2026-11-22T16:30:00Z');
    expect(localWeekday(instant, 'Asia/Jakarta')).to.equal(SUN);
    expect(localWeekday(instant, 'Asia/Pontianak')).to.equal(SUN);
    expect(localWeekday(instant, 'Asia/Makassar')).to.equal(MON);
    expect(localWeekday(instant, 'Asia/Jayapura')).to.equal(MON);
  });
});

describe('parseOpeningHours', () => {
  it('reads day ranges and lists', () => {
    const hours = parseOpeningHours('Mo-Th,Sa 08:00-12:00');
    for (const day of [MON, TUE, WED, THU, SAT])
      expect(hours.days[day], `day ${day}`).to.deep.equal([span('08:00', '12:00')]);
    expect(closedDays('Mo-Th,Sa 08:00-12:00')).to.deep.equal([FRI, SUN]);
  });

  it('reads a day range that wraps over the end of the week', () => {
    expect(closedDays('Sa-Mo 09:00-13:00')).to.deep.equal([TUE, WED, THU, FRI]);
    expect(closedDays('Su-Tu 09:00-13:00')).to.deep.equal([WED, THU, FRI, SAT]);
  });

  it('reads several time ranges per rule, in time order', () => {
    expect(parseOpeningHours('Fr 13:00-15:30,08:00-11:30').days[FRI]).to.deep.equal([
      span('08:00', '11:30'),
      span('13:00', '15:30'),
    ]);
  });

  it('treats a rule without days as every day', () => {
    const hours = parseOpeningHours('08:00-16:00');
    expect(hours.days).to.have.length(7);
    for (const spans of hours.days) expect(spans).to.deep.equal([span('08:00', '16:00')]);
  });

  it('lets a later rule replace earlier rules for the days it names', () => {
    const hours = parseOpeningHours('Mo-Fr 08:00-16:00; Fr 08:00-11:00');
    expect(hours.days[THU]).to.deep.equal([span('08:00', '16:00')]);
    expect(hours.days[FRI]).to.deep.equal([span('08:00', '11:00')]);
    expect(parseOpeningHours('08:00-16:00; Sa 09:00-12:00').days[SAT]).to.deep.equal([
      span('09:00', '12:00'),
    ]);
    // …and a rule without days replaces everything before it.
    expect(parseOpeningHours('Sa 09:00-12:00; 08:00-16:00').days[SAT]).to.deep.equal([
      span('08:00', '16:00'),
    ]);
  });

  it('reads off and closed', () => {
    expect(closedDays('Mo-Su 08:00-16:00; Su off')).to.deep.equal([SUN]);
    expect(closedDays('Mo-Fr 08:00-16:00; We closed')).to.deep.equal([WED, SAT, SUN]);
    expect(closedDays('off')).to.deep.equal([MON, TUE, WED, THU, FRI, SAT, SUN]);
  });

  it('reads 24/7, alone or overridden', () => {
    for (const spans of parseOpeningHours('24/7').days)
      expect(spans).to.deep.equal([{ start: 0, end: 1440 }]);
    expect(closedDays('24/7; Su off')).to.deep.equal([SUN]);
  });

  it('reads 24:00 as the end of the day and an end before the start as the next day', () => {
    expect(parseOpeningHours('Mo 20:00-24:00').days[MON]).to.deep.equal([
      { start: 1200, end: 1440 },
    ]);
    expect(parseOpeningHours('Mo 22:00-00:00').days[MON]).to.deep.equal([
      { start: 1320, end: 1440 },
    ]);
    expect(parseOpeningHours('Mo 22:00-02:00').days[MON]).to.deep.equal([
      { start: 1320, end: 1560 },
    ]);
  });

  it('shows repeated or overlapping ranges once, and tells the data owner', () => {
    const twice = parseOpeningHours('Mo 08:00-12:00,08:00-12:00');
    expect(twice.days[MON]).to.deep.equal([span('08:00', '12:00')]);
    expect(twice.notes).to.deep.equal([
      'Time range "08:00-12:00" is given twice in opening_hours rule ' +
        '"Mo 08:00-12:00,08:00-12:00"; it is shown once',
    ]);
    const overlapping = parseOpeningHours('Mo 08:00-12:00,11:00-15:00,15:00-16:00');
    expect(overlapping.days[MON]).to.deep.equal([span('08:00', '16:00')]);
    expect(overlapping.notes).to.deep.equal([
      'Time ranges "08:00-12:00" and "11:00-15:00" overlap in opening_hours rule ' +
        '"Mo 08:00-12:00,11:00-15:00,15:00-16:00"; they are shown as one, 08:00-15:00',
    ]);
    // Past midnight, the end is written as the clock shows it.
    expect(parseOpeningHours('Fr 22:00-02:00, 22:00-02:00').notes[0]).to.contain(
      '"22:00-02:00" is given twice',
    );
    // Ranges that only touch, and clean hours, need no note.
    expect(parseOpeningHours('Mo 08:00-12:00,12:00-15:00').notes).to.deep.equal([]);
    expect(parseOpeningHours('Mo-Fr 08:00-15:00; Sa 08:00-12:00; PH off').notes).to.deep.equal([]);
  });

  const spaced: [text: string, quoted: string][] = [
    ['Mo 0 8:00-1 2:00', '0 8:00'],
    ['M o 08:00-12:00', 'M o'],
    ['Mo 08:0 0-12:00', '08:0 0'],
    ['P H off', 'P H'],
    ['Mo 08 : 00-12:00', '08 : 00'],
    ['Mo-Fr 8 :00-12:00', '8 :00'],
    ['Mo 08:00-12: 00', '12: 00'],
    ['De c 24 off', 'De c'],
    ['20 26 Dec 24 off', '20 26'],
    ['Mo o ff', 'o ff'],
  ];
  it('reads "24 / 7" but not "2 4/7"', () => {
    expect(parseOpeningHours('24 / 7').days[MON]).to.deep.equal([{ start: 0, end: 1440 }]);
    expect(() => parseOpeningHours('2 4/7'))
      .to.throw(OpeningHoursError)
      .with.property('message')
      .that.contains('Space inside "2 4/7"');
  });

  for (const [text, quoted] of spaced)
    it(`names the space inside a token of ${JSON.stringify(text)}`, () => {
      expect(() => parseOpeningHours(text))
        .to.throw(OpeningHoursError)
        .with.property('message')
        .that.equals(
          `Space inside "${quoted}" in opening_hours rule "${text}": write days, months, ` +
            'years and times without spaces inside (Mo, PH, Dec, 2026, 08:00)',
        );
    });

  it('tolerates whitespace and a trailing semicolon, and keeps the text', () => {
    const text = '  Mo - Th , Sa  08:00 - 12:00 , 13:00-15:00 ;Fr   off ; ';
    const hours = parseOpeningHours(text);
    expect(hours.days).to.deep.equal(
      parseOpeningHours('Mo-Th,Sa 08:00-12:00,13:00-15:00; Fr off').days,
    );
    expect(hours.days[SAT]).to.have.length(2);
    expect(hours.text).to.equal(text);
  });

  const unsupported: [text: string, quoted: string][] = [
    ['SH off', 'SH off'],
    ['Mo-Fr 08:00-16:00; SH off', 'SH off'],
    ['Jan-Mar Mo-Fr 08:00-12:00', 'Jan-Mar Mo-Fr 08:00-12:00'],
    ['PH', 'PH'],
    ['Dec 25', 'Dec 25'],
    ['2026 Dec', '2026 Dec'],
    ['Dec 24 2026 off', 'Dec 24 2026 off'],
    ['2026 Mo-Fr 08:00-12:00', '2026 Mo-Fr 08:00-12:00'],
    ['week 01-10 Mo 08:00-12:00', 'week 01-10 Mo 08:00-12:00'],
    ['Mo[1] 08:00-12:00', 'Mo[1] 08:00-12:00'],
    ['Mo-Fr 08:00+', 'Mo-Fr 08:00+'],
    ['Mo-Fr 08:00-16:00 "by appointment"', 'Mo-Fr 08:00-16:00 "by appointment"'],
    ['Mo-Fr 08:00-12:00 || Sa 08:00-12:00', 'Mo-Fr 08:00-12:00 || Sa 08:00-12:00'],
    ['Mo-Fr 08:00-12:00, Sa 08:00-12:00', 'Mo-Fr 08:00-12:00, Sa 08:00-12:00'],
    ['sunrise-sunset', 'sunrise-sunset'],
    ['Mo-Fr (sunrise+01:00)-18:00', 'Mo-Fr (sunrise+01:00)-18:00'],
    ['Mo-Fr 8-16', 'Mo-Fr 8-16'],
    ['Mo-Fr', 'Mo-Fr'],
    ['Mo-Fr 08:00-12:00 open', 'Mo-Fr 08:00-12:00 open'],
    ['Mo-Fr 24/7', 'Mo-Fr 24/7'],
    ['Mo Fr 08:00-12:00', 'Mo Fr 08:00-12:00'],
    ['', ''],
    [' ; ', ' ; '],
  ];
  for (const [text, quoted] of unsupported)
    it(`rejects ${JSON.stringify(text)} quoting "${quoted}"`, () => {
      let error: unknown;
      try {
        parseOpeningHours(text);
      } catch (caught) {
        error = caught;
      }
      expect(error).to.be.instanceOf(OpeningHoursError);
      expect(error).to.be.instanceOf(Error);
      expect((error as Error).name).to.equal('OpeningHoursError');
      expect((error as Error).message).to.include(`"${quoted}"`);
      expect((error as Error).message).to.include('supported: days Mo-Su');
    });

  const badTimes: [text: string, quoted: string][] = [
    ['Mo 25:00-26:00', '25:00'],
    ['Mo 08:00-25:00', '25:00'],
    ['Mo 08:60-12:00', '08:60'],
    ['Mo 08:00-12:99', '12:99'],
    ['Mo 08:00-24:30', '24:30'],
    ['Mo 24:00-08:00', '24:00'],
    ['Mo 08:00-08:00', '08:00-08:00'],
    ['Mo 00:00-24:00, 10:00-10:00', '10:00-10:00'],
  ];
  for (const [text, quoted] of badTimes)
    it(`rejects the time in ${JSON.stringify(text)}`, () => {
      expect(() => parseOpeningHours(text))
        .to.throw(OpeningHoursError)
        .with.property('message')
        .that.includes(`"${quoted}"`);
    });
});

describe('isOpenAt', () => {
  it('follows a Friday prayer break', () => {
    const hours = parseOpeningHours('Mo-Th 08:00-15:00; Fr 08:00-11:30,13:00-15:30');
    // Friday 10:00 WIB, 12:00 WIB, 14:00 WIB, 15:15 WIB.
    expect(isOpenAt(hours, new Date('2026-11-27T03:00:00Z'), 'Asia/Jakarta')).to.equal(true);
    expect(isOpenAt(hours, new Date('2026-11-27T05:00:00Z'), 'Asia/Jakarta')).to.equal(false);
    expect(isOpenAt(hours, new Date('2026-11-27T07:00:00Z'), 'Asia/Jakarta')).to.equal(true);
    expect(isOpenAt(hours, new Date('2026-11-27T08:15:00Z'), 'Asia/Jakarta')).to.equal(true);
    // Thursday 15:15 WIB: closed, Thursday ends at 15:00.
    expect(isOpenAt(hours, new Date('2026-11-26T08:15:00Z'), 'Asia/Jakarta')).to.equal(false);
  });

  it('opens at the start minute and closes at the end minute', () => {
    const hours = parseOpeningHours('Mo-Fr 08:00-16:00');
    // Monday 07:59:59, 08:00, 15:59:59 and 16:00 WIB.
    expect(isOpenAt(hours, new Date('2026-11-23T00:59:59Z'), 'Asia/Jakarta')).to.equal(false);
    expect(isOpenAt(hours, new Date('2026-11-23T01:00:00Z'), 'Asia/Jakarta')).to.equal(true);
    expect(isOpenAt(hours, new Date('2026-11-23T08:59:59Z'), 'Asia/Jakarta')).to.equal(true);
    expect(isOpenAt(hours, new Date('2026-11-23T09:00:00Z'), 'Asia/Jakarta')).to.equal(false);
  });

  it('uses the MPP’s own zone around midnight (WIT)', () => {
    const hours = parseOpeningHours('Mo-Fr 08:00-16:00');
    // Monday 07:30 WIB = Monday 09:30 WIT: open in Jayapura, not yet in Jakarta.
    const mondayMorning = new Date('2026-11-23T00:30:00Z');
    expect(isOpenAt(hours, mondayMorning, 'Asia/Jayapura')).to.equal(true);
    expect(isOpenAt(hours, mondayMorning, 'Asia/Jakarta')).to.equal(false);
    // Sunday 23:30 WIB = Monday 01:30 WIT: closed, and "today" in Jayapura is Monday.
    const sundayNight = new Date('2026-11-22T16:30:00Z');
    expect(isOpenAt(hours, sundayNight, 'Asia/Jayapura')).to.equal(false);
    expect(planAt(hours, sundayNight, 'Asia/Jayapura').spans).to.deep.equal([
      span('08:00', '16:00'),
    ]);
    expect(planAt(hours, sundayNight, 'Asia/Jakarta').spans).to.deep.equal([]);
  });

  it('counts a span past midnight as open early the next day', () => {
    const hours = parseOpeningHours('Fr,Sa 22:00-02:00');
    // Saturday 01:00 WIB (Friday's span), Sunday 01:00 WIB (Saturday's), Saturday 02:00 WIB,
    // Monday 01:00 WIB.
    expect(isOpenAt(hours, new Date('2026-11-27T18:00:00Z'), 'Asia/Jakarta')).to.equal(true);
    expect(isOpenAt(hours, new Date('2026-11-28T18:00:00Z'), 'Asia/Jakarta')).to.equal(true);
    expect(isOpenAt(hours, new Date('2026-11-27T19:00:00Z'), 'Asia/Jakarta')).to.equal(false);
    expect(isOpenAt(hours, new Date('2026-11-29T18:00:00Z'), 'Asia/Jakarta')).to.equal(false);
    // …and the day's plan shows Saturday's own span, not Friday's tail.
    expect(planAt(hours, new Date('2026-11-27T18:00:00Z'), 'Asia/Jakarta').spans).to.deep.equal([
      span('22:00', '02:00'),
    ]);
  });

  it('carries a Sunday span past midnight into Monday', () => {
    const hours = parseOpeningHours('Su 22:00-02:00');
    // Sunday 21:59, Sunday 23:00, Monday 01:00 and Monday 02:00 WIB.
    expect(isOpenAt(hours, new Date('2026-11-22T14:59:00Z'), 'Asia/Jakarta')).to.equal(false);
    expect(isOpenAt(hours, new Date('2026-11-22T16:00:00Z'), 'Asia/Jakarta')).to.equal(true);
    expect(isOpenAt(hours, new Date('2026-11-22T18:00:00Z'), 'Asia/Jakarta')).to.equal(true);
    expect(isOpenAt(hours, new Date('2026-11-22T19:00:00Z'), 'Asia/Jakarta')).to.equal(false);
    // Monday 01:00 WITA = Sunday 24:00 WIB (00:00 Monday): still Sunday's span in Makassar.
    expect(isOpenAt(hours, new Date('2026-11-22T17:00:00Z'), 'Asia/Makassar')).to.equal(true);
  });

  it('is always open for 24/7 and never for off', () => {
    const always = parseOpeningHours('24/7');
    const never = parseOpeningHours('off');
    for (let hour = 0; hour < 7 * 24; hour += 5) {
      // Every 5 hours through the week from Monday 07:00 WIB.
      const instant = new Date(Date.UTC(2026, 10, 23, hour));
      expect(isOpenAt(always, instant, 'Asia/Jakarta')).to.equal(true);
      expect(isOpenAt(never, instant, 'Asia/Jakarta')).to.equal(false);
    }
  });
});

describe('planAt', () => {
  it('gives each zone its own local day for the same instant', () => {
    const hours = parseOpeningHours('Mo-Fr 08:00-16:00; Sa 08:00-12:00; Su off');
    // Saturday 23:30 WIB = Sunday 00:30 WITA = Sunday 01:30 WIT.
    const saturdayNight = new Date('2026-11-28T16:30:00Z');
    expect(planAt(hours, saturdayNight, 'Asia/Jakarta').spans).to.deep.equal([
      span('08:00', '12:00'),
    ]);
    expect(planAt(hours, saturdayNight, 'Asia/Pontianak').spans).to.deep.equal([
      span('08:00', '12:00'),
    ]);
    expect(planAt(hours, saturdayNight, 'Asia/Makassar').spans).to.deep.equal([]);
    expect(planAt(hours, saturdayNight, 'Asia/Jayapura').spans).to.deep.equal([]);
    // Friday 23:30 WIB = Saturday 00:30 WITA.
    const fridayNight = new Date('2026-11-27T16:30:00Z');
    expect(planAt(hours, fridayNight, 'Asia/Jakarta').spans).to.deep.equal([
      span('08:00', '16:00'),
    ]);
    expect(planAt(hours, fridayNight, 'Asia/Makassar').spans).to.deep.equal([
      span('08:00', '12:00'),
    ]);
  });
});

describe('nextChange', () => {
  const weekdays = parseOpeningHours('Mo-Fr 08:00-15:00');

  it('says when it closes later today', () => {
    // Monday 10:00:30 WIB.
    expect(nextChange(weekdays, new Date('2026-11-23T03:00:30Z'), 'Asia/Jakarta')).to.deep.equal({
      opens: false,
      daysAhead: 0,
      weekday: MON,
      minuteOfDay: 15 * 60,
      at: new Date('2026-11-23T08:00:00Z'),
    });
  });

  it('says when it opens later today, also after a break', () => {
    // Monday 07:30 WIB.
    expect(nextChange(weekdays, new Date('2026-11-23T00:30:00Z'), 'Asia/Jakarta')).to.include({
      opens: true,
      daysAhead: 0,
      minuteOfDay: 8 * 60,
    });
    const friday = parseOpeningHours('Mo-Th 08:00-15:00; Fr 08:00-11:30,13:00-15:30');
    // Friday 12:00 WIB.
    expect(nextChange(friday, new Date('2026-11-27T05:00:00Z'), 'Asia/Jakarta')).to.include({
      opens: true,
      daysAhead: 0,
      weekday: FRI,
      minuteOfDay: 13 * 60,
    });
  });

  it('says when it opens tomorrow', () => {
    // Monday 16:00 WIB.
    expect(nextChange(weekdays, new Date('2026-11-23T09:00:00Z'), 'Asia/Jakarta')).to.deep.equal({
      opens: true,
      daysAhead: 1,
      weekday: TUE,
      minuteOfDay: 8 * 60,
      at: new Date('2026-11-24T01:00:00Z'),
    });
  });

  it('says when it opens after a weekend, in the MPP’s zone', () => {
    // Friday 16:00 WIB = Friday 18:00 WIT.
    const fridayAfternoon = new Date('2026-11-27T09:00:00Z');
    expect(nextChange(weekdays, fridayAfternoon, 'Asia/Jakarta')).to.deep.equal({
      opens: true,
      daysAhead: 3,
      weekday: MON,
      minuteOfDay: 8 * 60,
      at: new Date('2026-11-30T01:00:00Z'),
    });
    expect(nextChange(weekdays, fridayAfternoon, 'Asia/Jayapura')).to.deep.include({
      opens: true,
      daysAhead: 3,
      weekday: MON,
      at: new Date('2026-11-29T23:00:00Z'),
    });
    // Monday 14:00 WIB = Monday 16:00 WIT: closes today in Jakarta, already closed in Jayapura.
    const mondayAfternoon = new Date('2026-11-23T07:00:00Z');
    expect(nextChange(weekdays, mondayAfternoon, 'Asia/Jakarta')).to.include({ opens: false });
    expect(nextChange(weekdays, mondayAfternoon, 'Asia/Jayapura')).to.include({
      opens: true,
      daysAhead: 1,
    });
  });

  it('can be a week ahead on the same weekday', () => {
    // Monday 13:00 WIB.
    expect(
      nextChange(
        parseOpeningHours('Mo 08:00-12:00'),
        new Date('2026-11-23T06:00:00Z'),
        'Asia/Jakarta',
      ),
    ).to.include({ opens: true, daysAhead: 7, weekday: MON, minuteOfDay: 8 * 60 });
  });

  it('finds the real closing time of opening hours that run on past midnight', () => {
    // Tuesday 01:00 WIB, inside Monday 22:00-02:00.
    expect(
      nextChange(
        parseOpeningHours('Mo 22:00-02:00'),
        new Date('2026-11-23T18:00:00Z'),
        'Asia/Jakarta',
      ),
    ).to.include({ opens: false, daysAhead: 0, weekday: TUE, minuteOfDay: 2 * 60 });
    // Sunday 21:00 WIB: Sunday until 24:00 continues as Monday from 00:00.
    const sundayEvening = new Date('2026-11-22T14:00:00Z');
    expect(
      nextChange(
        parseOpeningHours('Su 20:00-24:00; Mo 00:00-08:00'),
        sundayEvening,
        'Asia/Jakarta',
      ),
    ).to.include({ opens: false, daysAhead: 1, weekday: MON, minuteOfDay: 8 * 60 });
    // Wednesday 12:00 WIB, open round the clock on weekdays: closes as Saturday begins.
    expect(
      nextChange(
        parseOpeningHours('Mo-Fr 00:00-24:00'),
        new Date('2026-11-25T05:00:00Z'),
        'Asia/Jakarta',
      ),
    ).to.include({ opens: false, daysAhead: 3, weekday: SAT, minuteOfDay: 0 });
  });

  it('has nothing to say when it is always open or always closed', () => {
    // Monday 07:30 WIB.
    const instant = new Date('2026-11-23T00:30:00Z');
    for (const text of ['24/7', 'Mo-Su 00:00-24:00', 'Mo-Sa 00:00-24:00; Su 00:00-24:00', 'off'])
      expect(nextChange(parseOpeningHours(text), instant, 'Asia/Jakarta'), text).to.equal(
        undefined,
      );
  });
});
