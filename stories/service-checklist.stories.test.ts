// Every checklist story renders: each bundled service in both languages, and the error states.
import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/test-support/setup.js';
import { expectAccessible } from '../src/test-support/axe.js';
import { until } from '../src/test-support/feeds.js';
import type { MppServiceChecklist } from '../src/service-checklist/service-checklist.js';
import { installStoryFeeds } from './support/story-feeds.js';
import meta, * as stories from './service-checklist.stories.js';

installStoryFeeds();

const expectedState = (name: string) =>
  name === 'Loading'
    ? 'loading'
    : ['UnknownService', 'InvalidCatalogue', 'CatalogueUnreachable'].includes(name)
      ? 'error'
      : 'ready';

describe('service checklist stories', () => {
  for (const [name, story] of Object.entries(stories).filter(([key]) => key !== 'default')) {
    it(`${name} renders in state ${expectedState(name)}`, async () => {
      const { args: own, render = meta.render! } = story as Pick<typeof meta, 'args' | 'render'>;
      const args = { ...meta.args, ...own };
      const root = await fixture<HTMLElement>(render(args as never, {} as never) as TemplateResult);
      const el = (root.closest('mpp-service-checklist') ??
        root.querySelector('mpp-service-checklist')) as MppServiceChecklist;
      await until(
        () => el.state === expectedState(name),
        5000,
        `${name}: ${expectedState(name)} (is ${el.state})`,
      );
      if (expectedState(name) === 'ready') {
        expect(el.shadowRoot!.querySelectorAll('input[type=checkbox]').length).to.be.greaterThan(0);
      }
      const level = (args as { headingLevel?: number }).headingLevel;
      const title = el.shadowRoot!.querySelector('[part~=title]');
      if (level) expect(title?.localName, `${name}: the service name`).to.equal(`h${level}`);
      else if (title) expect(title.localName, `${name}: no headings`).to.equal('p');
      if (name === 'OnDarkPage') {
        const box = el.shadowRoot!.querySelector('input[type=checkbox]')!;
        expect(getComputedStyle(box).colorScheme, 'light checkboxes').to.equal('light');
      }
      if (name.startsWith('Dark')) {
        const box = el.shadowRoot!.querySelector('input[type=checkbox]')!;
        expect(getComputedStyle(box).colorScheme, 'dark checkboxes').to.equal('dark');
        const surface = el.shadowRoot!.querySelector('[part~=base]')!;
        expect(getComputedStyle(surface).backgroundColor).to.equal('rgb(21, 25, 30)');
      }
      await expectAccessible(el);
    });
  }
});
