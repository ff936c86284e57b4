// `npm run test:types`: the packed package (after `npm run build`), installed as a user gets it
// — with its dependencies and nothing of our devDependencies — type-checked by `tsc` (strict,
// `skipLibCheck: false`) on the fixtures in scripts/type-tests/: every entry with and without
// `.js` under bundler, node16 and node10 resolution, the React components and React 19's JSX
// with React 18 and 19 types, Vue's and Svelte's element types. Each fixture also holds
// `@ts-expect-error` lines, so types that accept anything fail the test too.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const fixtures = resolve('scripts/type-tests');
const tsc = resolve('node_modules/typescript/bin/tsc');
/** Each case: packages it installs besides the package's own dependencies (name → our copy). */
const CASES = {
  bundler: { shared: true },
  node16: { shared: true },
  node10: { shared: true },
  'react-18': { packages: { '@types/react': '@types/react-18' } },
  'react-19': { packages: { '@types/react': '@types/react' } },
  vue: { packages: { vue: 'vue' } },
  svelte: { packages: { svelte: 'svelte' } },
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

const work = mkdtempSync(join(tmpdir(), 'mpp-type-tests-'));
const failures = [];
try {
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], {
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .pop();
  for (const [name, { shared = false, packages = {} }] of Object.entries(CASES)) {
    const dir = join(work, name);
    cpSync(join(fixtures, name), dir, { recursive: true });
    if (shared) cpSync(join(fixtures, 'shared'), dir, { recursive: true });
    const ours = join(dir, 'node_modules', 'mpp-widgets');
    mkdirSync(ours, { recursive: true });
    execFileSync('tar', ['-xzf', join(work, tarball), '-C', ours, '--strip-components=1']);
    for (const dependency of Object.keys(packageJsonOf(ours).dependencies ?? {})) {
      install(join(dir, 'node_modules'), dependency);
    }
    for (const [as, source] of Object.entries(packages))
      install(join(dir, 'node_modules'), as, source);
    try {
      execFileSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8' });
      console.log(`ok   ${name}`);
    } catch (error) {
      failures.push(name);
      console.log(`FAIL ${name}\n${error.stdout.replaceAll(`${dir}/`, '')}`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.error(`Type tests failed: ${failures.join(', ')}`);
  process.exit(1);
}
