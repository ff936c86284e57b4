// Builds a one-file app against dist/ as an npm user's Vite would (production, minified), with
// `mpp-widgets/<entry>` resolved to the built entries. Used to measure and to smoke-test the
// framework integrations.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

/** A fresh folder inside the project, so React and Lit resolve from our node_modules. */
export function appFolder(name) {
  mkdirSync('node_modules/.cache', { recursive: true });
  return mkdtempSync(resolve(`node_modules/.cache/${name}-`));
}

/** Builds `source` (JSX) in `folder`; returns Vite's output files. */
export async function buildApp(folder, source, { write = false } = {}) {
  const entry = join(folder, 'index.html');
  writeFileSync(join(folder, 'main.jsx'), source);
  writeFileSync(
    entry,
    '<!doctype html><div id="app"></div><script type="module" src="./main.jsx"></script>',
  );
  const result = await build({
    configFile: false,
    logLevel: 'error',
    root: folder,
    mode: 'production',
    resolve: {
      alias: [{ find: /^mpp-widgets\/(.*)$/, replacement: `${resolve('dist')}/$1.js` }],
    },
    build: { write, outDir: join(folder, 'dist'), minify: true, rolldownOptions: { input: entry } },
  });
  return (Array.isArray(result) ? result[0] : result).output ?? [];
}
