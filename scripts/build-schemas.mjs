// Writes schemas/<type>.schema.json (JSON Schema, draft-07) from the valibot definitions the
// elements validate with (src/data-formats.ts): one source of truth. `--check` fails instead
// of writing when the committed files are out of date (run by `npm test`).
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { toJsonSchema } from '@valibot/to-json-schema';
import { build } from 'vite';

const check = process.argv.includes('--check');
const outDir = mkdtempSync(join(tmpdir(), 'mpp-schemas-'));
try {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: 'src/data-formats.ts',
      outDir,
      emptyOutDir: false,
      target: 'node20',
      rolldownOptions: { output: { entryFileNames: 'data-formats.js' } },
    },
    ssr: { noExternal: true },
  });
  const { DOCUMENT_FORMATS } = await import(pathToFileURL(join(outDir, 'data-formats.js')).href);
  mkdirSync('schemas', { recursive: true });
  let stale = 0;
  for (const [type, format] of Object.entries(DOCUMENT_FORMATS)) {
    // Checks a JSON Schema cannot express (unique ids, coordinate order, opening_hours
    // syntax, "id or en") are left out here; the elements and `mpp-widgets validate` apply them.
    const { $schema, ...definition } = toJsonSchema(format.schema, { errorMode: 'ignore' });
    const schema = {
      $schema,
      $id: `https://cdn.jsdelivr.net/npm/mpp-widgets/schemas/${type}.schema.json`,
      title: format.title,
      description: format.description,
      ...definition,
    };
    const path = `schemas/${type}.schema.json`;
    const text = `${JSON.stringify(schema, null, 2)}\n`;
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      // not written yet
    }
    if (current === text) continue;
    if (check) {
      console.error(`${path} is out of date: run \`npm run schemas\``);
      stale += 1;
    } else {
      writeFileSync(path, text);
      console.log(`wrote ${path}`);
    }
  }
  if (stale) process.exitCode = 1;
  else if (check) console.log('schemas/ up to date');
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
