// Patch documents (contract §7): a Pemda corrects its own MPP in the list in use, by id, from a
// URL or inline; bad patches are reported and the list is shown unpatched.
import { expect } from '@open-wc/testing';
import '../test-support/setup.js';
import { errorsDuring, nextEvent, shadowText } from '../test-support/dom.js';
import { finderFixture, ready, served, speak, threeZones } from '../test-support/finder.js';
import type { FinderSelectDetail, MppFinder } from './finder.js';

const itemText = (finder: MppFinder, id: string) => shadowText(finder, `[data-id="${id}"]`);
const ids = (finder: MppFinder) =>
  [...finder.shadowRoot!.querySelectorAll<HTMLElement>('.item')].map((item) => item.dataset.id);
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
const correction = (id: string, properties: Record<string, unknown>, geometry: unknown = null) => ({
  type: 'Feature',
  geometry,
  properties: { id, ...properties },
});

async function selectedDetail(finder: MppFinder, id: string): Promise<FinderSelectDetail> {
  const selected = nextEvent<FinderSelectDetail>(finder, 'mpp-select');
  finder.shadowRoot!.querySelector<HTMLButtonElement>(`[data-id="${id}"] .name`)!.click();
  return (await selected).detail;
}

describe('<mpp-finder patch>', () => {
  it('corrects one MPP of the bundled list and leaves every other as it was', async () => {
    const plain = await finderFixture({ 'no-map': true });
    await ready(plain);
    const patch = collection(
      correction('mpp-3203', {
        address: 'Gedung eks Cianjur Creative Center, Jl. Mangunsarkoro No. 165, Pamoyanan',
        openingHours: 'Mo-Fr 08:00-15:00; PH off',
        phone: '(0263) 261234',
      }),
    );
    const patched = await finderFixture({ 'no-map': true, patch: await served(patch) });
    await ready(patched);
    expect(shadowText(patched, '[part="count"]')).to.equal(shadowText(plain, '[part="count"]'));
    plain.query = patched.query = 'cianjur';
    await Promise.all([plain.updateComplete, patched.updateComplete]);
    expect(itemText(patched, 'mpp-3203')).to.contain('Jl. Mangunsarkoro No. 165');
    expect(itemText(patched, 'mpp-3203')).to.contain('(0263) 261234');
    expect(itemText(patched, 'mpp-3203')).not.to.contain('Jam layanan belum tersedia');
    // The point and its precision stay (no geometry given).
    const before = await selectedDetail(plain, 'mpp-3203');
    const after = await selectedDetail(patched, 'mpp-3203');
    expect(after.coordinates).to.deep.equal(before.coordinates);
    expect(after.properties.coordinatePrecision).to.equal('approximate');
    expect({ ...after.properties, address: 0, openingHours: 0, phone: 0 }).to.deep.equal({
      ...before.properties,
      address: 0,
      openingHours: 0,
      phone: 0,
    });
    // Every other MPP is the same, in the same order.
    plain.query = patched.query = '';
    await Promise.all([plain.updateComplete, patched.updateComplete]);
    expect(ids(patched)).to.deep.equal(ids(plain));
    for (const id of ids(plain).filter((id) => id !== 'mpp-3203'))
      expect(itemText(patched, id!), id).to.equal(itemText(plain, id!));
  });

  it('moves a point with a geometry (now exact), adds an unknown id, in both languages', async () => {
    const patch = collection(
      correction('mpp-7371', {}, { type: 'Point', coordinates: [119.4123, -5.1345] }),
      correction(
        'mpp-prov-73',
        {
          name: {
            id: 'Mal Pelayanan Publik Provinsi Sulawesi Selatan',
            en: 'South Sulawesi Public Service Mall',
          },
          provinceCode: '73',
          address: 'Jl. Bougenville No. 5, Makassar',
        },
        { type: 'Point', coordinates: [119.44, -5.15] },
      ),
    );
    const finder = await finderFixture(
      { 'no-map': true, src: await served(threeZones) },
      `<p><script type="application/json" data-patch>${JSON.stringify(patch)}</script></p>`,
    );
    await ready(finder);
    expect(ids(finder)).to.deep.equal(['mpp-3203', 'mpp-7371', 'mpp-9171', 'mpp-prov-73']);
    expect(itemText(finder, 'mpp-7371')).not.to.contain('perkiraan lokasi');
    expect((await selectedDetail(finder, 'mpp-7371')).coordinates).to.deep.equal([
      119.4123, -5.1345,
    ]);
    expect(itemText(finder, 'mpp-prov-73')).to.contain(
      'Mal Pelayanan Publik Provinsi Sulawesi Selatan',
    );
    await speak(finder, 'en');
    expect(itemText(finder, 'mpp-prov-73')).to.contain('South Sulawesi Public Service Mall');
  });

  const badPatches: [string, unknown, string, string][] = [
    ['not JSON', '{ "type": ', 'parse', ''],
    ['not a FeatureCollection', { type: 'Feature' }, 'schema', '$.type'],
    [
      'a feature without id',
      collection(correction('', {})),
      'schema',
      '$.features[0].properties.id',
    ],
    [
      'an unknown id without name or point',
      collection(correction('mpp-9999', { address: 'Jl. Baru' })),
      'schema',
      '$.features[0]',
    ],
    [
      'swapped coordinates',
      collection(correction('mpp-3203', {}, { type: 'Point', coordinates: [-6.82, 107.14] })),
      'schema',
      '$.features[0].geometry.coordinates',
    ],
    [
      'an id twice',
      collection(correction('mpp-3203', {}), correction('mpp-3203', {})),
      'schema',
      '$.features[1].properties.id',
    ],
    [
      'markup in a field',
      collection(correction('mpp-3203', { address: 42 })),
      'schema',
      '$.features[0].properties.address',
    ],
  ];
  for (const [what, patch, code, path] of badPatches)
    it(`reports a patch with ${what} (${code}) and shows the list unpatched`, async () => {
      let finder!: MppFinder;
      const errors = await errorsDuring(async () => {
        finder = await finderFixture({
          'no-map': true,
          src: await served(threeZones),
          patch: await served(null, {
            raw: typeof patch === 'string' ? patch : JSON.stringify(patch),
          }),
        });
        await ready(finder);
      });
      expect(errors.map((error) => error.code)).to.deep.equal([code]);
      if (path) expect(errors[0].issues?.map((issue) => issue.path)).to.include(path);
      expect(errors[0].message).to.match(/format|JSON|formatnya|sesuai/i);
      expect(finder.state).to.equal('ready');
      expect(ids(finder)).to.deep.equal(['mpp-3203', 'mpp-7371', 'mpp-9171']);
      expect(itemText(finder, 'mpp-3203')).to.contain('Jl. Raya Bandung No. 1');
    });

  it('never renders markup from a patch', async () => {
    const finder = await finderFixture({
      'no-map': true,
      src: await served(threeZones),
      patch: await served(
        collection(
          correction('mpp-3203', { address: '<img src=x onerror="window.patched=1">Jl. A' }),
        ),
      ),
    });
    await ready(finder);
    expect(finder.shadowRoot!.querySelector('img')).to.equal(null);
    expect(itemText(finder, 'mpp-3203')).to.contain('<img src=x');
  });

  it('reports an unreachable patch and still shows the list', async () => {
    let finder!: MppFinder;
    const errors = await errorsDuring(async () => {
      finder = await finderFixture({
        'no-map': true,
        src: await served(threeZones),
        patch: await served(null, { status: 404 }),
      });
      await ready(finder);
    });
    expect(errors.map((error) => error.code)).to.deep.equal(['http']);
    expect(ids(finder)).to.have.length(3);
  });
});
