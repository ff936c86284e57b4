// Run in a fresh Node process: `node scripts/ssr/render.mjs <dist dir> <job JSON>`. Imports the
// npm entries the job names and renders its markup with @lit-labs/ssr, as a user's server does,
// with browser globals that exist in no server replaced by tripwires: a read of one by the
// library's own code is recorded (a read inside a try/catch too) and answered as Node would,
// with a ReferenceError. Lit's own feature checks (`global.document === undefined`) get
// `undefined`, as in plain Node. Prints `{ touched, rendered, errors }` as JSON.
import { pathToFileURL } from 'node:url';

const [distDir, jobText] = process.argv.slice(2);
const distUrl = pathToFileURL(distDir).href;

/** Whether the code reading a global is the library's (a file of the build), not Lit's. */
function readByLibrary() {
  const frames = new Error().stack.split('\n').slice(1);
  const caller = frames.find((frame) => !frame.includes(import.meta.url));
  return caller?.includes(distUrl) === true;
}

const BROWSER_ONLY = [
  'window',
  'document',
  'CSS',
  'localStorage',
  'sessionStorage',
  'navigator',
  'location',
  'matchMedia',
  'getComputedStyle',
  'requestAnimationFrame',
  'ShadowRoot',
  'ResizeObserver',
  'IntersectionObserver',
  'MutationObserver',
];
const touched = new Set();
for (const name of BROWSER_ONLY) {
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get() {
      if (!readByLibrary()) return undefined;
      touched.add(name);
      throw new ReferenceError(`${name} is not defined`);
    },
  });
}

const { entries, markup = [] } = JSON.parse(jobText);
const errors = [];
const rendered = [];
for (const entry of entries) {
  try {
    await import(pathToFileURL(`${distDir}/${entry}`).href);
  } catch (error) {
    errors.push(`import ${entry}: ${error?.stack ?? error}`);
  }
}
if (markup.length) {
  const { render } = await import('@lit-labs/ssr');
  const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
  const { html, unsafeStatic } = await import('lit/static-html.js');
  for (const text of markup) {
    try {
      rendered.push(await collectResult(render(html`${unsafeStatic(text)}`)));
    } catch (error) {
      rendered.push('');
      errors.push(`render ${text}: ${error?.stack ?? error}`);
    }
  }
}
process.stdout.write(JSON.stringify({ touched: [...touched], rendered, errors }));
