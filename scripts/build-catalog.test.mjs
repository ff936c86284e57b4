// node --test scripts/build-catalog.test.mjs
// Builds the catalogue from the real reference file in memory and checks it against the contract
// (§4, §6.2) and against the committed src/data/catalog.json, so the two cannot drift apart.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { FORMS, OUTPUT, PUBLIC_IDS, buildCatalog, readInput, serialize } from './build-catalog.mjs';

const input = readInput();
const { catalog } = buildCatalog(input);

test('has the twelve public service ids', () => {
  const ids = catalog.services.map((service) => service.id);
  for (const id of PUBLIC_IDS) assert.ok(ids.includes(id), `missing ${id}`);
  assert.equal(new Set(ids).size, ids.length, 'service ids are unique');
});

test('version is the retrieval date of the reference file', () => {
  assert.match(catalog.version, /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(catalog.version, input.retrieved);
});

test('every requirement has an Indonesian and an English label and a unique id', () => {
  for (const service of catalog.services) {
    const ids = new Set();
    for (const item of service.requirements) {
      const where = `${service.id}/${item.id}`;
      assert.ok(typeof item.label.id === 'string' && item.label.id.trim(), `${where}: label.id`);
      assert.ok(typeof item.label.en === 'string' && item.label.en.trim(), `${where}: label.en`);
      assert.ok(!ids.has(item.id), `${where}: duplicate id`);
      ids.add(item.id);
    }
  }
});

test('forms are in the allowed set and optional/condition only appear when set', () => {
  for (const service of catalog.services) {
    for (const item of service.requirements) {
      const where = `${service.id}/${item.id}`;
      if ('form' in item) assert.ok(FORMS.includes(item.form), `${where}: form ${item.form}`);
      if ('optional' in item) assert.equal(item.optional, true, `${where}: optional`);
      if ('condition' in item) {
        assert.ok(item.condition.id && item.condition.en, `${where}: condition in both languages`);
      }
    }
  }
});

test('every service carries sources, a retrieval date and a confidence', () => {
  const kinds = ['official', 'regulation', 'news-citing-official', 'other'];
  for (const service of catalog.services) {
    assert.ok(service.sources.length > 0, `${service.id}: sources`);
    for (const source of service.sources) {
      assert.match(source.url, /^https?:\/\//, `${service.id}: source url`);
      assert.ok(kinds.includes(source.kind), `${service.id}: source kind ${source.kind}`);
    }
    assert.match(service.retrieved, /^\d{4}-\d{2}-\d{2}$/, `${service.id}: retrieved`);
    assert.ok(['high', 'medium', 'low'].includes(service.confidence), `${service.id}: confidence`);
  }
});

test('a fee with tiers has amount null; other fees are IDR amounts', () => {
  const tiered = catalog.services.filter((service) => service.fee?.tiers);
  assert.ok(tiered.length > 0, 'at least one service has fee tiers');
  for (const service of tiered) {
    assert.equal(service.fee.amount, null, `${service.id}: amount`);
    for (const tier of service.fee.tiers) {
      assert.ok(tier.label.id && tier.label.en, `${service.id}: tier label`);
      assert.ok(Number.isFinite(tier.amount) && tier.amount >= 0, `${service.id}: tier amount`);
    }
  }
  for (const service of catalog.services) {
    if (service.fee) assert.equal(service.fee.currency, 'IDR', `${service.id}: currency`);
  }
});

test('the committed src/data/catalog.json equals a fresh build', () => {
  const committed = readFileSync(OUTPUT, 'utf8');
  assert.equal(
    committed,
    serialize(catalog),
    'src/data/catalog.json is out of date: run `node scripts/build-catalog.mjs`',
  );
});

test('building twice gives the same bytes', () => {
  assert.equal(serialize(buildCatalog(readInput()).catalog), serialize(catalog));
});

test('stops on a missing public id, a one-language label, a bad form or an unknown kind', () => {
  const broken = (change) => {
    const copy = structuredClone(input);
    change(copy);
    return () => buildCatalog(copy);
  };
  assert.throws(
    broken((doc) => (doc.services = doc.services.filter((s) => s.id !== 'pbg'))),
    /public id "pbg" is missing/,
  );
  assert.throws(
    broken((doc) => delete doc.services[0].requirements[0].label_en),
    /"en" text missing/,
  );
  assert.throws(
    broken((doc) => (doc.services[0].requirements[0].form = 'copy')),
    /"copy" is not one of/,
  );
  assert.throws(
    broken((doc) => (doc.services[0].sources[0].kind = 'blog')),
    /unknown kind "blog"/,
  );
  assert.throws(
    broken((doc) => doc.services[1].requirements.push({ ...doc.services[1].requirements[0] })),
    /duplicate id/,
  );
});

test('reports the input fields it leaves out', () => {
  const { unmapped } = buildCatalog(input);
  assert.ok(unmapped.some((line) => line.startsWith('services[].differences_from_first_pass')));
  const copy = structuredClone(input);
  copy.services[0].requirements[0].surprise = 1;
  assert.ok(
    buildCatalog(copy).unmapped.some((line) =>
      line.startsWith('services[].requirements[].surprise (1×) — UNKNOWN FIELD'),
    ),
  );
});
