// Used by .ci/run: `npm start` answers with the demo page, its loader and the simulated feeds.
const base = process.argv[2] ?? 'http://127.0.0.1:5173';
const checks = [
  ['/demo/', '<mpp-queue-badge'],
  ['/demo/', '<mpp-finder'],
  ['/demo/configurator.html', '<snippet-configurator'],
  ['/src/cdn.ts', 'mpp-queue-badge'],
  ['/feeds/demo/mpp.json', '"services"'],
  ['/feeds/demo/siola.json', '"servingQueues"'],
];

async function waitForServer() {
  for (let attempt = 0; attempt < 60; attempt += 1) {
    try {
      if ((await fetch(`${base}/demo/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${base} did not answer within 30 s`);
}

await waitForServer();
let failed = 0;
for (const [path, expected] of checks) {
  const text = await (await fetch(base + path)).text();
  const ok = text.includes(expected);
  failed += ok ? 0 : 1;
  console.log(`${ok ? '✓' : '✗'} ${path} contains ${expected}`);
}
console.log(`${checks.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
