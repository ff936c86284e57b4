// Every story renders the state it is named after (the stories are what designers review).
import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/test-support/setup.js';
import { expectAccessible } from '../src/test-support/axe.js';
import { part } from '../src/test-support/dom.js';
import { until } from '../src/test-support/feeds.js';
import type { MppQueueBadge } from '../src/queue-badge/queue-badge.js';
import { installStoryFeeds } from './support/story-feeds.js';
import meta, * as stories from './queue-badge.stories.js';

installStoryFeeds();

const expectedState: Record<string, string> = {
  Live: 'ready',
  LiveFull: 'ready',
  LiveIndonesian: 'ready',
  LiveEnglish: 'ready',
  SeveralServicesCompact: 'ready',
  SeveralServicesFull: 'ready',
  SiolaQFeed: 'ready',
  LoadingIndonesian: 'loading',
  LoadingEnglish: 'loading',
  LoadingFull: 'loading',
  // These start with good data and turn stale / offline after 15 s / 5 s.
  StaleIndonesian: 'ready',
  StaleEnglish: 'ready',
  OfflineIndonesian: 'ready',
  OfflineEnglish: 'ready',
  ClosedIndonesian: 'ready',
  ClosedEnglish: 'ready',
  ClosedCompact: 'ready',
  ErrorIndonesian: 'error',
  ErrorEnglish: 'error',
  UnknownService: 'error',
  PauseAnnouncementsButton: 'ready',
  PauseAnnouncementsButtonFull: 'ready',
  AnnounceOff: 'ready',
  NarrowLongTextsIndonesian: 'ready',
  NarrowLongTextsFull: 'ready',
  NarrowLongTextsEnglish: 'ready',
  DarkFullIndonesian: 'ready',
  DarkCompactEnglish: 'ready',
};

describe('queue badge stories', () => {
  const named = Object.entries(stories).filter(([name]) => name !== 'default');

  it('has an expectation for every story', () => {
    expect(named.map(([name]) => name).sort()).to.deep.equal(Object.keys(expectedState).sort());
  });

  for (const [name, story] of named) {
    it(`${name} renders in state ${expectedState[name]}`, async () => {
      const args = { ...meta.args, ...(story as { args?: object }).args };
      const rendered = await fixture<HTMLElement>(
        meta.render!(args as never, {} as never) as TemplateResult,
      );
      const el = (rendered.querySelector('mpp-queue-badge') ?? rendered) as MppQueueBadge;
      await until(
        () => el.state === expectedState[name],
        5000,
        `${name}: state ${expectedState[name]} (is ${el.state})`,
      );
      if (name.startsWith('Closed')) expect(el.getAttribute('status')).to.equal('closed');
      if (name.startsWith('PauseAnnouncements')) {
        const toggle = part(el, 'announce-toggle') as HTMLButtonElement;
        expect(toggle.getAttribute('aria-pressed')).to.equal('false');
        toggle.click();
        await el.updateComplete;
        expect(toggle.getAttribute('aria-pressed')).to.equal('true');
        await expectAccessible(el);
        toggle.click();
        await el.updateComplete;
      }
      if (name.startsWith('Dark')) {
        expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(21, 25, 30)');
        expect(getComputedStyle(el).colorScheme).to.equal('dark');
      }
      if (name === 'AnnounceOff') expect(part(el, 'announce-toggle')).to.equal(null);
      if (name.startsWith('Narrow')) {
        const base = part(el, 'base')!;
        expect(base.scrollWidth, 'no sideways overflow').to.be.at.most(base.clientWidth);
        expect(el.getBoundingClientRect().width).to.be.at.most(320);
      }
      await expectAccessible(el);
    });
  }
});
