// Properties of `mpp-widgets validate` (`npm run fuzz` runs them with FUZZ_RUNS cases; `node
// --test` with 100): random command lines exit 0, 1 or 2 with no stack trace and no raw control
// character; and for the same bytes (UTF-8, with a BOM, UTF-16, gzip) the CLI accepts a
// document exactly when the element's reader does. The command runs in this process (its
// `main`, bundled from the TypeScript sources with the readers and generators), so 10,000
// cases take minutes, not hours; a few real processes check the packaged entry too.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { build } from 'vite';

const runs = Number(process.env.FUZZ_RUNS) || 100;
/** In `npm run fuzz` every target gets the full count; a share only trims `npm test`'s. */
const fuzzing = Boolean(process.env.FUZZ_RUNS);
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const path = process.env.FUZZ_PATH || undefined;
// Inside the project, so the bundle finds fast-check in node_modules.
mkdirSync('node_modules/.cache', { recursive: true });
const dir = mkdtempSync(resolve('node_modules/.cache/mpp-cli-property-'));
let lib;

before(async () => {
  const entry = join(dir, 'entry.ts');
  const src = (file) => JSON.stringify(resolve('src', file));
  writeFileSync(
    entry,
    [
      `export { main } from ${src('cli/validate-command.ts')};`,
      `export { decodeDocument } from ${src('core/document-text.ts')};`,
      `export { parseJson } from ${src('core/fetch-json.ts')};`,
      `export { MppError } from ${src('core/errors.ts')};`,
      `export { readLocations } from ${src('finder/locations.ts')};`,
      `export { parseOpeningHours } from ${src('finder/opening-hours.ts')};`,
      `export { readPatch } from ${src('finder/location-patch.ts')};`,
      `export { readHolidayCalendar } from ${src('finder/holiday-calendar.ts')};`,
      `export { readCatalog } from ${src('service-checklist/catalog.ts')};`,
      `export { readQueueFeed } from ${src('queue-badge/feed-formats.ts')};`,
      `export * from ${src('test-support/document-arbitraries.ts')};`,
      "export { default as fc } from 'fast-check';",
    ].join('\n'),
  );
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: entry,
      outDir: join(dir, 'out'),
      target: 'node20',
      minify: false,
      rolldownOptions: { output: { entryFileNames: 'lib.js' } },
    },
    ssr: { noExternal: true },
  });
  lib = await import(pathToFileURL(join(dir, 'out', 'lib.js')).href);
});

after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs fast-check and reports like the browser targets do: cases run, failures. */
async function check(target, property, share = 1) {
  const numRuns = fuzzing ? runs : Math.max(1, Math.round(runs * share));
  const details = await lib.fc.check(property, {
    numRuns,
    ...(seed === undefined ? {} : { seed, path }),
  });
  console.log(
    `property ${String(details.numRuns).padStart(7)} ${details.failed ? 'FAILED' : 'ok'}  ${target}`,
  );
  if (details.failed)
    assert.fail(
      `${lib.fc.defaultReportMessage(details)}\nReplay: FUZZ_SEED=${details.seed} FUZZ_PATH=${details.counterexamplePath ?? ''} npm run fuzz -- scripts/cli.property.test.mjs`,
    );
}

// eslint-disable-next-line no-control-regex -- looking for them is the point
const RAW_CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const STACK_TRACE = /\bat .+:\d+:\d+\)?$/m;

/** Runs `main` in this process; resolves with the exit code and every line it printed. */
async function cli(args) {
  const lines = [];
  const code = await lib.main(args, {
    out: (line) => lines.push(line),
    err: (line) => lines.push(line),
  });
  return { code, lines };
}

function assertSafe({ code, lines }) {
  assert.ok([0, 1, 2].includes(code), `exit code ${code}`);
  for (const line of lines) {
    assert.doesNotMatch(line, RAW_CONTROL);
    assert.doesNotMatch(line, STACK_TRACE);
  }
  assert.ok(lines.length <= 130, `${lines.length} lines`);
}

let fileCounter = 0;
function writeDocument(bytes, name = 'doc.json') {
  fileCounter += 1;
  const file = join(dir, `${fileCounter}-${name}`);
  writeFileSync(file, bytes);
  return file;
}

/** The bytes of a JSON text, as editors and servers save it. */
function encoded(text, encoding) {
  const utf8 = Buffer.from(text, 'utf8');
  switch (encoding) {
    case 'utf8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]);
    case 'utf16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf16be': {
      const le = Buffer.from(text, 'utf16le');
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()]);
    }
    default:
      return utf8;
  }
}

/** Whether the element's reader accepts `bytes` as the browser receives them (no warnings). */
async function elementAccepts(type, bytes) {
  try {
    const document = lib.parseJson(lib.decodeDocument(new Uint8Array(bytes)));
    switch (type) {
      case 'locations':
        return (await lib.readLocations(document)).warnings.count === 0;
      case 'patch':
        // The finder shows a patched location whose hours it cannot read as "not available".
        return lib.readPatch(document).features.every(({ properties }) => {
          if (properties.openingHours === undefined) return true;
          try {
            lib.parseOpeningHours(properties.openingHours);
            return true;
          } catch {
            return false;
          }
        });
      case 'holidays':
        await lib.readHolidayCalendar(document);
        return true;
      case 'catalog':
        lib.readCatalog(document);
        return true;
      default:
        lib.readQueueFeed(document, type === 'siola' ? 'siola' : 'mpp');
        return true;
    }
  } catch (error) {
    if (error instanceof lib.MppError) return false;
    throw error;
  }
}

describe('mpp-widgets validate (properties)', () => {
  it('any command line: exit 0, 1 or 2, no stack trace, no raw control character', async () => {
    const sample = writeDocument(Buffer.from('{"status":"open","services":[]}'));
    const { fc } = lib;
    const argument = fc.oneof(
      fc.constantFrom(
        'validate',
        '--type',
        '--type=catalog',
        '--type=',
        '--type=\u001b[2J',
        '--',
        '-',
        '-h',
        '--help',
        '--typo',
        'HTTP://127.0.0.1:9/x.json',
        'ftp://example.org/x',
        'file:///nonexistent/\u001b]0;t\u0007.json',
        sample,
        join(dir, 'missing-\n✓ valid.json'),
        ...lib.DOCUMENT_TYPES,
      ),
      lib.anyText,
    );
    await check(
      'cli: any arguments exit 0/1/2, safe output',
      fc.asyncProperty(fc.array(argument, { maxLength: 5 }), async (args) =>
        assertSafe(await cli(args)),
      ),
    );
  });

  it('the CLI accepts a document exactly when the element reader does, whatever its encoding', async () => {
    const { fc } = lib;
    const encodings = fc.constantFrom('utf8', 'utf8-bom', 'utf16le', 'utf16be', 'gzip');
    const typeAndDocument = fc
      .constantFrom(...lib.DOCUMENT_TYPES)
      .chain((type) => fc.tuple(fc.constant(type), lib.anyDocument(type)));
    await check(
      'cli: validity equals the element reader, any encoding',
      fc.asyncProperty(typeAndDocument, encodings, async ([type, document], encoding) => {
        const text = lib.jsonText(document);
        // The browser receives a gzip response already unpacked (Content-Encoding).
        const wire = encoded(text, encoding === 'gzip' ? 'utf8' : encoding);
        const file = writeDocument(encoding === 'gzip' ? gzipSync(wire) : wire, `doc.${encoding}`);
        const result = await cli(['validate', file, `--type=${type}`]);
        assertSafe(result);
        const accepted = await elementAccepts(type, wire);
        assert.equal(
          result.code === 0,
          accepted,
          `${type} ${encoding}: ${result.lines.join('\n')}`,
        );
      }),
      0.5,
    );
  });

  it('the packaged command: wrong usage and bad documents never print a stack trace', async () => {
    await build({
      configFile: 'scripts/vite.cli.config.mjs',
      logLevel: 'warn',
      build: { outDir: join(dir, 'cli') },
    });
    const bin = join(dir, 'cli', 'mpp-widgets.js');
    const { fc } = lib;
    await check(
      'cli: packaged process exit 0/1/2, safe output',
      fc.asyncProperty(
        fc.constantFrom(...lib.DOCUMENT_TYPES).chain((type) => lib.anyDocument(type)),
        fc.array(fc.constantFrom('--type=queue', '--typo', '--', 'x'), { maxLength: 2 }),
        async (document, extra) => {
          const file = writeDocument(Buffer.from(lib.jsonText(document)));
          const { code, out } = await new Promise((done) =>
            execFile(process.execPath, [bin, 'validate', file, ...extra], (error, stdout, stderr) =>
              done({ code: error ? error.code : 0, out: stdout + stderr }),
            ),
          );
          assertSafe({ code, lines: out.split('\n') });
        },
      ),
      0.01,
    );
  });
});
