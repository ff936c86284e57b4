// `npm run size:examples` (after `npm run test:examples`, which installs the examples'
// dependencies and the packed tarball): what one element costs in each framework's app. For
// every framework two minimal production builds, the same app without and with one
// <mpp-queue-badge> (for React also through the `mpp-widgets/react` component), opened in
// Chromium; the figure is the gzip -9 size of all JavaScript the page loads until the badge
// shows its number, and the difference is what the element adds. README's "Frameworks"
// table comes from here.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { launchChromium, openPage, shadowText, until } from './example-apps/page.mjs';
import { run } from './example-apps/run.mjs';
import { expectedNumber, serveApp } from './example-apps/server.mjs';
import { examplesDir } from './example-apps/workspace.mjs';

// Inside the examples' install (outside the repository), so that the apps' dependencies and
// the tarball resolve; removed afterwards.
const workDir = join(examplesDir, '.size');
const BADGE = '<mpp-queue-badge src="/feeds/demo/mpp.json" service="dukcapil"></mpp-queue-badge>';

const html = (body, script) =>
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>size</title></head>` +
  `<body>${body}<script type="module" src="${script}"></script></body></html>`;

const reactApp = (imports, jsx) => ({
  'vite.config.mjs': `import react from '@vitejs/plugin-react';\nexport default { plugins: [react()], logLevel: 'warn' };\n`,
  'index.html': html('<div id="root"></div>', '/main.jsx'),
  'main.jsx': `import { createRoot } from 'react-dom/client';\n${imports}\ncreateRoot(document.getElementById('root')).render(${jsx});\n`,
});

const vueApp = (imports, template) => ({
  'vite.config.mjs': `import vue from '@vitejs/plugin-vue';\nexport default { plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('mpp-') } } })], logLevel: 'warn' };\n`,
  'index.html': html('<div id="app"></div>', '/main.js'),
  'main.js': `import { createApp } from 'vue';\n${imports}\nimport App from './App.vue';\ncreateApp(App).mount('#app');\n`,
  'App.vue': `<template>${template}</template>\n`,
});

const svelteApp = (imports, markup) => ({
  'vite.config.mjs': `import { svelte } from '@sveltejs/vite-plugin-svelte';\nexport default { plugins: [svelte()], logLevel: 'warn' };\n`,
  'index.html': html('<div id="app"></div>', '/main.js'),
  'main.js': `import { mount } from 'svelte';\n${imports}\nimport App from './App.svelte';\nmount(App, { target: document.getElementById('app') });\n`,
  'App.svelte': `${markup}\n`,
});

const plainApp = (imports, body) => ({
  'vite.config.mjs': `export default { logLevel: 'warn' };\n`,
  'index.html': html(`<p>MPP</p>${body}`, '/main.js'),
  'main.js': `${imports}\ndocument.querySelector('p').title = 'MPP';\n`,
});

/** Angular: the example's workspace files, with a one-component app. */
const angularApp = (imports, template) => ({
  'angular.json': { copy: join(examplesDir, 'angular/angular.json') },
  'tsconfig.json': { copy: join(examplesDir, 'angular/tsconfig.json') },
  'src/styles.css': '',
  'src/index.html': `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>size</title><base href="/"></head><body><app-root></app-root></body></html>`,
  'src/main.ts': `import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';\nimport { bootstrapApplication } from '@angular/platform-browser';\n${imports}\n@Component({ selector: 'app-root', schemas: [CUSTOM_ELEMENTS_SCHEMA], template: \`${template}\` })\nclass App {}\nbootstrapApplication(App).catch((error: unknown) => console.error(error));\n`,
});

const BADGE_IMPORT = `import 'mpp-widgets/queue-badge';`;
const frameworks = [
  {
    name: 'React 19 (native element)',
    without: reactApp('', '<p>MPP</p>'),
    with: reactApp(BADGE_IMPORT, `<><p>MPP</p>${BADGE}</>`),
  },
  {
    name: 'React 19 (`mpp-widgets/react/queue-badge` component)',
    without: reactApp('', '<p>MPP</p>'),
    with: reactApp(
      `import { MppQueueBadge } from 'mpp-widgets/react/queue-badge';`,
      `<><p>MPP</p><MppQueueBadge src="/feeds/demo/mpp.json" service="dukcapil" /></>`,
    ),
  },
  {
    name: 'Vue 3',
    without: vueApp('', '<p>MPP</p>'),
    with: vueApp(BADGE_IMPORT, `<p>MPP</p>${BADGE}`),
  },
  {
    name: 'Svelte 5',
    without: svelteApp('', '<p>MPP</p>'),
    with: svelteApp('', `<script>${BADGE_IMPORT}</script>\n<p>MPP</p>${BADGE}`),
  },
  {
    name: 'Angular 21',
    without: angularApp('', '<p>MPP</p>'),
    with: angularApp(BADGE_IMPORT, `<p>MPP</p>${BADGE}`),
    angular: true,
  },
  {
    name: 'plain TypeScript (Vite)',
    without: plainApp('', ''),
    with: plainApp(BADGE_IMPORT, BADGE),
  },
];

function writeApp(dir, files) {
  rmSync(dir, { recursive: true, force: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    if (typeof content === 'string') writeFileSync(join(dir, path), content);
    else cpSync(content.copy, join(dir, path));
  }
}

/** Builds one variant and returns the gzip size of the JavaScript its page loads. */
async function measure(browser, dir, files, isAngular, hasBadge) {
  writeApp(dir, files);
  if (isAngular) await run('npx', ['ng', 'build'], { cwd: dir });
  else await run('npx', ['vite', 'build'], { cwd: dir });
  const server = await serveApp({ dir, output: isAngular ? 'dist/browser' : 'dist' });
  const opened = await openPage(browser, server.origin);
  try {
    if (hasBadge) {
      await until(
        'badge number',
        () => shadowText(opened.page, 'mpp-queue-badge', '[part="number"]'),
        (text) => text === expectedNumber,
      );
    }
    await opened.page.waitForNetworkIdle({ idleTime: 500 });
    if (opened.problems.length) throw new Error(opened.problems.join('\n'));
    return opened.loadedJsGzip();
  } finally {
    await opened.close();
    server.close();
  }
}

const kB = (bytes) => (bytes / 1024).toFixed(1);
const browser = await launchChromium();
const rows = [];
try {
  for (const framework of frameworks) {
    const dir = join(workDir, 'app');
    const without = await measure(browser, dir, framework.without, framework.angular, false);
    const withBadge = await measure(browser, dir, framework.with, framework.angular, true);
    rows.push([framework.name, kB(without), kB(withBadge), kB(withBadge - without)]);
    console.log(`${framework.name}: ${kB(without)} → ${kB(withBadge)} kB`);
  }
} finally {
  await browser.close();
  rmSync(workDir, { recursive: true, force: true });
}
console.log('\n| app | JS without (kB gzip) | with one `<mpp-queue-badge>` | added |');
console.log('| --- | --- | --- | --- |');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
