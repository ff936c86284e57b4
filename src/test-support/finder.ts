// Locations documents (contract §6.1) and a fixture for the finder tests.
import { fixture, html } from '@open-wc/testing';
import type { MppFinder } from '../finder/finder.js';
import '../finder/index.js';

/** Tiles from the test server (answered 404): tests never touch the internet. */
export const LOCAL_TILES = '/tiles/{z}/{x}/{y}.png';

/** Nothing listens on port 9: every tile fails at once, as when offline or blocked. */
export const UNREACHABLE_TILES = 'http://127.0.0.1:9/{z}/{x}/{y}.png';

const feature = (lon: number, lat: number, properties: Record<string, unknown>) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties,
});

/** Three MPPs, one per time zone, with hours (a Friday break in Jayapura). */
export const threeZones = {
  type: 'FeatureCollection',
  features: [
    feature(107.14, -6.82, {
      id: 'mpp-3203',
      name: 'Mal Pelayanan Publik Kabupaten Cianjur',
      province: 'Jawa Barat',
      provinceCode: '32',
      regency: 'Kabupaten Cianjur',
      regencyCode: '32.03',
      address: 'Jl. Raya Bandung No. 1, Cianjur',
      phone: '(0263) 123-456',
      website: 'https://mpp.cianjurkab.go.id',
      openingHours: 'Mo-Fr 08:00-15:00',
      coordinatePrecision: 'exact',
    }),
    feature(119.42, -5.14, {
      id: 'mpp-7371',
      name: { id: 'Mal Pelayanan Publik Kota Makassar', en: 'Makassar City Public Service Mall' },
      province: 'Sulawesi Selatan',
      provinceCode: '73',
      regency: 'Kota Makassar',
      openingHours: 'Mo-Fr 08:00-16:00',
      coordinatePrecision: 'approximate',
    }),
    feature(140.7, -2.53, {
      id: 'mpp-9171',
      name: 'Mal Pelayanan Publik Kota Jayapura',
      province: 'Papua',
      provinceCode: '91',
      regency: 'Kota Jayapura',
      openingHours: 'Mo-Th 08:00-15:00; Fr 08:00-11:30,13:00-15:30',
    }),
  ],
};

export async function finderFixture(attributes: Record<string, string | boolean> = {}) {
  const element = await fixture<MppFinder>(html`<mpp-finder></mpp-finder>`);
  const all: Record<string, string | boolean> = { 'tile-url': LOCAL_TILES, ...attributes };
  for (const [name, value] of Object.entries(all)) {
    if (value === false) element.removeAttribute(name);
    else element.setAttribute(name, value === true ? '' : value);
  }
  return element;
}
