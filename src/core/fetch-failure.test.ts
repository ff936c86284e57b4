// Failures that name their real cause, against the real test servers: a feed on another origin
// without CORS, a port nobody listens on, an HTML page, the browser offline, a SIOLA-Q feed
// given as `mpp`. Each checks what the visitor reads (no blaming their connection when it is
// the server), the `mpp-error` detail and the owner's hint (console; visible with the debug
// switch), in both languages.
import { expect, fixture, html } from '@open-wc/testing';
import '../test-support/setup.js';
import { expectAccessible } from '../test-support/axe.js';
import { badge, type BadgeOptions } from '../test-support/badge.js';
import { errorsDuring, part, shadowText } from '../test-support/dom.js';
import {
  configureFeed,
  feedStats,
  feedUrl,
  secondOriginFeedUrl,
  uniqueFeedName,
  until,
  type FeedConfig,
} from '../test-support/feeds.js';
import { siolaFeed, threeServicesFeed } from '../test-support/queue-documents.js';
import type { MppErrorDetail } from './events.js';
import { diagnoseFailedFetch } from './failure-probe.js';
import { isMixedContent, looksLikeHtml, mixedContentError } from './fetch-failure.js';
import type { MppQueueBadge } from '../queue-badge/queue-badge.js';
import { inLocale } from './localization.js';
import { causeHint } from './owner-hint-texts.js';

async function feed(config: FeedConfig, otherOrigin = false): Promise<string> {
  const name = uniqueFeedName('cause');
  await configureFeed(name, config);
  return otherOrigin ? secondOriginFeedUrl(name) : feedUrl(name);
}

/**
 * Console warnings written while `work` runs and until an owner hint was printed (`(EN)`
 * marks its English half): hint texts are loaded on demand, so they come a moment later.
 */
async function consoleDuring(work: () => Promise<unknown>, hint = true): Promise<string> {
  const lines: string[] = [];
  const realWarn = console.warn;
  console.warn = (...args: unknown[]) => lines.push(args.join(' '));
  try {
    await work();
    if (hint) await until(() => lines.some((line) => line.includes('(EN)')), 8000, 'owner hint');
  } finally {
    console.warn = realWarn;
  }
  return lines.join('\n');
}

/** The visible owner hint of `element`, once it is there. */
async function hintOf(element: HTMLElement, selector = '[part~=owner-hint]'): Promise<string> {
  await until(() => part(element, 'owner-hint') !== null, 8000, 'visible owner hint');
  return shadowText(element, selector);
}

/** A badge inside a container with `data-mpp-debug` (as the configurator's preview). */
async function debugBadge(options: BadgeOptions, state: string): Promise<MppQueueBadge> {
  const element = await badge(options);
  element.parentElement!.setAttribute('data-mpp-debug', '');
  element.requestUpdate();
  await until(() => element.state === state, 12000, `state ${state} (is ${element.state})`);
  await element.updateComplete;
  return element;
}

describe('failure causes', () => {
  it('CORS refused: names the header to add, and does not blame the visitor', async () => {
    const src = await feed({ body: threeServicesFeed, cors: false }, true);
    let errors: MppErrorDetail[] = [];
    let id!: MppQueueBadge;
    const log = await consoleDuring(async () => {
      errors = await errorsDuring(async () => {
        id = await badge({ src }, 'error');
        expect(shadowText(id, '[part~=error]')).to.contain(
          'Data tidak dapat dimuat dari server sumbernya.',
        );
        expect(shadowText(id, '[part~=error]')).not.to.contain('koneksi internet');
        const en = await badge({ src, lang: 'en' }, 'error');
        expect(shadowText(en, '[part~=error]')).to.contain(
          'The data could not be loaded from its server.',
        );
      });
    });
    await id.updateComplete;
    expect(part(id, 'owner-hint')).to.equal(null); // noted, but no debug switch
    expect(errors.map(({ code, cause }) => `${code} ${cause}`)).to.deep.equal([
      'network cors',
      'network cors',
    ]);
    expect(log).to.contain('network: Failed to fetch: the server does not allow this site');
    expect(log).to.contain('tidak mengizinkan situs ini membaca datanya (CORS)');
    expect(log).to.contain(
      `Tambahkan header "Access-Control-Allow-Origin: ${location.origin}" (atau "*")`,
    );
    expect(log).to.contain('(EN) The server 127.0.0.1:');
  });

  it('a failing feed is probed once per run of failures, not on every retry', async () => {
    const name = uniqueFeedName('probe-once');
    await configureFeed(name, { body: threeServicesFeed, cors: false });
    const src = await secondOriginFeedUrl(name);
    const causes: (string | undefined)[] = [];
    const listener = (event: Event) =>
      causes.push((event as CustomEvent<MppErrorDetail>).detail.cause);
    document.addEventListener('mpp-error', listener);
    try {
      const element = await badge({ src, interval: '5' });
      // The first failure: the poll and its no-cors probe. Then two retries, without probes.
      await until(() => causes.length >= 3, 30000, 'three failed polls');
      element.remove();
    } finally {
      document.removeEventListener('mpp-error', listener);
    }
    expect(causes.slice(0, 3)).to.deep.equal(['cors', 'cors', 'cors']);
    expect((await feedStats(name)).requests).to.equal(4);
  });

  for (const [lang, text] of [
    ['id', 'Untuk pemilik situs: Server 127.0.0.1:'],
    ['en', 'For the site owner: The server 127.0.0.1:'],
  ] as const) {
    it(`CORS refused: the owner's hint is shown with the debug switch (${lang})`, async () => {
      const src = await feed({ body: threeServicesFeed, cors: false }, true);
      const element = await debugBadge({ src, lang }, 'error');
      expect(await hintOf(element))
        .to.contain(text)
        .and.contain('Access-Control-Allow-Origin');
      await expectAccessible(element);
    });
  }

  it('an event stream refused by CORS is named as such too', async () => {
    const src = await feed({ body: threeServicesFeed, sse: true, cors: false }, true);
    const errors = await errorsDuring(async () => {
      const element = await debugBadge({ src, transport: 'sse', lang: 'en' }, 'error');
      expect(await hintOf(element)).to.contain('Access-Control-Allow-Origin');
    });
    expect(errors[0]).to.include({ code: 'network', cause: 'cors' });
  });

  it('a server nobody answers on is "unreachable", not the visitor\'s internet', async () => {
    const errors = await errorsDuring(async () => {
      const element = await debugBadge({ src: 'http://127.0.0.1:9/feed.json' }, 'error');
      expect(await hintOf(element)).to.contain('Server 127.0.0.1:9 tidak dapat dihubungi');
    });
    expect(errors[0]).to.include({ code: 'network', cause: 'unreachable' });
  });

  it('an HTML page with status 200 (a login page) is named as such', async () => {
    const src = await feed({
      raw: '<!doctype html><title>Masuk</title><form>…</form>',
      contentType: 'text/html; charset=utf-8',
    });
    const log = await consoleDuring(async () => {
      const errors = await errorsDuring(async () => {
        const element = await debugBadge({ src, lang: 'en' }, 'error');
        expect(shadowText(element, '[part~=error]')).to.contain(
          'The data is not in the expected format.',
        );
        expect(await hintOf(element)).to.contain(
          'The address gave an HTML page (a login or error page?) instead of JSON data',
        );
      });
      expect(errors[0]).to.include({ code: 'parse', cause: 'html' });
    });
    expect(log).not.to.contain('Not valid JSON');
    expect(log).to.contain('parse: The server sent an HTML page');
    expect(log).to.contain('Alamat ini memberikan halaman HTML');
  });

  it('JSON sent as text/html is still read', async () => {
    const src = await feed({ body: threeServicesFeed, contentType: 'text/html' });
    const element = await badge({ src, service: 'imigrasi' }, 'ready');
    expect(shadowText(element, '[part~=number]')).to.equal('B-003');
  });

  it('offline: the visitor is told to check their connection, the owner gets no hint', async () => {
    // The browser's own offline mode would also cut the test runner's connection: the signal
    // the library reads, `navigator.onLine`, is set instead, with a request that really fails.
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      const errors = await errorsDuring(async () => {
        const element = await debugBadge({ src: 'http://127.0.0.1:9/feed.json' }, 'error');
        expect(shadowText(element, '[part~=error]')).to.contain('Periksa koneksi internet Anda');
        // Hints arrive with their chunk: once it is loaded and the element updated, still none.
        await import('./owner-hint-texts.js');
        await element.updateComplete;
        expect(part(element, 'owner-hint')).to.equal(null);
      });
      expect(errors[0]).to.include({ code: 'network', cause: 'offline' });
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
  });

  it('tells the causes apart (decision functions)', async () => {
    expect(isMixedContent('http://antrean.example/q.json', 'https://mpp.example/')).to.equal(true);
    expect(isMixedContent('https://antrean.example/q.json', 'https://mpp.example/')).to.equal(
      false,
    );
    expect(isMixedContent('/q.json', 'https://mpp.example/')).to.equal(false);
    expect(isMixedContent('http://antrean.example/q.json', 'http://mpp.example/')).to.equal(false);
    expect(looksLikeHtml('text/html; charset=utf-8', '')).to.equal(true);
    expect(looksLikeHtml('application/json', '  <!DOCTYPE html>')).to.equal(true);
    expect(looksLikeHtml('application/json', '{"a":1}')).to.equal(false);
    expect(await diagnoseFailedFetch('https://any.example/', { online: false })).to.equal(
      'offline',
    );
  });
});

describe('mixed content', () => {
  // The test pages are served over http (no https server here), so an https page with an http
  // feed cannot be staged; the decision is covered above with the page URL given, and this
  // checks the error the element then reports.
  it('is reported as a network error with the https advice', () => {
    const error = mixedContentError('http://antrean.example/q.json');
    expect(error.code).to.equal('network');
    expect(error.details.cause).to.equal('mixed-content');
    expect(error.message).to.contain('an http address on an https page');
    const hint = causeHint('mixed-content', 'http://antrean.example/q.json');
    expect(inLocale('id', hint.text)).to.equal(
      'Halaman ini memakai https, tetapi alamat datanya http (http://antrean.example/q.json): peramban memblokirnya. Gunakan alamat https untuk data tersebut.',
    );
    expect(inLocale('en', hint.text)).to.contain('Use the https address of the data.');
  });
});

describe('SIOLA-Q feed without format="siola"', () => {
  for (const [lang, number, hint] of [
    ['id', 'A-024', 'berformat SIOLA-Q'],
    ['en', 'A-024', 'add format="siola"'],
  ] as const) {
    it(`is read as SIOLA-Q, with a hint to say so (${lang})`, async () => {
      const src = await feed({ body: siolaFeed });
      const log = await consoleDuring(async () => {
        const element = await debugBadge({ src, service: 'a', lang }, 'ready');
        expect(shadowText(element, '[part~=number]')).to.equal(number);
        expect(await hintOf(element)).to.contain(hint);
        await expectAccessible(element);
      });
      expect(log).to.contain('tambahkan format="siola"');
    });
  }

  it('says nothing once format="siola" is given', async () => {
    const src = await feed({ body: siolaFeed });
    const element = await debugBadge({ src, service: 'A', format: 'siola' }, 'ready');
    expect(part(element, 'owner-hint')).to.equal(null);
  });
});

describe('the badge service attribute', () => {
  it('matches ids and names in any case and spacing', async () => {
    const src = await feed({ body: threeServicesFeed });
    for (const written of ['IMIGRASI', ' Imigrasi ', 'imi_grasi', '\u201cimigrasi\u201d']) {
      const element = await badge({ src, service: written }, 'ready');
      expect(shadowText(element, '[part~=number]'), written).to.equal('B-003');
    }
  });

  it('an unknown one: the visitor sees which service is missing, the owner what would work', async () => {
    const src = await feed({ body: threeServicesFeed });
    const element = await debugBadge({ src, service: 'imigrsi', lang: 'en' }, 'error');
    expect(shadowText(element, '[part~=error]')).to.contain(
      'The service "imigrsi" is not in this queue feed.',
    );
    expect(await hintOf(element, '[part~=owner-hint] p')).to.equal(
      'For the site owner: service="imigrsi" names no service of this feed. Did you mean "imigrasi"?',
    );
    expect(shadowText(element, '.owner-hint-values')).to.equal(
      'dukcapil (Dukcapil), imigrasi (Imigrasi), samsat (Samsat)',
    );
    await expectAccessible(element);
  });
});

describe('the debug switch', () => {
  /** A badge with an owner hint, once the hint was noted (printed) and rendered or not. */
  const unknownService = async () => {
    const src = await feed({ body: threeServicesFeed });
    let element!: MppQueueBadge;
    await consoleDuring(async () => {
      element = await badge({ src, service: 'paspor' }, 'error');
    });
    await element.updateComplete;
    return element;
  };
  // The runner's own query (its session id) stays; the switch is added to it.
  const pageUrl = location.href;
  const withQuery = (extra: string) => {
    const url = new URL(pageUrl);
    for (const [name, value] of new URLSearchParams(extra)) url.searchParams.append(name, value);
    history.replaceState(null, '', url.href);
  };
  afterEach(() => {
    history.replaceState(null, '', pageUrl);
    document.documentElement.removeAttribute('data-mpp-debug');
  });

  it('is off by default', async () => {
    expect(part(await unknownService(), 'owner-hint')).to.equal(null);
  });

  for (const query of ['mpp-debug', 'mpp-debug=1', 'x=1&mpp-debug']) {
    it(`is on with ?${query} in the page URL`, async () => {
      withQuery(query);
      expect(part(await unknownService(), 'owner-hint')).not.to.equal(null);
    });
  }

  it('is off with ?mpp-debug=0', async () => {
    withQuery('mpp-debug=0');
    expect(part(await unknownService(), 'owner-hint')).to.equal(null);
  });

  it('is on with <html data-mpp-debug>', async () => {
    document.documentElement.setAttribute('data-mpp-debug', '');
    expect(part(await unknownService(), 'owner-hint')).not.to.equal(null);
  });

  it('is on inside an element marked data-mpp-debug only', async () => {
    const outside = await unknownService();
    const preview = await fixture<HTMLElement>(html`<div data-mpp-debug></div>`);
    preview.append(document.createElement('div'));
    const src = await feed({ body: threeServicesFeed });
    const inside = document.createElement('mpp-queue-badge');
    inside.setAttribute('src', src);
    inside.setAttribute('service', 'paspor');
    preview.firstElementChild!.append(inside);
    await until(() => part(inside, 'owner-hint') !== null, 8000, 'hint inside');
    expect(part(outside, 'owner-hint')).to.equal(null);
  });
});
