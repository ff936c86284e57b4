import type { MppLocation } from './locations.js';
import { provinceByCode } from './provinces.js';

/** The choices of the finder's filters for one document. */
export interface FilterChoices {
  /** The service ids any location lists, sorted (empty: the data says nothing about services). */
  services: string[];
  /** The provinces present, by name in alphabetical order. */
  provinces: { code: string; name: string }[];
}

/** The province code of a location: given, or the first two digits of its regency code. */
export function provinceCodeOf({ properties }: MppLocation): string | undefined {
  return properties.provinceCode ?? properties.regencyCode?.slice(0, 2);
}

/**
 * The filters' choices. A large document's are worked out in the worker that reads it (at
 * 100,000 locations this pass is a long task on a phone's main thread).
 */
export function filterChoices(locations: readonly MppLocation[]): FilterChoices {
  const services = new Set<string>();
  /** Province code → its name: the official one, else the data's, else the code. */
  const names = new Map<string, string>();
  for (const location of locations) {
    for (const id of location.properties.services ?? []) services.add(id);
    const code = provinceCodeOf(location);
    if (code && !names.has(code)) {
      names.set(code, provinceByCode(code)?.name ?? location.properties.province ?? code);
    }
  }
  // Province names are Latin letters and spaces: their lower-case forms compared code unit by
  // code unit give Indonesian alphabetical order, without an `Intl.Collator`, whose collation
  // data cost a phone more than all the rest of this pass.
  const provinces = [...names]
    .map(([code, name]) => ({ code, name, key: name.toLowerCase() }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ code, name }) => ({ code, name }));
  return { services: [...services].sort(), provinces };
}
