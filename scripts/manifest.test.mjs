// custom-elements.json as the analyzer writes it for the package (custom-elements-manifest
// .config.mjs): valid against the manifest's JSON Schema, pointing at shipped files only, with
// event detail types and read-only properties, and what editors and frameworks get from it.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import Ajv from 'ajv';
import { vscodeCustomData, webTypes } from './custom-data.mjs';
import { elementsOf } from './framework-types.mjs';

// The analyzer writes below the working directory.
const outdir = 'node_modules/.cache/manifest-test';
let manifest;
const packageJson = JSON.parse(readFileSync('package.json', 'utf8'));

before(() => {
  execFileSync('npx', ['custom-elements-manifest', 'analyze', '--quiet', '--outdir', outdir]);
  manifest = JSON.parse(readFileSync(`${outdir}/custom-elements.json`, 'utf8'));
});
after(() => rmSync(outdir, { recursive: true, force: true }));

const element = (tagName) =>
  manifest.modules.flatMap((m) => m.declarations).find((d) => d.tagName === tagName);
const field = (tagName, name) => element(tagName).members.find((m) => m.name === name);

test('valid against the custom-elements-manifest JSON Schema', () => {
  const schema = JSON.parse(
    readFileSync('node_modules/custom-elements-manifest/schema.json', 'utf8'),
  );
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  assert.ok(validate(manifest), JSON.stringify(validate.errors, null, 2));
});

test('every module is a JS file the package exports; no source or test module is named', () => {
  const shipped = new Set(
    Object.values(packageJson.exports)
      .filter((target) => typeof target === 'object')
      .map((target) => target.default.replace(/^\.\//, '')),
  );
  for (const { path } of manifest.modules) assert.ok(shipped.has(path), `${path} is not exported`);
  assert.deepEqual(manifest.modules.map((m) => m.path).sort(), [
    'dist/finder.js',
    'dist/index.js',
    'dist/queue-badge.js',
    'dist/service-checklist.js',
  ]);
  assert.doesNotMatch(JSON.stringify(manifest), /src\/|test-support|\.ts"/);
  const definitions = manifest.modules
    .find((m) => m.path === 'dist/index.js')
    .exports.filter((e) => e.kind === 'custom-element-definition')
    .map((e) => `${e.name} ${e.declaration.module}`);
  assert.deepEqual(definitions.sort(), [
    'mpp-finder dist/finder.js',
    'mpp-queue-badge dist/queue-badge.js',
    'mpp-service-checklist dist/service-checklist.js',
  ]);
});

test('every event names its CustomEvent detail type', () => {
  const events = (tag) => element(tag).events.map((e) => `${e.name}: ${e.type?.text}`);
  assert.deepEqual(events('mpp-finder'), [
    'mpp-select: CustomEvent<FinderSelectDetail>',
    'mpp-error: CustomEvent<MppErrorDetail>',
  ]);
  assert.deepEqual(events('mpp-queue-badge'), [
    'mpp-queue-update: CustomEvent<QueueUpdateDetail>',
    'mpp-error: CustomEvent<MppErrorDetail>',
  ]);
  assert.deepEqual(events('mpp-service-checklist'), [
    'mpp-checklist-change: CustomEvent<ChecklistChangeDetail>',
    'mpp-checklist-complete: CustomEvent<ChecklistChangeDetail>',
    'mpp-error: CustomEvent<MppErrorDetail>',
  ]);
});

test('state, status and locale are read-only; settings carry their types and values', () => {
  for (const tag of ['mpp-finder', 'mpp-queue-badge', 'mpp-service-checklist']) {
    assert.equal(field(tag, 'state').readonly, true, `${tag}.state`);
    assert.equal(field(tag, 'locale').readonly, true, `${tag}.locale`);
    assert.equal(field(tag, 'timeout').type.text, 'number', `${tag}.timeout`);
    assert.equal(field(tag, 'theme').type.text, "'light' | 'dark' | 'auto'");
    const lang = element(tag).attributes.find((a) => a.name === 'lang');
    assert.equal(lang.type.text, 'string', `${tag} lang`);
  }
  assert.equal(field('mpp-queue-badge', 'status').readonly, true);
  assert.equal(field('mpp-queue-badge', 'interval').type.text, 'number');
  assert.equal(field('mpp-queue-badge', 'format').type.text, "'mpp' | 'siola'");
  assert.equal(field('mpp-finder', 'shown'), undefined, 'private state is not public API');
});

test('editors are offered settable attributes only, with values, events and CSS hooks', () => {
  const vscode = vscodeCustomData(manifest).tags.find((t) => t.name === 'mpp-queue-badge');
  const names = vscode.attributes.map((a) => a.name);
  assert.ok(names.includes('variant') && names.includes('lang'));
  assert.ok(!names.includes('state') && !names.includes('status'), names.join());
  assert.deepEqual(vscode.attributes.find((a) => a.name === 'transport').values, [
    { name: 'poll' },
    { name: 'sse' },
  ]);
  const jetbrains = webTypes(manifest, packageJson).contributions.html.elements;
  const finder = jetbrains.find((e) => e.name === 'mpp-finder');
  assert.deepEqual(finder.attributes.find((a) => a.name === 'no-map').value, {
    kind: 'no-value',
    type: 'boolean',
  });
  assert.equal(finder.js.events[0].type, 'CustomEvent<FinderSelectDetail>');
  assert.ok(finder.css.parts.some((p) => p.name === 'list'));
});

test('framework types get every settable property and every event from the manifest', () => {
  const badge = elementsOf(manifest).find((e) => e.tagName === 'mpp-queue-badge');
  assert.deepEqual(
    badge.properties.map((p) => `${p.name}: ${p.type}`),
    [
      'src: string',
      "format: 'mpp' | 'siola'",
      'service: string',
      "transport: 'poll' | 'sse'",
      'interval: number',
      "variant: 'compact' | 'full'",
      "announce: 'calls' | 'off'",
      'timeout: number',
      "theme: 'light' | 'dark' | 'auto'",
    ],
  );
  assert.deepEqual(
    badge.events.map((e) => `${e.prop} ${e.name} ${e.detail}`),
    ['onMppQueueUpdate mpp-queue-update QueueUpdateDetail', 'onMppError mpp-error MppErrorDetail'],
  );
});
