// `npm run size:frameworks` (after `npm run build`): what a framework integration adds to an
// app that shows one <mpp-queue-badge>. Each tiny app is built from dist/ by Vite
// (scripts/tiny-app.mjs); the figure is every JS file it emits, each gzip -9. The difference to
// the same app using the plain element is the integration's cost. The Vue, Svelte and Angular
// integrations and React 19's JSX types are types only: they add nothing at run time.
import { rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { appFolder, buildApp } from './tiny-app.mjs';

const render = (jsx) =>
  `import { createRoot } from 'react-dom/client';\ncreateRoot(document.getElementById('app')).render(${jsx});\n`;
const APPS = {
  'plain element, no framework': `import 'mpp-widgets/queue-badge';
document.getElementById('app').innerHTML = '<mpp-queue-badge src="/queue.json"></mpp-queue-badge>';\n`,
  'React 19, <mpp-queue-badge>': `import 'mpp-widgets/queue-badge';\n${render('<mpp-queue-badge src="/queue.json" />')}`,
  "React, 'mpp-widgets/react/queue-badge'": `import { MppQueueBadge } from 'mpp-widgets/react/queue-badge';\n${render('<MppQueueBadge src="/queue.json" />')}`,
  "React, 'mpp-widgets/react'": `import { MppQueueBadge } from 'mpp-widgets/react';\n${render('<MppQueueBadge src="/queue.json" />')}`,
};

const sizes = {};
for (const [name, source] of Object.entries(APPS)) {
  const folder = appFolder('framework-size');
  try {
    const chunks = (await buildApp(folder, source)).filter((file) => file.type === 'chunk');
    sizes[name] = chunks.reduce((sum, chunk) => sum + gzipSync(chunk.code, { level: 9 }).length, 0);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
const [plain, reactPlain] = Object.values(sizes);
for (const [name, bytes] of Object.entries(sizes)) {
  const over = name.startsWith('React,')
    ? `, +${bytes - reactPlain} B over <mpp-queue-badge> in React`
    : '';
  console.log(
    `${name.padEnd(40)} ${String(bytes).padStart(7)} B gzip (+${bytes - plain} B over no framework${over})`,
  );
}
