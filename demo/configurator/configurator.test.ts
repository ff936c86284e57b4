import { expect, fixture, html } from '@open-wc/testing';
import '../../src/test-support/setup.js';
import { expectAccessible } from '../../src/test-support/axe.js';
import { shadowText } from '../../src/test-support/dom.js';
import {
  configureFeed,
  secondOriginFeedUrl,
  uniqueFeedName,
  until,
} from '../../src/test-support/feeds.js';
import { insecurePage } from '../../src/test-support/insecure-page.js';
import { LOCAL_TILES } from '../../src/test-support/finder.js';
import '../../src/index.js';
import './snippet-configurator.js';
import type { SnippetConfigurator } from './snippet-configurator.js';
import { contrastRatio, elementMarkup, scriptSnippet, shortcode } from './snippets.js';

describe('snippets', () => {
  const finder = {
    tag: 'mpp-finder' as const,
    attributes: { province: '32', 'near-me': true, 'no-map': false, selected: '' },
  };

  it('writes the element with only the chosen attributes, values escaped', () => {
    expect(elementMarkup(finder)).to.equal('<mpp-finder province="32" near-me></mpp-finder>');
    expect(
      elementMarkup({ tag: 'mpp-queue-badge', attributes: { src: 'https://x/"><script>' } }),
    ).to.equal('<mpp-queue-badge src="https://x/&quot;>&lt;script>"></mpp-queue-badge>');
    expect(elementMarkup({ ...finder, primaryColor: '#7a1010' })).to.contain(
      'style="--mpp-color-primary: #7a1010"',
    );
  });

  it('pins the version, with an import map covering every file when the hashes are known', () => {
    const integrity = { 'mpp-widgets.js': 'sha384-loader', 'chunks/finder-abc.js': 'sha384-chunk' };
    const lines = scriptSnippet(finder, { version: '1.2.3', integrity }).split('\n');
    const base = 'https://cdn.jsdelivr.net/npm/mpp-widgets@1.2.3/dist/cdn/';
    const mapEnd = lines.indexOf('</script>');
    expect(lines[0]).to.equal('<script type="importmap">');
    expect(JSON.parse(lines.slice(1, mapEnd).join('\n'))).to.deep.equal({
      integrity: {
        [`${base}chunks/finder-abc.js`]: 'sha384-chunk',
        [`${base}mpp-widgets.js`]: 'sha384-loader',
      },
    });
    // The import map must come before the loader, or the browser ignores it.
    expect(lines[mapEnd + 1]).to.equal(
      `<script type="module" src="${base}mpp-widgets.js" integrity="sha384-loader" crossorigin="anonymous"></script>`,
    );
    const plain = scriptSnippet(finder, { version: '1.2.3' });
    expect(plain).not.to.contain('integrity');
    expect(plain).not.to.contain('importmap');
  });

  it("points at a self-hosted loader instead, without the published file's hash", () => {
    const release = { version: '1.2.3', integrity: { 'mpp-widgets.js': 'sha384-abc' } };
    expect(scriptSnippet(finder, release, '', ' /assets/mpp-widgets/mpp-widgets.js ')).to.equal(
      '<script type="module" src="/assets/mpp-widgets/mpp-widgets.js"></script>\n<mpp-finder province="32" near-me></mpp-finder>',
    );
    expect(scriptSnippet(finder, release, '', '/a"><script>')).to.contain(
      'src="/a&quot;>&lt;script>"',
    );
  });

  it('writes the WordPress shortcode the plugin reads', () => {
    expect(shortcode({ ...finder, primaryColor: '#7a1010' })).to.equal(
      '[mpp_finder province="32" near-me color="#7a1010"]',
    );
    expect(shortcode({ tag: 'mpp-queue-badge', attributes: { src: 'https://x/a"]b' } })).to.equal(
      '[mpp_queue_badge src="https://x/ab"]',
    );
  });

  it('computes WCAG contrast', () => {
    expect(contrastRatio('#ffffff', '#000000')).to.be.closeTo(21, 0.01);
    expect(contrastRatio('#767676', '#ffffff')).to.be.closeTo(4.54, 0.01);
    expect(contrastRatio('#0b57a4', '#ffffff')).to.be.greaterThan(4.5);
  });
});

describe('<snippet-configurator>', () => {
  const configurator = () =>
    fixture<SnippetConfigurator>(
      html`<snippet-configurator preview-tile-url=${LOCAL_TILES}></snippet-configurator>`,
    );
  const choose = async (element: SnippetConfigurator, name: string, value: string | boolean) => {
    const control = element.querySelector<HTMLInputElement>(
      `[name="${name}"]${typeof value === 'string' && name === 'tag' ? `[value="${value}"]` : ''}`,
    )!;
    if (control.type === 'checkbox' || control.type === 'radio') {
      control.checked = value === true || control.type === 'radio';
    } else {
      control.value = value as string;
    }
    control.dispatchEvent(new Event('change', { bubbles: true }));
    await element.updateComplete;
  };
  const snippet = (element: SnippetConfigurator, kind: string) =>
    element.querySelector(`.snippet[data-kind="${kind}"] code`)!.textContent!;

  it('updates the preview and every snippet as choices change', async () => {
    const element = await configurator();
    await choose(element, 'province', '32');
    await choose(element, 'selected', 'mpp-3203');
    const preview = element.querySelector('.preview-box mpp-finder')!;
    expect(preview.getAttribute('province')).to.equal('32');
    expect(preview.getAttribute('selected')).to.equal('mpp-3203');
    expect(preview.getAttribute('tile-url')).to.equal(LOCAL_TILES);
    expect(snippet(element, 'script')).to.contain(
      '<mpp-finder province="32" selected="mpp-3203" near-me></mpp-finder>',
    );
    expect(snippet(element, 'script')).not.to.contain('tile-url');
    expect(snippet(element, 'npm')).to.contain("import 'mpp-widgets/finder.js';");
    expect(snippet(element, 'shortcode')).to.equal(
      '[mpp_finder province="32" selected="mpp-3203" near-me]',
    );
    await choose(element, 'tag', 'mpp-service-checklist');
    await choose(element, 'service', 'skck-baru');
    expect(
      element.querySelector('.preview-box mpp-service-checklist')!.getAttribute('service'),
    ).to.equal('skck-baru');
    expect(snippet(element, 'shortcode')).to.equal('[mpp_service_checklist service="skck-baru"]');
    await expectAccessible(element);
  });

  it('offers the compact sidebar finder and the colour themes, in both languages', async () => {
    for (const language of ['id', 'en'] as const) {
      const element = await fixture<SnippetConfigurator>(
        html`<snippet-configurator
          language=${language}
          preview-tile-url=${LOCAL_TILES}
        ></snippet-configurator>`,
      );
      await choose(element, 'compact', true);
      expect(element.textContent).to.contain(language === 'id' ? 'kolom samping' : 'sidebar');
      expect(element.textContent).to.contain(
        language === 'id' ? 'Lima MPP per halaman' : 'Five MPPs per page',
      );
      await choose(element, 'theme', 'dark');
      const preview = element.querySelector('.preview-box mpp-finder')!;
      expect(preview.getAttribute('theme')).to.equal('dark');
      expect(preview.getAttribute('max-results')).to.equal('5');
      expect(snippet(element, 'script')).to.contain(
        '<mpp-finder near-me max-results="5" map-min-width="480" theme="dark"></mpp-finder>',
      );
      expect(snippet(element, 'shortcode')).to.equal(
        '[mpp_finder near-me max-results="5" map-min-width="480" theme="dark"]',
      );
      // The default blue is the theme's own; a dark chosen colour is unreadable on dark.
      expect(element.querySelectorAll('.contrast.warning')).to.have.length(0);
      await choose(element, 'color', '#1a237e');
      expect(element.querySelector('.contrast.warning')!.textContent).to.contain(
        language === 'id' ? 'latar gelap' : 'dark background',
      );
      await choose(element, 'theme', 'light');
      expect(snippet(element, 'script')).not.to.contain('theme=');
      expect(element.querySelectorAll('.contrast.warning')).to.have.length(0);
      await expectAccessible(element);
    }
  });

  it('says the CDN address needs a published version, and takes a self-hosted one', async () => {
    const element = await configurator();
    await until(() => element.querySelector('#loader-note')!.textContent!.includes('0.1.0'));
    expect(element.querySelector('#loader-note')!.textContent).to.contain(
      'baru berfungsi setelah versi 0.1.0 terbit di npm',
    );
    expect(snippet(element, 'script')).to.contain('mpp-widgets@0.1.0/dist/cdn/mpp-widgets.js');
    await choose(element, 'loaderUrl', '/assets/mpp-widgets/mpp-widgets.js');
    expect(snippet(element, 'script').split('\n')[0]).to.equal(
      '<script type="module" src="/assets/mpp-widgets/mpp-widgets.js"></script>',
    );
    expect(element.querySelector('#loader-note')!.textContent).to.contain('chunks/');
    element.language = 'en';
    await element.updateComplete;
    expect(element.querySelector('#loader-note')!.textContent).to.contain('chunks/ folder');
    await expectAccessible(element);
  });

  it('points the badge preview at the sample queue feed, in either format', async () => {
    const element = await configurator();
    await choose(element, 'tag', 'mpp-queue-badge');
    element.querySelector<HTMLButtonElement>('.sample-feed')!.click();
    await element.updateComplete;
    const badge = () =>
      element.querySelector<HTMLElement & { state: string }>('.preview-box mpp-queue-badge')!;
    const sample = new URL('/feeds/demo/mpp.json', location.href).href;
    expect(badge().getAttribute('src')).to.equal(sample);
    expect(snippet(element, 'script')).to.contain(`src="${sample}"`);
    expect(element.textContent).to.contain('Data contoh hanya untuk mencoba');
    await until(() => badge().state === 'ready');
    expect(shadowText(badge())).to.match(/orang menunggu/);
    await choose(element, 'format', 'siola');
    expect(badge().getAttribute('src')).to.equal(
      new URL('/feeds/demo/siola.json', location.href).href,
    );
    expect(badge().getAttribute('format')).to.equal('siola');
    await until(() => badge().state === 'ready');
    // The simulator behind /feeds/demo/ closes 40 s in every 240 s: either way, four services.
    expect(shadowText(badge())).to.match(/[04] dari 4 layanan dibuka/);
    await expectAccessible(element);
  });

  it('copies to the clipboard, or selects the code when the clipboard is refused', async () => {
    const element = await configurator();
    const button = element.querySelector<HTMLButtonElement>(
      '.snippet[data-kind="shortcode"] .copy',
    )!;
    const copies: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    const use = (writeText: (text: string) => Promise<void>) =>
      Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    try {
      use(async (text) => void copies.push(text));
      button.click();
      await until(() => button.textContent!.trim() === 'Tersalin');
      expect(copies).to.deep.equal([snippet(element, 'shortcode')]);
      use(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
      element.querySelector<HTMLButtonElement>('.snippet[data-kind="npm"] .copy')!.click();
      await until(() => element.textContent!.includes('tekan Ctrl+C'));
      expect(getSelection()!.toString()).to.equal(snippet(element, 'npm'));
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
  });

  it('warns below WCAG AA contrast, in Indonesian and in English', async () => {
    const element = await configurator();
    await choose(element, 'color', '#8fb8e0');
    expect(element.querySelector('.contrast')!.classList.contains('warning')).to.equal(true);
    expect(element.querySelector('.contrast')!.textContent).to.match(/kurang dari 4,5:1/);
    element.language = 'en';
    await element.updateComplete;
    expect(element.querySelector('.contrast')!.textContent).to.match(/below 4\.5:1/);
    await choose(element, 'color', '#7a1010');
    expect(element.querySelector('.contrast')!.classList.contains('warning')).to.equal(false);
    expect(snippet(element, 'script')).to.contain('--mpp-color-primary: #7a1010');
  });

  it('round trip: the copied snippet, pasted into a blank page, renders the same widget', async () => {
    const element = await configurator();
    for (const settings of [
      { tag: 'mpp-finder', province: '32', noMap: true },
      { tag: 'mpp-service-checklist', service: 'paspor-baru' },
    ]) {
      await choose(element, 'tag', settings.tag);
      if ('province' in settings) {
        await choose(element, 'province', settings.province ?? '');
        await choose(element, 'noMap', true);
        await choose(element, 'nearMe', false);
      } else {
        await choose(element, 'service', settings.service ?? '');
      }
      const preview = element.querySelector<HTMLElement & { state: string }>(
        `.preview-box ${settings.tag}`,
      )!;
      // Pasted as a webmaster would: the whole snippet into an empty page (the script tag
      // points at the CDN; the library is already loaded here, from this repository).
      const page = await fixture<HTMLElement>(html`<div></div>`);
      page.innerHTML = snippet(element, 'script');
      page.querySelector('script')!.remove();
      const pasted = page.querySelector<HTMLElement & { state: string }>(settings.tag)!;
      await until(() => pasted.state === 'ready' && preview.state === 'ready');
      expect(shadowText(pasted)).to.equal(shadowText(preview));
      expect(shadowText(pasted)).to.match(/24 MPP ditemukan|Paspor/);
    }
  });

  it('notes that "near me" needs https when it is ticked, in both languages', async () => {
    const element = await configurator();
    const note = () =>
      element.querySelector('[name="nearMe"]')!.closest('label')!.nextElementSibling;
    expect(note()!.textContent).to.contain('hanya muncul di situs yang memakai https');
    element.language = 'en';
    await element.updateComplete;
    expect(note()!.textContent).to.contain('appears only on sites served over https');
    await choose(element, 'nearMe', false);
    expect(note()?.classList.contains('note') ?? false).to.equal(false);
  });

  it('on an http page, says why the preview shows no "near me" button', async () => {
    const page = await insecurePage(
      '/demo/configurator/snippet-configurator.ts',
      `<snippet-configurator preview-tile-url="${LOCAL_TILES}"></snippet-configurator>`,
    );
    try {
      await page.waitFor(
        (report) =>
          report.text.includes(
            'Halaman ini memakai http, jadi pratinjau tidak menampilkan tombol “Terdekat dari saya”',
          ),
        'the note',
      );
      expect(page.report().secure).to.equal(false);
    } finally {
      page.close();
    }
  });

  it("shows the owner's hints in the preview: a feed refused by CORS", async () => {
    const element = await configurator();
    const name = uniqueFeedName('configurator');
    await configureFeed(name, { body: { services: [] }, cors: false });
    await choose(element, 'tag', 'mpp-queue-badge');
    await choose(element, 'feed', await secondOriginFeedUrl(name));
    const preview = element.querySelector<HTMLElement & { state: string }>(
      '.preview-box mpp-queue-badge',
    )!;
    await until(() => preview.state === 'error');
    await until(() => shadowText(preview).includes('Untuk pemilik situs'));
    expect(shadowText(preview, '[part~=owner-hint]')).to.contain(
      'Tambahkan header "Access-Control-Allow-Origin',
    );
    // The snippet carries no debug switch: the webmaster's visitors will not see the hint.
    expect(snippet(element, 'script')).not.to.contain('mpp-debug');
    await expectAccessible(element);
  });
});
