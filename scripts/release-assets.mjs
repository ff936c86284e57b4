// `node scripts/release-assets.mjs <folder>` (after `npm run build` and `npm run build:wordpress`):
// what a release publishes, made and checked without publishing anything. .ci/run runs it into
// a temporary folder as a rehearsal; .github/workflows/release.yml runs it and uploads the
// folder's files:
//   mpp-widgets-<version>.tgz      the npm package (`npm pack`), its file list checked
//   mpp-widgets.zip                the WordPress plugin (dist/wordpress/), its version checked
//   mpp-widgets-cdn-<version>.zip  dist/cdn/ as the folder `mpp-widgets/`, for self-hosting
// and checks that README and the guides pin this version in their CDN addresses.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const out = resolve(process.argv[2] ?? 'release-assets');
mkdirSync(out, { recursive: true });
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];
const expect = (ok, problem) => ok || problems.push(problem);

// ---- npm package: what `npm publish` would upload
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--json', '--pack-destination', out], { encoding: 'utf8' }),
);
const files = new Set(packed.files.map((file) => file.path));
const targets = [
  ...Object.values(pkg.exports).flatMap((target) =>
    typeof target === 'string' ? [target] : Object.values(target),
  ),
  ...Object.values(pkg.bin),
  pkg.types,
  pkg.customElements,
]
  .filter((target) => !target.includes('*'))
  .map((target) => target.replace(/^\.\//, ''));
for (const target of targets) expect(files.has(target), `npm package lacks ${target}`);
for (const required of [
  'dist/cdn/mpp-widgets.js',
  'dist/cdn/integrity.json',
  'dist/cdn/LICENSE',
  'dist/cdn/THIRD_PARTY_NOTICES.md',
  'schemas/queue.schema.json',
  'LICENSE',
  'THIRD_PARTY_NOTICES.md',
  'README.md',
  'CHANGELOG.md',
]) {
  expect(files.has(required), `npm package lacks ${required}`);
}
const stray = [...files].filter((file) =>
  /^(src|demo|stories|scripts|data|docs|site|wordpress|node_modules|dist\/wordpress)\/|\.test\./.test(
    file,
  ),
);
expect(stray.length === 0, `npm package holds files that are not for users: ${stray.join(', ')}`);

// ---- the guides name the version being released wherever they give a CDN address
for (const doc of ['README.md', 'docs/panduan-webmaster.md', 'docs/webmaster-guide.md']) {
  const stale = [...readFileSync(doc, 'utf8').matchAll(/mpp-widgets@([^/\s]+)\/dist\/cdn\//g)]
    .map((match) => match[1])
    // `<version>` is a placeholder in instructions, not an address to paste.
    .filter((version) => version !== pkg.version && version !== '<version>');
  expect(stale.length === 0, `${doc} gives CDN addresses of version ${stale.join(', ')}`);
}

// ---- WordPress plugin
const pluginZip = 'dist/wordpress/mpp-widgets.zip';
const pluginHeader = execFileSync('unzip', ['-p', pluginZip, 'mpp-widgets/mpp-widgets.php'], {
  encoding: 'utf8',
});
const pluginVersion = pluginHeader.match(/^\s*\*\s*Version:\s*(\S+)/m)?.[1];
expect(
  pluginVersion === pkg.version,
  `WordPress plugin version ${pluginVersion} is not ${pkg.version}`,
);
expect(
  execFileSync('unzip', ['-Z1', pluginZip], { encoding: 'utf8' }).includes(
    'mpp-widgets/assets/mpp-widgets.js',
  ),
  'WordPress zip lacks the library (assets/mpp-widgets.js)',
);
copyFileSync(pluginZip, `${out}/mpp-widgets.zip`);

// ---- CDN folder for self-hosting: unzipped, it is `mpp-widgets/mpp-widgets.js` + `chunks/`
const cdnZip = `${out}/mpp-widgets-cdn-${pkg.version}.zip`;
const stage = `${out}/.stage`;
rmSync(stage, { recursive: true, force: true });
mkdirSync(stage);
execFileSync('cp', ['-R', 'dist/cdn', `${stage}/mpp-widgets`]);
rmSync(cdnZip, { force: true });
execFileSync('zip', ['-q', '-r', '-X', cdnZip, 'mpp-widgets'], { cwd: stage });
rmSync(stage, { recursive: true });
const cdnFiles = execFileSync('unzip', ['-Z1', cdnZip], { encoding: 'utf8' }).split('\n');
for (const required of ['mpp-widgets.js', 'integrity.json', 'LICENSE', 'THIRD_PARTY_NOTICES.md'])
  expect(cdnFiles.includes(`mpp-widgets/${required}`), `CDN archive lacks ${required}`);
expect(
  cdnFiles.some((file) => file.startsWith('mpp-widgets/chunks/')),
  'CDN archive lacks chunks/',
);

if (problems.length) {
  for (const problem of problems) console.error(`✗ ${problem}`);
  process.exit(1);
}
console.log(
  `✓ ${out}: ${packed.filename} (${files.size} files, ${(packed.size / 1024).toFixed(0)} kB), ` +
    `mpp-widgets.zip (WordPress ${pluginVersion}), ${cdnZip.slice(out.length + 1)} (${cdnFiles.filter(Boolean).length} entries)`,
);
