// `province` as webmasters really write it: codes, names, old names, abbreviations, other
// cases and separators, and values pasted with curly quotes from a chat app.
import { expect, fixture, html } from '@open-wc/testing';
import '../test-support/setup.js';
import { expectAccessible } from '../test-support/axe.js';
import { errorsDuring, part, shadowText } from '../test-support/dom.js';
import { until } from '../test-support/feeds.js';
import { LOCAL_TILES, ready } from '../test-support/finder.js';
import type { MppFinder } from './finder.js';
import { PROVINCES } from './provinces.js';
import { provinceSuggestions } from './finder-hints.js';
import { findProvinceByAnyName } from './province-aliases.js';
import '../finder/index.js';

/** The finder as a webmaster's pasted markup makes it (parsed by the browser's HTML parser). */
async function pasted(markup: string, debug = false): Promise<MppFinder> {
  const container = await fixture<HTMLElement>(html`<div></div>`);
  if (debug) container.setAttribute('data-mpp-debug', '');
  container.innerHTML = markup.replace(
    '<mpp-finder',
    `<mpp-finder no-map tile-url="${LOCAL_TILES}"`,
  );
  const finder = container.querySelector('mpp-finder')!;
  await ready(finder);
  await finder.updateComplete;
  return finder;
}

const provinceShown = (finder: MppFinder) =>
  finder
    .shadowRoot!.querySelector<HTMLSelectElement>('select')!
    .selectedOptions[0].textContent!.trim();

describe('province spellings', () => {
  const expected: [string, string][] = [
    ['32', '32'],
    ['Jawa Barat', '32'],
    ['jawa-barat', '32'],
    ['JAWA_BARAT', '32'],
    ['Prov. Jawa Barat', '32'],
    ['jabar', '32'],
    ['Jateng', '33'],
    ['Jatim', '35'],
    ['DKI', '31'],
    ['DKI Jakarta', '31'],
    ['Jakarta', '31'],
    ['Daerah Khusus Ibukota Jakarta', '31'],
    ['DIY', '34'],
    ['D.I. Yogyakarta', '34'],
    ['Yogyakarta', '34'],
    ['Jogja', '34'],
    ['NAD', '11'],
    ['Sumut', '12'],
    ['Sumatra Barat', '13'],
    ['Sumsel', '16'],
    ['Babel', '19'],
    ['Bangka Belitung', '19'],
    ['Kepri', '21'],
    ['Kep. Riau', '21'],
    ['NTB', '52'],
    ['ntt', '53'],
    ['Kalbar', '61'],
    ['Kalteng', '62'],
    ['Kalsel', '63'],
    ['Kaltim', '64'],
    ['Kaltara', '65'],
    ['Sulut', '71'],
    ['Sulteng', '72'],
    ['Sulsel', '73'],
    ['Sultra', '74'],
    ['Sulbar', '76'],
    ['Malut', '82'],
    ['Papua Barat', '92'],
    ['Papua Barat Daya', '96'],
    ['PBD', '96'],
    ['\u201cJawa Barat\u201d', '32'],
  ];
  for (const [written, code] of expected) {
    it(`reads ${written} as ${code}`, () => {
      expect(findProvinceByAnyName(written)?.code).to.equal(code);
    });
  }

  it('knows every province by code and by its official name in any case', () => {
    for (const province of PROVINCES) {
      expect(findProvinceByAnyName(province.code)).to.equal(province);
      expect(findProvinceByAnyName(province.name.toUpperCase())).to.equal(province);
    }
  });

  it('suggests instead of guessing: "Jawa" fits three, a typo the closest', () => {
    expect(findProvinceByAnyName('Jawa')).to.equal(undefined);
    expect(provinceSuggestions('Jawa').map(({ name }) => name)).to.have.members([
      'Jawa Barat',
      'Jawa Tengah',
      'Jawa Timur',
    ]);
    expect(provinceSuggestions('Jawa Barta').map(({ name }) => name)[0]).to.equal('Jawa Barat');
  });
});

describe('<mpp-finder province> as pasted', () => {
  it('filters by an abbreviation and by a hyphenated name, quietly', async () => {
    const errors = await errorsDuring(async () => {
      const jabar = await pasted('<mpp-finder province="jabar"></mpp-finder>');
      expect(provinceShown(jabar)).to.equal('Jawa Barat');
      expect(shadowText(jabar, '[part~=count]')).to.equal('24 MPP ditemukan');
      const diy = await pasted('<mpp-finder province="jawa-barat" lang="en"></mpp-finder>');
      expect(shadowText(diy, '[part~=count]')).to.equal('24 MPPs found');
    });
    expect(errors).to.deep.equal([]);
  });

  it('puts a value split by curly quotes back together, and tells the owner', async () => {
    const warnings: string[] = [];
    const realWarn = console.warn;
    console.warn = (text: string) => warnings.push(text);
    try {
      // As pasted from WhatsApp: the parser makes `province="“Jawa"` and an attribute `barat”`.
      const finder = await pasted(
        '<mpp-finder province=\u201cJawa Barat\u201d></mpp-finder>',
        true,
      );
      expect(finder.getAttribute('province')).to.equal('\u201cJawa');
      expect(finder.hasAttribute('barat\u201d')).to.equal(true);
      expect(provinceShown(finder)).to.equal('Jawa Barat');
      await until(() => part(finder, 'owner-hint') !== null);
      expect(shadowText(finder, '[part~=owner-hint]')).to.contain(
        'ditulis dengan tanda kutip lengkung',
      );
      expect(warnings.join('\n')).to.contain(
        '(EN) The province attribute is written with curly quotes',
      );
      await expectAccessible(finder);
    } finally {
      console.warn = realWarn;
    }
  });

  it('shows every MPP for an unknown province, with an mpp-error and a console hint', async () => {
    const warnings: string[] = [];
    const realWarn = console.warn;
    console.warn = (text: string) => warnings.push(text);
    try {
      const errors = await errorsDuring(async () => {
        const finder = await pasted('<mpp-finder province="Jawa Barta"></mpp-finder>');
        expect(shadowText(finder, '[part~=count]')).to.equal('306 MPP ditemukan');
        await until(() => warnings.some((text) => text.includes('(EN)')));
        await finder.updateComplete;
        // No debug switch: visitors see the finder, not the owner's hint.
        expect(part(finder, 'owner-hint')).to.equal(null);
      });
      expect(errors.map(({ code }) => code)).to.deep.equal(['attribute']);
      const hint = warnings.find((text) => text.includes('(EN)'))!;
      expect(hint).to.contain('province="Jawa Barta" bukan kode atau nama provinsi');
      expect(hint).to.contain('Maksud Anda "Jawa Barat"?');
      expect(hint).to.contain('(EN) province="Jawa Barta" is not a province code or name');
      expect(hint).to.contain('32 Jawa Barat');
    } finally {
      console.warn = realWarn;
    }
  });

  for (const [lang, text, valid] of [
    [
      'id',
      'Untuk pemilik situs: province="Jawa Barta" bukan kode atau nama provinsi, jadi semua provinsi ditampilkan. Maksud Anda "Jawa Barat"?',
      'Nilai yang dapat dipakai (38)',
    ],
    [
      'en',
      'For the site owner: province="Jawa Barta" is not a province code or name, so all provinces are shown. Did you mean "Jawa Barat"?',
      'Values that work (38)',
    ],
  ] as const) {
    it(`shows the hint with the debug switch, in ${lang}`, async () => {
      const finder = await pasted(
        `<mpp-finder province="Jawa Barta" lang="${lang}"></mpp-finder>`,
        true,
      );
      await until(() => part(finder, 'owner-hint') !== null);
      expect(shadowText(finder, '[part~=owner-hint] p')).to.equal(text);
      expect(shadowText(finder, '[part~=owner-hint] summary')).to.equal(valid);
      expect(shadowText(finder, '.owner-hint-values')).to.contain('31 Daerah Khusus Jakarta');
      await expectAccessible(finder);
    });
  }

  it('takes the hint away once the province is corrected', async () => {
    const finder = await pasted('<mpp-finder province="Jawa Barta"></mpp-finder>', true);
    await until(() => part(finder, 'owner-hint') !== null);
    finder.setAttribute('province', 'Jawa Barat');
    await until(() => part(finder, 'owner-hint') === null);
    expect(provinceShown(finder)).to.equal('Jawa Barat');
  });
});
