import { defineConfig, type UserConfig } from 'vite';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';
import { minifyHtmlLiterals } from './scripts/minify-html-literals.mjs';
import { preloadGraph } from './scripts/preload-graph.mjs';
import { viteWorkerSource } from './scripts/worker-source.mjs';
import { elementChunks } from './scripts/element-chunks.mjs';

/** npm build: one ESM entry per element, Lit and valibot left to the user's bundler. */
const npmBuild: UserConfig = {
  // Templates keep their formatting here (minifyHtmlLiterals is for the CDN build only):
  // hydration needs a server's render and the code hydrating it to have the same template
  // text, and that code may be these entries or their sources (the hydration tests hydrate
  // with the sources); the output also stays readable.
  plugins: [minifyCssLiterals(), viteWorkerSource()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    minify: false,
    sourcemap: true,
    target: 'es2022',
    lib: {
      entry: {
        index: 'src/index.ts',
        'queue-badge': 'src/queue-badge/index.ts',
        'service-checklist': 'src/service-checklist/index.ts',
        finder: 'src/finder/index.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [
        /^lit(\/|$)/,
        /^@lit\/reactive-element/,
        /^lit-html/,
        /^valibot$/,
        /^supercluster$/,
      ],
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
};

/**
 * CDN build: `dist/cdn/mpp-widgets.js`, a small loader with Lit inside the shared chunk,
 * every element and heavy part a lazy chunk resolved from the loader's own URL.
 */
const cdnChunks = elementChunks('src/cdn.ts');
const cdnBuild: UserConfig = {
  plugins: [
    minifyCssLiterals(),
    minifyHtmlLiterals(),
    viteWorkerSource(),
    cdnChunks.plugin,
    // Each element's chunks and bundled data, for the loader to request all at once (src/cdn.ts).
    preloadGraph('src/cdn.ts', {
      'mpp-queue-badge': { module: 'src/queue-badge/index.ts' },
      'mpp-service-checklist': {
        module: 'src/service-checklist/index.ts',
        bundledData: 'src/data/catalog.json',
      },
      'mpp-finder': {
        module: 'src/finder/index.ts',
        bundledData: 'src/data/locations.json',
        alwaysLoads: ['src/data/holidays.json'],
      },
    }),
  ],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: false,
    sourcemap: true,
    target: 'es2022',
    lib: { entry: 'src/cdn.ts', formats: ['es'], fileName: () => 'mpp-widgets.js' },
    rolldownOptions: {
      // Keep Lit inside the shared element chunk instead of a chunk of its own.
      preserveEntrySignatures: 'allow-extension',
      output: {
        minify: true,
        chunkFileNames: 'chunks/[name]-[hash].js',
        // One core chunk and one chunk per element, as far as the module graph allows.
        codeSplitting: cdnChunks.codeSplitting,
      },
    },
  },
};

export default defineConfig(({ mode }) => (mode === 'cdn' ? cdnBuild : npmBuild));
