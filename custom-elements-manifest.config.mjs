// `custom-elements-manifest analyze` (npm run analyze): dist/custom-elements.json describes
// what the package ships — its JS entries, not our TypeScript sources — for editors,
// Storybook and the framework wrappers and types generated from it (scripts/framework-types.mjs).
import { publicManifest } from './scripts/manifest-plugin.mjs';

export default {
  globs: ['src/**/*.ts'],
  exclude: [
    'src/**/*.test.ts',
    'src/test-support/**',
    'src/generated/**',
    'src/cli/**',
    'src/cdn.ts',
  ],
  outdir: 'dist',
  litelement: true,
  // package.json names the manifest itself (`customElements`); the analyzer must not rewrite it.
  packagejson: false,
  plugins: [publicManifest()],
};
