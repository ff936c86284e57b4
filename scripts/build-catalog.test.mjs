// node --test scripts/build-catalog.test.mjs (part of `npm run test:data`)
// Builds the catalogue from data/catalog/ in memory and checks it against the contract (§4,
// §6.2), against what a visitor must never see, and against the committed
// src/data/catalog.json, byte for byte, so the two cannot drift apart.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  FORMS,
  OUTPUT,
  PUBLIC_IDS,
  SOURCE_KINDS,
  buildCatalog,
  readSourceFiles,
  serialize,
} from './build-catalog.mjs';
import { findMaintainerRemark } from './catalog-remarks.mjs';

const files = readSourceFiles();
const catalog = buildCatalog(files);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Every text a visitor may read in a service, with its path. */
function visitorTexts(service) {
  const texts = [];
  const add = (path, text) => text !== undefined && texts.push([`${service.id}.${path}`, text]);
  for (const key of ['agency', 'name', 'description', 'duration']) add(key, service[key]);
  service.requirements.forEach((item, i) => {
    for (const key of ['label', 'condition', 'note']) add(`requirements[${i}].${key}`, item[key]);
  });
  add('fee.note', service.fee?.note);
  service.fee?.tiers?.forEach((tier, i) => add(`fee.tiers[${i}].label`, tier.label));
  service.legalBasis?.forEach((entry, i) => add(`legalBasis[${i}]`, entry));
  service.sources.forEach((source, i) => add(`sources[${i}].title`, source.title));
  return texts;
}

/** A copy of the source files with one document changed. */
function changed(name, change) {
  const copy = structuredClone(files);
  change(copy.find((file) => file.name === name).document, copy);
  return copy;
}

test('the committed src/data/catalog.json is byte for byte a fresh build of data/catalog/', () => {
  assert.equal(
    readFileSync(OUTPUT, 'utf8'),
    serialize(catalog),
    'src/data/catalog.json is out of date: run `npm run data:catalog`',
  );
});

test('the build is deterministic: same bytes twice, and whatever order the files come in', () => {
  assert.equal(serialize(buildCatalog(readSourceFiles())), serialize(catalog));
  assert.equal(serialize(buildCatalog([...files].reverse())), serialize(catalog));
});

test('has the twelve public service ids, in contract order, unique', () => {
  const ids = catalog.services.map((service) => service.id);
  assert.deepEqual(ids.slice(0, PUBLIC_IDS.length), PUBLIC_IDS);
  assert.equal(new Set(ids).size, ids.length);
});

test('every visitor-facing text is in both languages and free of maintainers’ remarks', () => {
  for (const service of catalog.services) {
    for (const [path, text] of visitorTexts(service)) {
      assert.deepEqual(Object.keys(text).sort(), ['en', 'id'], `${path}: both languages`);
      for (const lang of ['id', 'en']) {
        assert.ok(text[lang].trim(), `${path}.${lang}: empty`);
        assert.equal(
          findMaintainerRemark(text[lang]),
          undefined,
          `${path}.${lang}: "${text[lang]}"`,
        );
      }
    }
  }
});

test('no maintainerNote reaches the bundled catalogue, though the sources have them', () => {
  assert.ok(files.some((file) => JSON.stringify(file.document).includes('"maintainerNote"')));
  assert.ok(!serialize(catalog).includes('maintainerNote'));
});

test('every service has sources with an http(s) URL, a kind and a retrieval date', () => {
  for (const service of catalog.services) {
    assert.ok(service.sources.length > 0, `${service.id}: sources`);
    assert.match(service.retrieved, DATE, `${service.id}: retrieved`);
    for (const source of service.sources) {
      assert.match(source.url, /^https?:\/\//, `${service.id}: ${source.url}`);
      assert.ok(SOURCE_KINDS.includes(source.kind), `${service.id}: kind ${source.kind}`);
      // A source's own date is kept only when it differs from the service's (its latest).
      if (source.retrieved) assert.ok(source.retrieved < service.retrieved, `${service.id}: date`);
    }
    assert.ok(['high', 'medium', 'low'].includes(service.confidence), `${service.id}: confidence`);
  }
  const latest = catalog.services
    .map((service) => service.retrieved)
    .sort()
    .at(-1);
  assert.equal(catalog.version, latest, 'version: the latest retrieval date');
});

test('forms, optional flags and fees follow the contract', () => {
  for (const service of catalog.services) {
    for (const item of service.requirements) {
      if ('form' in item) assert.ok(FORMS.includes(item.form), `${service.id}/${item.id}: form`);
      if ('optional' in item) assert.equal(item.optional, true, `${service.id}/${item.id}`);
    }
    if (!service.fee) continue;
    assert.equal(service.fee.currency, 'IDR', `${service.id}: currency`);
    if (service.fee.tiers) assert.equal(service.fee.amount, null, `${service.id}: amount`);
  }
});

test('stops, naming file and path, on what a visitor must not get', () => {
  const cases = [
    [
      changed('pbg.json', (_, copy) =>
        copy.splice(
          copy.findIndex((f) => f.name === 'pbg.json'),
          1,
        ),
      ),
      /public id "pbg" is missing/,
    ],
    [
      changed('pbg.json', (doc) => delete doc.requirements[0].label.en),
      /pbg\.json\.requirements\[0\]\.label\.en: missing/,
    ],
    [
      changed('pbg.json', (doc) => (doc.fee.note = 'Retribusi menurut Perda.')),
      /pbg\.json\.fee\.note: needs both languages/,
    ],
    [
      changed('pbg.json', (doc) => (doc.fee.note.id += ' (sumber non-resmi)')),
      /pbg\.json\.fee\.note\.id: reads like a note for maintainers \("non-resmi"\)/,
    ],
    [
      changed('pbg.json', (doc) => (doc.duration.en += ' Not verified yet.')),
      /pbg\.json\.duration\.en: reads like a note for maintainers/,
    ],
    [
      changed('pbg.json', (doc) => delete doc.sources[0].retrieved),
      /pbg\.json\.sources\[0\]\.retrieved: the date it was read/,
    ],
    [
      changed('pbg.json', (doc) => (doc.sources[0].retrieved = '2026-02-30')),
      /sources\[0\]\.retrieved/,
    ],
    [
      changed('pbg.json', (doc) => (doc.sources[0].url = 'javascript:alert(1)')),
      /sources\[0\]\.url: not an http\(s\) URL/,
    ],
    [changed('pbg.json', (doc) => (doc.sources[0].kind = 'blog')), /"blog" is not one of/],
    [changed('pbg.json', (doc) => (doc.sources = [])), /every service needs at least one source/],
    [changed('pbg.json', (doc) => (doc.requirements[0].form = 'copy')), /"copy" is not one of/],
    [
      changed('pbg.json', (doc) => doc.requirements.push({ ...doc.requirements[0] })),
      /duplicate id/,
    ],
    [
      changed('pbg.json', (doc) => (doc.maintainerNotes = 'typo')),
      /pbg\.json\.maintainerNotes: unknown field/,
    ],
    [
      changed('pbg.json', (doc) => (doc.legalBasis[0] = 'PP 16/2021 (PBG)')),
      /legalBasis\[0\]: has an explanation in brackets/,
    ],
    [changed('pbg.json', (doc) => (doc.id = 'pbg-baru')), /file name must be "pbg-baru\.json"/],
    [changed('pbg.json', (doc) => (doc.confidence = 'certain')), /confidence: must be one of/],
  ];
  for (const [input, message] of cases) assert.throws(() => buildCatalog(input), message);
});

test('a service file that is not JSON is named', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mpp-catalog-'));
  try {
    writeFileSync(join(dir, 'pbg.json'), '{ "id": "pbg", ');
    assert.throws(() => readSourceFiles(dir), /data\/catalog\/pbg\.json: not valid JSON/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
