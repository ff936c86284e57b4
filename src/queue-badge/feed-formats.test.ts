import { expect } from '@open-wc/testing';
import '../test-support/setup.js';
import { MppError } from '../core/errors.js';
import { cianjurFeed, siolaFeed } from '../test-support/queue-documents.js';
import { readQueueFeed } from './feed-formats.js';
import { estimatedWaitSeconds, findEntry } from './queue-model.js';

describe('readQueueFeed', () => {
  it('normalizes SIOLA-Q queue-status per contract §6.4', () => {
    const snapshot = readQueueFeed(siolaFeed, 'siola');
    expect(snapshot.updatedAt).to.equal('2026-11-25T02:30:00.000000Z');
    expect(snapshot.status).to.equal('open');
    expect(snapshot.services[0]).to.deep.equal({
      id: '3',
      prefix: 'A',
      name: 'Disdukcapil',
      nowServing: 'A-024',
      counter: 'Loket 2',
      next: 'A-025',
      counters: 2,
    });
    expect(snapshot.services[1]).to.deep.equal({
      id: '7',
      prefix: 'C',
      name: 'Samsat',
      nowServing: null,
      next: 'C-010',
      counters: 1,
    });
    expect(snapshot.services[2]).to.not.have.property('waiting');
  });

  it('calls a SIOLA-Q feed with no active counter closed', () => {
    const idle = {
      ...siolaFeed,
      services: siolaFeed.services.map((s) => ({ ...s, activeCounters: 0 })),
    };
    expect(readQueueFeed(idle, 'siola').status).to.equal('closed');
  });

  it('keeps the mpp format as it is, ids as text, unknown fields ignored', () => {
    const snapshot = readQueueFeed(
      { ...cianjurFeed, extra: true, services: [{ id: 7, own: 'x', waiting: 3 }] },
      'mpp',
    );
    expect(snapshot.services).to.deep.equal([{ id: '7', waiting: 3 }]);
    expect(snapshot.location).to.equal('MPP Kabupaten Cianjur');
  });

  it('rejects documents of the wrong shape with JSON paths', () => {
    const cases: [unknown, string, string][] = [
      [null, 'mpp', '$'],
      [{ services: 'none' }, 'mpp', '$.services'],
      [{ services: [{ id: 'a', name: { fr: 'x' } }] }, 'mpp', '$.services[0].name'],
      [{ services: [{ id: 'a', waiting: 1.5 }] }, 'mpp', '$.services[0].waiting'],
      [cianjurFeed, 'siola', '$.services[0].name'],
      [
        { services: [{ id: 1, name: 'x', servingQueue: { counter: 'L1' } }] },
        'siola',
        '$.services[0].servingQueue.number',
      ],
    ];
    for (const [document, format, path] of cases) {
      try {
        readQueueFeed(document, format as 'mpp');
        expect.fail(`accepted ${JSON.stringify(document)}`);
      } catch (error) {
        expect(error).to.be.instanceOf(MppError);
        expect((error as MppError).code).to.equal('schema');
        expect((error as MppError).details.issues!.map((i) => i.path)).to.include(path);
      }
    }
  });
});

describe('queue model', () => {
  it('estimates only from what the feed gives', () => {
    expect(
      estimatedWaitSeconds({ id: 'a', waiting: 10, averageServiceSeconds: 300, counters: 2 }),
    ).to.equal(1500);
    expect(estimatedWaitSeconds({ id: 'a', waiting: 10, averageServiceSeconds: 300 })).to.equal(
      undefined,
    );
    expect(
      estimatedWaitSeconds({ id: 'a', waiting: 10, counters: 0, averageServiceSeconds: 300 }),
    ).to.equal(undefined);
    expect(estimatedWaitSeconds({ id: 'a', estimatedWaitSeconds: 60 })).to.equal(60);
  });

  it('finds an entry by id, then prefix, then name in either language', () => {
    const entries = [
      { id: 'A', name: 'Other' },
      { id: '1', prefix: 'a', name: 'Dukcapil' },
      { id: '2', name: { id: 'Imigrasi', en: 'Immigration' } },
    ];
    expect(findEntry(entries, 'a')!.name).to.equal('Other');
    expect(findEntry(entries, 'dukcapil')!.id).to.equal('1');
    expect(findEntry(entries, ' IMMIGRATION ')!.id).to.equal('2');
    expect(findEntry(entries, 'pajak')).to.equal(undefined);
  });
});
