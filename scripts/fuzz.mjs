// `npm run fuzz [-- <test files>]`: the property tests with ≥ 10,000 cases per target (FUZZ_RUNS
// to change it), then the Node-side properties (CLI). A failure prints fast-check's seed and
// path; `FUZZ_SEED=… FUZZ_PATH=… npm run fuzz -- <file>` replays exactly that case.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const env = { ...process.env, FUZZ_RUNS: process.env.FUZZ_RUNS || '10000' };
const files = process.argv.slice(2);
const browserFiles = files.length
  ? files.filter((file) => file.endsWith('.ts'))
  : ['src/**/*.property.test.ts'];
const nodeFiles = files.length
  ? files.filter((file) => file.endsWith('.mjs'))
  : readdirSync('scripts')
      .filter((file) => file.endsWith('.property.test.mjs'))
      .map((file) => `scripts/${file}`);

const run = (command, args) =>
  spawnSync(command, args, { stdio: 'inherit', env, shell: false }).status ?? 1;

// Both halves run even when the first fails, so one run reports every target.
const browserStatus = browserFiles.length
  ? run('npx', ['wtr', ...browserFiles.flatMap((f) => ['--files', f])])
  : 0;
const nodeStatus = nodeFiles.length ? run('node', ['--test', ...nodeFiles]) : 0;
process.exit(browserStatus || nodeStatus);
