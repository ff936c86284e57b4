// `npx mpp-widgets validate`: built from the TypeScript sources into a temporary directory,
// run on good and bad documents (files and URLs) with Node's test runner.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'vite';

const dir = mkdtempSync(join(tmpdir(), 'mpp-cli-'));
const cli = join(dir, 'mpp-widgets.js');
let server;
let origin;

// Reports the process's peak memory (kB) on stderr as it exits, for the memory tests.
const reportPeak = `data:text/javascript,process.on('exit',()=>process.stderr.write('peak-rss-kb='+process.resourceUsage().maxRSS))`;

/** Runs the CLI; resolves with its exit code, output, run time (ms) and peak RSS (MB). */
function run(...args) {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', reportPeak, cli, ...args],
      { maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const peak = /peak-rss-kb=(\d+)$/.exec(stderr);
        resolve({
          code: error ? error.code : 0,
          out: stdout + stderr.replace(/peak-rss-kb=\d+$/, ''),
          ms: Date.now() - started,
          peakMb: peak ? Number(peak[1]) / 1024 : undefined,
        });
      },
    );
  });
}

/** No raw control character (newlines end lines), no stack trace. */
function assertSafeOutput(out) {
  // eslint-disable-next-line no-control-regex -- looking for them is the point
  assert.doesNotMatch(out, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
  assert.doesNotMatch(out, /\n\s+at .+:\d+:\d+/);
}

function file(name, document) {
  const path = join(dir, name);
  writeFileSync(
    path,
    typeof document === 'string' || Buffer.isBuffer(document) ? document : JSON.stringify(document),
  );
  return path;
}

const locations = JSON.parse(readFileSync('src/data/locations.json', 'utf8'));
const withFeature = (change) => {
  const copy = structuredClone(locations);
  change(copy.features);
  return copy;
};

// 200 gzip members of 1 MB of spaces each (gzip allows that): 200 KB that unpack to 200 MB.
const bomb = Buffer.concat(new Array(200).fill(gzipSync(Buffer.alloc(1024 * 1024, 32))));
before(async () => {
  await build({
    configFile: 'scripts/vite.cli.config.mjs',
    logLevel: 'warn',
    build: { outDir: dir },
  });
  server = createServer((req, res) => {
    if (req.url === '/escape.json') {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ version: 1, services: [{ id: '\u001b]0;pwned\u0007\n✓ valid' }] }));
      return;
    }
    if (req.url === '/bomb.json') {
      // 4 MB on the wire, far more than 50 MB once unpacked.
      res.setHeader('Content-Type', 'application/json');
      res.setHeader('Content-Encoding', 'gzip');
      res.end(bomb);
      return;
    }
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
    assert.match(forced.out, /looks like a SIOLA-Q queue status: check it with --type siola;/);
    // The mix-up webmasters make: a SIOLA-Q feed checked as the badge's own format.
    // It passes as a queue feed (every field of one is optional), but shows no number.
    const asQueue = await run('validate', siola, '--type', 'queue');
    assert.match(asQueue.out, /--type siola; on the badge: format="siola"/);
    const queueAsSiola = await run('validate', queue, '--type', 'siola');
    assert.match(queueAsSiola.out, /--type queue; on the badge: format="mpp"/);
    // A document that fits no format better gets no guess.
    const odd = await run(
      'validate',
      file('odd-catalog.json', { services: 1 }),
      '--type',
      'catalog',
    );
    assert.doesNotMatch(odd.out, /looks like/);
  });

  it('reads URLs, and reports an HTTP error, text that is not JSON and a missing file', async () => {
    assert.equal((await run('validate', `${origin}/catalog.json`)).code, 0);
    const broken = await run('validate', `${origin}/broken`);
    assert.equal(broken.code, 1);
    assert.match(broken.out, /HTTP 500/);
    const notJson = await run('validate', file('truncated.json', '{"type": "Feature'));
    assert.equal(notJson.code, 1);
    assert.match(notJson.out, /not valid JSON/i);
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

  it('a document with a byte order mark, in UTF-16 or gzip-compressed, reads as the elements read it', async () => {
    const text = JSON.stringify({ status: 'open', services: [{ id: 'a', nowServing: 'A-1' }] });
    const bom = file('bom.json', `\ufeff${text}`);
    let result = await run('validate', bom);
    assert.equal(result.code, 0, result.out);
    assert.match(result.out, /\(queue\): valid/);
    const utf16 = join(dir, 'utf16.json');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    result = await run('validate', utf16);
    assert.equal(result.code, 0, result.out);
    const gz = join(dir, 'queue.json.gz');
    writeFileSync(gz, gzipSync(Buffer.from(`\ufeff${text}`)));
    result = await run('validate', gz);
    assert.equal(result.code, 0, result.out);
  });

  it('strict usage: --type=x, unknown options, a second file, odd schemes, missing arguments', async () => {
    const siola = file('siola2.json', { timestamp: 'x', services: [{ id: 1, name: 'A' }] });
    const forced = await run('validate', siola, '--type=catalog');
    assert.equal(forced.code, 1);
    assert.match(forced.out, /\(catalog\)/);
    for (const args of [
      ['validate', siola, '--typo', 'catalog'],
      ['validate', siola, '--type='],
      ['validate', siola, '--type'],
      ['validate', siola, 'another.json'],
      ['validate', 'ftp://example.org/x.json'],
      // `file:` URLs that name no file of this machine: usage, not a stack trace.
      ['validate', 'file://host/x.json'],
      ['validate', 'file:///%2F'],
      ['validate'],
      ['check', siola],
    ]) {
      const result = await run(...args);
      assert.equal(result.code, 2, `${args.join(' ')}: ${result.out}`);
      assert.match(result.out, /Usage: mpp-widgets validate/);
      assertSafeOutput(result.out);
    }
    assert.match((await run('validate', siola, '--typo')).out, /Unknown option "--typo"/);
    const help = await run('validate', '--help');
    assert.equal(help.code, 0);
    // The scheme is case-insensitive: HTTP://… is a URL, not a file name.
    const upper = await run('validate', `${origin.replace('http', 'HTTP')}/catalog.json`);
    assert.equal(upper.code, 0, upper.out);
  });

  it('escapes control characters from the document, the file name and a URL', async () => {
    const forged = file('forged-\u001b[2J-\n✓ ok.json', {
      version: '1',
      services: [
        { id: '\u001b[2J\u001b]0;title\u0007\n✓ x (catalog): valid', name: 'A', requirements: [] },
        { id: '\u001b[2J\u001b]0;title\u0007\n✓ x (catalog): valid', name: 'A', requirements: [] },
      ],
    });
    const local = await run('validate', forged);
    assert.equal(local.code, 1);
    assertSafeOutput(local.out);
    assert.match(local.out, /\\u001b\[2J\\u001b\]0;title\\u0007\\n✓ x/);
    assert.doesNotMatch(local.out, /^✓/m);
    const remote = await run('validate', `${origin}/escape.json`);
    assert.equal(remote.code, 1);
    assertSafeOutput(remote.out);
    assert.doesNotMatch(remote.out, /^✓/m);
  });

  it('a 10 MB string in the wrong place is quoted back shortened', async () => {
    const huge = file('huge-string.json', {
      status: 'open',
      services: [{ id: 'a', waiting: 'x'.repeat(10 * 1024 * 1024) }],
    });
    const { code, out } = await run('validate', huge);
    assert.equal(code, 1);
    assert.ok(out.length < 2000, `${out.length} characters of output`);
    assert.match(out, /x…/);
  });

  it('1e999 and fractional tickets are refused', async () => {
    const infinite = file(
      'infinite.json',
      '{"status":"open","services":[{"id":"a","waiting":1e999}]}',
    );
    assert.equal((await run('validate', infinite)).code, 1);
    const fee = file(
      'fee.json',
      '{"version":"1","services":[{"id":"a","name":"A","requirements":[],"fee":{"amount":1e999}}]}',
    );
    assert.equal((await run('validate', fee)).code, 1);
    const ticket = file(
      'ticket.json',
      '{"status":"open","services":[{"id":"a","nowServing":1e21}]}',
    );
    assert.match((await run('validate', ticket)).out, /\$\.services\[0\]\.nowServing/);
  });

  it('one feature with 124,000 problems is reported, not a stack overflow', async () => {
    const services = new Array(124_000).fill(1);
    const path = file('overflow.geojson', {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [107.1, -6.8] },
          properties: { id: 'a', name: 'A', services },
        },
      ],
    });
    const { code, out } = await run('validate', path);
    assert.equal(code, 1, out);
    assertSafeOutput(out);
    assert.match(out, /\$\.features\[0\]\.properties\.services\[0\]/);
  });

  it('a gzip bomb stops at 50 MB, from a file and from a URL', async () => {
    const local = await run('validate', file('bomb.json.gz', bomb));
    assert.equal(local.code, 1);
    assert.match(local.out, /larger than 50 MB/);
    const remote = await run('validate', `${origin}/bomb.json`);
    assert.equal(remote.code, 1, remote.out);
    assert.match(remote.out, /larger than 50 MB/);
    assert.ok(remote.peakMb < 400, `peak RSS ${remote.peakMb} MB`);
  });

  it('50 MB of bad entries: 100 problems and a count, in flat memory and time', async () => {
    // A catalogue of 11-byte bad entries, just under the 50 MB (50 MiB) cap.
    const entries = Math.floor((50_000_000 - 40) / 11);
    const path = join(dir, 'bad-catalog.json');
    writeFileSync(
      path,
      `{"version":"1","services":[${'"bad-entr",'.repeat(entries - 1)}"bad-entr"]}`,
    );
    const result = await run('validate', path);
    assert.equal(result.code, 1);
    const lines = result.out.trim().split('\n');
    assert.ok(lines.length <= 102, `${lines.length} lines`);
    assert.match(result.out, new RegExp(`… and ${(entries - 100).toLocaleString('en-US')} more`));
    console.log(
      `50 MB, ${entries.toLocaleString('en-US')} bad entries: ${result.ms} ms, peak RSS ${Math.round(result.peakMb)} MB`,
    );
    assert.ok(result.peakMb < 1500, `peak RSS ${result.peakMb} MB`);
  });
});
