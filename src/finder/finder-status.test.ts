// Operating status from the data (moved, temporarily closed, …) shown before the hours, so
// nobody is sent to an old building; a closed MPP is never "open now".
import { expect } from '@open-wc/testing';
import '../test-support/setup.js';
import { expectAccessible } from '../test-support/axe.js';
import { shadowText } from '../test-support/dom.js';
import {
  atInstant,
  finderFixture,
  ready,
  served,
  speak,
  threeZones,
} from '../test-support/finder.js';
import type { MppFinder } from './finder.js';

const statusText = (finder: MppFinder, id: string) =>
  shadowText(finder, `[data-id="${id}"] [part~="operating-status"]`);

function withStatuses() {
  const document = structuredClone(threeZones);
  const [cianjur, makassar, jayapura] = document.features.map((f) => f.properties) as Record<
    string,
    unknown
  >[];
  cianjur.status = {
    kind: 'moved',
    since: '2024-02-01',
    note: {
      id: 'Pindah ke Gedung Juang 45, Jl. Contoh No. 2',
      en: 'Moved to Gedung Juang 45, Jl. Contoh No. 2',
    },
  };
  makassar.status = { kind: 'temporarily-closed', since: '2026-11', note: '<b>Renovasi</b>' };
  jayapura.status = { kind: 'operating' };
  return document;
}

describe('<mpp-finder> operating status', () => {
  let restoreClock = () => {};
  afterEach(() => restoreClock());

  it('says an MPP moved, or is closed for now, in both languages', async () => {
    restoreClock = atInstant('2026-11-24T03:00:00Z'); // Tuesday 10.00 WIB: all would be open
    const finder = await finderFixture({ 'no-map': true, src: await served(withStatuses()) });
    await ready(finder);
    expect(statusText(finder, 'mpp-3203')).to.equal(
      'Sudah pindah (sejak 1 Februari 2024): Pindah ke Gedung Juang 45, Jl. Contoh No. 2',
    );
    // Still serving at its new place: the hours apply.
    expect(shadowText(finder, '[data-id="mpp-3203"] [part~="status"]')).to.equal('Buka sekarang');
    // Closed for now: no "open now", whatever its hours say; the note is text, not markup.
    expect(statusText(finder, 'mpp-7371')).to.equal(
      'Tutup sementara (sejak November 2026): <b>Renovasi</b>',
    );
    expect(finder.shadowRoot!.querySelector('[data-id="mpp-7371"] [part~="status"]')).to.equal(
      null,
    );
    expect(finder.shadowRoot!.querySelector('[data-id="mpp-7371"] b')).to.equal(null);
    // "operating" without a note says nothing.
    expect(
      finder.shadowRoot!.querySelector('[data-id="mpp-9171"] [part~="operating-status"]'),
    ).to.equal(null);
    await speak(finder, 'en');
    expect(statusText(finder, 'mpp-3203')).to.equal(
      'Moved (since 1 February 2024): Moved to Gedung Juang 45, Jl. Contoh No. 2',
    );
    expect(statusText(finder, 'mpp-7371')).to.equal(
      'Temporarily closed (since November 2026): <b>Renovasi</b>',
    );
    await expectAccessible(finder);
  });

  it('rejects an unknown status kind as a schema problem', async () => {
    const document = withStatuses();
    (document.features[0].properties as Record<string, unknown>).status = { kind: 'gone' };
    const finder = await finderFixture({ 'no-map': true, src: await served(document) });
    await ready(finder);
    expect(finder.state).to.equal('error');
  });
});
