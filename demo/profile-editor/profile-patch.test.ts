import { expect } from '@open-wc/testing';
import { readPatch } from '../../src/finder/location-patch.js';
import { readPosition } from './position.js';
import {
  changesOf,
  correctionRequest,
  hostedPatchSnippet,
  newIssueUrl,
  inlinePatchSnippet,
  patchOf,
  profileOf,
  type RequestWords,
} from './profile-patch.js';

const source = {
  id: 'mpp-3203',
  name: 'Mal Pelayanan Publik Kabupaten Cianjur',
  address: 'Jl. Lama',
  position: [107.14, -6.82] as const,
};
const release = { version: '1.2.3' };

describe('readPosition', () => {
  it('accepts "lat, lon" as maps apps copy it', () => {
    for (const text of [
      '-6.82, 107.14',
      '-6.82,107.14',
      ' -6.82 107.14 ',
      '(-6.820001, 107.140004)',
    ])
      expect(readPosition(text), text).to.deep.equal({ ok: true, lat: -6.82, lon: 107.14 });
  });

  it('rejects swapped, outside Indonesia and unreadable input', () => {
    expect(readPosition('107.14, -6.82')).to.deep.equal({ ok: false, problem: 'swapped' });
    expect(readPosition('48.85, 2.35')).to.deep.equal({ ok: false, problem: 'outside' });
    for (const text of ['', '-6,82 107,14', '6°49′S 107°8′E', '-6.82', 'abc, def'])
      expect(readPosition(text), text).to.deep.equal({ ok: false, problem: 'format' });
  });
});

describe('patch of an edited profile', () => {
  it('holds only the changed fields, no point unless it moved, and reads as a valid patch', () => {
    const before = profileOf(source);
    const after = {
      ...before,
      address: 'Jl. Baru No. 1 ',
      phone: '',
      openingHours: 'Mo-Fr 08:00-16:00',
    };
    const changes = changesOf(before, after);
    expect(changes.map(({ field }) => field)).to.deep.equal(['address', 'openingHours']);
    const patch = patchOf(source.id, after, changes);
    expect(patch.features[0]).to.deep.equal({
      type: 'Feature',
      geometry: null,
      properties: { id: 'mpp-3203', address: 'Jl. Baru No. 1', openingHours: 'Mo-Fr 08:00-16:00' },
    });
    expect(readPatch(patch)).to.deep.equal(patch);
    const moved = { ...after, position: [107.1434, -6.8216] as const };
    const movedPatch = patchOf(source.id, moved, changesOf(before, moved));
    expect(movedPatch.features[0].geometry).to.deep.equal({
      type: 'Point',
      coordinates: [107.1434, -6.8216],
    });
    expect(movedPatch.features[0].properties.coordinatePrecision).to.equal('exact');
    expect(patchOf(source.id, before, changesOf(before, before)).features[0]).to.deep.equal({
      type: 'Feature',
      geometry: null,
      properties: { id: 'mpp-3203' },
    });
  });

  it('goes into the snippets, and cannot end its script element', () => {
    const before = profileOf(source);
    const after = { ...before, address: 'Jl. </script><script>alert(1)</script>' };
    const patch = patchOf(source.id, after, changesOf(before, after));
    const snippet = inlinePatchSnippet(patch, release);
    expect(snippet).to.match(
      /^<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/mpp-widgets@1\.2\.3\/dist\/cdn\/mpp-widgets\.js"><\/script>\n<mpp-finder selected="mpp-3203">\n<script type="application\/json" data-patch>\n\{/,
    );
    expect(snippet.match(/<\/script>/g)).to.have.length(2);
    const page = document.createElement('div');
    page.innerHTML = snippet;
    expect(JSON.parse(page.querySelector('[data-patch]')!.textContent!)).to.deep.equal(patch);
    expect(hostedPatchSnippet('mpp-3203', '/koreksi-mpp-3203.json', release)).to.contain(
      '<mpp-finder selected="mpp-3203" patch="/koreksi-mpp-3203.json"></mpp-finder>',
    );
  });

  it('writes the correction request: MPP, each change old → new, a line for the source', () => {
    const before = profileOf(source);
    const after = { ...before, address: 'Jl. A | B', website: 'https://mpp.cianjurkab.go.id' };
    const changes = changesOf(before, after);
    const words: RequestWords = {
      title: (name, id) => `Koreksi data MPP: ${name} (${id})`,
      field: 'Data',
      before: 'Sekarang',
      after: 'Seharusnya',
      labels: {
        address: 'Alamat',
        phone: 'Telepon',
        website: 'Situs web',
        services: 'Layanan',
        openingHours: 'Jam layanan',
        position: 'Lokasi',
      },
      source: 'Sumber/kontak resmi:',
      role: 'Peran Anda:',
      patch: 'Patch (JSON)',
    };
    const text = correctionRequest(source.name, patchOf(source.id, after, changes), changes, words);
    expect(text).to.contain(
      '## Koreksi data MPP: Mal Pelayanan Publik Kabupaten Cianjur (mpp-3203)',
    );
    expect(text).to.contain('| Alamat | Jl. Lama | Jl. A \\| B |');
    expect(text).to.contain('| Situs web | — | https://mpp.cianjurkab.go.id |');
    expect(text).to.contain('\nSumber/kontak resmi: \nPeran Anda: \n');
    expect(text).to.contain('"website": "https://mpp.cianjurkab.go.id"');
  });

  it('links to a new GitHub issue only when package.json names the repository', () => {
    const url = newIssueUrl(
      { type: 'git', url: 'git+https://github.com/mpp-widgets/mpp-widgets.git' },
      'Koreksi',
      '| a | b |',
    );
    expect(url).to.equal(
      'https://github.com/mpp-widgets/mpp-widgets/issues/new?title=Koreksi&body=%7C+a+%7C+b+%7C&labels=koreksi-data',
    );
    expect(newIssueUrl('github:mpp-widgets/mpp-widgets', 't', 'b')).to.match(
      /^https:\/\/github\.com\/mpp-widgets\/mpp-widgets\/issues\/new\?/,
    );
    for (const repository of [undefined, '', 'https://gitlab.com/a/b.git', { url: 42 }])
      expect(newIssueUrl(repository, 't', 'b'), String(repository)).to.equal(undefined);
  });
});
