// `npx mpp-widgets validate`: built from the TypeScript sources into a temporary directory,
// run on good and bad documents (files and URLs) with Node's test runner.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'vite';

const dir = mkdtempSync(join(tmpdir(), 'mpp-cli-'));
const cli = join(dir, 'mpp-widgets.js');
let server;
let origin;

/** Runs the CLI; resolves with its exit code and output. */
function run(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, out: stdout + stderr }),
    );
  });
}

function file(name, document) {
  const path = join(dir, name);
  writeFileSync(path, typeof document === 'string' ? document : JSON.stringify(document));
  return path;
}

const locations = JSON.parse(readFileSync('src/data/locations.json', 'utf8'));
const withFeature = (change) => {
  const copy = structuredClone(locations);
  change(copy.features);
  return copy;
};

before(async () => {
  await build({
    configFile: 'scripts/vite.cli.config.mjs',
    logLevel: 'warn',
    build: { outDir: dir },
  });
  server = createServer((req, res) => {
    if (req.url === '/broken') {
      res.statusCode = 500;
      res.end();
      return;
    }
    res.setHeader('Content-Type', 'application/json');
    res.end(readFileSync('src/data/catalog.json'));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
});

after(() => {
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('mpp-widgets validate', () => {
  it('accepts the bundled data sets, telling their type and size', async () => {
    let result = await run('validate', 'src/data/locations.json');
    assert.equal(result.code, 0);
    assert.match(
      result.out,
      new RegExp(
        `✓ src/data/locations\\.json \\(locations\\): valid, ${locations.features.length} locations`,
      ),
    );
    result = await run('validate', 'src/data/catalog.json');
    assert.equal(result.code, 0);
    assert.match(result.out, /\(catalog\): valid, 12 services/);
  });

  it('tells patches and holiday calendars apart and checks them like the finder', async () => {
    const patch = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: null,
          properties: { id: 'mpp-3203', openingHours: 'Mo-Fr 08:00-15:00; PH off' },
        },
      ],
    };
    let result = await run('validate', file('patch.json', patch));
    assert.equal(result.code, 0, result.out);
    assert.match(result.out, /\(patch\): valid, 1 corrections/);
    patch.features[0].properties.openingHours = 'Mo-Fr 08:00-15:00; SH off';
    patch.features.push({ type: 'Feature', geometry: null, properties: { id: 'mpp-3203' } });
    result = await run('validate', file('bad-patch.json', patch));
    assert.equal(result.code, 1);
    assert.match(result.out, /\$\.features\[1\]\.properties\.id: Duplicate id/);
    result = await run('validate', 'src/data/holidays.json');
    assert.equal(result.code, 0, result.out);
    assert.match(result.out, /\(holidays\): valid, covers 2026, 2027/);
    const calendar = {
      years: [2026],
      holidays: [{ date: '2027-01-01', kind: 'public-holiday', name: 'x' }],
    };
    result = await run('validate', file('calendar.json', calendar));
    assert.equal(result.code, 1);
    assert.match(result.out, /\$\.holidays\[0\]\.date: 2027-01-01 is outside "years"/);
  });

  it('finds [lat, lon] coordinates, with the path and a hint', async () => {
    const path = file(
      'swapped.geojson',
      withFeature((features) => (features[3].geometry.coordinates = [-6.9, 107.6])),
    );
    const { code, out } = await run('validate', path);
    assert.equal(code, 1);
    assert.match(out, /\$\.features\[3\]\.geometry\.coordinates: \[-6\.9, 107\.6\] looks like/);
    assert.match(out, /→ swap the two numbers/);
  });

  it('finds duplicate ids, missing names and unsupported opening hours', async () => {
    const path = file(
      'bad.geojson',
      withFeature((features) => {
        features[1].properties.id = features[0].properties.id;
        delete features[2].properties.name;
        features[4].properties.openingHours = 'Mo-Fr 08:00-15:00; SH off';
      }),
    );
    const { code, out } = await run('validate', path);
    assert.equal(code, 1);
    assert.match(out, /\$\.features\[1\]\.properties\.id: Duplicate id/);
    assert.match(out, /\$\.features\[2\]\.properties\.name: .*\n\s+→ the field "name" is required/);
    const hoursOnly = file(
      'hours.geojson',
      withFeature((features) => (features[4].properties.openingHours = 'SH off')),
    );
    const hours = await run('validate', hoursOnly);
    assert.equal(hours.code, 1);
    assert.match(
      hours.out,
      /\$\.features\[4\]\.properties\.openingHours: Unsupported opening_hours/,
    );
  });

  it('names a space inside a time, and a time range given twice, in opening hours', async () => {
    const path = file(
      'spaced-hours.geojson',
      withFeature((features) => {
        features[3].properties.openingHours = 'Mo-Fr 0 8:00-1 2:00';
        features[4].properties.openingHours = 'Mo-Fr 08:00-12:00,08:00-12:00';
      }),
    );
    const { code, out } = await run('validate', path);
    assert.equal(code, 1);
    assert.match(out, /\$\.features\[3\]\.properties\.openingHours: Space inside "0 8:00"/);
    assert.match(
      out,
      /\$\.features\[4\]\.properties\.openingHours: Time range "08:00-12:00" is given twice/,
    );
  });

  it('tells queue feeds and SIOLA-Q documents apart, and honours --type', async () => {
    const queue = file('queue.json', {
      status: 'open',
      services: [{ id: 'a', nowServing: 'A-1' }],
    });
    assert.match((await run('validate', queue)).out, /\(queue\): valid, 1 services/);
    const siola = file('siola.json', {
      timestamp: '2026-11-25T08:00:00+07:00',
      services: [{ id: 1, name: 'Dukcapil', servingQueue: { number: 'A-1', counter: 2 } }],
    });
    assert.match((await run('validate', siola)).out, /\(siola\): valid, 1 services/);
    const forced = await run('validate', siola, '--type', 'catalog');
    assert.equal(forced.code, 1);
    assert.match(forced.out, /\$\.services\[0\]\.requirements/);
  });

  it('reads URLs, and reports an HTTP error, text that is not JSON and a missing file', async () => {
    assert.equal((await run('validate', `${origin}/catalog.json`)).code, 0);
    const broken = await run('validate', `${origin}/broken`);
    assert.equal(broken.code, 1);
    assert.match(broken.out, /HTTP 500/);
    const notJson = await run('validate', file('truncated.json', '{"type": "Feature'));
    assert.equal(notJson.code, 1);
    assert.match(notJson.out, /not valid JSON/);
    assert.equal((await run('validate', join(dir, 'missing.json'))).code, 1);
    assert.match((await run('validate', file('odd.json', '[1, 2]'))).out, /give --type/);
  });

  it('explains its usage on wrong arguments (exit code 2)', async () => {
    assert.equal((await run()).code, 2);
    const unknownType = await run('validate', 'x.json', '--type', 'kml');
    assert.equal(unknownType.code, 2);
    assert.match(unknownType.out, /Usage: mpp-widgets validate/);
    // A name every object has must not pass as a type.
    assert.equal((await run('validate', 'x.json', '--type', 'constructor')).code, 2);
  });

  it('reports odd documents as problems, never with a crash', async () => {
    const result = await run('validate', file('strings.json', { services: ['a'] }));
    assert.equal(result.code, 1);
    assert.doesNotMatch(result.out, /TypeError|at \w+ \(/);
    assert.match(result.out, /\$\.services\[0\]/);
  });
});
