// "Near me" on an http site: browsers give no position to non-secure pages. The test page
// itself (http://localhost) IS a secure context, so the element is also run in a real
// non-secure page, http://insecure.test (mapped to this machine by the test browser).
import { expect } from '@open-wc/testing';
import '../test-support/setup.js';
import { part } from '../test-support/dom.js';
import { finderFixture, LOCAL_TILES, ready } from '../test-support/finder.js';
import { insecurePage } from '../test-support/insecure-page.js';
import { nearMeProblem } from './position-controller.js';

const FINDER = `<mpp-finder near-me no-map tile-url="${LOCAL_TILES}"></mpp-finder>`;

describe('"near me" and secure contexts', () => {
  it('decides from the page: insecure, no geolocation, or fine', () => {
    expect(nearMeProblem({ isSecureContext: false, hasGeolocation: true })).to.equal(
      'insecure-page',
    );
    expect(nearMeProblem({ isSecureContext: true, hasGeolocation: false })).to.equal(
      'no-geolocation',
    );
    expect(nearMeProblem({ isSecureContext: true, hasGeolocation: true })).to.equal(undefined);
  });

  it('on a secure page: the button, and no hint', async () => {
    const finder = await finderFixture({ 'near-me': true, 'no-map': true });
    finder.parentElement!.setAttribute('data-mpp-debug', '');
    await ready(finder);
    expect(finder.shadowRoot!.querySelector('.near-me')).not.to.equal(null);
    expect(part(finder, 'owner-hint')).to.equal(null);
  });

  it('on an http page: no button, and the console says why (Indonesian, then English)', async () => {
    const page = await insecurePage('/src/finder/index.ts', FINDER);
    try {
      await page.waitFor(
        (report) =>
          report.text.includes('MPP ditemukan') &&
          report.warnings.some((warning) => warning.includes('(EN)')),
        'the finder and its console hint',
      );
      const { secure, text, warnings } = page.report();
      expect(secure).to.equal(false);
      expect(text).not.to.contain('Terdekat dari saya');
      const line = warnings.find(
        (warning) => warning.startsWith('[mpp-widgets]') && warning.includes('https'),
      )!;
      expect(line).to.contain('Tombol "Terdekat dari saya" disembunyikan');
      expect(line).to.contain('(EN) The "Near me" button is hidden');
      // Visitors see no hint without the debug switch.
      expect(text).not.to.contain('Untuk pemilik situs');
    } finally {
      page.close();
    }
  });

  for (const [lang, hint] of [
    ['id', 'Untuk pemilik situs: Tombol "Terdekat dari saya" disembunyikan'],
    ['en', 'For the site owner: The "Near me" button is hidden'],
  ] as const) {
    it(`on an http page with ?mpp-debug: the owner's hint in the finder (${lang})`, async () => {
      const page = await insecurePage(
        '/src/finder/index.ts',
        FINDER.replace('<mpp-finder', `<mpp-finder lang="${lang}"`),
        'mpp-debug',
      );
      try {
        await page.waitFor((report) => report.text.includes(hint), 'the hint');
      } finally {
        page.close();
      }
    });
  }
});
