// Builds the command-line tool (`npx mpp-widgets validate …`) for Node: dist/cli/mpp-widgets.js,
// self-contained, from the same TypeScript the elements use.
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: 'src/cli/mpp-widgets.ts',
    outDir: 'dist/cli',
    emptyOutDir: false,
    target: 'node20',
    minify: false,
    rolldownOptions: {
      output: { entryFileNames: 'mpp-widgets.js', banner: '#!/usr/bin/env node' },
    },
  },
  ssr: { noExternal: true },
});
