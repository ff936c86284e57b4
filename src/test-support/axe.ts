import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';
import { expect } from '@open-wc/testing';

declare global {
  interface Window {
    axe: { run(context: Element, options?: RunOptions): Promise<AxeResults> };
  }
}

/** Runs axe-core (WCAG 2.2 A/AA and best practices) on an element, shadow DOM included. */
export async function expectAccessible(
  element: Element,
  { skipRules = [] as string[] } = {},
): Promise<void> {
  const results = await window.axe.run(element, {
    runOnly: {
      type: 'tag',
      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    },
    // A widget is a fragment of its host page: page-level rules don't apply to it.
    rules: {
      region: { enabled: false },
      'landmark-one-main': { enabled: false },
      'page-has-heading-one': { enabled: false },
      ...Object.fromEntries(skipRules.map((rule) => [rule, { enabled: false }])),
    },
  });
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.html).join(' | ')})`,
  );
  expect(summary, 'axe violations').to.deep.equal([]);
}
