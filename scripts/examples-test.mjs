// `npm run test:examples` (after `npm run build`): the example apps in examples/, one per
// framework, built the way a user builds theirs: against the packed tarball (`npm pack`, the
// file npm would publish), with the tarball's own dependencies, type-checked strictly, built for
// production, then opened in Debian's Chromium, where the three elements must render their
// bundled data and their events must reach the app, in both languages, without console errors.
// The conventions the apps follow are in examples/README.md.
//
//   node scripts/examples-test.mjs              every app
//   node scripts/examples-test.mjs react-vite   only the apps named (the install is the same)
//   node scripts/examples-test.mjs --reuse-install react-vite
//                                               keep the last run's install (while working on
//                                               an app; CI installs afresh)
// The apps are copied out of the repository first (example-apps/workspace.mjs says why).
import { existsSync, lstatSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium, openPage, shadowText, until } from './example-apps/page.mjs';
import { run, seconds } from './example-apps/run.mjs';
import { expectedNumber, serveApp } from './example-apps/server.mjs';
import { copyExamples, examplesDir } from './example-apps/workspace.mjs';

const root = resolve(import.meta.dirname, '..');

function exampleApps() {
  const { workspaces } = JSON.parse(readFileSync(join(examplesDir, 'package.json'), 'utf8'));
  const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const unknown = wanted.filter((name) => !workspaces.includes(name));
  if (unknown.length) throw new Error(`not in examples/package.json workspaces: ${unknown}`);
  return workspaces
    .filter((name) => wanted.length === 0 || wanted.includes(name))
    .map((name) => {
      const dir = join(examplesDir, name);
      const { mppExample } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      if (!mppExample?.output === !mppExample?.start) {
        throw new Error(`examples/${name}/package.json: "mppExample" needs "output" or "start"`);
      }
      return { name, dir, path: '/', ...mppExample };
    });
}

/** The tarball `npm publish` would upload, built from the current dist/. */
async function packTarball() {
  if (!existsSync(join(root, 'dist/index.js'))) throw new Error('no dist/: run `npm run build`');
  const destination = mkdtempSync(join(tmpdir(), 'mpp-widgets-pack-'));
  const { output, seconds: took } = await run(
    'npm',
    ['pack', '--json', '--pack-destination', destination],
    { cwd: root },
  );
  const [{ filename }] = JSON.parse(output.slice(output.indexOf('[')));
  return { tarball: join(destination, filename), seconds: took };
}

/**
 * One `npm ci` for every app (the committed lockfile, reproducible), then the tarball on top
 * with `--no-save`: its integrity changes with every build, so it stays out of the lockfile,
 * and its dependencies (lit, valibot, supercluster…) come from its own package.json, as
 * they would for a user — a dependency missing there fails the builds.
 */
async function installDependencies() {
  const { tarball, seconds: pack } = await packTarball();
  const ci = await run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: examplesDir });
  const add = await run('npm', ['install', '--no-save', '--no-audit', '--no-fund', tarball], {
    cwd: examplesDir,
  });
  rmSync(tarball);
  checkInstalledPackage();
  return { pack, ci: ci.seconds, tarball: add.seconds };
}

function checkInstalledPackage() {
  const installed = join(examplesDir, 'node_modules/mpp-widgets');
  if (lstatSync(installed).isSymbolicLink()) throw new Error(`${installed} is a link, not a copy`);
  const { version } = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  const expected = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  if (version !== expected) throw new Error(`installed mpp-widgets ${version}, built ${expected}`);
}

// ---- in the page ---------------------------------------------------------------------

const outputText = (page, id) =>
  page.evaluate((id) => document.getElementById(id)?.textContent?.trim() ?? '', id);

const collapse = (text) => text.replace(/\s+/g, ' ');

/** The checks every example app must pass; each returns a line for the report. */
async function checkApp(page) {
  const passed = [];
  const check = async (what, body) => {
    await body();
    passed.push(what);
  };

  await check('Indonesian by default: badge, checklist and finder render their data', async () => {
    await until(
      'badge label',
      () => shadowText(page, 'mpp-queue-badge', '[part="now-serving"]'),
      (text) => /^Sedang dilayani/.test(text),
    );
    await until(
      'badge number',
      () => shadowText(page, 'mpp-queue-badge', '[part="number"]'),
      (text) => text === expectedNumber,
    );
    await until(
      'checklist progress',
      () => shadowText(page, 'mpp-service-checklist', '[part="progress"]'),
      (text) => /^0 dari \d+ dokumen siap/.test(collapse(text)),
    );
    await until(
      'checklist documents',
      () => shadowText(page, 'mpp-service-checklist', '[part="item"]'),
      (text) => text.includes('KTP-el'),
    );
    await until(
      'finder count',
      () => shadowText(page, 'mpp-finder', '[part="count"]'),
      (text) => /^\d+ MPP ditemukan$/.test(collapse(text)),
    );
    await until(
      'finder list',
      () => shadowText(page, 'mpp-finder', '[part="item-name"]'),
      (text) => text.split('\n').every((name) => /^Mal Pelayanan Publik /.test(name)),
    );
  });

  await check('mpp-queue-update reaches the app (the number now served)', async () => {
    await until(
      'app queue output',
      () => outputText(page, 'app-queue'),
      (text) => text === expectedNumber,
    );
  });

  let total = '';
  await check('mpp-checklist-change reaches the app after a real click', async () => {
    const box = await page.$('mpp-service-checklist >>> [part="item"] input[type="checkbox"]');
    await box.click();
    const progress = await until(
      'checklist progress after the click',
      () => shadowText(page, 'mpp-service-checklist', '[part="progress"]'),
      (text) => /^1 dari \d+ dokumen siap/.test(collapse(text)),
    );
    total = /dari (\d+)/.exec(progress)[1];
    await until(
      'app checklist output',
      () => outputText(page, 'app-checklist'),
      (text) => text === `1/${total}`,
    );
  });

  let selectedName = '';
  await check('mpp-select reaches the app after a real click', async () => {
    const nameButton = await page.$('mpp-finder >>> [part="item-name"]');
    selectedName = await nameButton.evaluate((button) => button.textContent.trim());
    await nameButton.click();
    await until(
      'app selected output',
      () => outputText(page, 'app-selected'),
      (text) => text === selectedName,
    );
  });

  await check('the app language switch turns every element into English', async () => {
    await page.select('#app-lang', 'en');
    await until(
      'badge in English',
      () => shadowText(page, 'mpp-queue-badge', '[part="now-serving"]'),
      (text) => /^Now serving/.test(text),
    );
    await until(
      'checklist in English, tick kept',
      () => shadowText(page, 'mpp-service-checklist', '[part="progress"]'),
      (text) => collapse(text).startsWith(`1 of ${total} document`),
    );
    await until(
      'finder in English',
      () => shadowText(page, 'mpp-finder', '[part="count"]'),
      (text) => /^\d+ MPPs? found$/.test(collapse(text)),
    );
    await until(
      'app selected output kept',
      () => outputText(page, 'app-selected'),
      (text) => text === selectedName,
    );
  });
  return passed;
}

/** Opens the app; returns the checks passed and the gzip size of the JavaScript it loaded. */
async function openApp(browser, app, origin) {
  const { page, problems, loadedJsGzip, close } = await openPage(browser, origin, app.path);
  try {
    const passed = await checkApp(page);
    if (problems.length) throw new Error(problems.join('\n'));
    return { passed, jsGzip: loadedJsGzip() };
  } catch (error) {
    error.message += problems.length ? `\n${problems.join('\n')}` : '';
    throw error;
  } finally {
    await close();
  }
}

// ---- main ------------------------------------------------------------------------------

const started = performance.now();
const reuseInstall = process.argv.includes('--reuse-install');
copyExamples({ fresh: !reuseInstall });
const apps = exampleApps();
if (reuseInstall) {
  checkInstalledPackage();
} else {
  const install = await installDependencies();
  console.log(
    `::: npm pack ${install.pack} s; examples: npm ci ${install.ci} s, tarball ${install.tarball} s`,
  );
}

const results = [];
let failures = 0;
const browser = await launchChromium();
try {
  for (const app of apps) {
    const result = { app: app.name };
    results.push(result);
    try {
      result.typecheck = (await run('npm', ['run', 'typecheck'], { cwd: app.dir })).seconds;
      result.build = (await run('npm', ['run', 'build'], { cwd: app.dir })).seconds;
      const server = await serveApp(app);
      const browserStart = performance.now();
      try {
        const { passed, jsGzip } = await openApp(browser, app, server.origin);
        result.browser = seconds(browserStart);
        result.jsGzip = `${(jsGzip / 1024).toFixed(1)} kB`;
        console.log(`✓ ${app.name}\n${passed.map((line) => `    ✓ ${line}`).join('\n')}`);
      } finally {
        server.close();
      }
    } catch (error) {
      failures += 1;
      result.failed = true;
      console.log(`✗ ${app.name}\n    ${error.message.replace(/\n/g, '\n    ')}`);
    }
  }
} finally {
  await browser.close();
}
console.log('\napp | typecheck s | build s | browser s | JS loaded (gzip -9)');
for (const r of results) {
  const cells = [r.app, r.typecheck, r.build, r.browser, r.failed ? 'FAILED' : r.jsGzip];
  console.log(cells.map((cell) => cell ?? '—').join(' | '));
}
console.log(`::: examples: ${seconds(started)} s in all`);
process.exit(failures ? 1 : 0);
