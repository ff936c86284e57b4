// Opening hours read back in words, in the page language, so that an officer can check what the
// written `opening_hours` text says: "Senin–Kamis 08.00–12.00 dan 13.00–16.00; tutup pada hari
// libur nasional; 24 Desember 2026 08.00–12.00". It reads the parsed text, not the form, so it
// says what the finder will read.
import type {
  DateRange,
  DaySelector,
  OpeningHours,
  OpeningRule,
  TimeSpan,
} from '../../src/finder/opening-hours.js';
import type { Language } from '../configurator/configurator-text.js';

const WORDS = {
  id: {
    locale: 'id-ID',
    days: ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'],
    publicHolidays: 'hari libur nasional',
    everyDay: 'setiap hari',
    everyYear: (date: string) => `setiap ${date}`,
    closedOn: (days: string, weekdaysFirst: boolean) =>
      `tutup pada ${weekdaysFirst ? 'hari ' : ''}${days}`,
    closedEveryDay: 'tutup setiap hari',
    allDay: '24 jam',
    holidaysNotGiven: 'jam pada hari libur nasional tidak disebutkan',
    time: (minutes: number) =>
      `${String(Math.floor(minutes / 60)).padStart(2, '0')}.${String(minutes % 60).padStart(2, '0')}`,
  },
  en: {
    locale: 'en-GB',
    days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    publicHolidays: 'public holidays',
    everyDay: 'every day',
    everyYear: (date: string) => `every ${date}`,
    closedOn: (days: string) => `closed on ${days}`,
    closedEveryDay: 'closed every day',
    allDay: '24 hours',
    holidaysNotGiven: 'hours on public holidays not given',
    time: (minutes: number) =>
      `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`,
  },
} as const;

type Words = (typeof WORDS)[Language];

const list = (items: string[], words: Words) =>
  new Intl.ListFormat(words.locale, { type: 'conjunction' }).format(items);

/** "Senin–Kamis dan Sabtu": three or more consecutive days as a range. */
function weekdaysText(weekdays: readonly number[], words: Words): string {
  const items: string[] = [];
  for (let at = 0; at < weekdays.length;) {
    let last = at;
    while (last + 1 < weekdays.length && weekdays[last + 1] === weekdays[last] + 1) last += 1;
    if (last - at >= 2) items.push(`${words.days[weekdays[at]]}–${words.days[weekdays[last]]}`);
    else for (let day = at; day <= last; day++) items.push(words.days[weekdays[day]]);
    at = last + 1;
  }
  return list(items, words);
}

function dateText({ year, from, to }: DateRange, words: Words): string {
  const utc = (y: number, monthDay: number) =>
    new Date(Date.UTC(y, Math.floor(monthDay / 100) - 1, monthDay % 100));
  const format = new Intl.DateTimeFormat(words.locale, {
    day: 'numeric',
    month: 'long',
    ...(year === undefined ? {} : { year: 'numeric' }),
    timeZone: 'UTC',
  });
  // Without a year the range repeats; 2024 is a leap year, so 29 February can be named.
  const startYear = year ?? 2024;
  const endYear = startYear + (to < from ? 1 : 0);
  const text =
    from === to
      ? format.format(utc(startYear, from))
      : format.formatRange(utc(startYear, from), utc(endYear, to));
  return year === undefined ? words.everyYear(text) : text;
}

function spansText(spans: readonly TimeSpan[], words: Words): string {
  if (spans.length === 1 && spans[0].start === 0 && spans[0].end === 1440) return words.allDay;
  return list(
    spans.map(
      ({ start, end }) => `${words.time(start)}–${words.time(end > 1440 ? end - 1440 : end)}`,
    ),
    words,
  );
}

function selectorText({ dates, weekdays, publicHoliday }: DaySelector, words: Words): string {
  const days = [
    ...(weekdays?.length ? [weekdaysText(weekdays, words)] : []),
    ...(publicHoliday ? [words.publicHolidays] : []),
  ];
  if (!dates) return days.length ? list(days, words) : words.everyDay;
  const datesText = list(
    dates.map((range) => dateText(range, words)),
    words,
  );
  return days.length ? `${datesText} (${list(days, words)})` : datesText;
}

function ruleText({ selector, spans }: OpeningRule, words: Words): string {
  const isEveryDay = !selector.dates && !selector.weekdays?.length && !selector.publicHoliday;
  if (spans.length) return `${selectorText(selector, words)} ${spansText(spans, words)}`;
  if (isEveryDay) return words.closedEveryDay;
  return words.closedOn(
    selectorText(selector, words),
    !selector.dates && (selector.weekdays?.length ?? 0) > 0,
  );
}

/** The hours in words, in `language`; rules in their order, as the finder applies them. */
export function describeOpeningHours(hours: OpeningHours, language: Language): string {
  const words = WORDS[language];
  const parts = hours.rules.map((rule) => ruleText(rule, words));
  // Weekdays no rule names are closed: say so after the last weekday rule.
  const weekRules = hours.rules.filter(({ selector }) => !selector.dates);
  const coversEveryDay = weekRules.some(({ selector }) => !selector.weekdays);
  const named = new Set(weekRules.flatMap(({ selector }) => selector.weekdays ?? []));
  const unnamed = [0, 1, 2, 3, 4, 5, 6].filter((day) => !named.has(day));
  if (!coversEveryDay && unnamed.length) {
    const lastWeekRule = hours.rules.findLastIndex(
      ({ selector }) => !selector.dates && (selector.weekdays?.length ?? 0) > 0,
    );
    parts.splice(lastWeekRule + 1, 0, words.closedOn(weekdaysText(unnamed, words), true));
  }
  const opensSomeDay = hours.days.some((spans) => spans.length > 0);
  if (opensSomeDay && !hours.rules.some(({ selector }) => selector.publicHoliday))
    parts.push(words.holidaysNotGiven);
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
