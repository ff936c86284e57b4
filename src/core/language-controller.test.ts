import { expect, fixture, html } from '@open-wc/testing';
import { configureLocalization, msg } from '@lit/localize';
import '../test-support/setup.js';
import { badge } from '../test-support/badge.js';
import { part, shadowText } from '../test-support/dom.js';
import { configureFeed, feedUrl, uniqueFeedName, until } from '../test-support/feeds.js';
import { cianjurFeed } from '../test-support/queue-documents.js';
import { findLanguageTag } from './language-controller.js';
import { localeFromTag } from './localization.js';
import type { MppQueueBadge } from '../queue-badge/queue-badge.js';

// The host app's msg (a live binding, replaced by configureLocalization), untyped so that
// our message extraction does not collect its ids.
const hostMsg = (template: string, options: { id: string }) =>
  (msg as (template: string, options: { id: string }) => string)(template, options);

let src: string;
before(async () => {
  const name = uniqueFeedName('lang');
  await configureFeed(name, { body: cianjurFeed });
  src = feedUrl(name);
});

const nowServingLabel = (el: Element) => shadowText(el, '.label');
const ready = (el: MppQueueBadge) => until(() => el.state === 'ready', 8000, 'ready');

describe('language resolution (contract §2)', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('maps tags: en… is English, anything else Indonesian, empty is unknown', () => {
    expect(['en', 'en-US', 'EN-gb', 'id', 'id-ID', 'jv', 'ms'].map(localeFromTag)).to.deep.equal([
      'en',
      'en',
      'en',
      'id',
      'id',
      'id',
      'id',
    ]);
    expect(localeFromTag('')).to.equal(undefined);
    expect(localeFromTag(null)).to.equal(undefined);
  });

  it('own lang wins over ancestors and <html lang>', async () => {
    document.documentElement.lang = 'en';
    const container = await fixture(
      html`<div lang="en"><mpp-queue-badge lang="id" src=${src}></mpp-queue-badge></div>`,
    );
    const el = container.querySelector('mpp-queue-badge')!;
    await ready(el);
    expect(nowServingLabel(el)).to.equal('Sedang dilayani');
  });

  it('takes the closest ancestor lang, across shadow roots', async () => {
    document.documentElement.lang = 'id';
    const outer = await fixture<HTMLElement>(html`<div lang="en"><section></section></div>`);
    const host = document.createElement('div');
    outer.querySelector('section')!.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<p><mpp-queue-badge src="${src}"></mpp-queue-badge></p>`;
    const el = shadow.querySelector('mpp-queue-badge')!;
    expect(findLanguageTag(el)).to.equal('en');
    await ready(el);
    expect(nowServingLabel(el)).to.equal('Now serving');
    // A lang inside the shadow root is closer still, and followed live.
    shadow.querySelector('p')!.lang = 'id';
    await until(
      () => nowServingLabel(el) === 'Sedang dilayani',
      2000,
      'Indonesian from shadow ancestor',
    );
  });

  it('falls back to <html lang>, then Indonesian, and follows changes live', async () => {
    document.documentElement.lang = 'en-US';
    const el = await badge({ src }, 'ready');
    expect(nowServingLabel(el)).to.equal('Now serving');
    document.documentElement.lang = 'id';
    await until(() => nowServingLabel(el) === 'Sedang dilayani', 2000, 'follows <html lang>');
    document.documentElement.removeAttribute('lang');
    await el.updateComplete;
    expect(part(el, 'base')!.getAttribute('lang')).to.equal('id');
    el.lang = 'en';
    await until(() => nowServingLabel(el) === 'Now serving', 2000, 'follows its own lang property');
    expect(el.getAttribute('lang')).to.equal('en');
  });

  it('renders the first frame in the right language (no flash of the other one)', async () => {
    const seen: string[] = [];
    const container = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    const el = document.createElement('mpp-queue-badge');
    el.setAttribute('src', '/feeds/test/never-configured-loading');
    container.append(el);
    await el.updateComplete;
    seen.push(shadowText(el, '.skeleton'));
    expect(seen).to.deep.equal(['Loading the queue…']);
  });

  it('two elements on one page each speak their own language', async () => {
    const container = await fixture<HTMLElement>(
      html`<div>
        <mpp-queue-badge lang="en" src=${src}></mpp-queue-badge>
        <mpp-queue-badge lang="id-ID" src=${src}></mpp-queue-badge>
      </div>`,
    );
    const [en, id] = container.querySelectorAll('mpp-queue-badge');
    await ready(en);
    await ready(id);
    expect([nowServingLabel(en), nowServingLabel(id)]).to.deep.equal([
      'Now serving',
      'Sedang dilayani',
    ]);
  });

  it('coexists with a host page that configures @lit/localize for itself', async () => {
    // The host app's own setup (one global locale, its own templates) …
    const { setLocale } = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['fr'],
      loadLocale: async () => ({ templates: { 'host.hello': 'Bonjour' } }),
    });
    await setLocale('fr');
    expect(hostMsg('Hello', { id: 'host.hello' })).to.equal('Bonjour');
    // … does not change ours, and ours does not change the host's.
    const id = await badge({ src, lang: 'id' }, 'ready');
    const en = await badge({ src, lang: 'en' }, 'ready');
    expect([nowServingLabel(id), nowServingLabel(en)]).to.deep.equal([
      'Sedang dilayani',
      'Now serving',
    ]);
    expect(hostMsg('Hello', { id: 'host.hello' })).to.equal('Bonjour');
  });
});
