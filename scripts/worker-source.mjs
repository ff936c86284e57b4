// `import source from './x.js?worker-source'`: module x bundled on its own (its imports
// inlined, nothing left to fetch) and handed over as a string. A worker started from a Blob of
// that text runs code that arrived inside an integrity-checked chunk; a worker that imported
// its code by URL would fetch it unchecked (import maps, and their `integrity`, do not apply
// inside workers). One bundler for every place that serves the sources: the Vite builds, the
// demo and Storybook (Vite plugin), and the test runner (web-test-runner.config.mjs).
import { existsSync } from 'node:fs';
import { build } from 'esbuild';

export const WORKER_SOURCE_QUERY = '?worker-source';

/** `./x.js` written in TypeScript sources means `./x.ts` when only that exists. */
export function sourceFile(file) {
  return !existsSync(file) && file.endsWith('.js') ? `${file.slice(0, -3)}.ts` : file;
}

/** The worker's whole code as one classic script, and the files it was made from. */
export async function bundleWorkerSource(file) {
  const result = await build({
    entryPoints: [sourceFile(file)],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    legalComments: 'none', // supercluster's and kdbush's licences are in THIRD_PARTY_NOTICES.md
    write: false,
    metafile: true,
  });
  return {
    module: `export default ${JSON.stringify(result.outputFiles[0].text)};`,
    inputs: Object.keys(result.metafile.inputs),
  };
}

/** Vite (and Rollup) plugin for `?worker-source` imports. */
export function viteWorkerSource() {
  return {
    name: 'worker-source',
    enforce: 'pre',
    async resolveId(id, importer) {
      if (!id.endsWith(WORKER_SOURCE_QUERY)) return undefined;
      const resolved = await this.resolve(id.slice(0, -WORKER_SOURCE_QUERY.length), importer, {
        skipSelf: true,
      });
      return resolved && `${resolved.id}${WORKER_SOURCE_QUERY}`;
    },
    async load(id) {
      if (!id.endsWith(WORKER_SOURCE_QUERY)) return undefined;
      const { module, inputs } = await bundleWorkerSource(id.slice(0, -WORKER_SOURCE_QUERY.length));
      for (const input of inputs) this.addWatchFile(input);
      return module;
    },
  };
}
