// `npm run test:react` (after `npm run build`): a React 19 app built by Vite from dist/, in
// Chromium. The `MppQueueBadge` component must pass its props as element properties (a number
// stays a number) and call `onMppQueueUpdate`; a plain <mpp-queue-badge> must get its
// `onmpp-queue-update` listener from React 19 itself — what mpp-widgets/react-jsx types.
import { readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { appFolder, buildApp } from './tiny-app.mjs';

const feed = {
  updatedAt: '2026-11-25T09:30:00+07:00',
  location: 'MPP Kabupaten Cianjur',
  status: 'open',
  services: [{ id: 'dukcapil', name: 'Dukcapil', nowServing: 'A-023', waiting: 12, counters: 3 }],
};
const app = `import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { MppQueueBadge } from 'mpp-widgets/react/queue-badge';

function App() {
  const [fromComponent, setFromComponent] = useState('');
  const [fromElement, setFromElement] = useState('');
  return (
    <>
      <MppQueueBadge id="component" src="/queue.json" variant="full" interval={30} lang="en"
        onMppQueueUpdate={(event) => setFromComponent(event.detail.entries[0].nowServing)} />
      <mpp-queue-badge id="element" src="/queue.json" lang="en"
        onmpp-queue-update={(event) => setFromElement(event.detail.entries[0].nowServing)} />
      <output id="from-component">{fromComponent}</output>
      <output id="from-element">{fromElement}</output>
    </>
  );
}
createRoot(document.getElementById('app')).render(<App />);
`;

const folder = appFolder('react-smoke');
const types = { '.html': 'text/html', '.js': 'text/javascript' };
let server;
let browser;
try {
  await buildApp(folder, app, { write: true });
  const root = join(folder, 'dist');
  server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    if (path === '/queue.json') {
      response.writeHead(200, { 'content-type': 'application/json' });
      return response.end(JSON.stringify(feed));
    }
    try {
      const body = readFileSync(join(root, path === '/' ? 'index.html' : path));
      response.writeHead(200, { 'content-type': types[extname(path) || '.html'] ?? 'text/plain' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  browser = await launchChromium();
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(
    () =>
      document.getElementById('from-component')?.textContent === 'A-023' &&
      document.getElementById('from-element')?.textContent === 'A-023',
    { timeout: 20_000 },
  );
  const seen = await page.evaluate(() => {
    const badge = document.getElementById('component');
    return {
      interval: badge.interval,
      variant: badge.getAttribute('variant'),
      text: badge.shadowRoot.textContent,
    };
  });
  const problems = [
    seen.interval !== 30 && `interval is ${JSON.stringify(seen.interval)}, not the number 30`,
    seen.variant !== 'full' && `variant attribute is ${seen.variant}`,
    !seen.text.includes('A-023') && 'the component shows no number',
    ...errors,
  ].filter(Boolean);
  if (problems.length > 0) throw new Error(problems.join('; '));
  console.log('✓ MppQueueBadge: props as properties, onMppQueueUpdate called');
  console.log('✓ <mpp-queue-badge onmpp-queue-update>: React 19 attached the listener');
} finally {
  await browser?.close();
  server?.close();
  rmSync(folder, { recursive: true, force: true });
}
