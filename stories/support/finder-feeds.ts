// Locations documents for the <mpp-finder> stories, answered in the page by story-feeds.ts
// (`/story-feeds/finder-*.json`): Storybook has no server, and the tests no network.

import { threeZones, threeZonesWith } from '../../src/test-support/three-zones.js';

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });

/** Typical weekday hours (a Friday prayer break in Jayapura): open or closed as the clock says. */
export const threeZonesDocument = threeZones;

const DAY_MINUTES = 24 * 60;
const DAY_NAMES = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
const clock = (minute: number) => {
  const m = ((minute % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};
/** Local minute of the day and weekday (0 = Monday) in a zone `offsetHours` east of UTC. */
function localNow(now: Date, offsetHours: number) {
  const minutes = Math.floor(now.getTime() / 60_000) + offsetHours * 60;
  return {
    minute: ((minutes % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES,
    // 1970-01-01 was a Thursday (weekday 3).
    weekday: (Math.floor(minutes / DAY_MINUTES) + 3) % 7,
  };
}
const halfHourBefore = (minute: number) => Math.floor(minute / 30) * 30;

/**
 * Hours computed when the document is asked for, so that whenever a designer looks there is
 * an MPP open now (Cianjur, WIB), one closed now that opens later (Makassar, WITA) and one
 * closed all day today (Jayapura, WIT). Each state holds for at least an hour.
 */
export function openAndClosedDocument(now = new Date()) {
  const wib = localNow(now, 7);
  const openFrom = halfHourBefore(wib.minute - 60);
  const wita = localNow(now, 8);
  const opensAt = halfHourBefore(wita.minute + 120);
  const wit = localNow(now, 9);
  // Every day named by a date rule ("Jan 1-Dec 31"), so that on a public holiday or cuti
  // bersama these hours still hold instead of the finder's "MPP umumnya tutup".
  return threeZonesWith({
    wib: `Jan 1-Dec 31 ${clock(openFrom)}-${clock(openFrom + 240)}`,
    wita: `Jan 1-Dec 31 ${clock(opensAt)}-${clock(opensAt + 180)}`,
    wit: `Jan 1-Dec 31 08:00-15:00; ${DAY_NAMES[wit.weekday]} off`,
  });
}

/** Coordinates written [latitude, longitude]: the finder refuses the document (schema error). */
export const swappedCoordinatesDocument = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [-6.82, 107.14] },
      properties: {
        id: 'mpp-3203',
        name: 'Mal Pelayanan Publik Kabupaten Cianjur',
        provinceCode: '32',
      },
    },
  ],
};

/** Cianjur closes on public holidays; the other two say nothing of holidays. */
export const holidayHoursDocument = threeZonesWith({
  wib: 'Mo-Su 08:00-16:00; PH off',
  wita: 'Mo-Su 08:00-16:00',
  wit: 'Mo-Su 08:00-15:00',
});

/**
 * A site calendar making today a public holiday whenever the story is looked at: yesterday,
 * today and tomorrow in UTC, so that it is "today" in WIB, WITA and WIT alike.
 */
export function holidayTodayCalendar(now = new Date()) {
  const days = [-1, 0, 1].map((offset) =>
    new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10),
  );
  return {
    years: [...new Set(days.map((day) => Number(day.slice(0, 4))))],
    holidays: days.map((date) => ({
      date,
      kind: 'public-holiday',
      name: { id: 'Libur daerah (contoh)', en: 'Regional holiday (example)' },
    })),
  };
}

/** MPP Kabupaten Cianjur's address as a news report gives it; its point is kept. */
export const cianjurPatch = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: null,
      properties: {
        id: 'mpp-3203',
        address:
          'Gedung eks Cianjur Creative Center, Jl. Mangunsarkoro No. 165, Pamoyanan, Cianjur',
        addressSource: 'https://wartacianjurnews.com (18 Februari 2026)',
      },
    },
  ],
};

export const finderFeeds: Record<string, () => Promise<Response>> = {
  'finder-holiday-hours.json': async () => json(holidayHoursDocument),
  'finder-holiday-today.json': async () => json(holidayTodayCalendar()),
  'finder-patch.json': async () => json(cianjurPatch),
  'finder-three-zones.json': async () => json(threeZonesDocument),
  'finder-open-and-closed.json': async () => json(openAndClosedDocument()),
  'finder-swapped-coordinates.json': async () => json(swappedCoordinatesDocument),
};
