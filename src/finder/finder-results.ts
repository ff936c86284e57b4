import { textIn } from '../core/localized-text.js';
import { distanceMetres } from './directions.js';
import type { MapPoint } from './finder-map.js';
import { LocationSearchIndex } from './location-search.js';
import type { MppLocation } from './locations.js';
import { PROVINCES } from './provinces.js';
import { provinceCodeOf } from './location-summary.js';

export { provinceCodeOf };

export interface ResultFilters {
  /** Indices of the locations that match the search text, best first; none: no search. */
  matches?: readonly number[];
  /** Kemendagri province code, or '' for all. */
  provinceCode: string;
  /** Catalogue service id, or '' for all. */
  service: string;
}

/** Search index over both languages of the names (a visitor may type either). */
export function searchIndexFor(
  locations: readonly MppLocation[],
): LocationSearchIndex<MppLocation> {
  return new LocationSearchIndex(locations, ({ name, properties }) => {
    const [id, en] = [textIn(name, 'id'), textIn(name, 'en')];
    const address = properties.address;
    return {
      name: id === en ? id : `${id} ${en}`,
      regency: properties.regency,
      // "Prov. Jawa Barat" and "provinsi jawa barat" are searches too (contract §5).
      province: properties.province ? `Provinsi ${properties.province}` : undefined,
      address:
        address === undefined ? undefined : `${textIn(address, 'id')} ${textIn(address, 'en')}`,
    };
  });
}

/** The locations to show, best match first. */
export function findLocations(
  locations: readonly MppLocation[],
  { matches, provinceCode, service }: ResultFilters,
): MppLocation[] {
  // Nothing to filter: a copy at once (100,000 pushes one by one are a few ms on a phone).
  if (!matches && !provinceCode && !service) return locations.slice();
  const results: MppLocation[] = [];
  const count = matches ? matches.length : locations.length;
  for (let n = 0; n < count; n++) {
    const location = locations[matches ? matches[n] : n];
    if (provinceCode && provinceCodeOf(location) !== provinceCode) continue;
    if (service && !location.properties.services?.includes(service)) continue;
    results.push(location);
  }
  return results;
}

/** The same locations, nearest to `near` first (a new array). */
export function nearestFirst(locations: readonly MppLocation[], near: MapPoint): MppLocation[] {
  const distances = new Map(
    locations.map((location) => [location, distanceMetres(near, location)]),
  );
  return [...locations].sort((a, b) => distances.get(a)! - distances.get(b)!);
}

/** `province="32"`, `"Jawa Barat"`, `"Prov. Jawa Barat"` → `"32"`; unknown → undefined. */
export function provinceCodeFor(
  value: string,
  locations: readonly MppLocation[],
): string | undefined {
  const wanted = simplifyProvinceName(value);
  if (/^\d{2}$/.test(wanted)) return wanted;
  const known = PROVINCES.find((province) => simplifyProvinceName(province.name) === wanted);
  if (known) return known.code;
  const inData = locations.find(
    (location) => simplifyProvinceName(location.properties.province ?? '') === wanted,
  );
  return inData ? provinceCodeOf(inData) : undefined;
}

function simplifyProvinceName(name: string): string {
  return (
    name
      .trim()
      .toLowerCase()
      .replace(/^(provinsi|prov\.?|propinsi)\s+/, '')
      // DKI Jakarta, Daerah Khusus Ibukota Jakarta and (since 2024) Daerah Khusus Jakarta.
      .replace(/^(dki|daerah khusus( ibu ?kota)?)\s+/, 'dk ')
      .replace(/\s+/g, ' ')
  );
}
