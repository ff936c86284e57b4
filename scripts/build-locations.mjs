// Builds the bundled national MPP list of <mpp-finder> (contract §5, §6.1) from the project's own
// data: one record per MPP in data/mpp/ and the regional reference data in data/regions/
// (data/README.md documents both). It only transforms and checks: every fact comes from a record
// with its source, and anything that does not hold (schema, unknown codes, an id that does not fit
// its regency, a point far from its regency, hours the finder cannot read, English words in an
// Indonesian field) stops the build with exit code 1 and a message naming the file.
//
//   npm run data:locations          writes src/data/locations.json, data/mpp.schema.json and the
//                                   coverage figures in data/README.md, then tests them
//   node scripts/build-locations.mjs --check   writes nothing; exit 1 when any of them is stale
//
// Same input → same bytes (records are read in file-name order, output sorted by id).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as v from 'valibot';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const PATHS = {
  records: join(repoRoot, 'data/mpp'),
  regions: join(repoRoot, 'data/regions'),
  schema: join(repoRoot, 'data/mpp.schema.json'),
  readme: join(repoRoot, 'data/README.md'),
  output: join(repoRoot, 'src/data/locations.json'),
  openingHours: 'src/finder/opening-hours.ts',
  finderLocations: 'src/finder/locations.ts',
  locationRules: 'src/finder/location-rules.ts',
};

export const TIMEZONES = ['Asia/Jakarta', 'Asia/Pontianak', 'Asia/Makassar', 'Asia/Jayapura'];
/** Indonesia's bounding box, [min, max]. */
export const BOUNDS = { lon: [94, 142], lat: [-11, 7] };
/** An approximate point further than this from its regency's capital and centroid is an error. */
export const MAX_KM_FROM_REGENCY = 60;
/** Number of MPPs the ministry counts nationally (15 Dec 2025), for the coverage figures. */
export const OFFICIAL_TOTAL = 305;
/**
 * English words that slip into Indonesian text when notes are copied from research (whole words,
 * any case). Proper names that look English (Mall, Center, Tower, Plaza) are deliberately absent.
 */
export const ENGLISH_WORDS = [
  'south',
  'north',
  'east',
  'west',
  'side',
  'second',
  'floor',
  'building',
  'street',
  'road',
  'near',
  'outlet',
  'of the',
  'former',
  'next to',
  'behind',
  'storey',
  'temporary',
  'planned',
  'located',
  'opposite',
  'the',
  'and',
  'from',
  'since',
  'moved',
  'office',
];
const ENGLISH = new RegExp(`\\b(${ENGLISH_WORDS.join('|').replaceAll(' ', '\\s+')})\\b`, 'i');

/**
 * Sites found republishing Indonesian news under another domain: cite the original instead
 * (research notes, December 2026). Matched against every URL of a record.
 */
export const MIRROR_DOMAINS = ['workingclassstudies.org', 'tribunmedan.cfd', 'kievskiy.org'];

export const COVERAGE_START = '<!-- coverage:start (npm run data:locations) -->';
export const COVERAGE_END = '<!-- coverage:end -->';

class BuildError extends Error {}
const fail = (message) => {
  throw new BuildError(message);
};

// --- the record format (data/mpp/<id>.json); data/mpp.schema.json is generated from it --------
const text = v.pipe(v.string(), v.trim(), v.nonEmpty());
const isoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date: 2022, 2022-05 or 2022-05-13'),
);
const retrieved = v.pipe(
  v.string(),
  v.regex(/^(<=)?\d{4}-\d{2}-\d{2}$/, 'the day the source was read: 2026-12-01'),
  v.description(
    'Tanggal sumber dibaca (YYYY-MM-DD). "<=2026-11-25": paling lambat tanggal itu (data lama yang tanggal bacanya tidak tercatat).',
  ),
);
const url = v.pipe(
  v.string(),
  v.regex(/^https?:\/\/\S+\.\S+$/, 'a web address (https://…)'),
  v.description('URL sumber: halaman resmi Pemda/kementerian, berita, atau dokumen.'),
);
const bilingual = v.strictObject({
  id: v.pipe(text, v.description('Bahasa Indonesia')),
  en: v.pipe(text, v.description('English')),
});
/** One fact: its value and where it comes from. */
const fact = (entries, description) =>
  v.pipe(
    v.strictObject({
      ...entries,
      note: v.optional(v.union([text, bilingual])),
      quote: v.optional(v.pipe(text, v.description('Kutipan kata-kata sumber.'))),
      source: url,
      published: v.optional(v.pipe(isoDate, v.description('Tanggal terbit sumber.'))),
      retrieved,
      otherSources: v.optional(v.array(url)),
      ...(entries.quote && { quote: entries.quote }),
    }),
    v.description(description),
  );

/**
 * The record format. The status kinds are the finder's own (`OPERATING_STATUSES`), so a status
 * the finder cannot show never gets into the data.
 */
export const recordSchema = (statusKinds) =>
  v.strictObject({
    $schema: v.optional(v.string()),
    id: v.pipe(
      v.string(),
      v.regex(/^mpp-(\d{4}|prov-\d{2})$/, 'mpp-<regency code without the dot> or mpp-prov-<code>'),
      v.description('mpp-<kode kab/kota tanpa titik>, mis. mpp-3203; MPP provinsi: mpp-prov-31.'),
    ),
    regencyCode: v.pipe(
      v.string(),
      v.regex(/^\d{2}\.\d{2}$/, 'a Kemendagri regency code like "32.03"'),
      v.description('Kode Kemendagri kabupaten/kota tempat MPP berada, mis. "32.03".'),
    ),
    name: fact({ value: text }, 'Nama resmi MPP.'),
    status: v.optional(
      fact(
        {
          value: v.picklist(statusKinds),
          since: v.optional(isoDate),
          note: bilingual,
        },
        'Status: operating (beroperasi, dengan catatan), moved (sudah pindah), relocating (akan pindah), temporarily-closed (tutup sementara), closed (tutup), not-yet-open (belum buka).',
      ),
    ),
    address: v.optional(
      fact(
        { value: text, building: v.optional(text) },
        'Alamat dalam bahasa Indonesia, seperti ditulis sumber.',
      ),
    ),
    coordinates: fact(
      {
        value: v.pipe(
          v.tuple([v.number(), v.number()]),
          v.description('[bujur, lintang], mis. [107.13953, -6.81726].'),
        ),
        precision: v.picklist(['exact', 'approximate']),
        basis: v.picklist(['regency-capital', 'regency-centroid', 'source']),
      },
      'Titik peta. exact = titik gedung MPP dari sumber; approximate = perkiraan (ibu kota kabupaten/kota).',
    ),
    openingHours: v.optional(
      fact(
        // The source's own words are required: they are what a reviewer checks the syntax against.
        {
          value: text,
          quote: v.pipe(text, v.description('Kata-kata sumber tentang hari dan jam.')),
        },
        'Jam layanan dalam sintaks opening_hours OpenStreetMap, mis. "Mo-Th 08:00-15:00; Fr 08:00-11:00", dengan kutipan sumber (quote).',
      ),
    ),
    opened: v.optional(fact({ value: v.optional(isoDate) }, 'Tanggal MPP dibuka atau diresmikan.')),
    phone: v.optional(fact({ value: text }, 'Nomor telepon.')),
    email: v.optional(fact({ value: text }, 'Alamat email.')),
    website: v.optional(fact({ value: url }, 'Situs web MPP.')),
    services: v.optional(
      fact({ value: v.array(text) }, 'Id layanan dari katalog (mis. "paspor-baru").'),
    ),
    note: v.optional(fact({ value: bilingual }, 'Catatan untuk pengunjung.')),
  });

/** data/mpp.schema.json: the record format for editors (VS Code, GitHub's web editor). */
export async function recordJsonSchema(finder) {
  const { toJsonSchema } = await import('@valibot/to-json-schema');
  const { $schema, ...definition } = toJsonSchema(recordSchema(finder.statusKinds), {
    errorMode: 'ignore',
  });
  return {
    $schema,
    title: 'Data satu Mal Pelayanan Publik (data/mpp/<id>.json)',
    description:
      'Setiap fakta: value (nilai), source (URL sumber), retrieved (tanggal dibaca). Panduan: data/README.md.',
    ...definition,
  };
}

// --- reading -------------------------------------------------------------------------------------

/** RFC 4180-style CSV: quoted fields, doubled quotes, commas and newlines inside quotes. */
export function parseCsv(textContent) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < textContent.length; i++) {
    const c = textContent[i];
    if (quoted) {
      if (c === '"') {
        if (textContent[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && textContent[i + 1] === '\n') i++;
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

/** Everything the build reads, from the repository only. */
export function readRepository() {
  const csv = (name) => {
    try {
      return parseCsv(readFileSync(join(PATHS.regions, name), 'utf8'));
    } catch (error) {
      if (error instanceof BuildError) fail(`data/regions/${name}: ${error.message}`);
      throw error;
    }
  };
  const records = readdirSync(PATHS.records)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const path = `data/mpp/${file}`;
      try {
        return { file: path, record: JSON.parse(readFileSync(join(PATHS.records, file), 'utf8')) };
      } catch (error) {
        fail(`${path}: not valid JSON (${error.message})`);
      }
    });
  return {
    provinces: csv('provinces.csv'),
    regencies: csv('regencies.csv'),
    capitals: csv('regency-capitals.csv'),
    records,
  };
}

/**
 * The finder's own code, bundled on the fly: its `opening_hours` parser, its status kinds and its
 * locations reader, so the build accepts exactly what the finder reads (including syntax added
 * to the finder later).
 */
export async function loadFinder() {
  const { build } = await import('esbuild');
  const result = await build({
    stdin: {
      contents: [
        `export { parseOpeningHours } from './${PATHS.openingHours}';`,
        `export { readLocations } from './${PATHS.finderLocations}';`,
        `export { OPERATING_STATUSES } from './${PATHS.locationRules}';`,
      ].join('\n'),
      resolveDir: repoRoot,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  const module = await import(
    `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
  );
  return {
    parseOpeningHours: module.parseOpeningHours,
    statusKinds: module.OPERATING_STATUSES,
    readLocations: module.readLocations,
  };
}

// --- building ------------------------------------------------------------------------------------

const round5 = (x) => Math.round(x * 1e5) / 1e5;
const toRad = (deg) => (deg * Math.PI) / 180;
/** Great-circle distance in km between two [lon, lat] points. */
export function distanceKm([lon1, lat1], [lon2, lat2]) {
  const a =
    Math.sin(toRad(lat2 - lat1) / 2) ** 2 +
    Math.cos(toRad(lat1)) * Math.cos(toRad(lat2)) * Math.sin(toRad(lon2 - lon1) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

function issuesText(issues) {
  return issues
    .map((issue) => {
      const path = (issue.path ?? []).map((p) => p.key).join('.');
      return `${path || '(record)'}: ${issue.message}`;
    })
    .join('; ');
}

/** Text of the Indonesian fields of a record, for the English-word check. */
function indonesianFields(record) {
  return [
    ['name', record.name?.value],
    ['address', record.address?.value],
    ['address.building', record.address?.building],
    ['status.note.id', record.status?.note?.id],
    ['note.value.id', record.note?.value?.id],
  ].filter(([, value]) => typeof value === 'string');
}

/** Regions by code, with each regency's reference points ([lon, lat]). */
function indexRegions(input) {
  const provinces = new Map();
  for (const p of input.provinces) {
    if (!TIMEZONES.includes(p.timezone))
      fail(`data/regions/provinces.csv: province ${p.code} has no valid time zone`);
    provinces.set(p.code, p);
  }
  const capitals = new Map(input.capitals.map((c) => [c.code, c]));
  const regencies = new Map();
  for (const r of input.regencies) {
    const province = provinces.get(r.code.slice(0, 2));
    if (!province) fail(`data/regions/regencies.csv: ${r.code} has no province`);
    const capital = capitals.get(r.code);
    const centroid = [Number(r.centroid_lon), Number(r.centroid_lat)];
    // A capital point that failed the regions' quality check is not used (regency_capitals notes).
    const capitalPoint =
      capital?.lat && ['ok', 'check', 'district-centroid'].includes(capital.qa_flag)
        ? [Number(capital.lon), Number(capital.lat)]
        : undefined;
    regencies.set(r.code, { ...r, province, capital, capitalPoint, centroid });
  }
  return { provinces, regencies };
}

function checkPoint(file, record, regency, regencies, warnings) {
  const { value, precision, basis } = record.coordinates;
  const [lon, lat] = value;
  if (lon < BOUNDS.lon[0] || lon > BOUNDS.lon[1] || lat < BOUNDS.lat[0] || lat > BOUNDS.lat[1])
    fail(`${file}: coordinates [${lon}, ${lat}] lie outside Indonesia (written [lat, lon]?)`);
  const expected = {
    'regency-capital': regency.capitalPoint,
    'regency-centroid': regency.centroid,
  }[basis];
  if (basis !== 'source') {
    if (!expected) fail(`${file}: ${regency.name} has no usable ${basis} point in data/regions`);
    if (precision !== 'approximate') fail(`${file}: a ${basis} point is approximate, not exact`);
    if (round5(expected[0]) !== lon || round5(expected[1]) !== lat)
      fail(
        `${file}: the ${basis} of ${regency.name} is [${round5(expected[0])}, ${round5(expected[1])}], not [${lon}, ${lat}]`,
      );
  }
  const own = [regency.capitalPoint, regency.centroid].filter(Boolean);
  const fromOwn = Math.min(...own.map((p) => distanceKm(value, p)));
  if (fromOwn > MAX_KM_FROM_REGENCY)
    fail(
      `${file}: [${lon}, ${lat}] is ${Math.round(fromOwn)} km from ${regency.name} (more than ${MAX_KM_FROM_REGENCY} km from its capital and centroid)`,
    );
  // A point nearer another regency's capital than its own capital (its centroid when the capital
  // point is unusable) is probably in the wrong regency, as Kabupaten Serang's polygon centroid,
  // which lies in Kota Serang.
  const fromReference = distanceKm(value, regency.capitalPoint ?? regency.centroid);
  let nearest;
  for (const other of regencies.values()) {
    if (other.code === regency.code || !other.capitalPoint) continue;
    const km = distanceKm(value, other.capitalPoint);
    if (!nearest || km < nearest.km) nearest = { km, other };
  }
  if (nearest && nearest.km < fromReference) {
    const message = `${file}: [${lon}, ${lat}] is nearer the capital of ${nearest.other.name} (${nearest.km.toFixed(1)} km) than that of ${regency.name} (${fromReference.toFixed(1)} km)`;
    if (precision === 'approximate') fail(message);
    warnings.push(`${message}; kept, as the source states the point`);
  }
}

/** What the schema cannot say about the sources of a record's facts. */
function checkSources(file, record) {
  for (const [field, fact] of Object.entries(record)) {
    if (typeof fact?.source !== 'string') continue;
    for (const link of [fact.source, ...(fact.otherSources ?? [])]) {
      const host = URL.canParse(link) ? new URL(link).hostname : '';
      const mirror = MIRROR_DOMAINS.find((d) => host === d || host.endsWith(`.${d}`));
      if (mirror) fail(`${file}: ${field} cites a mirror (${mirror}); cite the original page`);
    }
    const read = fact.retrieved.replace('<=', '');
    // A source cannot be read before it was published (catches swapped or mistyped dates).
    if (fact.published && read.slice(0, fact.published.length) < fact.published)
      fail(`${file}: ${field} was retrieved (${read}) before it was published (${fact.published})`);
  }
}

function checkRecord({ file, record }, regions, finder, warnings) {
  const checked = v.safeParse(finder.recordSchema, record);
  if (!checked.success) fail(`${file}: ${issuesText(checked.issues)}`);
  if (file !== `data/mpp/${record.id}.json`)
    fail(`${file}: the file name must be ${record.id}.json`);
  const regency = regions.regencies.get(record.regencyCode);
  if (!regency)
    fail(`${file}: regency code ${record.regencyCode} is not in data/regions/regencies.csv`);
  const expectedIds = [
    `mpp-${record.regencyCode.replace('.', '')}`,
    `mpp-prov-${record.regencyCode.slice(0, 2)}`,
  ];
  if (!expectedIds.includes(record.id))
    fail(`${file}: id must be ${expectedIds.join(' or ')} for regency ${record.regencyCode}`);
  if (record.opened && !record.opened.value && !record.opened.note)
    fail(`${file}: opened needs a value or a note`);
  if (record.status?.value === 'moved' && !record.address)
    fail(`${file}: a moved MPP needs its new address`);
  checkSources(file, record);
  for (const [field, value] of indonesianFields(record)) {
    const english = ENGLISH.exec(value);
    if (english)
      fail(`${file}: ${field} has the English word "${english[0]}" in Indonesian text: ${value}`);
  }
  if (record.openingHours) {
    try {
      finder.parseOpeningHours(record.openingHours.value);
    } catch (error) {
      fail(`${file}: openingHours "${record.openingHours.value}": ${error.message}`);
    }
  }
  checkPoint(file, record, regency, regions.regencies, warnings);
  return regency;
}

function coordinateSource(record, regency) {
  const { basis, source } = record.coordinates;
  if (basis === 'regency-centroid') return 'regency polygon centroid (cahyadsn/wilayah_boundaries)';
  if (basis === 'regency-capital') {
    const { capital, point_source: from } = regency.capital;
    return from.startsWith('cahyadsn/wilayah_boundaries')
      ? `regency capital, centroid of its district (cahyadsn/wilayah_boundaries): ${capital}`
      : `regency capital (cahyadsn/wilayah): ${capital}`;
  }
  return source;
}

function feature(record, regency) {
  const { province } = regency;
  const fact = (name) => record[name];
  const opened = fact('opened');
  const properties = {
    id: record.id,
    name: record.name.value,
    province: province.name,
    provinceCode: province.code,
    regency: regency.name,
    regencyCode: record.regencyCode,
    ...(record.address && {
      address: record.address.value,
      ...(record.address.building && { building: record.address.building }),
      addressSource: record.address.source,
    }),
    ...(record.phone && { phone: record.phone.value }),
    ...(record.email && { email: record.email.value }),
    ...(record.website && { website: record.website.value }),
    timezone: province.timezone,
    ...(record.openingHours && {
      openingHours: record.openingHours.value,
      openingHoursSource: record.openingHours.source,
      ...(record.openingHours.published && {
        openingHoursDate: record.openingHours.published,
      }),
    }),
    ...(record.services && { services: record.services.value }),
    ...(opened?.value && { opened: opened.value }),
    ...(opened?.note && { openedNote: opened.note }),
    ...(opened && opened.source !== record.name.source && { openedSource: opened.source }),
    ...(record.status && {
      status: {
        kind: record.status.value,
        ...(record.status.since && { since: record.status.since }),
        note: record.status.note,
      },
      statusSource: record.status.source,
    }),
    ...(record.note && { note: record.note.value, noteSource: record.note.source }),
    coordinatePrecision: record.coordinates.precision,
    coordinateSource: coordinateSource(record, regency),
    source: record.name.source,
    ...(record.name.otherSources && { otherSources: record.name.otherSources }),
  };
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: record.coordinates.value },
    properties,
  };
}

/** Checks every record and builds the GeoJSON collection; throws BuildError on the first problem. */
export function buildLocations(input, finder) {
  const regions = indexRegions(input);
  const checks = { ...finder, recordSchema: recordSchema(finder.statusKinds) };
  const warnings = [];
  const seen = new Set();
  const problems = [];
  const features = [];
  // Every record is checked, so an editor sees all problems at once.
  for (const entry of input.records) {
    try {
      const regency = checkRecord(entry, regions, checks, warnings);
      if (seen.has(entry.record.id)) fail(`${entry.file}: duplicate id ${entry.record.id}`);
      seen.add(entry.record.id);
      features.push(feature(entry.record, regency));
    } catch (error) {
      if (!(error instanceof BuildError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length) fail(`${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  features.sort((a, b) => (a.properties.id < b.properties.id ? -1 : 1));
  return { collection: { type: 'FeatureCollection', features }, warnings };
}

/** Coverage figures for data/README.md and the build summary. */
export function coverage(collection) {
  const ps = collection.features.map((f) => f.properties);
  return {
    named: ps.length,
    withAddress: ps.filter((p) => p.address).length,
    withOpeningHours: ps.filter((p) => p.openingHours).length,
    exactPoints: ps.filter((p) => p.coordinatePrecision === 'exact').length,
    withStatus: ps.filter((p) => p.status).length,
    withOpened: ps.filter((p) => p.opened).length,
  };
}

export function coverageBlock(figures) {
  const rows = [
    ['MPP dengan sumber / MPPs named by a source', figures.named],
    ['dengan alamat / with an address', figures.withAddress],
    ['dengan jam layanan / with opening hours', figures.withOpeningHours],
    ['dengan titik tepat (exact) / with an exact point', figures.exactPoints],
    ['dengan status (pindah, tutup, …) / with a status', figures.withStatus],
    ['dengan tanggal buka / with an opening date', figures.withOpened],
  ];
  return [
    COVERAGE_START,
    '',
    `| | ${figures.named} MPP |`,
    '| --- | ---: |',
    ...rows.map(([label, n]) => `| ${label} | ${n} |`),
    '',
    `Jumlah resmi nasional / official national count: ${OFFICIAL_TOTAL} (15 Dec 2025).`,
    '',
    COVERAGE_END,
  ].join('\n');
}

/** data/README.md with its coverage block replaced. */
export function withCoverage(readme, figures) {
  const start = readme.indexOf(COVERAGE_START);
  const end = readme.indexOf(COVERAGE_END);
  if (start < 0 || end < start) fail('data/README.md has no coverage block markers');
  return readme.slice(0, start) + coverageBlock(figures) + readme.slice(end + COVERAGE_END.length);
}

/** JSON formatted by the project's prettier (a dev dependency), so `prettier --check` passes. */
export async function serialize(value, filepath) {
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(filepath)) ?? {};
  return prettier.format(JSON.stringify(value, null, 2), { ...options, filepath });
}

/** Every generated file and its expected content. */
export async function generate() {
  const finder = await loadFinder();
  const { collection, warnings } = buildLocations(readRepository(), finder);
  // Last, the finder reads the list as it will in a browser: nothing may be refused or warned.
  try {
    const read = await finder.readLocations(collection);
    for (const w of read.warnings.kept) fail(`the finder warns at ${w.path}: ${w.message}`);
  } catch (error) {
    const issues = error?.details?.issues;
    if (error instanceof BuildError || !issues) throw error;
    fail(`the finder refuses the list: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  }
  const figures = coverage(collection);
  return {
    warnings,
    figures,
    files: {
      [PATHS.output]: await serialize(collection, PATHS.output),
      [PATHS.schema]: await serialize(await recordJsonSchema(finder), PATHS.schema),
      [PATHS.readme]: withCoverage(readFileSync(PATHS.readme, 'utf8'), figures),
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const check = process.argv.includes('--check');
  try {
    const { warnings, figures, files } = await generate();
    for (const w of warnings) console.warn(`warning: ${w}`);
    let stale = 0;
    for (const [path, content] of Object.entries(files)) {
      const current = readFileSync(path, 'utf8');
      if (current === content) continue;
      const name = path.slice(repoRoot.length + 1);
      if (check) {
        console.error(`${name} is out of date: run \`npm run data:locations\``);
        stale += 1;
      } else {
        writeFileSync(path, content);
        console.log(`wrote ${name}`);
      }
    }
    console.log(JSON.stringify(figures));
    if (stale) process.exitCode = 1;
  } catch (error) {
    if (!(error instanceof BuildError)) throw error;
    console.error(`build-locations: ${error.message}`);
    process.exit(1);
  }
}
