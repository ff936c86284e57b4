import { expect, fixture, html } from '@open-wc/testing';
import {
  a11ySnapshot,
  emulateMedia,
  sendKeys,
  sendMouse,
  setViewport,
} from '@web/test-runner-commands';
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
import { layOut, progressOf, tick } from './checklist-model.js';
import { STORAGE_PREFIX, storageKeyFor, type StorageIdentity } from './checklist-storage.js';

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

/** The storage identity of a checklist of `izin-contoh` with that `storage-key` and `src`. */
const identityOf = (name: string, src: string): StorageIdentity => ({
  name,
  service: 'izin-contoh',
  catalogue: new URL(src, document.baseURI).href,
});

/** What the checklist saved in `localStorage` for that identity. */
function savedUnder(identity: StorageIdentity): { version: string; checked: string[] } {
  return JSON.parse(localStorage.getItem(storageKeyFor(identity)) ?? 'null') as {
    version: string;
    checked: string[];
  };
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
    expect(shadowText(el, '[part~=facts]')).to.contain('Biaya Rp350.000');
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
    const name = uniqueFeedName('catalog');
    await configureFeed(name, { body: testCatalog });
    const src = feedUrl(name);
    const v1 = await checklist({ service: 'izin-contoh', src, 'storage-key': storageKey });
    await clickOn(box(v1, 'ktp'));
    await clickOn(box(v1, 'kk'));
    v1.remove();
    await configureFeed(name, { body: testCatalogV2 });
    const v2 = await checklist({ service: 'izin-contoh', src, 'storage-key': storageKey });
    expect(box(v2, 'ktp').checked).to.equal(true);
    expect(box(v2, 'npwp').checked).to.equal(false);
    expect(progress(v2)).to.equal('1 dari 2 dokumen siap');
    const saved = savedUnder(identityOf(storageKey, src));
    expect(saved.version).to.equal('2026-11-01');
  });

  it('keeps every key inside its own prefix: a storage-key cannot overwrite other data', async () => {
    const foreign = `WP_DATA_USER_${freshKey()}`;
    const wordpressData = '{"core/preferences":{"editorMode":"visual"}}';
    localStorage.setItem(foreign, wordpressData);
    try {
      const src = await served(testCatalog);
      const el = await checklist({ service: 'izin-contoh', src, 'storage-key': foreign });
      expect(box(el, 'ktp').checked).to.equal(false);
      await clickOn(box(el, 'ktp'));
      await el.updateComplete;
      expect(localStorage.getItem(foreign), "the other script's data").to.equal(wordpressData);
      const key = storageKeyFor(identityOf(foreign, src));
      expect(key.startsWith(`${STORAGE_PREFIX}`)).to.equal(true);
      expect(savedUnder(identityOf(foreign, src)).checked).to.deep.equal(['ktp']);
      expect(
        Object.keys(localStorage)
          .filter((k) => k.includes(foreign))
          .sort(),
      ).to.deep.equal([foreign, key].sort());
    } finally {
      localStorage.removeItem(foreign);
    }
  });

  it('does not share ticks between two catalogues on one origin', async () => {
    const service = `izin-contoh`;
    const [first, second] = await Promise.all([served(testCatalog), served(testCatalog)]);
    const a = await checklist({ service, src: first });
    await clickOn(box(a, 'ktp'));
    a.remove();
    const b = await checklist({ service, src: second });
    expect(box(b, 'ktp').checked, 'the other catalogue').to.equal(false);
    b.remove();
    const again = await checklist({ service, src: first });
    expect(box(again, 'ktp').checked, 'the same catalogue').to.equal(true);
    await clickOn(again.shadowRoot!.querySelector<HTMLButtonElement>('.reset')!);
  });

  it('moves ticks saved under the old default key to the new key', async () => {
    const src = await served(testCatalog);
    const legacyKey = 'mpp-checklist:izin-contoh';
    localStorage.setItem(legacyKey, JSON.stringify({ version: '1', checked: ['kk'], applies: [] }));
    const el = await checklist({ service: 'izin-contoh', src });
    expect(box(el, 'kk').checked).to.equal(true);
    expect(progress(el)).to.equal('1 dari 2 dokumen siap');
    expect(localStorage.getItem(legacyKey), 'old key removed').to.equal(null);
    expect(savedUnder(identityOf('', src)).checked).to.deep.equal(['kk']);
    el.remove();
    const again = await checklist({ service: 'izin-contoh', src });
    expect(box(again, 'kk').checked, 'kept after the move').to.equal(true);
    await clickOn(again.shadowRoot!.querySelector<HTMLButtonElement>('.reset')!);
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
    expect(
      localStorage.getItem(storageKeyFor(identityOf(el.storageKey, el.src))),
      'nothing left on the device',
    ).to.equal(null);
    const undo = el.shadowRoot!.querySelector<HTMLButtonElement>('.undo')!;
    expect(undo.textContent!.trim()).to.equal('Urungkan');
    expect(el.shadowRoot!.activeElement, 'focus moves to Undo').to.equal(undo);
    expect(shadowText(el, '[role=status]')).to.equal('Semua centang telah dihapus.');
    await clickOn(undo);
    await el.updateComplete;
    expect(box(el, 'ktp').checked).to.equal(true);
    expect(el.shadowRoot!.querySelector('.undo')).to.equal(null);
    expect(el.shadowRoot!.activeElement, 'focus back on Reset').to.equal(
      el.shadowRoot!.querySelector('.reset'),
    );
    expect(shadowText(el, '[role=status]')).to.equal(
      'Centang telah dikembalikan. 1 dari 2 dokumen siap',
    );
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

interface AxNode {
  role: string;
  name?: string;
  description?: string;
  checked?: boolean | 'mixed';
  children?: AxNode[];
}

/** The checkboxes as Chromium's accessibility tree gives them to a screen reader. */
async function accessibleCheckboxes(): Promise<AxNode[]> {
  const tree = (await a11ySnapshot({})) as unknown as AxNode;
  const found: AxNode[] = [];
  const walk = (node: AxNode) => {
    if (node.role === 'checkbox') found.push(node);
    node.children?.forEach(walk);
  };
  walk(tree);
  return found;
}

/** Every text the element's live region takes, in order (what a screen reader would hear). */
function liveTranscript(el: Element): string[] {
  const region = el.shadowRoot!.querySelector('[role=status]')!;
  const said: string[] = [];
  new MutationObserver(() => {
    const text = (region.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) said.push(text);
  }).observe(region, { childList: true, characterData: true, subtree: true });
  return said;
}

describe('tick(): a tick never silently changes nothing', () => {
  const layout = layOut(readCatalog(testCatalog).services[0]);
  const none = { checked: [], applies: [] };

  it('marks the case of a conditional document as applying, once, and never unmarks it', () => {
    const ticked = tick(layout, none, 'izin-ortu', true);
    expect(ticked).to.deep.equal({
      answers: { checked: ['izin-ortu'], applies: ['izin-ortu'] },
      conditionMarked: true,
    });
    expect(progressOf(layout, ticked.answers)).to.deep.equal({ done: 1, total: 3 });
    const unticked = tick(layout, ticked.answers, 'izin-ortu', false);
    expect(unticked.answers).to.deep.equal({ checked: [], applies: ['izin-ortu'] });
    expect(tick(layout, unticked.answers, 'izin-ortu', true).conditionMarked).to.equal(false);
  });

  it('leaves the cases alone for documents everyone brings', () => {
    expect(tick(layout, none, 'ktp', true)).to.deep.equal({
      answers: { checked: ['ktp'], applies: [] },
      conditionMarked: false,
    });
  });
});

describe('<mpp-service-checklist> for screen-reader and keyboard users', () => {
  it('names each checkbox by its label; form, "optional" and notes are its description', async () => {
    const el = await checklist({
      service: 'izin-contoh',
      src: await served({
        ...testCatalog,
        services: [
          {
            ...testCatalog.services[0],
            requirements: [
              ...testCatalog.services[0].requirements,
              {
                id: 'lama',
                label: { id: 'KTP-el lama', en: 'Old KTP-el' },
                form: 'asli',
                note: { id: 'Diserahkan saat menerima yang baru', en: 'Handed in on collection' },
              },
            ],
          },
        ],
      }),
      'storage-key': freshKey(),
    });
    const boxes = await accessibleCheckboxes();
    const named = (name: string) => boxes.find((node) => node.name === name);
    expect(boxes.map((node) => node.name)).to.include.members([
      'KTP-el',
      'Kartu Keluarga',
      'Pasfoto',
      'KTP-el lama',
      'Berlaku untuk saya',
      'Surat izin orang tua',
    ]);
    expect(named('KTP-el')!.description).to.equal('asli');
    expect(named('Pasfoto')!.description).to.equal('opsional');
    expect(named('KTP-el lama')!.description).to.equal('asli Diserahkan saat menerima yang baru');
    expect(named('Surat izin orang tua')!.description).to.equal('asli dan fotokopi');
    await expectAccessible(el);
  });

  it('ticking a document of a case marks the case as applying, and says so once', async () => {
    const el = await checklist({
      service: 'izin-contoh',
      src: await served(testCatalog),
      'storage-key': freshKey(),
    });
    const said = liveTranscript(el);
    const condition = el.shadowRoot!.querySelector<HTMLInputElement>('input[data-condition]')!;
    await clickOn(box(el, 'izin-ortu'));
    await el.updateComplete;
    expect(condition.checked, '"Berlaku untuk saya" ticked with it').to.equal(true);
    expect(progress(el)).to.equal('1 dari 3 dokumen siap');
    await until(() => said.length === 1, 2000, 'one announcement');
    expect(said).to.deep.equal(['"Berlaku untuk saya" ikut dicentang. 1 dari 3 dokumen siap']);
    // Unmarking the case keeps the tick (nothing the visitor said is lost) and says it no
    // longer counts, on the page and in the checkbox's description.
    await clickOn(condition);
    await el.updateComplete;
    expect(box(el, 'izin-ortu').checked).to.equal(true);
    expect(progress(el)).to.equal('0 dari 2 dokumen siap');
    const hint = 'Tidak dihitung: "Berlaku untuk saya" belum dicentang.';
    expect(shadowText(el, '[part~=condition]')).to.contain(hint);
    const parentsLetter = (await accessibleCheckboxes()).find(
      (node) => node.name === 'Surat izin orang tua',
    )!;
    expect(parentsLetter.description).to.equal(`asli dan fotokopi ${hint}`);
    await expectAccessible(el);
  });

  it('announces each change once: no repeated "all ready" while answering cases', async () => {
    const el = await checklist({
      service: 'izin-contoh',
      src: await served(testCatalog),
      'storage-key': freshKey(),
    });
    const said = liveTranscript(el);
    const condition = el.shadowRoot!.querySelector<HTMLInputElement>('input[data-condition]')!;
    const steps: [string, Element][] = [
      ['1 dari 2 dokumen siap', box(el, 'ktp')],
      ['2 dari 2 dokumen siap Semua dokumen wajib sudah siap.', box(el, 'kk')],
      ['2 dari 3 dokumen siap', condition],
      ['3 dari 3 dokumen siap Semua dokumen wajib sudah siap.', box(el, 'izin-ortu')],
      ['2 dari 2 dokumen siap Semua dokumen wajib sudah siap.', condition],
      ['3 dari 3 dokumen siap Semua dokumen wajib sudah siap.', condition],
    ];
    for (const [index, [expected, target]] of steps.entries()) {
      target.scrollIntoView({ block: 'center' });
      (target as HTMLElement).focus();
      await sendKeys({ press: 'Space' });
      await until(() => said.length === index + 1, 2000, `announcement ${index + 1}`);
      expect(said[index]).to.equal(expected);
    }
    // Ticking an optional document changes no count: nothing more is said.
    await clickOn(box(el, 'foto'));
    await el.updateComplete;
    expect(said.length).to.equal(steps.length);
    await expectAccessible(el);
  });

  it('moves the focus to "Urungkan" after a reset and back to the reset button after undo', async () => {
    const el = await checklist({
      service: 'izin-contoh',
      src: await served(testCatalog),
      lang: 'en',
      'storage-key': freshKey(),
    });
    const said = liveTranscript(el);
    await clickOn(box(el, 'ktp'));
    const reset = el.shadowRoot!.querySelector<HTMLButtonElement>('.reset')!;
    reset.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.shadowRoot!.activeElement?.classList.contains('undo') === true);
    expect(document.activeElement, 'focus stays in the checklist, never on body').to.equal(el);
    expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Undo');
    await sendKeys({ press: 'Enter' });
    await until(() => el.shadowRoot!.activeElement === reset, 2000, 'focus on the reset button');
    expect(document.activeElement).to.equal(el);
    expect(box(el, 'ktp').checked).to.equal(true);
    expect(said).to.deep.equal([
      '1 of 2 documents ready',
      'All ticks cleared.',
      'Ticks restored. 1 of 2 documents ready',
    ]);
    await expectAccessible(el);
  });
});

describe('<mpp-service-checklist> wording', () => {
  const oneDocument = {
    version: '1',
    services: [
      {
        id: 'satu',
        name: { id: 'Satu dokumen', en: 'One document' },
        requirements: [{ id: 'ktp', label: { id: 'KTP-el', en: 'KTP-el' }, form: 'asli' }],
        fee: { amount: 1250000, currency: 'IDR' },
      },
    ],
  };

  it('says "1 of 1 document ready" in English, and writes Rp1.250.000 without a space', async () => {
    const src = await served(oneDocument);
    const en = await checklist({ service: 'satu', src, lang: 'en', 'storage-key': freshKey() });
    expect(progress(en)).to.equal('0 of 1 document ready');
    await clickOn(box(en, 'ktp'));
    await en.updateComplete;
    expect(progress(en)).to.equal('1 of 1 document ready');
    expect(shadowText(en, '[part~=facts]')).to.contain('IDR 1,250,000');
    const id = await checklist({ service: 'satu', src, 'storage-key': freshKey() });
    expect(progress(id)).to.equal('0 dari 1 dokumen siap');
    expect(shadowText(id, '[part~=facts]')).to.contain('Biaya Rp1.250.000');
    await expectAccessible(id);
  });

  it('marks text in the other language with its lang (an Indonesian-only note on an English page)', async () => {
    const src = await served({
      version: '1',
      services: [
        {
          id: 'campur',
          name: { id: 'Izin campur', en: 'Mixed permit' },
          requirements: [
            { id: 'foto', label: 'Foto lokasi' },
            {
              id: 'ktp',
              label: { id: 'KTP-el', en: 'ID card' },
              note: { id: 'Yang masih berlaku' },
            },
          ],
          fee: { amount: 0, currency: 'IDR', note: { id: 'Gratis sesuai Perda 1/2026' } },
          duration: { en: 'Three working days' },
          legalBasis: ['Perda Contoh 1/2026'],
        },
      ],
    });
    const en = await checklist({ service: 'campur', src, lang: 'en', 'no-persist': '' });
    const langOf = (el: Element, text: string) =>
      [...el.shadowRoot!.querySelectorAll('[lang]')]
        .filter((node) => node.textContent!.trim() === text)
        .map((node) => node.getAttribute('lang'));
    expect(contentLang(en)).to.equal('en');
    expect(langOf(en, 'Foto lokasi')).to.deep.equal(['id']);
    expect(langOf(en, 'Yang masih berlaku')).to.deep.equal(['id']);
    expect(langOf(en, 'Gratis sesuai Perda 1/2026')).to.deep.equal(['id']);
    expect(langOf(en, 'Perda Contoh 1/2026')).to.deep.equal(['id']);
    expect(langOf(en, 'ID card'), 'English text inherits').to.deep.equal([]);
    const id = await checklist({ service: 'campur', src, 'no-persist': '' });
    expect(langOf(id, 'Three working days')).to.deep.equal(['en']);
    expect(langOf(id, 'Foto lokasi')).to.deep.equal([]);
    await expectAccessible(en);
    await expectAccessible(id);
  });
});

/** The `lang` of the element's rendered content. */
function contentLang(el: Element): string | null {
  return el.shadowRoot!.querySelector('[part~=base]')!.getAttribute('lang');
}

describe('<mpp-service-checklist heading-level>', () => {
  const headings = (el: Element) =>
    [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(
      (node) => `${node.localName} ${node.textContent!.replace(/\s+/g, ' ').trim()}`,
    );

  it('adds no headings by default, as before', async () => {
    const el = await checklist({
      service: 'izin-contoh',
      src: await served(testCatalog),
      'no-persist': '',
    });
    expect(headings(el)).to.deep.equal([]);
    await expectAccessible(el);
  });

  it('gives the service name and its sections real headings from heading-level', async () => {
    const el = await checklist({
      service: 'izin-contoh',
      src: await served(testCatalog),
      'heading-level': '2',
      'no-persist': '',
    });
    expect(headings(el)).to.deep.equal([
      'h2 Izin contoh',
      'h3 Dokumen yang perlu dibawa',
      'h4 Jika pemohon berusia di bawah 17 tahun',
      'h3 Syarat pemohon',
      'h3 Sumber, diakses 1 November 2026',
    ]);
    expect(shadowText(el, '[part~=title]')).to.equal('Izin contoh');
    await expectAccessible(el);
    el.setAttribute('heading-level', '6');
    await el.updateComplete;
    expect(headings(el).map((text) => text.slice(0, 2))).to.deep.equal([
      'h6',
      'h6',
      'h6',
      'h6',
      'h6',
    ]);
  });

  it('treats an invalid heading-level as an attribute error: nearest level, or none', async () => {
    const src = await served(testCatalog);
    let high!: MppServiceChecklist;
    let word!: MppServiceChecklist;
    const errors = await errorsDuring(async () => {
      high = await checklist({
        service: 'izin-contoh',
        src,
        'heading-level': '9',
        'no-persist': '',
      });
      word = await checklist({
        service: 'izin-contoh',
        src,
        'heading-level': 'two',
        'no-persist': '',
      });
    });
    expect(errors.map((error) => error.code)).to.deep.equal(['attribute', 'attribute']);
    expect(headings(high)[0]).to.equal('h6 Izin contoh');
    expect(headings(word)).to.deep.equal([]);
    await expectAccessible(high);
  });
});

describe('<mpp-service-checklist> on any page and any screen', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('keeps its light controls on a dark host page (color-scheme), with readable contrast', async () => {
    const page = await fixture<HTMLElement>(
      html`<div style="color-scheme: dark; background: #121212; color: #eee; padding: 1rem"></div>`,
    );
    const el = document.createElement('mpp-service-checklist');
    el.setAttribute('service', 'izin-contoh');
    el.setAttribute('src', await served(testCatalog));
    el.setAttribute('no-persist', '');
    page.append(el);
    await until(() => el.state === 'ready', 8000, 'ready');
    expect(getComputedStyle(box(el, 'ktp')).colorScheme).to.equal('light');
    expect(getComputedStyle(el.shadowRoot!.querySelector('progress')!).colorScheme).to.equal(
      'light',
    );
    await expectAccessible(el);
  });

  /**
   * WCAG 1.4.12: line height 1.5, paragraph spacing 2 em, letter spacing 0.12 em, word
   * spacing 0.16 em, applied as the well-known bookmarklet does (and into the shadow root,
   * where a user style sheet would also reach).
   */
  const textSpacing = new CSSStyleSheet();
  textSpacing.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }`);

  it('needs no horizontal scrolling at 320 px (= 400 % zoom) with text spacing, every service, both languages', async () => {
    await setViewport({ width: 320, height: 640 });
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, textSpacing];
    try {
      for (const service of readCatalog(bundledDocument).services) {
        for (const lang of ['id', 'en']) {
          const el = await checklist({ service: service.id, lang, 'no-persist': '' });
          el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, textSpacing];
          // Every case applies, so every document and hint is on screen.
          for (const input of el.shadowRoot!.querySelectorAll<HTMLInputElement>(
            'input[data-condition]',
          ))
            input.click();
          await el.updateComplete;
          const where = `${service.id} (${lang})`;
          const base = el.shadowRoot!.querySelector<HTMLElement>('[part~=base]')!;
          expect(document.documentElement.scrollWidth, where).to.be.at.most(320);
          expect(base.scrollWidth, where).to.be.at.most(base.clientWidth);
          const right = base.getBoundingClientRect().right;
          const sticking = [...base.querySelectorAll('*')].filter(
            (node) => node.getBoundingClientRect().right > right + 0.5,
          );
          expect(
            sticking.map((node) => node.outerHTML.slice(0, 80)),
            where,
          ).to.deep.equal([]);
          el.remove();
        }
      }
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter(
        (sheet) => sheet !== textSpacing,
      );
    }
    const last = await checklist({ service: 'paspor-baru', 'no-persist': '' });
    await expectAccessible(last);
  });
});
