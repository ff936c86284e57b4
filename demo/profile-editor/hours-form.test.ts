import { expect } from '@open-wc/testing';
import bundledHolidays from '../../src/data/holidays.json';
import { readHolidayCalendar } from '../../src/finder/holiday-calendar.js';
import { parseOpeningHours, type TimeSpan } from '../../src/finder/opening-hours.js';
import { planFor } from '../../src/finder/opening-schedule.js';
import { isoDateOf, weekdayOf } from '../../src/finder/time-zones.js';
import { random, seedOf } from '../../src/test-support/random.js';
import {
  exceptionProblem,
  formOf,
  rangeProblem,
  TYPICAL_FORM,
  usualHoursWritable,
  writeOpeningHours,
  type DateException,
  type HoursForm,
  type TimeRange,
} from './hours-form.js';

const r = (start: string, end: string): TimeRange => ({ start, end });
const week = (...days: TimeRange[][]) => [...days, ...Array(7 - days.length).fill([])];
const MORNING_AFTERNOON = [r('08:00', '12:00'), r('13:00', '16:00')];
const FRIDAY = [r('13:30', '16:00'), r('08:00', '11:30')];

describe('writeOpeningHours', () => {
  it('merges equal days, keeps breaks, then holidays, then dates', () => {
    const form: HoursForm = {
      week: week(
        MORNING_AFTERNOON,
        MORNING_AFTERNOON,
        MORNING_AFTERNOON,
        MORNING_AFTERNOON,
        FRIDAY,
      ),
      publicHolidays: 'closed',
      holidayRanges: [],
      exceptions: [{ from: '2026-12-24', to: '', ranges: [r('08:00', '12:00')] }],
    };
    expect(writeOpeningHours(form)).to.equal(
      'Mo-Th 08:00-12:00,13:00-16:00; Fr 08:00-11:30,13:30-16:00; PH off; 2026 Dec 24 08:00-12:00',
    );
    expect(writeOpeningHours(TYPICAL_FORM)).to.equal('Mo-Fr 08:00-16:00; PH off');
  });

  it('groups days with equal hours even when apart, and writes closed weeks as off', () => {
    const form: HoursForm = {
      ...TYPICAL_FORM,
      week: week([r('8:00', '12:00')], [], [r('08:00', '12:00')], [], [], [r('09:00', '11:00')]),
      publicHolidays: 'own',
      holidayRanges: [r('09:00', '12:00')],
    };
    expect(writeOpeningHours(form)).to.equal('Mo,We 08:00-12:00; Sa 09:00-11:00; PH 09:00-12:00');
    expect(writeOpeningHours({ ...TYPICAL_FORM, week: week() })).to.equal('off; PH off');
  });

  it('writes "same as usual" on holidays only when every open day has the same hours', () => {
    const usual = { ...TYPICAL_FORM, publicHolidays: 'usual' as const };
    expect(usualHoursWritable(usual)).to.equal(true);
    expect(writeOpeningHours(usual)).to.equal('Mo-Fr,PH 08:00-16:00; Sa-Su off');
    const uneven = { ...usual, week: week(MORNING_AFTERNOON, FRIDAY) };
    expect(usualHoursWritable(uneven)).to.equal(false);
    // Nothing is said of holidays then: the finder asks visitors to check.
    expect(writeOpeningHours(uneven)).to.equal(
      'Mo 08:00-12:00,13:00-16:00; Tu 08:00-11:30,13:30-16:00',
    );
  });

  it('writes date ranges across months and years, and leaves out what cannot be written', () => {
    const exceptions: DateException[] = [
      { from: '2026-12-24', to: '2026-12-26', ranges: [] },
      { from: '2026-03-30', to: '2026-04-02', ranges: [r('08:00', '12:00')] },
      { from: '2026-12-28', to: '2027-01-02', ranges: [] },
      { from: '2026-12-28', to: '2026-12-01', ranges: [] },
      { from: '', to: '', ranges: [] },
    ];
    expect(writeOpeningHours({ ...TYPICAL_FORM, exceptions, week: week() })).to.equal(
      'off; PH off; 2026 Dec 24-26 off; 2026 Mar 30-Apr 2 08:00-12:00; 2026 Dec 28-2027 Jan 2 off',
    );
    expect(exceptions.map(exceptionProblem)).to.deep.equal([
      undefined,
      undefined,
      undefined,
      'backwards',
      'no-date',
    ]);
    expect(exceptionProblem({ from: '2026-03-01', to: '2027-03-01', ranges: [] })).to.equal(
      'too-long',
    );
    expect(
      [r('08:00', ''), r('09:00', '09:00'), r('22:00', '02:00')].map(rangeProblem),
    ).to.deep.equal(['incomplete', 'empty', undefined]);
    expect(
      writeOpeningHours({ ...TYPICAL_FORM, week: week([r('08:00', ''), r('22:00', '02:00')]) }),
    ).to.equal('Mo 22:00-02:00; PH off');
  });
});

describe('formOf', () => {
  it('reads the hours of the data back into the form, or says it cannot', () => {
    const read = (text: string) => formOf(parseOpeningHours(text));
    expect(read('Mo-Fr 08:00-16:00; PH off')).to.deep.equal(TYPICAL_FORM);
    expect(read('Mo-Fr 08:00-15:00')!.publicHolidays).to.equal('unset');
    expect(read('Mo-Fr,PH 08:00-16:00; Sa,Su off')!.publicHolidays).to.equal('usual');
    expect(read('Mo-Fr 08:00-16:00; 2026 Dec 24-2027 Jan 2 off')!.exceptions).to.deep.equal([
      { from: '2026-12-24', to: '2027-01-02', ranges: [] },
    ]);
    // Every year on 25 December: the form has no such field.
    expect(read('Mo-Fr 08:00-16:00; Dec 25 off')).to.equal(undefined);
    expect(read('Mo-Fr 08:00-16:00; 2026 Dec 21-31 Mo off')).to.equal(undefined);
  });
});

// ---------------------------------------------------------------------------------------------
// Round trip over generated forms: the written text parses, and means on every day what the
// form shows. A failing seed is printed; replay it with ?seed=.

const calendar = await readHolidayCalendar(bundledHolidays);
const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
const clock = (value: number) =>
  `${String(Math.floor(value / 60)).padStart(2, '0')}:${String(value % 60).padStart(2, '0')}`;

/** What the form means on a day: the last date exception naming it, else holidays, else the week. */
function formSpans(form: HoursForm, day: number): { spans: TimeSpan[]; uncertain: boolean } {
  const date = isoDateOf(day);
  const toSpans = (ranges: readonly TimeRange[]) =>
    ranges
      .filter((range) => !rangeProblem(range))
      .map(({ start, end }) => ({
        start: minutes(start),
        end: minutes(end) < minutes(start) ? minutes(end) + 1440 : minutes(end),
      }))
      .sort((a, b) => a.start - b.start);
  const exception = form.exceptions.findLast(
    (e) => !exceptionProblem(e) && e.from <= date && date <= (e.to || e.from),
  );
  if (exception) return { spans: toSpans(exception.ranges), uncertain: false };
  const usual = toSpans(form.week[weekdayOf(day)]);
  const holiday = calendar.holidayOn(date);
  if (!holiday) return { spans: usual, uncertain: false };
  if (holiday.kind === 'public-holiday') {
    if (form.publicHolidays === 'closed') return { spans: [], uncertain: false };
    if (form.publicHolidays === 'own')
      return { spans: toSpans(form.holidayRanges), uncertain: false };
    if (form.publicHolidays === 'usual' && usualHoursWritable(form))
      return { spans: usual, uncertain: false };
  }
  // Cuti bersama, or a holiday the hours do not speak of: uncertain when it would be open.
  return { spans: [], uncertain: usual.length > 0 };
}

function generateForm(next: () => number): HoursForm {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  const ranges = (): TimeRange[] => {
    const list: TimeRange[] = [];
    let start = 6 * 60 + Math.floor(next() * 8) * 30;
    for (let n = Math.floor(next() * 4); n > 0 && start < 22 * 60; n--) {
      const end = Math.min(start + 30 + Math.floor(next() * 10) * 30, 24 * 60);
      list.push(r(clock(start), clock(end)));
      start = end + 30 + Math.floor(next() * 4) * 15;
    }
    // Now and then a range the form flags (left out of the text).
    if (next() < 0.05) list.push(r('10:00', ''));
    return list.sort(() => next() - 0.5);
  };
  // Real forms repeat a few patterns across the week.
  const patterns = [ranges(), ranges(), []];
  const date = () => isoDateOf(Math.floor(Date.UTC(2026, 0, 1) / 86_400_000 + next() * 700));
  return {
    week: Array.from({ length: 7 }, () => pick(patterns)),
    publicHolidays: pick(['closed', 'usual', 'own', 'unset'] as const),
    holidayRanges: ranges(),
    exceptions: Array.from({ length: Math.floor(next() * 3) }, () => {
      const from = date();
      const to =
        next() < 0.5
          ? ''
          : next() < 0.1
            ? date()
            : isoDateOf(Date.parse(from) / 86_400_000 + Math.floor(next() * 10));
      return { from, to, ranges: next() < 0.5 ? [] : ranges() };
    }),
  };
}

const SEED = seedOf(20261201);
const CASES = 150;

describe(`hours form round trip (seed ${SEED}, ${CASES} cases)`, () => {
  it('every written text parses, to the plan the form shows, and reads back into the form', () => {
    const next = random(SEED);
    const first = Date.UTC(2026, 0, 1) / 86_400_000;
    const last = Date.UTC(2027, 11, 31) / 86_400_000;
    for (let n = 0; n < CASES; n++) {
      const form = generateForm(next);
      const text = writeOpeningHours(form);
      const where = `case ${n} of seed ${SEED}: "${text}" from ${JSON.stringify(form)}`;
      const hours = parseOpeningHours(text);
      for (let day = first; day <= last; day++) {
        const plan = planFor(hours, day, calendar);
        const expected = formSpans(form, day);
        expect(
          { spans: plan.spans, uncertain: plan.uncertain },
          `${where} on ${isoDateOf(day)}`,
        ).to.deep.equal(expected);
      }
      // Read back, the form writes the same text again (an officer re-opening the page).
      const reread = formOf(hours);
      expect(reread, where).not.to.equal(undefined);
      expect(writeOpeningHours(reread!), where).to.equal(text);
    }
  });
});
