// node --test scripts/build-locations.test.mjs
// Regenerates the bundled MPP list from data/ (the repository only) and fails when the committed
// src/data/locations.json, data/mpp.schema.json or the coverage figures in data/README.md differ;
// then checks the output against the contract (§5, §6.1) and that the build refuses bad records.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { buildLocations, generate, loadFinder, PATHS, readRepository } from './build-locations.mjs';

const generated = await generate();
const data = JSON.parse(readFileSync(PATHS.output, 'utf8'));
const features = data.features ?? [];
const recordFiles = readdirSync(PATHS.records).filter((file) => file.endsWith('.json'));
const TIMEZONES = ['Asia/Jakarta', 'Asia/Pontianak', 'Asia/Makassar', 'Asia/Jayapura'];

test('the committed files are what data/ generates (run `npm run data:locations`)', () => {
  for (const [path, content] of Object.entries(generated.files))
    assert.equal(readFileSync(path, 'utf8'), content, `${path} is out of date`);
});

test('generating twice gives the same bytes', async () => {
  const again = await generate();
  assert.deepEqual(again.files, generated.files);
});

test('one feature per record in data/mpp', () => {
  assert.equal(features.length, recordFiles.length);
  assert.equal(generated.figures.named, recordFiles.length);
});

test('is a FeatureCollection of Point features', () => {
  assert.equal(data.type, 'FeatureCollection');
  for (const feature of features) {
    assert.equal(feature.type, 'Feature');
    assert.equal(feature.geometry?.type, 'Point', feature.properties?.id);
  }
});

test('ids are unique, follow contract §5 and are sorted', () => {
  const ids = features.map((feature) => feature.properties.id);
  for (const id of ids) assert.match(id, /^mpp-(prov-\d{2}|\d{4})$/);
  assert.equal(new Set(ids).size, ids.length, 'ids are unique');
  assert.deepEqual(ids, [...ids].sort(), 'sorted by id');
});

test('mpp-3203 is Kabupaten Cianjur, Jawa Barat', () => {
  const cianjur = features.find((feature) => feature.properties.id === 'mpp-3203');
  assert.ok(cianjur, 'mpp-3203 exists');
  assert.equal(cianjur.properties.regency, 'Kabupaten Cianjur');
  assert.equal(cianjur.properties.regencyCode, '32.03');
  assert.equal(cianjur.properties.province, 'Jawa Barat');
  assert.equal(cianjur.properties.provinceCode, '32');
  assert.equal(cianjur.properties.timezone, 'Asia/Jakarta');
});

test('Jakarta is "Daerah Khusus Jakarta" (UU 151/2024)', () => {
  const jakarta = features.find((feature) => feature.properties.id === 'mpp-prov-31');
  assert.equal(jakarta.properties.province, 'Daerah Khusus Jakarta');
});

test('Kabupaten Serang lies at Ciruas, its capital, not in Kota Serang', () => {
  const serang = features.find((feature) => feature.properties.id === 'mpp-3604');
  assert.match(serang.properties.coordinateSource, /Ciruas/);
  assert.deepEqual(serang.geometry.coordinates, [106.24331, -6.10055]);
});

test('every feature carries the required properties and its sources', () => {
  for (const { geometry, properties: p } of features) {
    const [lon, lat, ...rest] = geometry.coordinates;
    assert.equal(rest.length, 0, p.id);
    assert.ok(lon >= 94 && lon <= 142 && lat >= -11 && lat <= 7, `${p.id}: [${lon}, ${lat}]`);
    assert.ok(typeof p.name === 'string' && p.name.trim(), `${p.id}: name`);
    assert.match(p.provinceCode, /^\d{2}$/, `${p.id}: provinceCode`);
    assert.ok(p.regencyCode.startsWith(`${p.provinceCode}.`), `${p.id}: regencyCode`);
    assert.ok(TIMEZONES.includes(p.timezone), `${p.id}: timezone ${p.timezone}`);
    assert.ok(['exact', 'approximate'].includes(p.coordinatePrecision), `${p.id}: precision`);
    assert.ok(p.coordinateSource, `${p.id}: coordinateSource`);
    assert.match(p.source, /^https?:\/\//, `${p.id}: source`);
    if (p.opened) assert.match(p.opened, /^\d{4}(-\d{2}(-\d{2})?)?$/, `${p.id}: opened`);
    assert.equal(p.openingHours === undefined, p.openingHoursSource === undefined, p.id);
    assert.equal(p.address === undefined, p.addressSource === undefined, p.id);
    assert.equal(p.status === undefined, p.statusSource === undefined, p.id);
    if (p.status) {
      assert.ok(p.status.note.id && p.status.note.en, `${p.id}: status note in both languages`);
      if (p.status.since) assert.match(p.status.since, /^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
  }
});

test('coverage figures count the records in data/mpp (not the output they came from)', () => {
  const records = recordFiles.map((file) =>
    JSON.parse(readFileSync(`${PATHS.records}/${file}`, 'utf8')),
  );
  const having = (field) => records.filter((record) => record[field]).length;
  assert.deepEqual(generated.figures, {
    named: records.length,
    withAddress: having('address'),
    withOpeningHours: having('openingHours'),
    exactPoints: records.filter((record) => record.coordinates?.precision === 'exact').length,
    withStatus: having('status'),
    // An opening known only as "on or before …" is a note, not a date.
    withOpened: records.filter((record) => /^\d{4}(-\d{2}){0,2}$/.test(record.opened?.value ?? ''))
      .length,
  });
});

test('no file of the build or its tests reads outside the repository', () => {
  for (const file of ['scripts/build-locations.mjs', 'scripts/build-locations.test.mjs'])
    assert.doesNotMatch(readFileSync(file, 'utf8'), /\.\.\/shared|shared\/data/, file);
});

// --- the build refuses what does not hold ------------------------------------------------------
const finder = await loadFinder();
const repository = readRepository();

/** Builds with record `id` changed by `change`; returns the error message, or '' when it built. */
function buildWith(change, id = 'mpp-3203') {
  const input = structuredClone(repository);
  const entry = input.records.find((r) => r.record.id === id);
  change(entry.record, entry, input);
  try {
    buildLocations(input, finder);
    return '';
  } catch (error) {
    return error.message;
  }
}

test('the finder reads the committed list without a refusal or a warning', async () => {
  const read = await finder.readLocations(data);
  assert.equal(read.locations.length, features.length);
  assert.deepEqual(read.warnings.kept, []);
  assert.equal(read.warnings.count, 0);
});

test('the unchanged repository builds', () => {
  assert.equal(
    buildWith(() => {}),
    '',
  );
});

test('refuses a record that does not fit the format', () => {
  assert.match(
    buildWith((r) => delete r.name.source),
    /mpp-3203\.json: name\.source/,
  );
  assert.match(
    buildWith((r) => delete r.coordinates.retrieved),
    /coordinates\.retrieved/,
  );
  assert.match(
    buildWith((r) => (r.name.retrieved = 'kemarin')),
    /name\.retrieved/,
  );
  assert.match(
    buildWith((r) => (r.status = { value: 'gone', note: { id: 'x', en: 'x' } })),
    /status/,
  );
  assert.match(
    buildWith((r) => (r.phone = '0263 123')),
    /phone/,
  );
});

test('refuses a move without the new address and a source read before it was published', () => {
  const moved = { value: 'moved', note: { id: 'Pindah.', en: 'Moved.' } };
  assert.match(
    buildWith((r) => {
      r.status = { ...moved, source: r.name.source, retrieved: '2026-12-01' };
      delete r.address;
    }),
    /a moved MPP needs its new address/,
  );
  assert.match(
    buildWith((r) => Object.assign(r.name, { published: '2026-12-02', retrieved: '2026-12-01' })),
    /name was retrieved \(2026-12-01\) before it was published \(2026-12-02\)/,
  );
  assert.equal(
    buildWith((r) => Object.assign(r.name, { published: '2026-12', retrieved: '<=2026-12-01' })),
    '',
  );
});

test('refuses a mirror site as a source', () => {
  assert.match(
    buildWith(
      (r) => (r.name.otherSources = ['https://workingclassstudies.org/2024/07/04/komentar/']),
    ),
    /name cites a mirror \(workingclassstudies\.org\)/,
  );
});

test('refuses unknown codes, ids that do not fit and duplicates', () => {
  assert.match(
    buildWith((r) => (r.regencyCode = '32.99')),
    /regency code 32\.99 is not in/,
  );
  assert.match(
    buildWith((r) => (r.id = 'mpp-3204')),
    /file name must be mpp-3204\.json|id must be mpp-3203/,
  );
  assert.match(
    buildWith((r, entry) => {
      r.id = 'mpp-3204';
      entry.file = 'data/mpp/mpp-3204.json';
    }),
    /id must be mpp-3203 or mpp-prov-32/,
  );
  assert.match(
    buildWith((r, entry, input) => input.records.push(structuredClone(entry))),
    /duplicate id mpp-3203/,
  );
});

test('refuses points outside Indonesia, far from the regency or nearer another regency', () => {
  const exact = (value) => (r) =>
    Object.assign(r.coordinates, { value, precision: 'exact', basis: 'source' });
  assert.match(buildWith(exact([-6.82, 107.14])), /outside Indonesia/);
  assert.match(buildWith(exact([110.36, -7.8])), /km from Kabupaten Cianjur/);
  assert.match(
    buildWith((r) => (r.coordinates.value = [107.2, -6.8])),
    /regency-capital of Kabupaten Cianjur is/,
  );
  // Kabupaten Serang's polygon centroid lies in Kota Serang: the old point is refused.
  assert.match(
    buildWith(
      (r) =>
        Object.assign(r.coordinates, { value: [106.14608, -6.14174], basis: 'regency-centroid' }),
      'mpp-3604',
    ),
    /nearer the capital of Kota Serang/,
  );
});

test('refuses hours the finder cannot read and English words in Indonesian text', () => {
  const hours = (value) => (r) =>
    (r.openingHours = {
      value,
      quote: 'Senin–Kamis 08.00–15.00, Jumat 08.00–11.00',
      source: 'https://example.go.id/jam',
      retrieved: '2026-12-01',
    });
  assert.equal(buildWith(hours('Mo-Th 08:00-15:00; Fr 08:00-11:00')), '');
  assert.match(buildWith(hours('Senin-Jumat 08.00-15.00')), /openingHours "Senin-Jumat/);
  assert.match(
    buildWith((r) => {
      hours('Mo-Fr 08:00-15:00')(r);
      delete r.openingHours.quote;
    }),
    /openingHours\.quote/,
  );
  assert.match(
    buildWith((r) => (r.address = { ...r.name, value: 'Jl. Siliwangi, south side of the square' })),
    /English word "south"/,
  );
  assert.match(
    buildWith((r) => (r.address = { ...r.name, value: 'Gedung B, second floor' })),
    /English word "second"/,
  );
});
