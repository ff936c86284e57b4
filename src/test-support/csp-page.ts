// Runs an element in a same-origin frame whose page is served with a given
// Content-Security-Policy (csp-page.html): the test reads the element and the page's console
// directly.
import { fixture, html } from '@open-wc/testing';
import { until } from './feeds.js';

/** Opens the CSP page with `csp`, loads `module` into it and puts `markup` in its body. */
export async function cspPage(csp: string, module: string, markup: string) {
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe title="page with a strict policy" style="width: 800px; height: 600px"></iframe>`,
  );
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/src/test-support/csp-page.html?${new URLSearchParams({ csp })}`;
  await loaded;
  const page = frame.contentWindow as Window & typeof globalThis;
  const warnings: string[] = [];
  const realWarn = page.console.warn.bind(page.console);
  page.console.warn = (...args: unknown[]) => {
    warnings.push(args.join(' '));
    realWarn(...args);
  };
  const violations: string[] = [];
  page.document.addEventListener('securitypolicyviolation', (event) =>
    violations.push(event.effectiveDirective),
  );
  const script = page.document.createElement('script');
  script.type = 'module';
  script.textContent = `await import(${JSON.stringify(module)}); document.body.innerHTML = ${JSON.stringify(markup)};`;
  page.document.body.append(script);
  await until(() => !script.isConnected, 10000, 'the markup');
  return { page, warnings, violations };
}
