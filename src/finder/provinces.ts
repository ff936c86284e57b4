import { cleanWords, matchKey, suggestionsFor } from '../core/forgiving-match.js';
import type { IndonesianTimeZone } from './time-zones.js';

export interface Province {
  /** Kemendagri code, two digits. */
  code: string;
  name: string;
  zone: IndonesianTimeZone;
  /** Older names and the usual abbreviations (Jabar, DKI, DIY, Kaltim, NTB…). */
  aliases: readonly string[];
}

// The 38 provinces (Kemendagri codes), their legal time zone (Keppres 41/1987, with the
// Papua provinces created in 2022) and the other names webmasters write: former names and the
// abbreviations in common Indonesian use (Jabar, Kaltim, Sulsel, PBD…). Used when a location document gives no `timezone`, and to
// understand `province="Jawa Barat"` or `province="jabar"`.
const PROVINCE_ROWS: readonly [string, string, IndonesianTimeZone, string[]][] = [
  ['11', 'Aceh', 'Asia/Jakarta', ['NAD', 'Nanggroe Aceh Darussalam', 'Daerah Istimewa Aceh']],
  ['12', 'Sumatera Utara', 'Asia/Jakarta', ['Sumut']],
  ['13', 'Sumatera Barat', 'Asia/Jakarta', ['Sumbar']],
  ['14', 'Riau', 'Asia/Jakarta', []],
  ['15', 'Jambi', 'Asia/Jakarta', []],
  ['16', 'Sumatera Selatan', 'Asia/Jakarta', ['Sumsel']],
  ['17', 'Bengkulu', 'Asia/Jakarta', []],
  ['18', 'Lampung', 'Asia/Jakarta', []],
  ['19', 'Kepulauan Bangka Belitung', 'Asia/Jakarta', ['Babel', 'Bangka Belitung']],
  ['21', 'Kepulauan Riau', 'Asia/Jakarta', ['Kepri']],
  [
    '31',
    'Daerah Khusus Jakarta',
    'Asia/Jakarta',
    [
      'DKI',
      'DKI Jakarta',
      'Jakarta',
      'DK Jakarta',
      'Daerah Khusus Ibukota Jakarta',
      'Daerah Khusus Ibu Kota Jakarta',
    ],
  ], // "DKI Jakarta" until 2024
  ['32', 'Jawa Barat', 'Asia/Jakarta', ['Jabar']],
  ['33', 'Jawa Tengah', 'Asia/Jakarta', ['Jateng']],
  [
    '34',
    'Daerah Istimewa Yogyakarta',
    'Asia/Jakarta',
    [
      'DIY',
      'DI Yogyakarta',
      'Yogyakarta',
      'Jogja',
      'Jogjakarta',
      'Yogya',
      'Daerah Istimewa Jogjakarta',
    ],
  ],
  ['35', 'Jawa Timur', 'Asia/Jakarta', ['Jatim']],
  ['36', 'Banten', 'Asia/Jakarta', []],
  ['51', 'Bali', 'Asia/Makassar', []],
  ['52', 'Nusa Tenggara Barat', 'Asia/Makassar', ['NTB']],
  ['53', 'Nusa Tenggara Timur', 'Asia/Makassar', ['NTT']],
  ['61', 'Kalimantan Barat', 'Asia/Pontianak', ['Kalbar']],
  ['62', 'Kalimantan Tengah', 'Asia/Pontianak', ['Kalteng']],
  ['63', 'Kalimantan Selatan', 'Asia/Makassar', ['Kalsel']],
  ['64', 'Kalimantan Timur', 'Asia/Makassar', ['Kaltim']],
  ['65', 'Kalimantan Utara', 'Asia/Makassar', ['Kaltara']],
  ['71', 'Sulawesi Utara', 'Asia/Makassar', ['Sulut']],
  ['72', 'Sulawesi Tengah', 'Asia/Makassar', ['Sulteng']],
  ['73', 'Sulawesi Selatan', 'Asia/Makassar', ['Sulsel']],
  ['74', 'Sulawesi Tenggara', 'Asia/Makassar', ['Sultra']],
  ['75', 'Gorontalo', 'Asia/Makassar', []],
  ['76', 'Sulawesi Barat', 'Asia/Makassar', ['Sulbar']],
  ['81', 'Maluku', 'Asia/Jayapura', []],
  ['82', 'Maluku Utara', 'Asia/Jayapura', ['Malut']],
  ['91', 'Papua', 'Asia/Jayapura', []],
  ['92', 'Papua Barat', 'Asia/Jayapura', ['Pabar', 'Irian Jaya Barat']],
  ['93', 'Papua Selatan', 'Asia/Jayapura', ['Papsel']],
  ['94', 'Papua Tengah', 'Asia/Jayapura', ['Papteng']],
  ['95', 'Papua Pegunungan', 'Asia/Jayapura', ['Papeg']],
  ['96', 'Papua Barat Daya', 'Asia/Jayapura', ['PBD']],
];

export const PROVINCES: readonly Province[] = PROVINCE_ROWS.map(([code, name, zone, aliases]) => ({
  code,
  name,
  zone,
  aliases,
}));

const byCode = new Map(PROVINCES.map((province) => [province.code, province]));

export function provinceByCode(code: string | undefined): Province | undefined {
  return code === undefined ? undefined : byCode.get(code);
}

/** "Sumatra" and "Sumatera", "Kep." and "Kepulauan", "Prov." in front: one spelling each. */
function provinceKey(value: string): string {
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
    [province.name, ...province.aliases].map((spelling) => [provinceKey(spelling), province]),
  ),
);

/** A province by code (`32`), name (`Jawa Barat`, `jawa-barat`), old name or abbreviation (`Jabar`). */
export function findProvince(value: string): Province | undefined {
  const trimmed = cleanWords(value);
  return byCode.get(trimmed) ?? byKey.get(provinceKey(trimmed));
}

/** The provinces an unknown `value` may have meant (`Jawa` → the three Jawa provinces). */
export function provinceSuggestions(value: string): Province[] {
  return suggestionsFor(
    provinceKey(value),
    PROVINCES.map((province) => ({
      spellings: [province.name, ...province.aliases].map(provinceKey),
      value: province,
    })),
  );
}
