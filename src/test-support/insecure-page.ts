// Runs markup in a real non-secure page (http on a host that is not localhost): the test
// browser maps `insecure.test` to this machine (web-test-runner.config.mjs), and the page
// reports back by postMessage, being of another origin.
import { fixture, html } from '@open-wc/testing';
import { until } from './feeds.js';

export interface InsecurePageReport {
  /** `window.isSecureContext` inside the page. */
  secure: boolean;
  /** Text of the first element's shadow root (or its light DOM), whitespace folded. */
  text: string;
  /** Every `console.warn` line so far. */
  warnings: string[];
}

/**
 * Opens `markup` with `module` loaded in an insecure page (`extraQuery`, e.g. `mpp-debug`, added
 * to its URL); `report()` is its latest state.
 */
export async function insecurePage(module: string, markup: string, extraQuery = '') {
  let latest: InsecurePageReport | undefined;
  const frame = await fixture<HTMLIFrameElement>(html`<iframe title="insecure page"></iframe>`);
  const onMessage = (event: MessageEvent<InsecurePageReport>) => {
    if (event.source === frame.contentWindow) latest = event.data;
  };
  window.addEventListener('message', onMessage);
  const url = new URL('/src/test-support/insecure-page.html', location.href);
  url.hostname = 'insecure.test';
  url.search = `${new URLSearchParams({ module, markup }).toString()}${extraQuery ? `&${extraQuery}` : ''}`;
  frame.src = url.href;
  await until(() => latest !== undefined, 10000, 'the insecure page');
  return {
    report: () => latest!,
    waitFor: (check: (report: InsecurePageReport) => boolean, what: string) =>
      until(() => check(latest!), 10000, what),
    close: () => window.removeEventListener('message', onMessage),
  };
}
