// `npm run test:types`: the packed package (after `npm run build`), installed as a user gets it
// — with its dependencies and nothing of our devDependencies — type-checked by `tsc` (strict,
// `skipLibCheck: false`) on the fixtures in scripts/type-tests/: every entry with and without
// `.js` under bundler, node16 and node10 resolution, the React components and React 19's JSX
// with React 18 and 19 types, Vue's and Svelte's element types. Each fixture also holds
// `@ts-expect-error` lines, so types that accept anything fail the test too.
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

const fixtureRoot = resolve('scripts/type-tests');
const tsc = resolve('node_modules/typescript/bin/tsc');
/**
 * Each case: a folder with its tsconfig, the fixture folders it checks, and packages it installs
 * besides the package's own dependencies (name → our copy). One program per resolution mode
 * keeps the run short: type-checking the libraries (`skipLibCheck: false`) is most of the time.
 */
const CASES = {
  bundler: {
    fixtures: ['shared', 'react', 'react-19', 'vue', 'svelte'],
    packages: { '@types/react': '@types/react', vue: 'vue', svelte: 'svelte' },
  },
  node16: { fixtures: ['shared'] },
  node10: { fixtures: ['shared'] },
  'react-18': { fixtures: ['react'], packages: { '@types/react': '@types/react-18' } },
};

const packageJsonOf = (dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));

/** Copies `source` (a folder of our node_modules) as `name` and, recursively, what it depends on. */
function install(nodeModules, name, source = name) {
  const target = join(nodeModules, name);
  if (existsSync(target)) return;
  const from = resolve('node_modules', source);
  cpSync(from, target, { recursive: true, dereference: true });
  const { dependencies = {}, peerDependencies = {} } = packageJsonOf(from);
  for (const dependency of [...Object.keys(dependencies), ...Object.keys(peerDependencies)]) {
    if (existsSync(resolve('node_modules', dependency))) install(nodeModules, dependency);
  }
}

/** A folder holding the case's tsconfig and fixtures, and the package installed beside them. */
function prepare(work, tarball, name, { fixtures, packages = {} }) {
  const dir = join(work, name);
  cpSync(join(fixtureRoot, name), dir, { recursive: true });
  for (const fixture of fixtures) cpSync(join(fixtureRoot, fixture), dir, { recursive: true });
  const nodeModules = join(dir, 'node_modules');
  const ours = join(nodeModules, 'mpp-widgets');
  mkdirSync(ours, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', ours, '--strip-components=1']);
  for (const dependency of Object.keys(packageJsonOf(ours).dependencies ?? {})) {
    install(nodeModules, dependency);
  }
  for (const [as, source] of Object.entries(packages)) install(nodeModules, as, source);
  return dir;
}

const work = mkdtempSync(join(tmpdir(), 'mpp-type-tests-'));
const failures = [];
try {
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], {
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .pop();
  const checks = Object.entries(CASES).map(async ([name, options]) => {
    const dir = prepare(work, join(work, tarball), name, options);
    try {
      await run(process.execPath, [tsc, '-p', '.'], { cwd: dir, encoding: 'utf8' });
      console.log(`ok   ${name}`);
    } catch (error) {
      failures.push(name);
      console.log(`FAIL ${name}\n${error.stdout}`);
    }
  });
  await Promise.all(checks);
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.error(`Type tests failed: ${failures.join(', ')}`);
  process.exit(1);
}
