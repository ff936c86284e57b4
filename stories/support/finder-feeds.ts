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
  return threeZonesWith({
    wib: `Mo-Su ${clock(openFrom)}-${clock(openFrom + 240)}`,
    wita: `Mo-Su ${clock(opensAt)}-${clock(opensAt + 180)}`,
    wit: `Mo-Su 08:00-15:00; ${DAY_NAMES[wit.weekday]} off`,
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

export const finderFeeds: Record<string, () => Promise<Response>> = {
  'finder-three-zones.json': async () => json(threeZonesDocument),
  'finder-open-and-closed.json': async () => json(openAndClosedDocument()),
  'finder-swapped-coordinates.json': async () => json(swappedCoordinatesDocument),
};
