// Every story renders the state it is named after (the stories are what designers review).
import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/test-support/setup.js';
import { expectAccessible } from '../src/test-support/axe.js';
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
};

describe('queue badge stories', () => {
  const named = Object.entries(stories).filter(([name]) => name !== 'default');

  it('has an expectation for every story', () => {
    expect(named.map(([name]) => name).sort()).to.deep.equal(Object.keys(expectedState).sort());
  });

  for (const [name, story] of named) {
    it(`${name} renders in state ${expectedState[name]}`, async () => {
      const args = { ...meta.args, ...(story as { args?: object }).args };
      const el = await fixture<MppQueueBadge>(
        meta.render!(args as never, {} as never) as TemplateResult,
      );
      await until(
        () => el.state === expectedState[name],
        5000,
        `${name}: state ${expectedState[name]} (is ${el.state})`,
      );
      if (name.startsWith('Closed')) expect(el.getAttribute('status')).to.equal('closed');
      await expectAccessible(el);
    });
  }
});
