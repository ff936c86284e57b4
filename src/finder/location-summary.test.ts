import { expect } from '@open-wc/testing';
import '../test-support/setup.js';
import { LocationSummary } from './location-summary.js';
import type { MppLocation } from './locations.js';

const location = (
  id: string,
  properties: Partial<MppLocation['properties']> = {},
): MppLocation => ({
  id,
  name: id,
  lat: -6.2,
  lon: 106.8,
  properties: { id, name: id, ...properties },
  approximate: false,
});

describe('LocationSummary', () => {
  it('lists each service once, sorted, and each province once, by name', () => {
    const summary = new LocationSummary([
      location('a', { provinceCode: '32', services: ['paspor', 'ktp'] }),
      location('b', { regencyCode: '31.71', services: ['ktp'] }),
      location('c', { provinceCode: '11' }),
      // Not one of the 38 codes: named as the data names it, else by its code.
      location('d', { provinceCode: '99', province: 'Provinsi Contoh' }),
      location('e', { provinceCode: '98' }),
      location('f', { provinceCode: '32', province: 'Jabar' }),
      location('g'),
    ]);
    expect(summary.collectFor(Infinity)).to.equal(true);
    expect(summary.services()).to.deep.equal(['ktp', 'paspor']);
    expect(summary.provinces()).to.deep.equal([
      { code: '98', name: '98' },
      { code: '11', name: 'Aceh' },
      { code: '31', name: 'Daerah Khusus Jakarta' },
      { code: '32', name: 'Jawa Barat' },
      { code: '99', name: 'Provinsi Contoh' },
    ]);
  });

  it('orders names as Indonesian does, whatever their case', () => {
    const summary = new LocationSummary([
      location('a', { provinceCode: '97', province: 'papua raya' }),
      location('b', { provinceCode: '91' }),
      location('c', { provinceCode: '92' }),
      location('d', { provinceCode: '96' }),
    ]);
    summary.collectFor(Infinity);
    expect(summary.provinces().map(({ name }) => name)).to.deep.equal([
      'Papua',
      'Papua Barat',
      'Papua Barat Daya',
      'papua raya',
    ]);
  });

  it('works through a large list in slices, with the same result as in one go', () => {
    const locations = Array.from({ length: 5000 }, (_, i) =>
      location(`mpp-${i}`, {
        provinceCode: String(11 + (i % 80)),
        services: [`layanan-${i % 7}`],
      }),
    );
    const sliced = new LocationSummary(locations);
    let slices = 1;
    // No time at all: each call still takes a step, and never the whole list.
    while (!sliced.collectFor(0)) slices++;
    expect(slices).to.be.greaterThan(1);
    const whole = new LocationSummary(locations);
    whole.collectFor(Infinity);
    expect(sliced.services()).to.deep.equal(whole.services());
    expect(sliced.provinces()).to.deep.equal(whole.provinces());
    expect(sliced.services()).to.have.length(7);
  });

  it('is done at once for no locations', () => {
    const summary = new LocationSummary([]);
    expect(summary.done).to.equal(true);
    expect(summary.services()).to.deep.equal([]);
    expect(summary.provinces()).to.deep.equal([]);
  });
});
