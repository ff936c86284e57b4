// The npm build (vite.config.ts, as `npm run build` makes dist/) into a directory of its own,
// for the server-rendering tests: they run in `npm test`, before (and without) `npm run build`.
// The directory is inside node_modules so that the entries' bare imports (lit, valibot…)
// resolve as they do for a user's server.
import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Builds the npm entries; resolves with the directory holding `index.js`, `finder.js`… */
export async function buildNpmEntries(name) {
  const outDir = `${root}node_modules/.cache/mpp-widgets-ssr/${name}`;
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await build({
    root,
    configFile: `${root}vite.config.ts`,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, sourcemap: false },
  });
  return outDir;
}
