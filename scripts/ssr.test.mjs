// Server rendering (README "Server rendering"): the npm entries, built as `npm run build` builds
// them, imported and rendered with @lit-labs/ssr in plain Node, in a fresh process per case.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { buildNpmEntries } from './ssr/build-npm.mjs';
import { renderInNode } from './ssr/render-in-node.mjs';

const ENTRIES = ['index.js', 'queue-badge.js', 'service-checklist.js', 'finder.js'];
let dist;

before(async () => {
  dist = await buildNpmEntries('node-test');
});

/** Renders one piece of markup with every element registered; fails on any browser global read. */
async function serverRender(markup) {
  const { touched, rendered, errors, warnings } = await renderInNode(dist, {
    entries: ['index.js'],
    markup: [markup],
  });
  assert.deepEqual(errors, []);
  assert.deepEqual(touched, [], `browser-only globals read on the server: ${touched}`);
  return { html: rendered[0], warnings };
}

/** The declarative shadow root of the first `tag` in `html`, without its styles and Lit's markers. */
function shadowText(html, tag) {
  const match = new RegExp(
    `<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">([\\s\\S]*?)</template>`,
  ).exec(html);
  assert.ok(match, `no declarative shadow root for <${tag}> in ${html.slice(0, 300)}`);
  return match[1]
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s+/g, ' ');
}

/** The text a visitor (or a screen reader) gets from server HTML: tags dropped. */
const visibleText = (shadow) =>
  shadow
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('importing the npm entries in Node', () => {
  for (const entry of ENTRIES) {
    it(`${entry} loads without reading window, document, CSS, localStorage…`, async () => {
      const { touched, errors } = await renderInNode(dist, { entries: [entry] });
      assert.deepEqual(errors, []);
      assert.deepEqual(touched, []);
    });
  }
});

const LANGUAGES = [
  { lang: 'en', attribute: ' lang="en"' },
  { lang: 'id', attribute: '' },
];

const EXPECTED = {
  en: {
    badge: 'Loading the queue…',
    checklist: 'Loading the checklist…',
    finder: ['Search', 'All provinces', 'Loading…'],
    placeholder: 'Search MPP, regency/city, or address',
  },
  id: {
    badge: 'Memuat data antrean…',
    checklist: 'Memuat daftar persyaratan…',
    finder: ['Cari', 'Semua provinsi', 'Memuat…'],
    placeholder: 'Cari MPP, kabupaten/kota, atau alamat',
  },
};

describe('rendering with @lit-labs/ssr', () => {
  for (const { lang, attribute } of LANGUAGES) {
    const expected = EXPECTED[lang];

    it(`<mpp-queue-badge> with an absolute src: the loading skeleton in ${lang}`, async () => {
      const { html, warnings } = await serverRender(
        `<mpp-queue-badge${attribute} src="https://antrean.example.go.id/feed.json" service="kependudukan"></mpp-queue-badge>`,
      );
      assert.match(html, /<mpp-queue-badge[^>]* state="loading"/);
      const shadow = shadowText(html, 'mpp-queue-badge');
      assert.match(shadow, /part="skeleton"/);
      assert.equal(visibleText(shadow), expected.badge);
      assert.doesNotMatch(shadow, /part="error"/);
      assert.equal(warnings, '');
    });

    it(`<mpp-queue-badge> with a relative src: no error (the browser resolves it), ${lang}`, async () => {
      const { html, warnings } = await serverRender(
        `<mpp-queue-badge${attribute} src="/antrean/feed.json"></mpp-queue-badge>`,
      );
      const shadow = shadowText(html, 'mpp-queue-badge');
      assert.equal(visibleText(shadow), expected.badge);
      assert.doesNotMatch(shadow, /part="error"/);
      assert.equal(warnings, '');
    });

    it(`<mpp-service-checklist>: the loading skeleton in ${lang} (the catalogue loads in the browser)`, async () => {
      const { html, warnings } = await serverRender(
        `<mpp-service-checklist${attribute} service="ktp-el"></mpp-service-checklist>`,
      );
      assert.match(html, /<mpp-service-checklist[^>]* state="loading"/);
      const shadow = shadowText(html, 'mpp-service-checklist');
      assert.match(shadow, /part="skeleton"/);
      assert.equal(visibleText(shadow), expected.checklist);
      assert.equal(warnings, '');
    });

    it(`<mpp-finder>: search, filters and the list's skeleton in ${lang}, no map yet`, async () => {
      const { html, warnings } = await serverRender(
        `<mpp-finder${attribute} near-me height="30rem" src="/data/mpp.geojson"></mpp-finder>`,
      );
      assert.match(html, /<mpp-finder[^>]* state="loading"/);
      const shadow = shadowText(html, 'mpp-finder');
      for (const text of expected.finder) assert.ok(visibleText(shadow).includes(text), text);
      assert.ok(shadow.includes(`placeholder="${expected.placeholder}"`));
      assert.match(shadow, /part="skeleton"/);
      assert.match(shadow, /class="button near-me"/);
      assert.match(shadow, new RegExp(`lang="${lang}"`));
      // The server knows no width: the list layout, and no Leaflet container to hydrate.
      assert.doesNotMatch(shadow, /class="map/);
      assert.doesNotMatch(shadow, /part="error"/);
      assert.equal(warnings, '');
    });
  }

  it('renders every element of one page in one pass, each in its own language', async () => {
    const { html } = await serverRender(
      '<main><mpp-finder lang="en"></mpp-finder>' +
        '<mpp-service-checklist service="ktp-el"></mpp-service-checklist>' +
        '<mpp-queue-badge lang="en" src="https://antrean.example.go.id/feed.json"></mpp-queue-badge></main>',
    );
    assert.ok(visibleText(shadowText(html, 'mpp-finder')).includes('All provinces'));
    assert.equal(visibleText(shadowText(html, 'mpp-service-checklist')), EXPECTED.id.checklist);
    assert.equal(visibleText(shadowText(html, 'mpp-queue-badge')), EXPECTED.en.badge);
  });

  it("the element's own lang counts on the server: an ancestor's is not visible to it", async () => {
    const { html } = await serverRender(
      '<div lang="en"><mpp-queue-badge src="https://antrean.example.go.id/feed.json"></mpp-queue-badge></div>',
    );
    assert.equal(visibleText(shadowText(html, 'mpp-queue-badge')), EXPECTED.id.badge);
  });

  it('a missing src is the same error as in the browser, localized, with the owner warning', async () => {
    const { html, warnings } = await serverRender('<mpp-queue-badge lang="en"></mpp-queue-badge>');
    assert.match(html, /<mpp-queue-badge[^>]* state="error"/);
    const shadow = shadowText(html, 'mpp-queue-badge');
    assert.match(shadow, /part="error"/);
    assert.ok(visibleText(shadow).startsWith('The queue cannot be shown right now.'));
    assert.match(warnings, /\[mpp-widgets\] <mpp-queue-badge> attribute: The src attribute/);
  });

  it('invalid attributes are corrected and reported on the server too, never thrown', async () => {
    const { html, warnings } = await serverRender(
      '<mpp-finder lang="en" view="sideways" theme="purple" max-results="0"></mpp-finder>',
    );
    assert.match(html, /<mpp-finder[^>]* theme="light"/);
    assert.ok(visibleText(shadowText(html, 'mpp-finder')).includes('Loading…'));
    assert.match(warnings, /Invalid theme="purple"/);
    assert.match(warnings, /Invalid view="sideways"/);
    assert.match(warnings, /Invalid max-results="0"/);
  });
});
