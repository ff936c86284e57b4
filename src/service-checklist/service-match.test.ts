// `service` as webmasters write it: other cases and separators, the short names of everyday
// speech (`paspor`, `ktp`, `kk`), nothing at all — against the bundled catalogue.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../test-support/setup.js';
import { expectAccessible } from '../test-support/axe.js';
import { errorsDuring, part, shadowText } from '../test-support/dom.js';
import { until } from '../test-support/feeds.js';
import bundledDocument from '../data/catalog.json';
import { readCatalog } from './catalog.js';
import { matchService } from './service-match.js';
import type { MppServiceChecklist } from './service-checklist.js';
import './index.js';

const catalog = readCatalog(bundledDocument);

/** A checklist as pasted (the browser's HTML parser reads the markup), once it settled. */
async function pasted(markup: string, debug = false): Promise<MppServiceChecklist> {
  const container = await fixture<HTMLElement>(html`<div></div>`);
  if (debug) container.setAttribute('data-mpp-debug', '');
  container.innerHTML = markup.replace(
    '<mpp-service-checklist',
    '<mpp-service-checklist no-persist',
  );
  const element = container.querySelector('mpp-service-checklist')!;
  await until(() => element.state !== 'loading', 8000, 'catalogue');
  await element.updateComplete;
  return element;
}

const title = (element: Element) => shadowText(element, '[part~=title]');

/** The visible owner hint, once its texts are loaded. */
async function hintOf(element: MppServiceChecklist, selector = '[part~=owner-hint]') {
  await until(() => part(element, 'owner-hint') !== null, 8000, 'owner hint');
  return shadowText(element, selector);
}

describe('matchService', () => {
  const read = (value: string) => {
    const match = matchService(value, catalog.services);
    switch (match.kind) {
      case 'exact':
      case 'understood':
        return `${match.kind} ${match.service.id}`;
      case 'ambiguous':
        return `ambiguous ${match.candidates.map(({ id }) => id).join(' ')}`;
      case 'unknown':
        return `unknown ${match.suggestions.map(({ id }) => id).join(' ')}`;
      case 'empty':
        return 'empty';
    }
  };

  it('reads ids in any case and spacing, and short names only one service fits', () => {
    expect(read('paspor-baru')).to.equal('exact paspor-baru');
    expect(read('PASPOR-BARU')).to.equal('understood paspor-baru');
    expect(read(' Paspor Baru ')).to.equal('understood paspor-baru');
    expect(read('paspor_baru')).to.equal('understood paspor-baru');
    expect(read('\u201cpaspor-baru\u201d')).to.equal('understood paspor-baru');
    expect(read('paspor')).to.equal('understood paspor-baru');
    expect(read('kk')).to.equal('understood kartu-keluarga-baru');
    expect(read('SKCK')).to.equal('understood skck-baru');
    expect(read('npwp')).to.equal('understood npwp-aktivasi');
    expect(read('nib')).to.equal('understood nib-oss');
    expect(read('bpjs')).to.equal('understood bpjs-kesehatan-mandiri');
    expect(read('sim')).to.equal('understood sim-perpanjangan');
    expect(read('imb')).to.equal('understood pbg');
  });

  it('never picks one of several: ktp fits three', () => {
    expect(read('ktp')).to.equal('ambiguous ktp-el-baru ktp-el-hilang ktp-el-rusak');
    expect(read('e-KTP')).to.equal('ambiguous ktp-el-baru ktp-el-hilang ktp-el-rusak');
  });

  it('suggests close spellings of unknown ones, and knows an empty value', () => {
    expect(read('pasport')).to.equal('unknown paspor-baru');
    expect(read('zzz')).to.equal('unknown ');
    expect(read('  ')).to.equal('empty');
  });
});

describe('<mpp-service-checklist service> as pasted', () => {
  it('shows the passport checklist for service="PASPOR" quietly for visitors', async () => {
    const errors = await errorsDuring(async () => {
      const element = await pasted(
        '<mpp-service-checklist service="PASPOR"></mpp-service-checklist>',
      );
      expect(element.state).to.equal('ready');
      expect(title(element)).to.contain('Paspor');
      expect(part(element, 'owner-hint')).to.equal(null);
    });
    expect(errors).to.deep.equal([]);
  });

  it('tells the owner how "paspor" was read, with the debug switch', async () => {
    const element = await pasted(
      '<mpp-service-checklist service="paspor" lang="en"></mpp-service-checklist>',
      true,
    );
    expect(await hintOf(element)).to.equal(
      'For the site owner: service="paspor" was read as "paspor-baru"; write service="paspor-baru" to be sure.',
    );
  });

  it('reads a value pasted with curly quotes', async () => {
    const element = await pasted(
      '<mpp-service-checklist service=\u201cpaspor baru\u201d></mpp-service-checklist>',
      true,
    );
    expect(element.state).to.equal('ready');
    expect(title(element)).to.contain('Paspor');
    expect(await hintOf(element)).to.contain('tanda kutip lengkung');
  });

  for (const [lang, headline, choose, hint] of [
    [
      'id',
      'Ada beberapa layanan yang cocok dengan "ktp".',
      'Pilih layanan yang Anda perlukan:',
      'Untuk pemilik situs: service="ktp" cocok dengan beberapa layanan; sebutkan salah satunya. Maksud Anda "ktp-el-baru", "ktp-el-hilang", "ktp-el-rusak"?',
    ],
    [
      'en',
      'Several services match "ktp".',
      'Choose the service you need:',
      'For the site owner: service="ktp" fits several services; name one. Did you mean "ktp-el-baru", "ktp-el-hilang", "ktp-el-rusak"?',
    ],
  ] as const) {
    it(`lets the visitor choose when a short name fits several (${lang})`, async () => {
      const errors = await errorsDuring(async () => {
        const element = await pasted(
          `<mpp-service-checklist service="ktp" lang="${lang}"></mpp-service-checklist>`,
          true,
        );
        expect(element.state).to.equal('error');
        expect(shadowText(element, '.error-headline')).to.equal(headline);
        expect(shadowText(element, '[part~=choices] p')).to.equal(choose);
        expect(await hintOf(element, '[part~=owner-hint] p')).to.equal(hint);
        const buttons = [
          ...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~=choices] button'),
        ];
        expect(buttons).to.have.length(3);
        await expectAccessible(element);
        // Keyboard: the choice opens that checklist and the focus follows it.
        buttons[1].focus();
        await sendKeys({ press: 'Enter' });
        await until(() => element.state === 'ready');
        expect(element.service).to.equal('ktp-el-hilang');
        expect(element.shadowRoot!.activeElement?.classList.contains('checklist')).to.equal(true);
        expect(part(element, 'owner-hint')).to.equal(null);
      });
      expect(errors.map(({ code }) => code)).to.deep.equal(['not-found']);
    });
  }

  it('does not quote an empty service as a name', async () => {
    const errors = await errorsDuring(async () => {
      const id = await pasted('<mpp-service-checklist service=""></mpp-service-checklist>', true);
      expect(shadowText(id, '.error-headline')).to.equal(
        'Belum ada layanan yang dipilih untuk daftar persyaratan ini.',
      );
      expect(shadowText(id, '[part~=error]')).not.to.contain('""');
      expect(await hintOf(id, '[part~=owner-hint] p')).to.equal(
        'Untuk pemilik situs: Isi atribut service dengan kode layanan dari katalog.',
      );
      expect(shadowText(id, '.owner-hint-values')).to.contain('paspor-baru, ktp-el-baru');
      const en = await pasted('<mpp-service-checklist lang="en"></mpp-service-checklist>');
      expect(shadowText(en, '.error-headline')).to.equal(
        'No service is chosen for this checklist.',
      );
      await expectAccessible(en);
    });
    expect(errors.map(({ code }) => code)).to.deep.equal(['attribute', 'attribute']);
  });

  it('offers the close spelling of an unknown id to the visitor too', async () => {
    const element = await pasted(
      '<mpp-service-checklist service="pasport" lang="en"></mpp-service-checklist>',
      true,
    );
    expect(shadowText(element, '.error-headline')).to.equal(
      'The service "pasport" is not in the catalogue.',
    );
    expect(shadowText(element, '[part~=choices] button')).to.equal('New Passport (Adult)');
    expect(await hintOf(element, '[part~=owner-hint] p')).to.equal(
      'For the site owner: service="pasport" is not in the catalogue. Did you mean "paspor-baru"?',
    );
  });
});
