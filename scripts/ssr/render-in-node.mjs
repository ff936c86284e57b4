import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const renderScript = fileURLToPath(new URL('./render.mjs', import.meta.url));

/**
 * Imports `entries` of the npm build in `distDir` in a fresh Node process and renders `markup`
 * (HTML strings with mpp elements) with @lit-labs/ssr there. Resolves with
 * `{ touched, rendered, errors, warnings }`: the browser-only globals read, the HTML per markup,
 * what failed, and what went to the console's stderr (the elements' owner warnings).
 */
export function renderInNode(distDir, { entries, markup = [] }) {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [renderScript, distDir, JSON.stringify({ entries, markup })],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${error.message}\n${stderr}`));
        else resolve({ ...JSON.parse(stdout), warnings: stderr });
      },
    );
  });
}
