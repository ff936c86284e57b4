// Properties of `opening_hours` over generated texts: valid ones from the supported grammar
// (dates, weekdays, PH, time ranges past midnight, off, 24/7), the same with whitespace between
// tokens, with a space inside a token, and any text at all. Parsing never throws anything but
// OpeningHoursError, whitespace between tokens changes nothing, what was read can be written
// back and read the same, and open now, today's plan and the next change agree.
import { expect } from '@open-wc/testing';
import '../test-support/setup.js';
import bundled from '../data/holidays.json';
import { checkProperty, fc } from '../test-support/property.js';
import { readHolidayCalendar } from './holiday-calendar.js';
import {
  DAY_NAMES,
  MONTH_NAMES,
  OpeningHoursError,
  parseOpeningHours,
  type DaySelector,
  type OpeningHours,
  type TimeSpan,
} from './opening-hours.js';
import { isOpenAt, nextChange, planFor } from './opening-schedule.js';
import { localDay, localMinute, TIME_ZONES } from './time-zones.js';

const calendar = await readHolidayCalendar(bundled);
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const pad = (value: number) => String(value).padStart(2, '0');
const clock = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

// ---------------------------------------------------------------------------------------------
// The grammar, as generators. Each valid text comes with its tokens, so a mutation can split one.

/** A token and the separator that follows it ("" at the end of the text). */
type Piece = { token: string; after: string; splittable: 'token' | 'number' | false };
const piece = (token: string, after: string, splittable: Piece['splittable']): Piece => ({
  token,
  after,
  splittable,
});

const timeRange = fc
  .tuple(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1, max: 1439 }))
  .map(([start, length]): Piece[] => {
    const end = start + length;
    // Past midnight: written as the clock shows it (22:00-02:00), or 24:00 at midnight.
    const endText = end === 1440 ? '24:00' : clock(end % 1440);
    return [piece(clock(start), '-', 'token'), piece(endText, '', 'token')];
  });
const times = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom('off', 'closed').map((t) => [piece(t, '', 'token')]) },
  {
    weight: 4,
    arbitrary: fc
      .array(timeRange, { minLength: 1, maxLength: 3 })
      .map((ranges) => joinPieces(ranges, ',')),
  },
);
const day = fc.constantFrom(...DAY_NAMES);
const weekdays = fc
  .array(
    fc.oneof(
      fc.constant<Piece[]>([piece('PH', '', 'token')]),
      day.map((d) => [piece(d, '', 'token')]),
      fc.tuple(day, day).map(([from, to]) => [piece(from, '-', 'token'), piece(to, '', 'token')]),
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((items) => joinPieces(items, ','));
const monthDay = fc
  .integer({ min: 0, max: 11 })
  .chain((month) =>
    fc.integer({ min: 1, max: DAYS_IN_MONTH[month] }).map((d) => ({ month, day: d })),
  );
const dateItem = fc
  .tuple(fc.option(fc.constantFrom(2026, 2027)), monthDay, fc.option(monthDay))
  .map(([year, from, to]): Piece[] => {
    const start = [
      ...(year === null ? [] : [piece(String(year), ' ', 'token' as const)]),
      piece(MONTH_NAMES[from.month], ' ', 'token'),
    ];
    if (!to) return [...start, piece(String(from.day), '', 'number')];
    // "Dec 24-26" within a month when the end is later, else "Dec 24-Jan 2".
    const sameMonth = to.month === from.month && to.day >= from.day;
    return [
      ...start,
      piece(String(from.day), '-', 'number'),
      ...(sameMonth ? [] : [piece(MONTH_NAMES[to.month], ' ', 'token' as const)]),
      piece(String(to.day), '', 'number'),
    ];
  });
const dates = fc
  .array(dateItem, { minLength: 1, maxLength: 2 })
  .map((items) => joinPieces(items, ','));
const selector = fc.oneof(
  fc.constant([] as Piece[]),
  weekdays,
  dates,
  fc.tuple(dates, weekdays).map(([d, w]) => joinPieces([d, w], ' ')),
);
const rule = fc
  .tuple(selector, times)
  .map(([which, when]) => (which.length ? joinPieces([which, when], ' ') : when));
/** Valid opening hours, as pieces; now and then "24/7" first. */
const validPieces = fc
  .tuple(fc.boolean(), fc.array(rule, { minLength: 1, maxLength: 4 }))
  .map(([always, rules]) =>
    // "24 / 7" is spaced around its "/", so no split of it is a slip: not split here.
    joinPieces(always ? [[piece('24/7', '', false)], ...rules] : rules, ';'),
  );

function joinPieces(groups: Piece[][], separator: string): Piece[] {
  return groups.flatMap((group, i) =>
    group.map((p, k) =>
      k === group.length - 1 && i < groups.length - 1 ? { ...p, after: separator } : p,
    ),
  );
}
const textOf = (pieces: Piece[], spacing: (separator: string, at: number) => string = (s) => s) =>
  pieces.map((p, at) => p.token + spacing(p.after, at)).join('');

/** Whitespace between tokens: around "-", ",", ";", and more than one space. */
const spacings = fc.array(fc.constantFrom('', ' ', '  ', '\t', ' \t '), {
  minLength: 64,
  maxLength: 64,
});
const spaced = (separator: string, padding: string, other: string) =>
  separator === ' ' ? ` ${padding}` : separator && `${padding}${separator}${other}`;

/** A valid text with one token split by a space: the kind of slip the parser must not read. */
const withSplitToken = validPieces
  .filter((pieces) => pieces.some((p) => p.splittable && p.token.length > 1))
  .chain((pieces) => {
    const candidates = pieces.flatMap((p, i) => (p.splittable && p.token.length > 1 ? [i] : []));
    return fc
      .tuple(fc.constantFrom(...candidates), fc.nat(), fc.constantFrom(' ', '  ', '\t'))
      .map(([index, cut, space]) => {
        const target = pieces[index];
        const at = 1 + (cut % (target.token.length - 1));
        const split = `${target.token.slice(0, at)}${space}${target.token.slice(at)}`;
        return {
          text: textOf(pieces.map((p, i) => (i === index ? { ...p, token: split } : p))),
          split,
          named: target.splittable === 'token',
        };
      });
  });

/** Anything at all: random text, or a valid text with characters dropped or inserted. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: fc.constantFrom(...'MoTuFrPHDec0123456789:-,; /offJan'), maxLength: 60 }),
  fc
    .tuple(validPieces, fc.nat(), fc.nat(3), fc.string({ maxLength: 3 }))
    .map(([pieces, at, drop, insert]) => {
      const text = textOf(pieces);
      const cut = at % (text.length + 1);
      return text.slice(0, cut) + insert + text.slice(cut + drop);
    }),
);

// ---------------------------------------------------------------------------------------------
// Writing parsed hours back as text (the test's own serializer).

function selectorText({ dates, weekdays, publicHoliday }: DaySelector): string {
  const parts: string[] = [];
  if (dates)
    parts.push(
      dates
        .map(({ year, from, to }) => {
          const [fromMonth, fromDay] = [Math.floor(from / 100), from % 100];
          const [toMonth, toDay] = [Math.floor(to / 100), to % 100];
          const start = `${year === undefined ? '' : `${year} `}${MONTH_NAMES[fromMonth - 1]} ${fromDay}`;
          if (from === to) return start;
          return `${start}-${toMonth === fromMonth && to > from ? '' : `${MONTH_NAMES[toMonth - 1]} `}${toDay}`;
        })
        .join(','),
    );
  if (weekdays || publicHoliday) {
    const items: string[] = (weekdays ?? []).map((d) => DAY_NAMES[d]);
    if (publicHoliday) items.push('PH');
    parts.push(items.join(','));
  }
  return parts.join(' ');
}
const spansText = (spans: readonly TimeSpan[]) =>
  spans.length
    ? spans
        .map(({ start, end }) => `${clock(start)}-${end === 1440 ? '24:00' : clock(end % 1440)}`)
        .join(',')
    : 'off';
const written = (hours: OpeningHours) =>
  hours.rules
    .map(({ selector: which, spans }) => `${selectorText(which)} ${spansText(spans)}`.trim())
    .join('; ');

// ---------------------------------------------------------------------------------------------

/** Only OpeningHoursError, with a message that quotes the text it is about. */
function parseOrExplain(text: string): OpeningHours | OpeningHoursError {
  try {
    return parseOpeningHours(text);
  } catch (error) {
    expect(error, `thrown for ${JSON.stringify(text)}`).to.be.instanceOf(OpeningHoursError);
    expect((error as Error).message).to.match(/opening_hours|Date range/);
    return error as OpeningHoursError;
  }
}

describe('opening_hours properties', () => {
  it('never throws anything but OpeningHoursError, whatever the text', async () => {
    await checkProperty(
      'opening_hours: only OpeningHoursError, for any text',
      fc.property(anyText, (text) => {
        parseOrExplain(text);
      }),
    );
  });

  it('reads every text of the supported grammar', async () => {
    await checkProperty(
      'opening_hours: valid grammar is read',
      fc.property(validPieces, (pieces) => {
        const hours = parseOrExplain(textOf(pieces));
        expect(hours, textOf(pieces)).not.to.be.instanceOf(OpeningHoursError);
      }),
    );
  });

  it('whitespace between tokens changes nothing', async () => {
    await checkProperty(
      'opening_hours: whitespace between tokens is stable',
      fc.property(validPieces, spacings, spacings, (pieces, before, after) => {
        const plain = parseOpeningHours(textOf(pieces));
        const text = textOf(pieces, (s, at) => spaced(s, before[at % 64], after[at % 64]));
        const hours = parseOpeningHours(` ${text} `);
        expect(hours.rules, text).to.deep.equal(plain.rules);
        expect(hours.days).to.deep.equal(plain.days);
      }),
    );
  });

  it('what was read, written back, reads the same (and needs no note)', async () => {
    await checkProperty(
      'opening_hours: parse(write(parse(x))) = parse(x)',
      fc.property(validPieces, (pieces) => {
        const hours = parseOpeningHours(textOf(pieces));
        // Overlapping ranges merged into a day or more have no OSM spelling (beyond 00:00-24:00).
        const writable = ({ start, end }: TimeSpan) =>
          end - start < 1440 || (start === 0 && end === 1440);
        fc.pre(hours.rules.every(({ spans }) => spans.every(writable)));
        const again = parseOpeningHours(written(hours));
        expect(again.rules, written(hours)).to.deep.equal(hours.rules);
        expect(again.days).to.deep.equal(hours.days);
        expect(again.notes).to.deep.equal([]);
      }),
    );
  });

  it('a space inside a token is never read, and is named', async () => {
    await checkProperty(
      'opening_hours: space inside a token is an error',
      fc.property(withSplitToken, ({ text, split, named }) => {
        const result = parseOrExplain(text);
        expect(result, text).to.be.instanceOf(OpeningHoursError);
        // Days of the month ("Dec 2 4") are numbers that are valid alone: the general message.
        if (named) expect((result as Error).message, text).to.contain(`Space inside "`);
        if (named && !/\d\s+:|:\s+\d/.test(split))
          expect((result as Error).message).to.contain(`"${split}"`);
      }),
    );
  });

  it('open now, the day’s plan and the next change agree', async () => {
    const start2026 = Date.parse('2026-01-01T00:00:00Z');
    const twoYears = 2 * 365 * 24 * 60;
    await checkProperty(
      'opening_hours: isOpenAt, planFor and nextChange agree',
      fc.property(
        validPieces,
        fc.constantFrom(...TIME_ZONES),
        fc.integer({ min: 0, max: twoYears }),
        fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), {
          minLength: 3,
          maxLength: 3,
        }),
        (pieces, zone, minute, samples) => {
          const hours = parseOpeningHours(textOf(pieces));
          const instant = new Date(start2026 + minute * 60_000);
          const where = `"${textOf(pieces)}" at ${instant.toISOString()} in ${zone}`;
          const open = isOpenAt(hours, instant, zone, calendar);
          // Open now ⇔ inside today's spans, or yesterday's that run past midnight.
          const today = localDay(instant, zone);
          const ofDay = localMinute(instant, zone) - today * 1440;
          const within = (spans: readonly TimeSpan[], at: number) =>
            spans.some((s) => at >= s.start && at < s.end);
          expect(open, `${where}: open vs plan`).to.equal(
            within(planFor(hours, today, calendar).spans, ofDay) ||
              within(planFor(hours, today - 1, calendar).spans, ofDay + 1440),
          );
          const change = nextChange(hours, instant, zone, calendar);
          if (!change) {
            // Nothing changes for 400 days: the state holds for the next week at least.
            for (const ahead of [1, 61, 1439, 10_081])
              expect(
                isOpenAt(hours, new Date(instant.getTime() + ahead * 60_000), zone, calendar),
                `${where}: +${ahead} min`,
              ).to.equal(open);
            return;
          }
          // The change is in the future, flips the state, and nothing flips before it.
          const ahead = Math.round((change.at.getTime() - instant.getTime()) / 60_000);
          expect(ahead, `${where}: change ahead`).to.be.greaterThan(0);
          expect(change.opens, `${where}: direction`).to.equal(!open);
          expect(isOpenAt(hours, change.at, zone, calendar), `${where}: at change`).to.equal(!open);
          const lastMinute = new Date(change.at.getTime() - 60_000);
          expect(isOpenAt(hours, lastMinute, zone, calendar), `${where}: before`).to.equal(open);
          for (const sample of samples) {
            const between = new Date(instant.getTime() + Math.floor(sample * ahead) * 60_000);
            expect(
              isOpenAt(hours, between, zone, calendar),
              `${where}: ${between.toISOString()}`,
            ).to.equal(open);
          }
          // Its fields describe the same instant.
          const changeDay = localDay(change.at, zone);
          expect(changeDay - today, `${where}: daysAhead`).to.equal(change.daysAhead);
          expect(localMinute(change.at, zone) - changeDay * 1440).to.equal(change.minuteOfDay);
        },
      ),
    );
  });
});
