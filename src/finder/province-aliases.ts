import { cleanWords, matchKey } from '../core/forgiving-match.js';
import { provinceByCode, PROVINCES, type Province } from './provinces.js';

// The other ways webmasters write provinces: any case and separators (`jawa-barat`), former
// names and the abbreviations in common Indonesian use (Jabar, Kaltim, Sulsel, PBD…), by
// Kemendagri code. Loaded (with the finder's hints) only when `province` is neither a code nor
// an official name.
export const PROVINCE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  '11': ['NAD', 'Nanggroe Aceh Darussalam', 'Daerah Istimewa Aceh'],
  '12': ['Sumut'],
  '13': ['Sumbar'],
  '16': ['Sumsel'],
  '19': ['Babel', 'Bangka Belitung'],
  '21': ['Kepri'],
  '31': [
    'DKI',
    'DKI Jakarta',
    'Jakarta',
    'DK Jakarta',
    'Daerah Khusus Ibukota Jakarta',
    'Daerah Khusus Ibu Kota Jakarta',
  ],
  '32': ['Jabar'],
  '33': ['Jateng'],
  '34': [
    'DIY',
    'DI Yogyakarta',
    'Yogyakarta',
    'Jogja',
    'Jogjakarta',
    'Yogya',
    'Daerah Istimewa Jogjakarta',
  ],
  '35': ['Jatim'],
  '52': ['NTB'],
  '53': ['NTT'],
  '61': ['Kalbar'],
  '62': ['Kalteng'],
  '63': ['Kalsel'],
  '64': ['Kaltim'],
  '65': ['Kaltara'],
  '71': ['Sulut'],
  '72': ['Sulteng'],
  '73': ['Sulsel'],
  '74': ['Sultra'],
  '76': ['Sulbar'],
  '82': ['Malut'],
  '92': ['Pabar', 'Irian Jaya Barat'],
  '93': ['Papsel'],
  '94': ['Papteng'],
  '95': ['Papeg'],
  '96': ['PBD'],
};

/** "Sumatra" and "Sumatera", "Kep." and "Kepulauan", "Prov." in front: one spelling each. */
export function provinceKey(value: string): string {
  return matchKey(
    cleanWords(value)
      .toLowerCase()
      .replace(/^(provinsi|propinsi|prov\.?)\s+/, '')
      .replace(/\bsumatra\b/g, 'sumatera')
      .replace(/\bkep\.?\s+/g, 'kepulauan '),
  );
}

const byKey = new Map(
  PROVINCES.flatMap((province) =>
    [province.name, ...(PROVINCE_ALIASES[province.code] ?? [])].map((spelling) => [
      provinceKey(spelling),
      province,
    ]),
  ),
);

/** A province by code, official name in any spelling, former name or abbreviation (`Jabar`). */
export function findProvinceByAnyName(value: string): Province | undefined {
  return provinceByCode(cleanWords(value)) ?? byKey.get(provinceKey(value));
}
