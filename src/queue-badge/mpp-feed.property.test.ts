// The badge reads a valid `mpp` feed with a hand-written check (mpp-feed.ts) and loads the
// valibot schema only for other documents. These properties hold the two to one answer: the
// check accepts only what the schema accepts, reading it to the same queue model, and accepts
// every valid feed; whatever the check refuses, the schema reads, so the badge's reading of any
// document is the schema reader's.
import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import '../test-support/setup.js';
import { comparableError } from '../test-support/comparable-error.js';
import { checkProperty, fc } from '../test-support/property.js';
import { anyDocument, jsonText, validDocument } from '../test-support/document-arbitraries.js';
import { mppFeedSchema, readQueueFeed } from './feed-formats.js';
import { fromMpp, isMppFeed, mightBeSiola } from './mpp-feed.js';
import { readFeed } from './read-feed.js';

const URL = 'https://example.test/feed.json';

/** Queue documents of both formats, valid, mutated or any JSON, parsed as a badge parses them. */
const feedDocuments = fc
  .oneof(anyDocument('queue'), anyDocument('siola'))
  .map((document) => JSON.parse(jsonText(document)) as unknown);

describe('mpp feed check (properties)', function () {
  this.timeout(0);

  it('accepts only what the mpp schema accepts', async () => {
    await checkProperty(
      'queue: hand-written mpp check accepts only what the schema accepts',
      fc.property(feedDocuments, (document) => {
        if (isMppFeed(document))
          expect(v.is(mppFeedSchema, document), JSON.stringify(document).slice(0, 500)).to.equal(
            true,
          );
      }),
    );
  });

  it('accepts every valid feed, so a working page never loads the schema', async () => {
    await checkProperty(
      'queue: hand-written mpp check accepts every valid feed',
      fc.property(validDocument.queue, (document) => {
        const parsed = JSON.parse(jsonText(document)) as unknown;
        expect(isMppFeed(parsed), JSON.stringify(parsed).slice(0, 500)).to.equal(true);
      }),
    );
  });

  it('reads what it accepts to the same queue model as the schema reader', async () => {
    await checkProperty(
      'queue: hand-written mpp reading agrees with the schema reader',
      fc.asyncProperty(feedDocuments, async (document) => {
        let expected: unknown;
        try {
          expected = readQueueFeed(document, 'mpp', URL);
        } catch (error) {
          expected = comparableError(error);
        }
        if (isMppFeed(document) && !mightBeSiola(document)) {
          expect(fromMpp(document)).to.deep.equal(expected);
        }
        const read = await readFeed(document, 'mpp', URL).catch(comparableError);
        expect(read).to.deep.equal(expected);
      }),
    );
  });

  it('refuses the edge values the schema refuses', () => {
    const service = (fields: object) => ({ services: [{ id: 'a', ...fields }] });
    for (const document of [
      [],
      { services: {} },
      service({ waiting: 1.5 }),
      service({ waiting: 1_000_001 }),
      service({ estimatedWaitSeconds: 604_801 }),
      service({ nowServing: 2 ** 53 }),
      service({ counter: -1 }),
      service({ name: {} }),
      service({ name: { id: 1 } }),
      { status: 'busy', services: [] },
      { location: { fr: 'x' }, services: [] },
    ]) {
      expect(isMppFeed(document), JSON.stringify(document)).to.equal(false);
      expect(v.is(mppFeedSchema, document), JSON.stringify(document)).to.equal(false);
    }
  });
});
