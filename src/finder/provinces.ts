import type { IndonesianTimeZone } from './time-zones.js';

export interface Province {
  /** Kemendagri code, two digits. */
  code: string;
  name: string;
  zone: IndonesianTimeZone;
}

// The 38 provinces (Kemendagri codes) and their legal time zone (Keppres 41/1987, with the
// Papua provinces created in 2022). Used when a location document gives no `timezone`, and to
// understand `province="Jawa Barat"` (other spellings: province-aliases.ts).
const PROVINCE_ROWS: readonly [string, string, IndonesianTimeZone][] = [
  ['11', 'Aceh', 'Asia/Jakarta'],
  ['12', 'Sumatera Utara', 'Asia/Jakarta'],
  ['13', 'Sumatera Barat', 'Asia/Jakarta'],
  ['14', 'Riau', 'Asia/Jakarta'],
  ['15', 'Jambi', 'Asia/Jakarta'],
  ['16', 'Sumatera Selatan', 'Asia/Jakarta'],
  ['17', 'Bengkulu', 'Asia/Jakarta'],
  ['18', 'Lampung', 'Asia/Jakarta'],
  ['19', 'Kepulauan Bangka Belitung', 'Asia/Jakarta'],
  ['21', 'Kepulauan Riau', 'Asia/Jakarta'],
  ['31', 'Daerah Khusus Jakarta', 'Asia/Jakarta'], // "DKI Jakarta" until 2024
  ['32', 'Jawa Barat', 'Asia/Jakarta'],
  ['33', 'Jawa Tengah', 'Asia/Jakarta'],
  ['34', 'Daerah Istimewa Yogyakarta', 'Asia/Jakarta'],
  ['35', 'Jawa Timur', 'Asia/Jakarta'],
  ['36', 'Banten', 'Asia/Jakarta'],
  ['51', 'Bali', 'Asia/Makassar'],
  ['52', 'Nusa Tenggara Barat', 'Asia/Makassar'],
  ['53', 'Nusa Tenggara Timur', 'Asia/Makassar'],
  ['61', 'Kalimantan Barat', 'Asia/Pontianak'],
  ['62', 'Kalimantan Tengah', 'Asia/Pontianak'],
  ['63', 'Kalimantan Selatan', 'Asia/Makassar'],
  ['64', 'Kalimantan Timur', 'Asia/Makassar'],
  ['65', 'Kalimantan Utara', 'Asia/Makassar'],
  ['71', 'Sulawesi Utara', 'Asia/Makassar'],
  ['72', 'Sulawesi Tengah', 'Asia/Makassar'],
  ['73', 'Sulawesi Selatan', 'Asia/Makassar'],
  ['74', 'Sulawesi Tenggara', 'Asia/Makassar'],
  ['75', 'Gorontalo', 'Asia/Makassar'],
  ['76', 'Sulawesi Barat', 'Asia/Makassar'],
  ['81', 'Maluku', 'Asia/Jayapura'],
  ['82', 'Maluku Utara', 'Asia/Jayapura'],
  ['91', 'Papua', 'Asia/Jayapura'],
  ['92', 'Papua Barat', 'Asia/Jayapura'],
  ['93', 'Papua Selatan', 'Asia/Jayapura'],
  ['94', 'Papua Tengah', 'Asia/Jayapura'],
  ['95', 'Papua Pegunungan', 'Asia/Jayapura'],
  ['96', 'Papua Barat Daya', 'Asia/Jayapura'],
];

export const PROVINCES: readonly Province[] = PROVINCE_ROWS.map(([code, name, zone]) => ({
  code,
  name,
  zone,
}));

const byCode = new Map(PROVINCES.map((province) => [province.code, province]));

export function provinceByCode(code: string | undefined): Province | undefined {
  return code === undefined ? undefined : byCode.get(code);
}
