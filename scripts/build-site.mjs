// `npm run build:site`: everything a visitor can try, as one static folder `site/` that can be
// hosted as it is, under any sub-path (GitHub Pages: https://<owner>.github.io/<repo>/):
// the demo pages, the configurator and the profile editor (Vite, relative base), sample queue
// feeds in place of the demo's simulator, the webmaster guides rendered to HTML, Storybook, and
// a home page. `node scripts/site-smoke.mjs` serves it under a sub-path and checks every page.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import { mppDocument, siolaDocument } from './queue-feeds/simulator.mjs';
import { guidePage, homePage } from './site/pages.mjs';

const OUT = 'site';
const run = (command, ...args) => execFileSync(command, args, { stdio: 'inherit' });
const write = (path, text) => {
  mkdirSync(path.slice(0, path.lastIndexOf('/')), { recursive: true });
  writeFileSync(path, text);
};

// The configurator's script snippet carries the loader's integrity hash of this build.
if (!existsSync('dist/cdn/integrity.json')) run('npm', 'run', '--silent', 'build');

rmSync(OUT, { recursive: true, force: true });
await build({
  configFile: 'demo/vite.config.mjs',
  base: './',
  logLevel: 'warn',
  build: { outDir: OUT, emptyOutDir: true },
  plugins: [
    {
      // A static host cannot hold an event stream open: the live-stream section needs the
      // simulator of `npm start`, so the hosted demo leaves it out.
      name: 'mpp-site-static-feeds',
      transformIndexHtml: (html) =>
        html.replace(/\s*<section[^>]*\bdata-needs-server\b[\s\S]*?<\/section>/g, ''),
    },
  ],
});

// The simulator's feeds at one fixed moment (an open MPP, 09.30 WIB on 25 November 2026),
// where `npm start` answers live: the demo's badges and the configurator's "sample feed" read
// them from the same relative URLs.
const SAMPLE_MOMENT = Date.UTC(2026, 10, 25, 2, 30);
write(`${OUT}/feeds/demo/mpp.json`, `${JSON.stringify(mppDocument(SAMPLE_MOMENT), null, 2)}\n`);
write(`${OUT}/feeds/demo/siola.json`, `${JSON.stringify(siolaDocument(SAMPLE_MOMENT), null, 2)}\n`);

// What the configurator and the profile editor read about the release (demo/configurator/release.ts).
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const { name, version, repository, homepage, bugs } = pkg;
write(
  `${OUT}/package.json`,
  `${JSON.stringify({ name, version, repository, homepage, bugs }, null, 2)}\n`,
);
mkdirSync(`${OUT}/dist/cdn`, { recursive: true });
copyFileSync('dist/cdn/integrity.json', `${OUT}/dist/cdn/integrity.json`);

const repositoryUrl = repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
copyFileSync('scripts/site/site.css', `${OUT}/site.css`);
write(`${OUT}/index.html`, homePage({ version, repositoryUrl }));
for (const [file, lang] of [
  ['panduan-webmaster', 'id'],
  ['webmaster-guide', 'en'],
]) {
  const markdown = readFileSync(`docs/${file}.md`, 'utf8');
  write(`${OUT}/docs/${file}.html`, guidePage(markdown, { lang, repositoryUrl }));
}

run('npm', 'run', '--silent', 'analyze');
run('npx', 'storybook', 'build', '-o', `${OUT}/storybook`, '--quiet');
// GitHub Pages runs Jekyll unless told not to, which hides files whose names start with "_".
writeFileSync(`${OUT}/.nojekyll`, '');
console.log(`site: ${OUT}/ (open ${OUT}/index.html through any static HTTP server)`);
