import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../test-support/setup.js';
import { expectAccessible } from '../test-support/axe.js';
import { errorsDuring, shadowText } from '../test-support/dom.js';
import { testCatalog, testCatalogV2 } from '../test-support/catalogs.js';
import { configureFeed, feedUrl, uniqueFeedName, until } from '../test-support/feeds.js';
import './index.js';
import type { ChecklistChangeDetail, MppServiceChecklist } from './service-checklist.js';
import bundledDocument from '../data/catalog.json';
import { findMaintainerRemark } from '../../scripts/catalog-remarks.mjs';
import type { LocalizedText } from '../core/localized-text.js';
import { readCatalog, type Service } from './catalog.js';

/** Serves `body` from the test server (the feed endpoint answers any JSON). */
async function served(
  body: unknown,
  config: { status?: number; raw?: string } = {},
): Promise<string> {
  const name = uniqueFeedName('catalog');
  await configureFeed(name, body === null ? config : { body, ...config });
  return feedUrl(name);
}

async function checklist(
  attributes: Record<string, string>,
  state = 'ready',
): Promise<MppServiceChecklist> {
  const container = await fixture<HTMLElement>(html`<div></div>`);
  const el = document.createElement('mpp-service-checklist');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  container.append(el);
  await until(() => el.state === state, 8000, `state ${state} (is ${el.state})`);
  await el.updateComplete;
  return el;
}

const box = (el: Element, id: string) =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[data-id="${id}"]`)!;
const progress = (el: Element) => shadowText(el, '#progress-label');

async function clickOn(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const { x, y, width, height } = element.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(x + width / 2), Math.round(y + height / 2)],
  });
}

let key = 0;
const freshKey = () => `mpp-test-${Date.now()}-${(key += 1)}`;

describe('<mpp-service-checklist>', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('shows the service, its documents, forms, optional items, fee and sources (Indonesian)', async () => {
    const el = await checklist({
      service: 'izin-contoh',
      src: await served(testCatalog),
      'storage-key': freshKey(),
    });
    expect(shadowText(el, '[part~=title]')).to.equal('Izin contoh');
    expect(shadowText(el, '[part~=agency]')).to.equal('DPMPTSP Kabupaten Contoh');
    expect(progress(el)).to.equal('0 dari 2 dokumen siap');
    expect(shadowText(el, '.items'))
      .to.contain('KTP-el asli')
      .and.contain('Kartu Keluarga fotokopi');
    expect(shadowText(el, '.items')).to.contain('Pasfoto opsional');
    expect(shadowText(el, '[part~=facts]')).to.match(/Biaya\s?Rp\s?350\.000/);
    expect(shadowText(el, '[part~=facts]')).to.contain('Lama proses ± 4 hari kerja');
    expect(shadowText(el, '[part~=sources]')).to.contain('Sumber, diakses 1 November 2026');
    expect(el.shadowRoot!.querySelector('[part~=notice]'), 'high confidence: no notice').to.equal(
      null,
    );
    // Eligibility conditions are notes, not checkboxes.
    expect(box(el, 'usia')).to.equal(null);
    expect(shadowText(el, '[part~=eligibility]')).to.contain('Berusia 17 tahun atau sudah menikah');
    await expectAccessible(el);
  });

  it('speaks English, with English currency and dates', async () => {
    const el = await checklist({
      service: 'izin-contoh',
      src: await served(testCatalog),
      lang: 'en',
      'storage-key': freshKey(),
    });
    expect(progress(el)).to.equal('0 of 2 documents ready');
    expect(shadowText(el, '[part~=facts]')).to.contain('Fee IDR 350,000');
    expect(shadowText(el, '[part~=sources]')).to.contain('Sources, retrieved 1 November 2026');
    expect(shadowText(el, '.items')).to.contain('Family Card photocopy');
    await expectAccessible(el);
  });

  it('ticks by mouse and keyboard, counts progress, completes and fires events', async () => {
    const el = await checklist({
      service: 'izin-contoh',
      src: await served(testCatalog),
      'storage-key': freshKey(),
    });
    const changes: ChecklistChangeDetail[] = [];
    let completed = 0;
    el.addEventListener('mpp-checklist-change', (e) => changes.push(e.detail));
    el.addEventListener('mpp-checklist-complete', () => (completed += 1));
    await clickOn(box(el, 'ktp'));
    await el.updateComplete;
    expect(box(el, 'ktp').checked).to.equal(true);
    expect(progress(el)).to.equal('1 dari 2 dokumen siap');
    box(el, 'kk').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(progress(el)).to.equal('2 dari 2 dokumen siap');
    expect(shadowText(el, '[part~=complete]')).to.equal('Semua dokumen wajib sudah siap.');
    expect(completed).to.equal(1);
    expect(changes.at(-1)).to.deep.equal({
      service: 'izin-contoh',
      checked: ['ktp', 'kk'],
      done: 2,
      total: 2,
    });
    await expectAccessible(el);
    await sendKeys({ press: 'Space' }); // untick
    await el.updateComplete;
    expect(progress(el)).to.equal('1 dari 2 dokumen siap');
    expect(el.shadowRoot!.querySelector('[part~=complete]')).to.equal(null);
  });

  it('counts conditional documents only when the visitor says the condition applies', async () => {
    const el = await checklist({
      service: 'izin-contoh',
      src: await served(testCatalog),
      'storage-key': freshKey(),
    });
    const condition = el.shadowRoot!.querySelector('[part~=condition]')!;
    expect(condition.querySelector('legend')!.textContent!.trim()).to.equal(
      'Jika pemohon berusia di bawah 17 tahun',
    );
    expect(shadowText(el, '[part~=condition]')).to.contain(
      'Surat izin orang tua asli dan fotokopi',
    );
    await clickOn(condition.querySelector('input[data-condition]')!);
    await el.updateComplete;
    expect(progress(el)).to.equal('0 dari 3 dokumen siap');
    await expectAccessible(el);
  });

  it('keeps ticks across re-creation of the element and a language switch', async () => {
    const src = await served(testCatalog);
    const storageKey = freshKey();
    const first = await checklist({ service: 'izin-contoh', src, 'storage-key': storageKey });
    await clickOn(box(first, 'ktp'));
    first.lang = 'en';
    await until(() => progress(first) === '1 of 2 documents ready', 2000, 'English progress');
    expect(box(first, 'ktp').checked).to.equal(true);
    first.remove();
    const second = await checklist({ service: 'izin-contoh', src, 'storage-key': storageKey });
    expect(box(second, 'ktp').checked).to.equal(true);
    expect(progress(second)).to.equal('1 dari 2 dokumen siap');
  });

  it('keeps the ticks of items that still exist when the catalogue version changes', async () => {
    const storageKey = freshKey();
    const v1 = await checklist({
      service: 'izin-contoh',
      src: await served(testCatalog),
      'storage-key': storageKey,
    });
    await clickOn(box(v1, 'ktp'));
    await clickOn(box(v1, 'kk'));
    v1.remove();
    const v2 = await checklist({
      service: 'izin-contoh',
      src: await served(testCatalogV2),
      'storage-key': storageKey,
    });
    expect(box(v2, 'ktp').checked).to.equal(true);
    expect(box(v2, 'npwp').checked).to.equal(false);
    expect(progress(v2)).to.equal('1 dari 2 dokumen siap');
    expect(JSON.parse(localStorage.getItem(storageKey)!).version).to.equal('2026-11-01');
  });

  it('works in memory when storage throws', async () => {
    const { getItem, setItem } = Storage.prototype;
    Storage.prototype.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const storageKey = freshKey();
      const src = await served(testCatalog);
      const el = await checklist({ service: 'izin-contoh', src, 'storage-key': storageKey });
      await clickOn(box(el, 'ktp'));
      await el.updateComplete;
      expect(progress(el)).to.equal('1 dari 2 dokumen siap');
      el.remove();
      const again = await checklist({ service: 'izin-contoh', src, 'storage-key': storageKey });
      expect(box(again, 'ktp').checked, 'kept in memory for this page').to.equal(true);
    } finally {
      Object.assign(Storage.prototype, { getItem, setItem });
    }
  });

  it('resets all ticks, and undoes the reset', async () => {
    const el = await checklist({
      service: 'izin-contoh',
      src: await served(testCatalog),
      'storage-key': freshKey(),
    });
    await clickOn(box(el, 'ktp'));
    await el.updateComplete;
    const [, reset] = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~=actions] button');
    expect(reset.textContent!.trim()).to.equal('Hapus semua centang');
    await clickOn(reset);
    await el.updateComplete;
    expect(progress(el)).to.equal('0 dari 2 dokumen siap');
    const undo = el.shadowRoot!.querySelector<HTMLButtonElement>('.undo')!;
    expect(undo.textContent!.trim()).to.equal('Batalkan');
    expect(el.shadowRoot!.activeElement, 'focus moves to Undo').to.equal(undo);
    expect(shadowText(el, '.complete-region')).to.equal('Semua centang telah dihapus.');
    await clickOn(undo);
    await el.updateComplete;
    expect(box(el, 'ktp').checked).to.equal(true);
    expect(el.shadowRoot!.querySelector('.undo')).to.equal(null);
    expect(el.shadowRoot!.activeElement, 'focus back on Reset').to.equal(
      el.shadowRoot!.querySelector('.reset'),
    );
    expect(shadowText(el, '.complete-region')).to.equal('Centang telah dikembalikan.');
  });

  it('asks to confirm with the office below high confidence, and drops unsafe links', async () => {
    const el = await checklist({
      service: 'izin-gratis',
      src: await served(testCatalog),
      'storage-key': freshKey(),
    });
    expect(shadowText(el, '[part~=notice]')).to.equal(
      'Persyaratan dapat berbeda di tiap daerah; pastikan kembali ke instansi terkait.',
    );
    expect(shadowText(el, '[part~=facts]')).to.contain('Gratis');
    expect(el.shadowRoot!.querySelector('[part~=sources] a')).to.equal(null);
    expect(shadowText(el, '[part~=sources]')).to.contain('javascript:alert(1)');
  });

  it('shows markup in labels as text', async () => {
    const hostile = {
      version: '1',
      services: [
        {
          id: 'x',
          name: '<img src=x onerror=alert(1)>',
          requirements: [{ id: 'a', label: '<b>KTP</b>' }],
        },
      ],
    };
    const el = await checklist({
      service: 'x',
      src: await served(hostile),
      'storage-key': freshKey(),
    });
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(shadowText(el, '[part~=title]')).to.equal('<img src=x onerror=alert(1)>');
  });

  it('prints just the checklist: no buttons, black on white', async () => {
    const el = await checklist({
      service: 'izin-contoh',
      src: await served(testCatalog),
      'storage-key': freshKey(),
    });
    await emulateMedia({ media: 'print' });
    const actions = el.shadowRoot!.querySelector('[part~=actions]')!;
    expect(getComputedStyle(actions).display).to.equal('none');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.checklist')!).color).to.equal(
      'rgb(0, 0, 0)',
    );
    await emulateMedia({ media: 'screen' });
    expect(getComputedStyle(actions).display).to.equal('flex');
  });

  const errorCases: [string, () => Promise<string>, string, string, string][] = [
    [
      'unknown service',
      () => served(testCatalog),
      'not-found',
      'Layanan "tidak-ada" tidak ada dalam katalog.',
      'The service "tidak-ada" is not in the catalogue.',
    ],
    [
      'invalid catalogue',
      () => served({ version: 1, services: [{ id: 'x' }] }),
      'schema',
      'Data tidak sesuai format.',
      'The data is not in the expected format.',
    ],
    [
      'malformed JSON',
      () => served(null, { raw: '{"version":' }),
      'parse',
      'Data tidak sesuai format.',
      'The data is not in the expected format.',
    ],
    [
      'HTTP 500',
      () => served(null, { status: 500 }),
      'http',
      'Server data mengalami gangguan (HTTP 500)',
      'The data server answered with an error (HTTP 500)',
    ],
  ];
  for (const [label, makeSrc, code, text, enText] of errorCases) {
    it(`${label}: ${code} error, localized, in both languages`, async () => {
      const src = await makeSrc();
      const errors = await errorsDuring(async () => {
        const id = await checklist({ service: 'tidak-ada', src }, 'error');
        expect(shadowText(id, '[part~=error]')).to.contain(text);
        await expectAccessible(id);
        const en = await checklist({ service: 'tidak-ada', src, lang: 'en' }, 'error');
        expect(shadowText(en, '[part~=error]')).to.contain(enText);
        await expectAccessible(en);
      });
      expect(errors.map((e) => e.code)).to.include(code);
    });
  }

  it('reports duplicate requirement ids with their JSON path', async () => {
    const src = await served({
      version: '1',
      services: [
        {
          id: 'x',
          name: 'X',
          requirements: [
            { id: 'a', label: 'A' },
            { id: 'a', label: 'B' },
          ],
        },
      ],
    });
    const errors = await errorsDuring(() => checklist({ service: 'x', src }, 'error'));
    expect(errors[0].issues!.map((issue) => issue.path)).to.deep.equal([
      '$.services[0].requirements[1].id',
    ]);
  });
});

describe('<mpp-service-checklist> lifecycle and attributes', () => {
  it('finishes loading after being moved in the page while its catalogue was on the way', async () => {
    const name = uniqueFeedName('slow-catalog');
    await configureFeed(name, { body: testCatalog, delayMs: 1500 });
    const container = await fixture<HTMLElement>(html`<div><section></section></div>`);
    const el = document.createElement('mpp-service-checklist');
    el.setAttribute('service', 'izin-contoh');
    el.setAttribute('src', feedUrl(name));
    el.setAttribute('storage-key', freshKey());
    container.append(el);
    await el.updateComplete;
    container.querySelector('section')!.append(el); // disconnect + connect mid-request
    await until(() => el.state === 'ready', 8000, 'ready after the move');
  });

  it('treats an invalid timeout as an attribute error and uses the default', async () => {
    const src = await served(testCatalog);
    let el!: MppServiceChecklist;
    const errors = await errorsDuring(async () => {
      el = await checklist({
        service: 'izin-contoh',
        src,
        timeout: 'soon',
        'storage-key': freshKey(),
      });
    });
    expect(el.timeout).to.equal(10000);
    expect(errors.map((e) => e.code)).to.deep.equal(['attribute']);
  });
});

describe('<mpp-service-checklist> with the bundled catalogue', () => {
  const bundledCatalog = readCatalog(bundledDocument);

  it('loads the passport requirements without any src, in both languages', async () => {
    const el = await checklist({ service: 'paspor-baru', 'storage-key': freshKey() });
    expect(shadowText(el, '[part~=title]')).to.match(/Paspor/i);
    expect(shadowText(el, '.items')).to.contain('KTP-el');
    await expectAccessible(el);
    const en = await checklist({ service: 'paspor-baru', lang: 'en', 'storage-key': freshKey() });
    expect(shadowText(en, '[part~=title]')).to.match(/passport/i);
    expect(progress(en)).to.match(/^0 of \d+ documents ready$/);
  });

  /** The Indonesian side of every text of a service, where the English side does not contain it. */
  function indonesianOnly(service: Service): string[] {
    const texts: (LocalizedText | undefined)[] = [
      service.agency,
      service.name,
      service.duration,
      service.fee?.note,
      ...(service.fee?.tiers ?? []).map((tier) => tier.label),
      ...(service.legalBasis ?? []),
      ...service.requirements.flatMap((item) => [item.label, item.condition, item.note]),
    ];
    // A text given once (a plain string) is shown as it is on English pages too.
    return texts.flatMap((text) => {
      if (typeof text === 'string') return [text];
      return text?.id && !text.en?.includes(text.id) ? [text.id] : [];
    });
  }

  it('shows no maintainers’ remark on any bundled service, and nothing Indonesian-only in English', async () => {
    for (const service of bundledCatalog.services) {
      for (const lang of ['id', 'en']) {
        const el = await checklist({ service: service.id, lang, 'no-persist': '' });
        // Everything the visitor reads, except the "Sumber, diakses …" heading itself.
        const heading = shadowText(el, '[part~=sources] .section-title');
        const text = shadowText(el).replace(heading, '');
        const where = `${service.id} (${lang})`;
        expect(findMaintainerRemark(text), where).to.equal(undefined);
        if (lang === 'en') {
          for (const indonesian of indonesianOnly(service)) {
            expect(text.includes(indonesian), `${where} shows "${indonesian}"`).to.equal(false);
          }
        }
        el.remove();
      }
    }
  });

  it('tells the visitor when a service rests on news reports, in the one notice line', async () => {
    const newsLine =
      'Informasi ini berasal dari pemberitaan; periksa kembali ke instansi terkait sebelum datang.';
    const newsOnly: string[] = [];
    for (const service of bundledCatalog.services) {
      const el = await checklist({ service: service.id, 'no-persist': '' });
      const notices = [...el.shadowRoot!.querySelectorAll('[part~=notice]')].map((notice) =>
        notice.textContent!.trim(),
      );
      if (notices.includes(newsLine)) newsOnly.push(service.id);
      const official = (service.sources ?? []).some((source) => source.kind === 'official');
      expect(notices.length, service.id).to.equal(
        official && service.confidence === 'high' ? 0 : 1,
      );
      expect(notices.includes(newsLine), service.id).to.equal(!official);
      el.remove();
    }
    // December 2026: no page of BPJS Kesehatan or of the tax office was found for these two.
    expect(newsOnly).to.deep.equal(['npwp-aktivasi', 'bpjs-kesehatan-mandiri']);
  });
});

describe('<mpp-service-checklist> and notes for maintainers', () => {
  const remark = 'MAINTAINER-ONLY';
  const annotated = {
    version: '2026-12-01',
    services: [
      {
        ...testCatalog.services[0],
        maintainerNote: `${remark} service`,
        requirements: testCatalog.services[0].requirements.map((item) => ({
          ...item,
          maintainerNote: `${remark} ${item.id}`,
        })),
        fee: { amount: 0, currency: 'IDR', maintainerNote: `${remark} fee` },
        sources: [
          {
            url: 'https://example.go.id/izin',
            kind: 'news-citing-official',
            retrieved: '2026-11-25',
            maintainerNote: `${remark} source`,
          },
          { url: 'https://example.com/berita', kind: 'news-citing-official' },
        ],
        retrieved: '2026-12-01',
      },
    ],
  };

  it('never shows a maintainerNote; a news-only service gets the news line, an older source its date', async () => {
    for (const lang of ['id', 'en']) {
      const el = await checklist({
        service: 'izin-contoh',
        src: await served(annotated),
        lang,
        'no-persist': '',
      });
      expect(shadowText(el)).not.to.contain(remark);
      expect(el.shadowRoot!.querySelectorAll('[part~=notice]').length).to.equal(1);
      expect(shadowText(el, '[part~=notice]')).to.equal(
        lang === 'en'
          ? 'This information comes from news reports; check with the office before you go.'
          : 'Informasi ini berasal dari pemberitaan; periksa kembali ke instansi terkait sebelum datang.',
      );
      expect(shadowText(el, '[part~=sources]')).to.contain(
        lang === 'en'
          ? 'Sources, retrieved 1 December 2026 https://example.go.id/izin (retrieved 25 November 2026)'
          : 'Sumber, diakses 1 Desember 2026 https://example.go.id/izin (diakses 25 November 2026)',
      );
      await expectAccessible(el);
    }
  });
});

describe('<mpp-service-checklist> with its catalogue inline', () => {
  it('reads a child <script type="application/json"> inside CMS paragraphs', async () => {
    const container = await fixture<HTMLElement>(html`<div></div>`);
    container.innerHTML = `<mpp-service-checklist service="izin-contoh" no-persist><p><script type="application/json">${JSON.stringify(testCatalog)}</script></p></mpp-service-checklist>`;
    const el = container.querySelector('mpp-service-checklist') as MppServiceChecklist;
    await until(() => el.state === 'ready');
    expect(shadowText(el, '[part~=title]')).to.equal('Izin contoh');
  });

  it('reports inline text that is not JSON as a parse error', async () => {
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const errors = await errorsDuring(async () => {
      container.innerHTML = `<mpp-service-checklist service="izin-contoh" no-persist><script type="application/json">{"version": 1,</script></mpp-service-checklist>`;
      const el = container.querySelector('mpp-service-checklist') as MppServiceChecklist;
      await until(() => el.state === 'error');
    });
    expect(errors.map((error) => error.code)).to.deep.equal(['parse']);
  });
});
