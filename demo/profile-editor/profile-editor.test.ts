// The profile editor as an officer uses it: edit, copy, paste into a blank page, and the finder
// there shows the corrected MPP (every other one unchanged); both languages; bad coordinates;
// accessibility.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/test-support/setup.js';
import { expectAccessible } from '../../src/test-support/axe.js';
import { nextEvent, shadowText } from '../../src/test-support/dom.js';
import { until } from '../../src/test-support/feeds.js';
import { atInstant, LOCAL_TILES, ready } from '../../src/test-support/finder.js';
import type { FinderSelectDetail, MppFinder } from '../../src/finder/finder.js';
import '../../src/index.js';
import './profile-editor.js';
import type { ProfileEditor } from './profile-editor.js';

const editorFixture = (mpp = 'mpp-3203') =>
  fixture<ProfileEditor>(
    html`<profile-editor mpp=${mpp} tile-url=${LOCAL_TILES}></profile-editor>`,
  );

/** Types into a field as a visitor would (value, then the event the field fires). */
async function fill(editor: ProfileEditor, selector: string, value: string | boolean) {
  const control = editor.querySelector<HTMLInputElement>(selector)!;
  expect(control, selector).to.not.equal(null);
  if (typeof value === 'boolean') {
    control.checked = value;
    control.dispatchEvent(new Event('change', { bubbles: true }));
  } else {
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true }));
    control.dispatchEvent(new Event('change', { bubbles: true }));
  }
  await editor.updateComplete;
}

async function press(editor: ProfileEditor, label: string | RegExp, within = '') {
  const buttons = [...editor.querySelectorAll<HTMLButtonElement>(`${within} button`)];
  const button = buttons.find((b) =>
    typeof label === 'string' ? b.textContent!.trim() === label : label.test(b.textContent!),
  );
  expect(button, `button ${label}`).to.not.equal(undefined);
  button!.click();
  await editor.updateComplete;
}

const snippet = (editor: ProfileEditor, kind: string) =>
  editor.querySelector(`.snippet[data-kind="${kind}"] code`)!.textContent!;

/** Copies with the real button, the clipboard answering as a browser that allows it. */
async function copied(editor: ProfileEditor, kind: string): Promise<string> {
  const copies: string[] = [];
  const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
  Object.defineProperty(navigator, 'clipboard', {
    value: { writeText: async (text: string) => void copies.push(text) },
    configurable: true,
  });
  try {
    editor.querySelector<HTMLButtonElement>(`.snippet[data-kind="${kind}"] .copy`)!.click();
    await until(() => copies.length === 1);
    return copies[0];
  } finally {
    delete (navigator as { clipboard?: unknown }).clipboard;
    Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
  }
}

/** The snippet pasted into an empty page (local tiles; the library is already loaded here). */
async function pasted(markup: string): Promise<MppFinder> {
  const page = document.createElement('div');
  page.innerHTML = markup;
  page.querySelector('script[type="module"]')?.remove();
  page.querySelector('mpp-finder')!.setAttribute('tile-url', LOCAL_TILES);
  const host = await fixture<HTMLElement>(html`<div></div>`);
  host.append(page);
  const finder = page.querySelector<MppFinder>('mpp-finder')!;
  await ready(finder);
  return finder;
}

const ids = (finder: MppFinder) =>
  [...finder.shadowRoot!.querySelectorAll<HTMLElement>('.item')].map((item) => item.dataset.id!);
const itemText = (finder: MppFinder, id: string) => shadowText(finder, `[data-id="${id}"]`);

async function selected(finder: MppFinder, id: string): Promise<FinderSelectDetail> {
  const event = nextEvent<FinderSelectDetail>(finder, 'mpp-select');
  finder.shadowRoot!.querySelector<HTMLButtonElement>(`[data-id="${id}"] .name`)!.click();
  return (await event).detail;
}

const HOURS =
  'Mo-Th 08:00-12:00,13:00-16:00; Fr 08:00-11:30,13:30-16:00; PH off; 2026 Dec 24 08:00-12:00';

/** Cianjur's hours as an officer fills them in: breaks, a Friday prayer break, Christmas Eve. */
async function fillHours(editor: ProfileEditor) {
  await press(editor, 'Isi jam layanan');
  await fill(editor, '[name="day-0-0-end"]', '12:00');
  await press(editor, 'Tambah jam', '.day[data-day="0"]');
  for (const day of [1, 2, 3]) await press(editor, /Samakan dengan/, `.day[data-day="${day}"]`);
  await fill(editor, '[name="day-4-0-end"]', '11:30');
  await press(editor, 'Tambah jam', '.day[data-day="4"]');
  await fill(editor, '[name="day-4-1-start"]', '13:30');
  await press(editor, 'Tambah tanggal');
  await fill(editor, '[name="date-0-from"]', '2026-12-24');
  await fill(editor, '[name="date-0-closed"]', false);
  await fill(editor, '[name="date-0-0-end"]', '12:00');
}

describe('<profile-editor>', () => {
  let restoreClock = () => {};
  // The page's stylesheet: axe measures the targets as an officer sees them.
  before(async () => {
    const sheet = Object.assign(document.createElement('link'), {
      rel: 'stylesheet',
      href: '/demo/demo.css',
    });
    const loaded = nextEvent(sheet, 'load');
    document.head.append(sheet);
    await loaded;
  });
  afterEach(() => restoreClock());

  it('round trip: address, hours and position edited → snippet → a blank page shows them', async () => {
    // Thursday 24 December 2026, 10.00 WIB: cuti bersama, open in the morning by the new date rule.
    restoreClock = atInstant('2026-12-24T03:00:00Z');
    const editor = await editorFixture();
    await fill(editor, '[name="address"]', 'Jl. Dr. Muwardi No. 1, Bojongherang, Cianjur');
    await fillHours(editor);
    expect(editor.querySelector('.opening-hours')!.textContent).to.equal(HOURS);
    expect(editor.querySelector('.hours-words')!.textContent).to.equal(
      'Senin–Kamis 08.00–12.00 dan 13.00–16.00; Jumat 08.00–11.30 dan 13.30–16.00; ' +
        'tutup pada hari Sabtu dan Minggu; tutup pada hari libur nasional; 24 Desember 2026 08.00–12.00',
    );
    await fill(editor, '[name="coordinates"]', '-6.81612,107.14201');
    await press(editor, 'Pakai koordinat');
    expect(editor.querySelector('.position-now')!.textContent).to.contain('-6.81612, 107.14201');

    const markup = await copied(editor, 'inline');
    expect(markup).to.equal(snippet(editor, 'inline'));
    const patch = JSON.parse(/data-patch>([\s\S]*)<\/script>\s*<\/mpp-finder>/.exec(markup)![1]);
    expect(patch.features).to.deep.equal([
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [107.14201, -6.81612] },
        properties: {
          id: 'mpp-3203',
          address: 'Jl. Dr. Muwardi No. 1, Bojongherang, Cianjur',
          openingHours: HOURS,
          coordinatePrecision: 'exact',
        },
      },
    ]);

    const finder = await pasted(markup);
    const plain = await pasted('<mpp-finder></mpp-finder>');
    expect(finder.getAttribute('selected')).to.equal('mpp-3203');
    expect(itemText(finder, 'mpp-3203')).to.contain('Jl. Dr. Muwardi No. 1');
    expect(shadowText(finder, '[data-id="mpp-3203"] [part~="status"]')).to.equal('Buka sekarang');
    expect(itemText(finder, 'mpp-3203')).to.contain('Tutup pukul 12.00 WIB');
    const detail = await selected(finder, 'mpp-3203');
    expect(detail.coordinates).to.deep.equal([107.14201, -6.81612]);
    expect(detail.properties.coordinatePrecision).to.equal('exact');
    // Every other MPP as in the plain list, in the same order.
    const others = (list: string[]) => list.filter((id) => id !== 'mpp-3203');
    expect(shadowText(finder, '[part="count"]')).to.equal(shadowText(plain, '[part="count"]'));
    expect(others(ids(finder))).to.deep.equal(others(ids(plain)));
    for (const id of ids(plain).filter((id) => id !== 'mpp-3203'))
      expect(itemText(finder, id), id).to.equal(itemText(plain, id));

    // The live preview shows the same correction, once the edits settle.
    const preview = () => editor.querySelector<MppFinder>('.preview-box mpp-finder')!;
    await until(() => preview().innerHTML.includes('Muwardi'), 8000, 'the preview to settle');
    await ready(preview());
    expect(itemText(preview(), 'mpp-3203')).to.contain('Jl. Dr. Muwardi No. 1');
    expect(preview().getAttribute('selected')).to.equal('mpp-3203');
  });

  it('puts only changed fields in the patch, as a file to download and a snippet with its URL', async () => {
    const editor = await editorFixture('mpp-1271');
    // Hours from the data fill the form; untouched, they are not a change.
    expect(editor.querySelector('.opening-hours')!.textContent).to.equal('Mo-Fr 08:00-15:00');
    expect(
      editor.querySelector<HTMLInputElement>('[name="publicHolidays"][value="unset"]')!.checked,
    ).to.equal(true);
    expect(editor.querySelector('.profile-results')!.textContent).to.contain('Belum ada perubahan');
    await fill(editor, '[name="phone"]', '(061) 123456');
    await fill(editor, '[name="service"][value="paspor-baru"]', true);
    const link = editor.querySelector<HTMLAnchorElement>('a.download')!;
    expect(link.download).to.equal('koreksi-mpp-1271.json');
    const file = await (await fetch(link.href)).json();
    expect(file).to.deep.equal({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: null,
          properties: { id: 'mpp-1271', phone: '(061) 123456', services: ['paspor-baru'] },
        },
      ],
    });
    await fill(editor, '[name="fileUrl"]', 'https://mpp.pemkomedan.go.id/koreksi.json');
    const markup = snippet(editor, 'file');
    expect(markup).to.contain(
      '<mpp-finder selected="mpp-1271" patch="https://mpp.pemkomedan.go.id/koreksi.json"></mpp-finder>',
    );
    const request = snippet(editor, 'request');
    expect(request).to.contain('## Koreksi data MPP: Mal Pelayanan Publik Kota Medan (mpp-1271)');
    expect(request).to.contain('| Telepon | — | (061) 123456 |');
    expect(request).to.contain('| Layanan | — | paspor-baru |');
    expect(request).to.contain('Sumber/kontak resmi:');
    // Holidays: choosing "closed" changes the hours; "not said" stays offered.
    await fill(editor, '[name="publicHolidays"][value="closed"]', true);
    expect(editor.querySelector('.opening-hours')!.textContent).to.equal(
      'Mo-Fr 08:00-15:00; PH off',
    );
    expect(snippet(editor, 'request')).to.contain(
      '| Jam layanan | Mo-Fr 08:00-15:00 | Mo-Fr 08:00-15:00; PH off |',
    );
    await press(editor, 'Kembalikan jam layanan semula');
    expect(editor.querySelector('.opening-hours')!.textContent).to.equal('Mo-Fr 08:00-15:00');
    expect(snippet(editor, 'inline')).not.to.contain('openingHours');
    // package.json names the repository: the request also opens as a new issue there, with
    // the same text (once the release information has loaded).
    const issueLink = () =>
      editor.querySelector<HTMLAnchorElement>(
        'a[href^="https://github.com/mpp-widgets/mpp-widgets/issues/new?"]',
      );
    await until(() => issueLink() !== null, 8000, 'the issue link');
    const issue = new URL(issueLink()!.href);
    expect(issue.searchParams.get('title')).to.equal(
      'Koreksi data MPP: Mal Pelayanan Publik Kota Medan (mpp-1271)',
    );
    expect(issue.searchParams.get('body')).to.contain('| Layanan | — | paspor-baru |');
  });

  it('speaks English with the page toggle: form, hours in words, request', async () => {
    const editor = await editorFixture();
    await fillHours(editor);
    editor.language = 'en';
    await editor.updateComplete;
    expect(editor.querySelector('.day legend')!.textContent).to.equal('Monday');
    expect(editor.querySelector('.hours-words')!.textContent).to.equal(
      'Monday–Thursday 08:00–12:00 and 13:00–16:00; Friday 08:00–11:30 and 13:30–16:00; ' +
        'closed on Saturday and Sunday; closed on public holidays; 24 December 2026 08:00–12:00',
    );
    expect(snippet(editor, 'request')).to.contain('MPP data correction: Mal Pelayanan Publik');
    expect(snippet(editor, 'request')).to.contain('Official source/contact:');
    expect(editor.querySelector('.position-map')!.getAttribute('aria-label')).to.match(
      /^Map: click/,
    );
    await expectAccessible(editor);
  });

  it('refuses swapped, foreign and unreadable coordinates, saying why', async () => {
    const editor = await editorFixture();
    const before = editor.querySelector('.position-now')!.textContent;
    for (const [input, message] of [
      ['107.14, -6.82', 'Urutannya tertukar'],
      ['48.85, 2.35', 'di luar Indonesia'],
      ['-6,82 107,14', 'titik sebagai tanda desimal'],
    ]) {
      await fill(editor, '[name="coordinates"]', input);
      await press(editor, 'Pakai koordinat');
      const problem = editor.querySelector('#position-problem')!;
      expect(problem.getAttribute('role')).to.equal('alert');
      expect(problem.textContent, input).to.contain(message);
      expect(editor.querySelector('[name="coordinates"]')!.getAttribute('aria-invalid')).to.equal(
        'true',
      );
    }
    expect(editor.querySelector('.position-now')!.textContent).to.equal(before);
    expect(snippet(editor, 'inline')).to.contain('"geometry": null');
    editor.language = 'en';
    await editor.updateComplete;
    expect(editor.querySelector('#position-problem')!.textContent).to.contain('decimal point');
  });

  it('marks the position with a click on the map, and announces the new code once settled', async () => {
    const editor = await editorFixture();
    const map = editor.querySelector<HTMLElement>('.position-map')!;
    await until(() => map.querySelector('.position-pin') !== null, 8000, 'the map');
    map.scrollIntoView({ block: 'center' });
    const box = map.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [
        Math.round(box.left + box.width / 2 + 40),
        Math.round(box.top + box.height / 2 - 30),
      ],
    });
    await until(() => !snippet(editor, 'inline').includes('"geometry": null'));
    await editor.updateComplete;
    const geometry = JSON.parse(
      /data-patch>([\s\S]*)<\/script>\s*<\/mpp-finder>/.exec(snippet(editor, 'inline'))![1],
    ).features[0].geometry;
    expect(geometry.type).to.equal('Point');
    const [lon, lat] = geometry.coordinates;
    // East and north of Cianjur's old point, which was in the middle of the map.
    expect(lon).to.be.greaterThan(107.13948);
    expect(lat).to.be.greaterThan(-6.82275);
    expect(editor.querySelector('.position-now')!.textContent).to.contain('tepat');
    const live = editor.querySelector('[aria-live="polite"]')!;
    await until(() => live.textContent!.includes('Kode diperbarui: 1 data diubah.'));
    await expectAccessible(editor);
  });

  it('sets the position from the keyboard: pan the map with the arrows, use its centre', async () => {
    const editor = await editorFixture();
    const map = editor.querySelector<HTMLElement>('.position-map')!;
    await until(() => map.querySelector('.position-pin') !== null, 8000, 'the map');
    map.focus();
    for (let n = 0; n < 3; n++) await sendKeys({ press: 'ArrowRight' });
    // Past the map's zoom buttons and attribution links, to the button below the map.
    for (
      let n = 0;
      n < 6 && document.activeElement!.textContent!.trim() !== 'Pakai titik tengah peta';
      n++
    )
      await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.textContent!.trim()).to.equal('Pakai titik tengah peta');
    await sendKeys({ press: 'Enter' });
    await until(() => !snippet(editor, 'inline').includes('"geometry": null'));
    expect(editor.querySelector('.position-now')!.textContent).to.contain('tepat');
    const patch = JSON.parse(
      /data-patch>([\s\S]*)<\/script>\s*<\/mpp-finder>/.exec(snippet(editor, 'inline'))![1],
    );
    // Panned east: the centre moved east of the old point, on the same latitude.
    const [lon, lat] = patch.features[0].geometry.coordinates;
    expect(lon).to.be.greaterThan(107.13948);
    expect(lat).to.be.closeTo(-6.82275, 0.0001);
  });

  it('finds an MPP in the list by regency', async () => {
    const editor = await editorFixture('mpp-1271');
    await fill(editor, '[name="filter"]', 'cianjur');
    const options = [...editor.querySelectorAll<HTMLOptionElement>('[name="mpp"] option')];
    expect(options.map((option) => option.value)).to.include.members(['mpp-3203', 'mpp-1271']);
    expect(editor.querySelector('#mpp-matches')!.textContent).to.equal(
      `${options.length} MPP cocok`,
    );
    await fill(editor, '[name="mpp"]', 'mpp-3203');
    expect(editor.querySelector<HTMLTextAreaElement>('[name="address"]')!.value).to.equal(
      'Jl. Mangunsarkoro No. 165, Kel. Pamoyanan, Kec. Cianjur, Kabupaten Cianjur',
    );
    expect(snippet(editor, 'inline')).to.contain('selected="mpp-3203"');
  });
});
