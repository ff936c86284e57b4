// node --test scripts/build-locations.test.mjs
// Checks the committed src/data/locations.json against the contract (§5, §6.1). It reads only that
// file: the reference data in ../shared is not available in CI. Rebuild with
// `node scripts/build-locations.mjs`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const file = join(
  resolve(dirname(fileURLToPath(import.meta.url)), '..'),
  'src/data/locations.json',
);
const data = JSON.parse(readFileSync(file, 'utf8'));
const features = data.features ?? [];
const TIMEZONES = ['Asia/Jakarta', 'Asia/Pontianak', 'Asia/Makassar', 'Asia/Jayapura'];

test('is a FeatureCollection of Point features', () => {
  assert.equal(data.type, 'FeatureCollection');
  assert.ok(Array.isArray(data.features));
  for (const feature of features) {
    assert.equal(feature.type, 'Feature');
    assert.equal(feature.geometry?.type, 'Point', feature.properties?.id);
  }
});

test('holds the 288 MPPs named by a source', () => {
  // 191 seed rows + 97 additions (shared/data/mpp/NOTES.md); the 6 East Java MPPs inferred by
  // elimination are left out on purpose (src/data/LOCATIONS-SOURCES.md).
  assert.equal(features.length, 288);
});

test('ids are unique, follow contract §5 and are sorted', () => {
  const ids = features.map((feature) => feature.properties.id);
  for (const id of ids) assert.match(id, /^mpp-(prov-)?\d+$/);
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

test('coordinates are [lon, lat] inside Indonesia', () => {
  for (const { geometry, properties } of features) {
    const [lon, lat, ...rest] = geometry.coordinates;
    assert.equal(rest.length, 0, properties.id);
    assert.ok(lon >= 94 && lon <= 142, `${properties.id}: lon ${lon}`);
    assert.ok(lat >= -11 && lat <= 7, `${properties.id}: lat ${lat}`);
  }
});

test('every feature carries the required properties', () => {
  for (const { properties: p } of features) {
    assert.ok(typeof p.name === 'string' && p.name.trim(), `${p.id}: name`);
    assert.match(p.provinceCode, /^\d{2}$/, `${p.id}: provinceCode`);
    assert.ok(TIMEZONES.includes(p.timezone), `${p.id}: timezone ${p.timezone}`);
    assert.equal(p.coordinatePrecision, 'approximate', `${p.id}: coordinatePrecision`);
    assert.ok(
      typeof p.coordinateSource === 'string' && p.coordinateSource,
      `${p.id}: coordinateSource`,
    );
    assert.ok(typeof p.source === 'string' && p.source, `${p.id}: source`);
    if (p.regencyCode)
      assert.ok(p.regencyCode.startsWith(`${p.provinceCode}.`), `${p.id}: regencyCode`);
    if (p.opened) assert.match(p.opened, /^\d{4}(-\d{2}(-\d{2})?)?$/, `${p.id}: opened`);
  }
});

test('opening hours and addresses only with their source', () => {
  for (const { properties: p } of features) {
    if (p.openingHours !== undefined) {
      assert.ok(p.openingHoursSource, `${p.id}: openingHours without openingHoursSource`);
      assert.match(
        p.openingHours,
        /^(Mo|Tu|We|Th|Fr|Sa|Su)/,
        `${p.id}: openingHours starts with days`,
      );
    } else assert.equal(p.openingHoursSource, undefined, `${p.id}: source without hours`);
    if (p.address !== undefined) assert.ok(p.addressSource, `${p.id}: address without source`);
  }
});
