// Builds the bundled national MPP list of <mpp-finder> (contract §5, §6.1) from the reference data
// in shared/data (mpp/, regions/, hours/). It only transforms: every fact comes from the input, and
// anything it cannot map (unknown regency, missing time zone, duplicate id, coordinates outside
// Indonesia) stops the build with exit code 1.
//
//   node scripts/build-locations.mjs [shared-data-dir]
//
// Writes src/data/locations.json (GeoJSON, prettier-stable, same input → same bytes) and prints a
// summary. Provenance of every field: src/data/LOCATIONS-SOURCES.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_INPUT_DIR = resolve(repoRoot, '../shared/data');
export const OUTPUT = join(repoRoot, 'src/data/locations.json');

export const TIMEZONES = ['Asia/Jakarta', 'Asia/Pontianak', 'Asia/Makassar', 'Asia/Jayapura'];
/** Indonesia's bounding box, [min, max]. */
export const BOUNDS = { lon: [94, 142], lat: [-11, 7] };
/** Province-run MPPs (contract §5: `mpp-prov-<province code>`), keyed by the seed's regency code. */
export const PROVINCE_RUN = { 31.74: '31' };
export const SOURCE_CAPITAL = 'regency capital (cahyadsn/wilayah)';
export const SOURCE_CENTROID = 'regency polygon centroid (cahyadsn/wilayah_boundaries)';

/**
 * Opening hours that shared/data/hours/jam_operasional_notes.md gives for one specific MPP with
 * both days and times. Reviewed by hand; entries of that file with times but no days (Kota Malang,
 * DKI Jakarta 2017, Kota Mataram), no start time (Palembang) or a temporary schedule (Kota Bandung,
 * Ramadan 2025) are left out rather than completed by guessing.
 */
export const OPENING_HOURS = {
  14.71: {
    openingHours: 'Mo-Fr 08:00-15:00',
    openingHoursSource:
      'https://nadariau.com/2019/05/07/ramadhan-pelayanan-mpp-pekanbaru-tetap-seperti-hari-biasa (2019-05-07: "Senin–Jumat 08.00–15.00 WIB")',
  },
  19.71: {
    openingHours: 'Mo-Fr 08:00-16:00',
    openingHoursSource:
      'MPP Kota Pangkalpinang website, "Buka Senin - Jumat 08:00 - 16:00" (as recorded in shared/data/hours/jam_operasional_notes.md)',
  },
};

/** Seed evidence keys that date an opening (inauguration, soft launch, pilot); others only show operation. */
const OPENING_EVIDENCE = /inauguration|soft launch|pilot/i;

class BuildError extends Error {}
const fail = (message) => {
  throw new BuildError(message);
};

/** RFC 4180-style CSV: quoted fields, doubled quotes, commas and newlines inside quotes. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (quoted) fail('CSV: unterminated quoted field');
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows.filter((r) => !(r.length === 1 && r[0] === ''));
  return body.map((r, index) => {
    if (r.length !== header.length)
      fail(`CSV line ${index + 2}: ${r.length} fields, header has ${header.length}`);
    return Object.fromEntries(header.map((name, i) => [name, r[i].trim()]));
  });
}

export function readInput(dir = DEFAULT_INPUT_DIR) {
  const csv = (path) => {
    try {
      return parseCsv(readFileSync(join(dir, path), 'utf8'));
    } catch (error) {
      if (error instanceof BuildError) fail(`${path}: ${error.message}`);
      throw error;
    }
  };
  return {
    seed: csv('mpp/mpp_partial_seed.csv'),
    seedSources: JSON.parse(readFileSync(join(dir, 'mpp/mpp_partial_seed_sources.json'), 'utf8')),
    additions: csv('mpp/mpp_additions.csv'),
    inferred: csv('mpp/mpp_inferred_by_elimination.csv'),
    addresses: csv('mpp/mpp_addresses.csv'),
    dates: csv('mpp/seed_date_evidence.csv'),
    provinces: csv('regions/provinces_38.csv'),
    regencies: csv('regions/regencies_centroid_cahyadsn.csv'),
    capitals: csv('regions/regency_capitals.csv'),
  };
}

const ISO_PARTIAL = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const NOT_LATER = /^<=(\d{4}(-\d{2}(-\d{2})?)?)$/;
const round5 = (x) => Math.round(x * 1e5) / 1e5;
const squash = (s) =>
  s
    .toLowerCase()
    .replace(/^(mal pelayanan publik|mpp)\s+/, '')
    .replace(/\(.*\)/g, '')
    .replace(/[^a-z]/g, '');

/** A date as given: partial ISO → opened; "<=X" or anything else → a note. */
function openedFields(value, what) {
  if (!value) return {};
  if (ISO_PARTIAL.test(value)) return { opened: value };
  const notLater = NOT_LATER.exec(value);
  if (notLater) return { openedNote: `Opened on or before ${notLater[1]} (${what}).` };
  return { openedNote: `Opened ${value} (${what}).` };
}

export function buildLocations(input) {
  const warnings = [];
  const provinces = new Map(input.provinces.map((p) => [p.kode_kemendagri, p]));
  const regencies = new Map(input.regencies.map((r) => [r.kode_kemendagri, r]));
  const capitals = new Map(input.capitals.map((c) => [c.regency_code, c]));

  const place = (code, where) => {
    const regency = regencies.get(code);
    if (!regency)
      fail(
        `${where}: regency code ${JSON.stringify(code)} is not in regencies_centroid_cahyadsn.csv`,
      );
    const province = provinces.get(regency.kode_prov);
    if (!province) fail(`${where}: province ${regency.kode_prov} is not in provinces_38.csv`);
    if (!TIMEZONES.includes(province.iana_tz))
      fail(
        `${where}: province ${province.kode_kemendagri} has no valid time zone (${JSON.stringify(province.iana_tz)})`,
      );
    const capital = capitals.get(code);
    const useCapital =
      capital && ['ok', 'check'].includes(capital.qa_flag) && capital.lat && capital.lng;
    const [lat, lon] = useCapital
      ? [Number(capital.lat), Number(capital.lng)]
      : [Number(regency.lat), Number(regency.lng)];
    if (!Number.isFinite(lat) || !Number.isFinite(lon))
      fail(`${where}: no coordinates for ${code}`);
    if (lon < BOUNDS.lon[0] || lon > BOUNDS.lon[1] || lat < BOUNDS.lat[0] || lat > BOUNDS.lat[1])
      fail(`${where}: [${lon}, ${lat}] lies outside Indonesia`);
    return {
      regency,
      province,
      coordinates: [round5(lon), round5(lat)],
      coordinateSource: useCapital ? `${SOURCE_CAPITAL}: ${capital.capital_name}` : SOURCE_CENTROID,
    };
  };

  const records = [];
  // --- seed rows ---------------------------------------------------------------------------
  input.seed.forEach((row, index) => {
    const where = `mpp_partial_seed.csv line ${index + 2} (${row.name})`;
    const code = row.kode_kemendagri_kabkota;
    const p = place(code, where);
    if (row.kode_kemendagri_prov !== p.regency.kode_prov)
      fail(`${where}: province code ${row.kode_kemendagri_prov} does not match regency ${code}`);
    if (row.kabkota !== p.regency.nama)
      warnings.push(`${where}: kabkota "${row.kabkota}" ≠ cahyadsn "${p.regency.nama}"`);
    if (row.timezone && row.timezone !== p.province.iana_tz)
      warnings.push(`${where}: seed timezone ${row.timezone} ≠ provinces_38 ${p.province.iana_tz}`);
    const expectedId = `mpp-${code.replace('.', '')}`;
    if (row.id !== expectedId) warnings.push(`${where}: seed id ${row.id} ≠ ${expectedId}`);
    const keys = row.evidence
      .split(';')
      .map((k) => k.trim())
      .filter(Boolean);
    if (!keys.length) fail(`${where}: no evidence key`);
    const evidence = keys.map((key) => {
      const found = input.seedSources[key];
      if (!found?.url)
        fail(`${where}: evidence key ${key} is not in mpp_partial_seed_sources.json`);
      return { key, ...found };
    });
    const primary = evidence.find((e) => e.date === row.evidence_first_date) ?? evidence[0];
    if (primary.date !== row.evidence_first_date)
      warnings.push(`${where}: evidence_first_date ${row.evidence_first_date} matches no key`);
    const dateFields = OPENING_EVIDENCE.test(primary.note)
      ? openedFields(row.evidence_first_date, primary.note)
      : {
          openedNote: `Opening date not found; in operation by ${row.evidence_first_date} (${primary.note}).`,
          operationOnly: true,
        };
    records.push({
      code,
      origin: 'seed',
      place: p,
      name: row.name,
      source: primary.url,
      otherSources: evidence.filter((e) => e !== primary).map((e) => e.url),
      ...dateFields,
    });
  });
  // --- additions ---------------------------------------------------------------------------
  input.additions.forEach((row, index) => {
    const where = `mpp_additions.csv line ${index + 2} (${row.name})`;
    const code = row.regency_code;
    const p = place(code, where);
    if (row.province_code !== p.regency.kode_prov)
      fail(`${where}: province code ${row.province_code} does not match regency ${code}`);
    if (!squash(p.regency.nama).includes(squash(row.name).replace(/^(kabupaten|kota)/, '')))
      warnings.push(`${where}: name does not match cahyadsn "${p.regency.nama}"`);
    if (!/^https?:\/\//.test(row.source_url)) fail(`${where}: no source URL`);
    records.push({
      code,
      origin: 'addition',
      place: p,
      name: row.name.replace(/^MPP /, 'Mal Pelayanan Publik '),
      source: row.source_url,
      otherSources: [],
      ...openedFields(row.opened, 'the source gives no exact date'),
    });
    if (!row.opened) warnings.push(`${where}: no opening date`);
  });

  const byCode = new Map();
  for (const record of records) {
    if (byCode.has(record.code)) fail(`duplicate regency code ${record.code} (${record.name})`);
    byCode.set(record.code, record);
  }
  const inferredCodes = new Set(input.inferred.map((r) => r.regency_code));
  for (const code of inferredCodes)
    if (byCode.has(code)) fail(`inferred-by-elimination ${code} is also in the named list`);

  // --- better opening dates ----------------------------------------------------------------
  const datesApplied = new Set();
  input.dates.forEach((row, index) => {
    const where = `seed_date_evidence.csv line ${index + 2}`;
    for (const code of row.regency_code.split(';').map((c) => c.trim())) {
      const record = byCode.get(code);
      if (!record) fail(`${where}: regency code ${code} is not in the list`);
      if (record.origin !== 'seed') warnings.push(`${where}: ${code} is not a seed row`);
      if (datesApplied.has(code)) {
        warnings.push(`${where}: ${code} given twice; first row kept`);
        continue;
      }
      datesApplied.add(code);
      const better = openedFields(row.better_opened, row.note);
      // Keep the seed's own date in the note when it differs (e.g. ministerial vs local launch).
      const seedDate =
        record.opened && record.opened !== better.opened
          ? `Seed list: ${record.opened} (${record.source}).`
          : '';
      const earlier = record.operationOnly && !better.opened ? record.openedNote : '';
      delete record.opened;
      Object.assign(record, better);
      record.openedSource = row.source_url;
      const own = better.openedNote ?? `${row.note.replace(/[.\s]+$/, '')}.`;
      record.openedNote = [own, earlier, seedDate].filter(Boolean).join(' ');
    }
  });

  // --- addresses ---------------------------------------------------------------------------
  const skippedAddresses = [];
  input.addresses.forEach((row, index) => {
    const where = `mpp_addresses.csv line ${index + 2} (${row.name})`;
    const record = byCode.get(row.regency_code);
    const provincial = /provinsi/i.test(row.name);
    // A provincial MPP's address must not land on the city MPP with the same regency code.
    if (!record || provincial !== (PROVINCE_RUN[row.regency_code] !== undefined)) {
      skippedAddresses.push(`${where}: not one of the listed MPPs; address left out`);
      return;
    }
    if (record.address) fail(`${where}: second address for ${row.regency_code}`);
    record.address = row.address;
    if (row.building) record.building = row.building;
    record.addressSource = row.source_url;
  });
  warnings.push(...skippedAddresses);

  // --- features ----------------------------------------------------------------------------
  const features = records.map((record) => {
    const { place: p, code } = record;
    const provinceCode = PROVINCE_RUN[code];
    const id = provinceCode ? `mpp-prov-${provinceCode}` : `mpp-${code.replace('.', '')}`;
    const properties = {
      id,
      name: record.name,
      province: p.province.nama,
      provinceCode: p.province.kode_kemendagri,
      regency: p.regency.nama,
      regencyCode: code,
      ...(record.address && {
        address: record.address,
        ...(record.building && { building: record.building }),
        addressSource: record.addressSource,
      }),
      timezone: p.province.iana_tz,
      ...(OPENING_HOURS[code] ?? {}),
      ...(record.opened && { opened: record.opened }),
      ...(record.openedNote && { openedNote: record.openedNote }),
      ...(record.openedSource && { openedSource: record.openedSource }),
      coordinatePrecision: 'approximate',
      coordinateSource: p.coordinateSource,
      source: record.source,
      ...(record.otherSources.length && { otherSources: record.otherSources }),
    };
    return { type: 'Feature', geometry: { type: 'Point', coordinates: p.coordinates }, properties };
  });
  for (const code of Object.keys(OPENING_HOURS))
    if (!byCode.has(code)) fail(`OPENING_HOURS: ${code} is not in the list`);
  features.sort((a, b) => (a.properties.id < b.properties.id ? -1 : 1));
  const ids = new Set();
  for (const f of features) {
    if (ids.has(f.properties.id)) fail(`duplicate id ${f.properties.id}`);
    ids.add(f.properties.id);
  }
  return {
    collection: { type: 'FeatureCollection', features },
    warnings,
    left_out: input.inferred.map((r) => `${r.name} (${r.regency_code})`),
  };
}

/** JSON formatted by the project's prettier (a dev dependency), so `prettier --check` passes. */
export async function serialize(collection) {
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(OUTPUT)) ?? {};
  return prettier.format(JSON.stringify(collection, null, 2), { ...options, filepath: OUTPUT });
}

export function summarize(collection) {
  const count = (fn) => {
    const map = {};
    for (const f of collection.features) {
      const k = fn(f.properties);
      map[k] = (map[k] ?? 0) + 1;
    }
    return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : 1)));
  };
  const ps = collection.features.map((f) => f.properties);
  return {
    features: ps.length,
    byProvince: count((p) => `${p.provinceCode} ${p.province}`),
    byCoordinateSource: count((p) => p.coordinateSource.split(':')[0]),
    withAddress: ps.filter((p) => p.address).length,
    withOpeningHours: ps.filter((p) => p.openingHours).length,
    withExactOpenedDate: ps.filter((p) => /^\d{4}-\d{2}-\d{2}$/.test(p.opened ?? '')).length,
    withPartialOpenedDate: ps.filter((p) => p.opened && !/^\d{4}-\d{2}-\d{2}$/.test(p.opened))
      .length,
    withoutOpened: ps.filter((p) => !p.opened).length,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const dir = process.argv[2] ? resolve(process.argv[2]) : DEFAULT_INPUT_DIR;
    const { collection, warnings, left_out } = buildLocations(readInput(dir));
    writeFileSync(OUTPUT, await serialize(collection));
    for (const w of warnings) console.warn(`warning: ${w}`);
    console.log(`left out (inferred by elimination, no source names them): ${left_out.join(', ')}`);
    console.log(JSON.stringify(summarize(collection), null, 2));
    console.log(`wrote ${OUTPUT}`);
  } catch (error) {
    if (!(error instanceof BuildError)) throw error;
    console.error(`build-locations: ${error.message}`);
    process.exit(1);
  }
}
