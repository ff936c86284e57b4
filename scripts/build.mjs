// `npm run build`: the npm build (ESM per element + .d.ts), the CDN build (loader + lazy
// chunks), custom-elements.json and VS Code HTML custom data, licences beside both.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { vscodeCustomData, webTypes } from './custom-data.mjs';
import { writeFrameworkEntries } from './framework-types.mjs';
import { filesUnder } from './files-under.mjs';
import { cdnBaseUrl, importMapFor } from './import-map.mjs';

const run = (command, ...args) => execFileSync(command, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('npx', 'vite', 'build', '--logLevel', 'warn');
run('npx', 'vite', 'build', '--mode', 'cdn', '--logLevel', 'warn');
run('npx', 'vite', 'build', '--config', 'scripts/vite.cli.config.mjs', '--logLevel', 'warn');
run('npx', 'tsc', '-p', 'tsconfig.build.json');
run('npm', 'run', '--silent', 'analyze');

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const packageJson = JSON.parse(readFileSync('package.json', 'utf8'));
const writeJson = (file, value) => writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
writeJson('dist/vscode.html-custom-data.json', vscodeCustomData(manifest));
writeJson('dist/web-types.json', webTypes(manifest, packageJson));
writeFrameworkEntries(manifest, 'dist');

mkdirSync('dist/cdn', { recursive: true });
for (const file of ['LICENSE', 'THIRD_PARTY_NOTICES.md']) {
  copyFileSync(file, `dist/${file}`);
  copyFileSync(file, `dist/cdn/${file}`);
}
// Subresource Integrity hashes of the CDN files, for `<script integrity="…">` (README).
const integrity = Object.fromEntries(
  filesUnder('dist/cdn')
    .filter((file) => file.endsWith('.js'))
    .map((file) => [
      file.slice('dist/cdn/'.length),
      `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`,
    ]),
);
writeFileSync('dist/cdn/integrity.json', `${JSON.stringify(integrity, null, 2)}\n`);
// The same hashes as an import map for this version on jsDelivr (README's snippet): with it,
// browsers refuse a changed chunk too, not only a changed loader.
const { version } = packageJson;
writeFileSync(
  'dist/cdn/importmap.json',
  `${JSON.stringify(importMapFor(integrity, cdnBaseUrl(version)), null, 2)}\n`,
);

console.log(
  'Built dist/ (npm entries, types, custom-elements.json, framework entries) and dist/cdn/ (script-tag build).',
);
