// The bundled MPP list as the search index sees it (one entry per location), shared by the
// search's example tests and its properties.
import locations from '../data/locations.json';
import type { SearchableFields } from '../finder/location-search.js';

export const bundledSearchEntries: SearchableFields[] = locations.features.map(
  ({ properties: p }) => ({
    name: p.name,
    regency: p.regency,
    province: p.province,
    address: p.address,
  }),
);
