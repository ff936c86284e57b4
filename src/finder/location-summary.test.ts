import { expect } from '@open-wc/testing';
import '../test-support/setup.js';
import { filterChoices } from './location-summary.js';
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

describe('filterChoices', () => {
  it('lists each service once, sorted, and each province once, by name', () => {
    const choices = filterChoices([
      location('a', { provinceCode: '32', services: ['paspor', 'ktp'] }),
      location('b', { regencyCode: '31.71', services: ['ktp'] }),
      location('c', { provinceCode: '11' }),
      // Not one of the 38 codes: named as the data names it, else by its code.
      location('d', { provinceCode: '99', province: 'Provinsi Contoh' }),
      location('e', { provinceCode: '98' }),
      location('f', { provinceCode: '32', province: 'Jabar' }),
      location('g'),
    ]);
    expect(choices.services).to.deep.equal(['ktp', 'paspor']);
    expect(choices.provinces).to.deep.equal([
      { code: '98', name: '98' },
      { code: '11', name: 'Aceh' },
      { code: '31', name: 'Daerah Khusus Jakarta' },
      { code: '32', name: 'Jawa Barat' },
      { code: '99', name: 'Provinsi Contoh' },
    ]);
  });

  it('orders names alphabetically, whatever their case', () => {
    const { provinces } = filterChoices([
      location('a', { provinceCode: '97', province: 'papua raya' }),
      location('b', { provinceCode: '91' }),
      location('c', { provinceCode: '92' }),
      location('d', { provinceCode: '96' }),
    ]);
    expect(provinces.map(({ name }) => name)).to.deep.equal([
      'Papua',
      'Papua Barat',
      'Papua Barat Daya',
      'papua raya',
    ]);
  });

  it('has no choices for no locations', () => {
    expect(filterChoices([])).to.deep.equal({ services: [], provinces: [] });
  });
});
