// Three MPPs, one per time zone (WIB, WITA, WIT): the locations document of the finder's
// tests and stories (pure data, so Storybook can use it too).

const feature = (lon: number, lat: number, properties: Record<string, unknown>) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties,
});

/** One MPP per time zone (WIB, WITA, WIT) with the given hours. */
export function threeZonesWith(hours: { wib: string; wita: string; wit: string }) {
  return {
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
        openingHours: hours.wib,
        coordinatePrecision: 'exact',
      }),
      feature(119.42, -5.14, {
        id: 'mpp-7371',
        name: { id: 'Mal Pelayanan Publik Kota Makassar', en: 'Makassar City Public Service Mall' },
        province: 'Sulawesi Selatan',
        provinceCode: '73',
        regency: 'Kota Makassar',
        openingHours: hours.wita,
        coordinatePrecision: 'approximate',
      }),
      feature(140.7, -2.53, {
        id: 'mpp-9171',
        name: 'Mal Pelayanan Publik Kota Jayapura',
        province: 'Papua',
        provinceCode: '91',
        regency: 'Kota Jayapura',
        openingHours: hours.wit,
      }),
    ],
  };
}

/** Weekday hours, with the Friday prayer break in Jayapura. */
export const threeZones = threeZonesWith({
  wib: 'Mo-Fr 08:00-15:00',
  wita: 'Mo-Fr 08:00-16:00',
  wit: 'Mo-Th 08:00-15:00; Fr 08:00-11:30,13:00-15:30',
});
