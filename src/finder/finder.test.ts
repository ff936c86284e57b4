import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../test-support/setup.js';
import { expectAccessible } from '../test-support/axe.js';
import { errorsDuring, nextEvent, part, shadowText } from '../test-support/dom.js';
import { configureFeed, feedStats, feedUrl, uniqueFeedName, until } from '../test-support/feeds.js';
import {
  atInstant,
  BUNDLED_COUNT,
  bundledInProvince,
  finderFixture,
  names,
  ready,
  served,
  speak,
  threeZones,
} from '../test-support/finder.js';
import type { MppFinder } from './finder.js';

describe('<mpp-finder> with the bundled national list', () => {
  it('lists every bundled MPP, in Indonesian by default and in English with lang="en"', async () => {
    const finder = await finderFixture({ 'no-map': true });
    await ready(finder);
    expect(finder.state).to.equal('ready');
    expect(BUNDLED_COUNT, 'the bundled list (issue 10)').to.be.at.least(300);
    expect(shadowText(finder, '[part="count"]')).to.equal(`${BUNDLED_COUNT} MPP ditemukan`);
    expect(finder.shadowRoot!.querySelectorAll('.item')).to.have.length(20);
    expect(shadowText(finder, '.more')).to.equal(`Tampilkan ${BUNDLED_COUNT - 20} lagi`);
    await speak(finder, 'en');
    expect(shadowText(finder, '[part="count"]')).to.equal(`${BUNDLED_COUNT} MPPs found`);
    expect(part(finder, 'search')!.getAttribute('placeholder')).to.equal(
      'Search MPP, regency/city, or address',
    );
    await expectAccessible(finder);
  });

  it('finds "MPP Kabupaten Cianjur" by "cianjur", "Kab. Cianjur", accents and capitals', async () => {
    const finder = await finderFixture({ 'no-map': true });
    await ready(finder);
    for (const query of ['cianjur', 'Kab. Cianjur', 'kabupaten CIANJUR', 'Cianjúr', 'cian']) {
      finder.query = query;
      await finder.updateComplete;
      expect(names(finder)[0], query).to.equal('Mal Pelayanan Publik Kabupaten Cianjur');
    }
    finder.query = 'kab cianjur';
    await finder.updateComplete;
    expect(names(finder)).to.deep.equal(['Mal Pelayanan Publik Kabupaten Cianjur']);
  });

  it('searches as the visitor types in the search field', async () => {
    const finder = await finderFixture({ 'no-map': true });
    await ready(finder);
    const input = part(finder, 'search') as HTMLInputElement;
    input.value = 'kota bandung';
    input.dispatchEvent(new Event('input'));
    await finder.updateComplete;
    expect(finder.query).to.equal('kota bandung');
    expect(names(finder)[0]).to.equal('Mal Pelayanan Publik Kota Bandung');
  });

  it('takes at most 120 characters, typed or set by a script', async () => {
    const finder = await finderFixture({ 'no-map': true });
    await ready(finder);
    const input = part(finder, 'search') as HTMLInputElement;
    expect(input.maxLength).to.equal(120);
    input.focus();
    await sendKeys({ type: `cianjur ${'x'.repeat(130)}` });
    await until(() => finder.query.startsWith('cianjur x'));
    expect(input.value).to.have.length(120);
    expect(finder.query).to.have.length(120);
    // A page's script is not limited by the box: what lies past 120 characters is not read.
    finder.query = `kota bandung${' '.repeat(200)}xyzzy`;
    await finder.updateComplete;
    expect(finder.query).to.have.length(120);
    expect(input.value).to.equal(finder.query);
    expect(names(finder)[0]).to.equal('Mal Pelayanan Publik Kota Bandung');
  });

  it('finds what is typed in styled letters (pasted from social media)', async () => {
    const finder = await finderFixture({ 'no-map': true, query: '𝐂𝐈𝐀𝐍𝐉𝐔𝐑' });
    await ready(finder);
    expect(names(finder)[0]).to.equal('Mal Pelayanan Publik Kabupaten Cianjur');
  });

  it('says when nothing matches and how to widen, in both languages', async () => {
    const finder = await finderFixture({ 'no-map': true, query: 'zzzz tidak ada' });
    await ready(finder);
    expect(finder.state).to.equal('empty');
    expect(shadowText(finder, '[part="empty"]')).to.equal(
      'Tidak ada MPP yang cocok. Coba kata lain atau pilih semua provinsi.',
    );
    await expectAccessible(finder);
    await speak(finder, 'en');
    expect(shadowText(finder, '[part="empty"]')).to.equal(
      'No MPP matches. Try other words or choose all provinces.',
    );
    finder.query = '';
    await finder.updateComplete;
    expect(finder.state).to.equal('ready');
  });

  it('announces the result count politely once typing pauses', async () => {
    const finder = await finderFixture({ 'no-map': true });
    await ready(finder);
    const status = finder.shadowRoot!.querySelector('[role="status"]')!;
    finder.query = 'cianjur';
    await finder.updateComplete;
    await until(() => status.textContent!.includes('2 MPP ditemukan'), 3000);
  });

  it('filters by province code or name, and by the province list', async () => {
    const westJava = `${bundledInProvince('32')} MPP ditemukan`;
    const finder = await finderFixture({ 'no-map': true, province: '32' });
    await ready(finder);
    expect(shadowText(finder, '[part="count"]')).to.equal(westJava);
    finder.province = 'jawa barat';
    await finder.updateComplete;
    expect(shadowText(finder, '[part="count"]')).to.equal(westJava);
    const select = finder.shadowRoot!.querySelector('select')!;
    expect(select.value).to.equal('32');
    // Jakarta under its current name and its old one.
    for (const name of ['Daerah Khusus Jakarta', 'DKI Jakarta', 'Prov. DKI Jakarta']) {
      finder.province = name;
      await finder.updateComplete;
      expect(select.value, name).to.equal('31');
    }
    select.value = '91';
    select.dispatchEvent(new Event('change'));
    await finder.updateComplete;
    expect(finder.province).to.equal('91');
    expect(shadowText(finder, '[part="count"]')).to.equal('2 MPP ditemukan');
  });

  it('filters by service when the data lists services, and says when it cannot', async () => {
    const document = structuredClone(threeZones) as typeof threeZones;
    Object.assign(document.features[0].properties, { services: ['paspor-baru', 'nib-oss'] });
    Object.assign(document.features[2].properties, { services: ['nib-oss'] });
    const finder = await finderFixture({
      'no-map': true,
      src: await served(document),
      service: 'paspor-baru',
    });
    await ready(finder);
    expect(names(finder)).to.deep.equal(['Mal Pelayanan Publik Kabupaten Cianjur']);
    const select = finder.shadowRoot!.querySelectorAll('select')[1];
    expect([...select.options].map((option) => option.value)).to.deep.equal([
      '',
      'nib-oss',
      'paspor-baru',
    ]);
    select.value = 'nib-oss';
    select.dispatchEvent(new Event('change'));
    await finder.updateComplete;
    expect(names(finder)).to.have.length(2);
    const errors = await errorsDuring(async () => {
      const bundled = await finderFixture({ 'no-map': true, service: 'paspor-baru' });
      await ready(bundled);
      expect(shadowText(bundled, '[part="count"]')).to.equal(`${BUNDLED_COUNT} MPP ditemukan`);
    });
    expect(errors.map((error) => error.code)).to.deep.equal(['attribute']);
  });

  it('reports an unknown province and shows every province instead', async () => {
    let finder!: MppFinder;
    const errors = await errorsDuring(async () => {
      finder = await finderFixture({ 'no-map': true, province: 'Atlantis' });
      await ready(finder);
    });
    expect(errors.map((error) => error.code)).to.deep.equal(['attribute']);
    expect(shadowText(finder, '[part="count"]')).to.equal(`${BUNDLED_COUNT} MPP ditemukan`);
  });

  it('takes its height side by side, and ignores an invalid one', async () => {
    const finder = await finderFixture({ 'no-map': true, height: '300px' });
    await ready(finder);
    const base = part(finder, 'base')!;
    expect(base.getBoundingClientRect().height).to.equal(300);
    const errors = await errorsDuring(async () => {
      finder.height = 'tall';
      await finder.updateComplete;
    });
    expect(base.getBoundingClientRect().height).to.equal(480);
    expect(errors.map((error) => error.code)).to.deep.equal(['attribute']);
  });

  it('marks approximate locations and routes to them by name, not by coordinates', async () => {
    const finder = await finderFixture({ 'no-map': true, query: 'kab cianjur' });
    await ready(finder);
    const item = finder.shadowRoot!.querySelector('.item')!;
    expect(item.querySelector('[part="approximate"]')!.textContent!.trim()).to.equal(
      'perkiraan lokasi',
    );
    const links = [...item.querySelectorAll('.directions a')].map((a) => a.getAttribute('href'));
    expect(links[0]).to.match(/^https:\/\/www\.openstreetmap\.org\/search\?query=/);
    expect(decodeURIComponent(links[1]!)).to.contain('Mal Pelayanan Publik Kabupaten Cianjur');
    expect(item.querySelector('.hours')!.textContent!.trim()).to.equal(
      'Jam layanan belum tersedia',
    );
  });
});

describe('<mpp-finder> opening hours in the three time zones', () => {
  let restoreClock: () => void = () => {};
  afterEach(() => restoreClock());

  const itemText = (finder: MppFinder, id: string) =>
    (finder.shadowRoot!.querySelector(`[data-id="${id}"]`)!.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim();

  it('computes open/closed in each MPP’s own zone (Monday 07.30 WIB)', async () => {
    restoreClock = atInstant('2026-11-23T00:30:00Z'); // Mon 07.30 WIB = 08.30 WITA = 09.30 WIT
    const finder = await finderFixture({ 'no-map': true, src: await served(threeZones) });
    await ready(finder);
    expect(itemText(finder, 'mpp-3203')).to.contain('Tutup · Buka pukul 08.00 WIB');
    expect(itemText(finder, 'mpp-3203')).to.contain('Jam layanan hari ini: 08.00–15.00 WIB');
    expect(itemText(finder, 'mpp-7371')).to.contain('Buka sekarang · Tutup pukul 16.00 WITA');
    expect(itemText(finder, 'mpp-9171')).to.contain('Buka sekarang · Tutup pukul 15.00 WIT');
    await speak(finder, 'en');
    expect(itemText(finder, 'mpp-3203')).to.contain('Closed · Opens at 08:00 WIB');
    expect(itemText(finder, 'mpp-7371')).to.contain('Open now · Closes at 16:00 WITA');
    expect(itemText(finder, 'mpp-7371')).to.contain('Makassar City Public Service Mall');
    await expectAccessible(finder);
  });

  it('knows the Friday prayer break and a visitor’s Sunday night that is Monday in Papua', async () => {
    restoreClock = atInstant('2026-11-27T03:00:00Z'); // Fri 10.00 WIB = 12.00 WIT
    let finder = await finderFixture({ 'no-map': true, src: await served(threeZones) });
    await ready(finder);
    expect(itemText(finder, 'mpp-9171')).to.contain('Tutup · Buka pukul 13.00 WIT');
    expect(itemText(finder, 'mpp-9171')).to.contain(
      'Jam layanan hari ini: 08.00–11.30, 13.00–15.30 WIT',
    );
    expect(itemText(finder, 'mpp-3203')).to.contain('Buka sekarang · Tutup pukul 15.00 WIB');
    restoreClock();
    restoreClock = atInstant('2026-11-22T16:30:00Z'); // Sun 23.30 WIB = Mon 01.30 WIT
    finder = await finderFixture({ 'no-map': true, src: await served(threeZones) });
    await ready(finder);
    expect(itemText(finder, 'mpp-9171')).to.contain('Tutup · Buka pukul 08.00 WIT');
    expect(itemText(finder, 'mpp-9171')).to.contain('Jam layanan hari ini: 08.00–15.00 WIT');
    expect(itemText(finder, 'mpp-3203')).to.contain('Tutup · Buka besok pukul 08.00 WIB');
    expect(itemText(finder, 'mpp-3203')).to.contain('Hari ini tutup');
  });

  /** A finder whose first location has `openingHours`, ready, and what it told the console. */
  const withHours = async (openingHours: string) => {
    const document = structuredClone(threeZones);
    document.features[0].properties.openingHours = openingHours;
    const warnings: string[] = [];
    const realWarn = console.warn;
    console.warn = (text: string) => warnings.push(text);
    try {
      const finder = await finderFixture({ 'no-map': true, src: await served(document) });
      await ready(finder);
      return { finder, console: warnings.join('\n') };
    } finally {
      console.warn = realWarn;
    }
  };

  it('never invents hours: unreadable hours are "not available" and told to the site owner', async () => {
    const { finder, console } = await withHours('SH off; Mo-Fr 08:00-15:00');
    expect(itemText(finder, 'mpp-3203')).to.contain('Jam layanan belum tersedia');
    expect(finder.state).to.equal('ready');
    expect(console).to.contain('$.features[0].properties.openingHours');
  });

  it('shows a time range given twice once, and tells the site owner', async () => {
    const { finder, console } = await withHours('Mo-Su 08:00-15:00, 08:00-15:00');
    expect(itemText(finder, 'mpp-3203')).to.contain('Jam layanan hari ini: 08.00–15.00 WIB');
    expect(itemText(finder, 'mpp-3203')).not.to.match(/08\.00–15\.00 WIB.*08\.00–15\.00/);
    expect(console).to.contain(
      '$.features[0].properties.openingHours: Time range "08:00-15:00" is given twice',
    );
  });
});

describe('<mpp-finder> with bad data', () => {
  const expectError = async (src: string, code: string, cause: RegExp) => {
    let finder!: MppFinder;
    const errors = await errorsDuring(async () => {
      finder = await finderFixture({ 'no-map': true, src });
      await ready(finder);
    });
    expect(finder.state).to.equal('error');
    expect(errors.map((error) => error.code)).to.deep.equal([code]);
    expect(shadowText(finder, '[part="error"]')).to.match(cause);
    expect(shadowText(finder, '[part="error"]')).to.contain(
      'Pencari MPP tidak dapat ditampilkan saat ini.',
    );
    await expectAccessible(finder);
    return { finder, errors };
  };

  it('detects coordinates written [lat, lon]', async () => {
    const document = structuredClone(threeZones);
    document.features[1].geometry.coordinates = [-5.14, 119.42];
    const { errors } = await expectError(await served(document), 'schema', /format/);
    expect(errors[0].issues).to.deep.include({
      path: '$.features[1].geometry.coordinates',
      message:
        '[-5.14, 119.42] looks like [latitude, longitude]; GeoJSON order is [longitude, latitude]',
    });
  });

  it('rejects invalid GeoJSON, duplicate ids and missing names with JSON paths', async () => {
    const document = structuredClone(threeZones) as {
      features: { properties: Record<string, unknown>; geometry: unknown }[];
    };
    delete document.features[0].properties.name;
    document.features[2].geometry = { type: 'LineString', coordinates: [[1, 2]] };
    const { errors } = await expectError(await served(document), 'schema', /format/);
    const paths = errors[0].issues!.map((issue) => issue.path);
    expect(paths).to.include('$.features[0].properties.name');
    expect(paths).to.include('$.features[2].geometry.type');
    const duplicate = structuredClone(threeZones);
    duplicate.features[2].properties.id = 'mpp-3203';
    const second = await expectError(await served(duplicate), 'schema', /format/);
    expect(second.errors[0].issues).to.deep.equal([
      { path: '$.features[2].properties.id', message: 'Duplicate id "mpp-3203"' },
    ]);
  });

  it('explains a document that is not JSON, an HTTP 500 and an unreachable server', async () => {
    await expectError(
      await served(null, { raw: '{"type": "FeatureCollection", "feat' }),
      'parse',
      /format/,
    );
    await expectError(await served(null, { status: 500 }), 'http', /HTTP 500/);
    await expectError('http://127.0.0.1:9/locations.json', 'network', /dari server sumbernya/);
  });

  it('gives up on a slow server after `timeout` and says so', async () => {
    const name = uniqueFeedName('slow-locations');
    await configureFeed(name, { body: threeZones, delayMs: 4000 });
    let finder!: MppFinder;
    const errors = await errorsDuring(async () => {
      finder = await finderFixture({ 'no-map': true, src: feedUrl(name), timeout: '1000' });
      await until(() => finder.state === 'error', 4000, 'the timeout');
    });
    expect(errors.map((error) => error.code)).to.deep.equal(['timeout']);
    expect(shadowText(finder, '[part="error"]')).to.contain('terlalu lama');
  });

  it('handles a 10 MB document and a deeply nested one without hanging or throwing', async () => {
    const huge = `{"type":"FeatureCollection","features":"${'x'.repeat(10 * 1024 * 1024)}"}`;
    await expectError(await served(null, { raw: huge }), 'schema', /format/);
    const nested = `${'['.repeat(20000)}${']'.repeat(20000)}`;
    await expectError(await served(null, { raw: nested }), 'schema', /format/);
  });

  it('tries again from the error message, and recovers when the data is fixed', async () => {
    const name = uniqueFeedName('locations');
    await configureFeed(name, { status: 500 });
    const finder = await finderFixture({ 'no-map': true, src: feedUrl(name) });
    await ready(finder);
    expect(finder.state).to.equal('error');
    await configureFeed(name, { status: 200, body: threeZones });
    (part(finder, 'retry-button') as HTMLButtonElement).click();
    await until(() => finder.state === 'ready');
    expect(shadowText(finder, '[part="count"]')).to.equal('3 MPP ditemukan');
    expect((await feedStats(name)).requests).to.equal(2);
  });

  it('shows markup and javascript: URLs in the data as text, never as markup or links', async () => {
    const document = structuredClone(threeZones) as typeof threeZones;
    const hostile = '<img src=x onerror="window.__pwned=1">Kantor';
    Object.assign(document.features[0].properties, {
      name: hostile,
      address: '<b>Jalan</b>',
      website: 'javascript:window.__pwned=1',
      phone: '<script>1</script>',
    });
    const finder = await finderFixture({ 'no-map': true, src: await served(document) });
    await ready(finder);
    const root = finder.shadowRoot!;
    expect(root.querySelector('img, b, script')).to.equal(null);
    expect(names(finder)).to.include(hostile);
    expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).not.to.satisfy(
      (hrefs: string[]) => hrefs.some((href) => href.startsWith('javascript:')),
    );
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('reports an unknown selected id without losing the list', async () => {
    let finder!: MppFinder;
    const errors = await errorsDuring(async () => {
      finder = await finderFixture({ 'no-map': true, selected: 'mpp-0000' });
      await ready(finder);
    });
    expect(errors.map((error) => error.code)).to.deep.equal(['not-found']);
    expect(finder.state).to.equal('ready');
  });
});

describe('<mpp-finder> selection from the list', () => {
  it('selects with the keyboard-operable name button and fires mpp-select', async () => {
    const finder = await finderFixture({ 'no-map': true, src: await served(threeZones) });
    await ready(finder);
    const button = finder.shadowRoot!.querySelector<HTMLButtonElement>(
      '[data-id="mpp-7371"] .name',
    )!;
    const event = nextEvent<{ id: string; coordinates: number[]; properties: object }>(
      finder,
      'mpp-select',
    );
    button.click();
    const { detail } = await event;
    expect(detail.id).to.equal('mpp-7371');
    expect(detail.coordinates).to.deep.equal([119.42, -5.14]);
    expect(detail.properties).to.include({ regency: 'Kota Makassar' });
    await finder.updateComplete;
    expect(finder.selected).to.equal('mpp-7371');
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(finder.getAttribute('selected')).to.equal(null); // a property, not reflected
    await expectAccessible(finder);
  });

  it("gives mpp-select a copy of the properties: a listener changing it changes no finder's data", async () => {
    const finder = await finderFixture({ 'no-map': true, query: 'cianjur' });
    await ready(finder);
    const event = nextEvent<{ properties: { name: string; regency: string } }>(
      finder,
      'mpp-select',
    );
    finder.shadowRoot!.querySelector<HTMLButtonElement>('[data-id="mpp-3203"] .name')!.click();
    const { detail } = await event;
    detail.properties.name = 'Changed by the page';
    detail.properties.regency = 'Changed by the page';
    // The bundled list is one module shared by every finder: a new one reads it afresh.
    const another = await finderFixture({ 'no-map': true, query: 'cianjur' });
    await ready(another);
    finder.query = 'cianjur kabupaten';
    await finder.updateComplete;
    for (const each of [finder, another]) {
      expect(shadowText(each)).to.include('Mal Pelayanan Publik Kabupaten Cianjur');
      expect(shadowText(each)).not.to.include('Changed by the page');
    }
  });

  it('shows a selected location far down the list and scrolls the list (not the page) to it', async () => {
    const finder = await finderFixture({ 'no-map': true, selected: 'mpp-3203' });
    await ready(finder);
    const item = finder.shadowRoot!.querySelector('[data-id="mpp-3203"]');
    expect(item, 'Cianjur is far down the list: drawn all the same').not.to.equal(null);
    expect(item!.querySelector('.name')!.getAttribute('aria-pressed')).to.equal('true');
    const list = finder.shadowRoot!.querySelector('.results')!;
    await until(() => list.scrollTop > 0, 2000, 'the list to scroll');
    expect(document.scrollingElement!.scrollTop).to.equal(0);
  });
});

describe('<mpp-finder> with its locations inline', () => {
  const inline = (json: string, attributes = '') => {
    // As WordPress's classic editor leaves pasted markup: wrapped in <p>, with <br>s around.
    const container = document.createElement('div');
    container.innerHTML = `<mpp-finder no-map ${attributes}><p><br><script type="application/json">${json}</script></p><p>Lihat daftar MPP</p></mpp-finder>`;
    document.body.append(container);
    return container.querySelector('mpp-finder') as MppFinder;
  };
  afterEach(() =>
    document.querySelectorAll('mpp-finder').forEach((finder) => finder.parentElement!.remove()),
  );

  it('reads a child <script type="application/json"> and ignores the other children', async () => {
    const finder = inline(JSON.stringify(threeZones));
    await ready(finder);
    expect(shadowText(finder, '[part="count"]')).to.equal('3 MPP ditemukan');
    expect(shadowText(finder)).not.to.contain('Lihat daftar MPP');
  });

  it('validates inline data the same way, and reports invalid JSON as such', async () => {
    const swapped = structuredClone(threeZones);
    swapped.features[0].geometry.coordinates = [-6.82, 107.14];
    let errors = await errorsDuring(async () => {
      await ready(inline(JSON.stringify(swapped)));
    });
    expect(errors.map((error) => error.code)).to.deep.equal(['schema']);
    errors = await errorsDuring(async () => {
      const finder = inline('{"type": "FeatureCollection", features: []}');
      await ready(finder);
      expect(finder.state).to.equal('error');
    });
    expect(errors.map((error) => error.code)).to.deep.equal(['parse']);
  });

  it('prefers src over inline data', async () => {
    const src = await served({ ...threeZones, features: threeZones.features.slice(0, 1) });
    const finder = inline(JSON.stringify(threeZones), `src="${src}"`);
    await ready(finder);
    expect(shadowText(finder, '[part="count"]')).to.equal('1 MPP ditemukan');
  });
});

describe('<mpp-finder> review regressions', () => {
  it('a src that is not a URL is a network error, nothing thrown', async () => {
    let finder!: MppFinder;
    const errors = await errorsDuring(async () => {
      finder = await finderFixture({ 'no-map': true, src: 'http://[' });
      await until(() => finder.state === 'error');
    });
    expect(errors.map((error) => error.code)).to.deep.equal(['network']);
  });

  it('a relative src is resolved once: a single-page app changing the URL does not reload it', async () => {
    const name = uniqueFeedName('relative');
    await configureFeed(name, { body: threeZones });
    const start = location.href;
    const finder = await finderFixture({ 'no-map': true, src: `feeds/test/${name}` });
    await ready(finder);
    try {
      history.pushState(null, '', '/lokasi/mpp-3203');
      finder.selected = 'mpp-3203';
      // A new load would start within this update (DocumentController.sync in willUpdate),
      // dropping the data at once: the state would no longer be "ready".
      await finder.updateComplete;
      expect(finder.state).to.equal('ready');
      expect((await feedStats(name)).requests).to.equal(1);
    } finally {
      history.replaceState(null, '', start);
    }
  });

  it('reports an invalid view, and a zoom without a center', async () => {
    let finder!: MppFinder;
    const errors = await errorsDuring(async () => {
      finder = await finderFixture({ 'no-map': true, view: 'grid', zoom: '8' });
      await ready(finder);
    });
    expect(errors.map((error) => error.code)).to.deep.equal(['attribute', 'attribute']);
    expect(finder.view).to.equal('both');
  });

  it('draws only the first page plus a selected location far down', async () => {
    const finder = await finderFixture({ 'no-map': true, selected: 'mpp-3203' });
    await ready(finder);
    expect(finder.shadowRoot!.querySelectorAll('.item')).to.have.length(21);
  });

  it('works out the province again when a new document arrives', async () => {
    const finder = await finderFixture({ 'no-map': true, province: '32' });
    await ready(finder);
    finder.src = await served(threeZones);
    finder.province = '91';
    await until(() => shadowText(finder, '[part="count"]') === '1 MPP ditemukan');
    expect(names(finder)).to.deep.equal(['Mal Pelayanan Publik Kota Jayapura']);
  });

  it('shows "loading" as soon as "try again" is pressed', async () => {
    const name = uniqueFeedName('retry');
    await configureFeed(name, { status: 500 });
    const finder = await finderFixture({ 'no-map': true, src: feedUrl(name) });
    await until(() => finder.state === 'error');
    await configureFeed(name, { status: 200, body: threeZones, delayMs: 1000 });
    (part(finder, 'retry-button') as HTMLButtonElement).click();
    await finder.updateComplete;
    expect(finder.state).to.equal('loading');
    await until(() => finder.state === 'ready');
  });

  it('takes the time zone from the regency code when nothing else gives it', async () => {
    const restore = atInstant('2026-11-23T00:30:00Z'); // Mon 09.30 WIT
    try {
      const document = structuredClone(threeZones) as {
        features: { properties: Record<string, unknown> }[];
      };
      delete document.features[2].properties.provinceCode;
      document.features[2].properties.regencyCode = '91.71';
      const finder = await finderFixture({ 'no-map': true, src: await served(document) });
      await ready(finder);
      expect(shadowText(finder, '[data-id="mpp-9171"] .hours')).to.contain(
        'Buka sekarang · Tutup pukul 15.00 WIT',
      );
    } finally {
      restore();
    }
  });

  it('finds "Prov. Jawa Barat", and says "no match" also in view="map"', async () => {
    const finder = await finderFixture({ 'no-map': true, query: 'Prov. Jawa Barat' });
    await ready(finder);
    // The province's MPPs come first (other places only share the words, e.g. "Tegal Barat").
    const westJava = bundledInProvince('32');
    const firstIds = [...finder.shadowRoot!.querySelectorAll<HTMLElement>('.item')].map(
      (item) => item.dataset.id!,
    );
    expect(firstIds).to.have.length(20);
    for (const id of firstIds) expect(id, id).to.match(/^mpp-32/);
    expect(westJava).to.be.greaterThan(20);
    const mapOnly = await finderFixture({ view: 'map', query: 'zzzz' });
    await ready(mapOnly);
    expect(part(mapOnly, 'empty')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });
});
