import { expect } from '@open-wc/testing';
import '../test-support/setup.js';
import { CallWatch } from './call-watch.js';
import type { QueueEntry } from './queue-model.js';

const entry = (id: string, nowServing: string | null, counter?: string): QueueEntry => ({
  id,
  nowServing,
  ...(counter ? { counter } : {}),
});

const called = (watch: CallWatch, entries: QueueEntry[]) =>
  watch
    .callsIn(entries)
    .map(
      (call) =>
        `${call.entry.id} ${call.number} ${call.counter ?? '-'}${call.again ? ' again' : ''}`,
    );

describe('CallWatch', () => {
  it('sees no call in the first data, then every change of every service', () => {
    const watch = new CallWatch();
    expect(called(watch, [entry('a', 'A-1', 'L1'), entry('b', 'B-1', 'L2')])).to.deep.equal([]);
    expect(called(watch, [entry('a', 'A-2', 'L1'), entry('b', 'B-2', 'L3')])).to.deep.equal([
      'a A-2 L1',
      'b B-2 L3',
    ]);
    expect(called(watch, [entry('a', 'A-2', 'L1'), entry('b', 'B-2', 'L3')])).to.deep.equal([]);
  });

  it('calls a number again when it moves to another counter or comes back', () => {
    const watch = new CallWatch();
    called(watch, [entry('a', 'A-1', 'L1')]);
    expect(called(watch, [entry('a', 'A-1', 'L2')])).to.deep.equal(['a A-1 L2 again']);
    expect(called(watch, [entry('a', 'A-2', 'L2')])).to.deep.equal(['a A-2 L2']);
    expect(called(watch, [entry('a', 'A-1', 'L2')])).to.deep.equal(['a A-1 L2 again']);
  });

  it('says nothing for nobody served, a service that appears, or after forget()', () => {
    const watch = new CallWatch();
    called(watch, [entry('a', 'A-1')]);
    expect(called(watch, [entry('a', null), entry('b', 'B-1')])).to.deep.equal([]);
    expect(called(watch, [entry('a', 'A-5'), entry('b', 'B-1')])).to.deep.equal(['a A-5 -']);
    watch.forget();
    expect(called(watch, [entry('a', 'A-6')])).to.deep.equal([]);
  });
});
