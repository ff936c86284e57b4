// What a screen reader hears from a page of badges (shared testing guide): every change of
// every live region on the page, recorded while a busy simulated feed runs for a minute.
// The minute is driven, not waited for: the page's announcer runs on a clock the test moves,
// and the feeds are event streams the test pushes the simulator's documents through.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../test-support/setup.js';
import { mppDocument, siolaDocument } from '../../scripts/queue-feeds/simulator.mjs';
import { badge } from '../test-support/badge.js';
import { part } from '../test-support/dom.js';
import {
  configureFeed,
  secondOriginFeedUrl,
  uniqueFeedName,
  until,
} from '../test-support/feeds.js';
import { drivenAnnouncer } from '../test-support/driven-announcer.js';
import { cianjurFeed, withNowServing } from '../test-support/queue-documents.js';
import type { MppQueueBadge } from './queue-badge.js';

/** The simulator's epoch: every service starts at number 001, the MPP is open for 200 s. */
const SIMULATOR_START_MS = Date.UTC(2026, 0, 1);
/** Simulated seconds per driven second: numbers every 3.5–6.5 s, a busy hour. */
const PACE = 2;

const TEXT = {
  id: {
    called: /^(.+): nomor ([A-D]-\d{3}) dipanggil ke (Loket \d)$/,
    offline: 'Antrean: koneksi terputus — menampilkan data terakhir',
    current: 'Antrean: data kembali terkini',
    stale: 'Antrean: data belum diperbarui',
  },
  en: {
    called: /^(.+): number ([A-D]-\d{3}) called to (Loket \d)$/,
    offline: 'Queue: connection lost — showing the last data',
    current: 'Queue: data up to date again',
    stale: 'Queue: data not current',
  },
};

/** The calls (number changes) in a sequence of `mpp` documents, per service prefix. */
function callsIn(documents: { at: number; numbers: string[] }[]) {
  const calls: { at: number; number: string }[] = [];
  documents.forEach(({ at, numbers }, i) => {
    if (i === 0) return;
    for (const number of numbers) {
      if (!documents[i - 1].numbers.includes(number)) calls.push({ at, number });
    }
  });
  return calls;
}

const numbersIn = (text: string) => text.match(/[A-D]-\d{3}/g) ?? [];
const sameService = (a: string, b: string) => a[0] === b[0];
const later = (a: string, b: string) => Number(a.slice(2)) >= Number(b.slice(2));

for (const [first, second] of [
  ['id', 'en'],
  ['en', 'id'],
] as const) {
  describe(`a page of 7 badges for a busy minute (${first}, then ${second})`, () => {
    let restoreLang = '';
    let driven: Awaited<ReturnType<typeof drivenAnnouncer>>;
    beforeEach(async () => {
      restoreLang = document.documentElement.lang;
      document.documentElement.lang = first;
      driven = await drivenAnnouncer();
    });
    afterEach(() => {
      driven.restore();
      document.documentElement.lang = restoreLang;
    });

    it('speaks each call once, named, paced, coalesced; pause, language and connection changes', async function () {
      this.timeout(90000);
      const { tick, heard } = driven;
      const names = ['all', 'sse', 'siola'].map((label) => uniqueFeedName(`transcript-${label}`));
      const documentAt = (second: number) => SIMULATOR_START_MS + second * 1000 * PACE;
      const push = (second: number) =>
        Promise.all([
          configureFeed(names[0], { body: mppDocument(documentAt(second)), sse: true }),
          configureFeed(names[1], { body: mppDocument(documentAt(second)), sse: true }),
          configureFeed(names[2], { body: siolaDocument(documentAt(second)), sse: true }),
        ]);
      await push(0);
      const [all, sse, siola] = await Promise.all(names.map((name) => secondOriginFeedUrl(name)));
      // The demo page's badges: a full card of every service, one compact badge per service,
      // an SSE card and a SIOLA-Q card (here all on event streams the test pushes).
      const container = await fixture<HTMLElement>(html`<div></div>`);
      const specs: Record<string, string>[] = [
        { src: all, variant: 'full' },
        ...['dukcapil', 'imigrasi', 'samsat', 'skck'].map((service) => ({ src: all, service })),
        { src: sse, service: 'dukcapil', variant: 'full' },
        { src: siola, format: 'siola', variant: 'full' },
      ];
      const badges = specs.map((attributes) => {
        const element = document.createElement('mpp-queue-badge');
        for (const [name, value] of Object.entries({ ...attributes, transport: 'sse' })) {
          element.setAttribute(name, value);
        }
        element.setAttribute('interval', '5');
        container.append(element);
        return element;
      });
      const updates = new Map<EventTarget, number>();
      container.addEventListener('mpp-queue-update', (event) =>
        updates.set(event.target!, (updates.get(event.target!) ?? 0) + 1),
      );
      await until(() => badges.every((b) => b.state === 'ready'), 10000, 'all badges ready');
      await until(() => badges.every((b) => updates.get(b) === 1), 5000, 'first data');

      const toggles = () => badges.map((b) => part(b, 'announce-toggle')).filter((t) => t !== null);
      expect(toggles(), 'one pause control on the page, in the first badge').to.have.length(1);
      expect(part(badges[0], 'announce-toggle')).to.not.equal(null);

      const documents = [{ at: 0, numbers: numbersIn(JSON.stringify(mppDocument(documentAt(0)))) }];
      const switchAt = 20_000;
      const [pauseAt, resumeAt] = [32_000, 42_000];
      for (let step = 1; step <= 60; step += 1) {
        const now = driven.clock.now();
        if (now === switchAt) {
          document.documentElement.lang = second;
          await Promise.all(badges.map((b) => b.updateComplete));
        }
        if (now === pauseAt || now === resumeAt) {
          (toggles()[0] as HTMLButtonElement).click();
          await badges[0].updateComplete;
          const pressed = now === pauseAt ? 'true' : 'false';
          expect(toggles()[0].getAttribute('aria-pressed')).to.equal(pressed);
        }
        await push(step);
        await until(
          () => badges.every((b) => updates.get(b) === step + 1),
          5000,
          `data of second ${step} in every badge`,
        );
        documents.push({
          at: now,
          numbers: numbersIn(JSON.stringify(mppDocument(documentAt(step)))),
        });
        tick(1000);
      }
      const minute = heard.length;
      tick(30_000); // what still waits is said
      const drained = heard.length;

      // The connection drops: one notice for the page, then one when it is back.
      await Promise.all(
        names.map((name) => configureFeed(name, { status: 503 }, { closeStreams: true })),
      );
      await until(() => badges.every((b) => b.state === 'offline'), 10000, 'all offline');
      tick(5000);
      await Promise.all(
        names.map((name, i) =>
          configureFeed(name, {
            status: 200,
            body: (i === 2 ? siolaDocument : mppDocument)(documentAt(60)),
            sse: true,
          }),
        ),
      );
      await until(() => badges.every((b) => b.state === 'ready'), 15000, 'all back');
      tick(5000);

      const transcript = heard.map((h) => `${(h.at / 1000).toFixed(2)} s [${h.langs}] ${h.text}`);
      console.log(
        `${minute} announcements in the driven minute (${drained} with the queue drained):\n${transcript.join('\n')}`,
      );

      // Nothing on first data; never the same words twice within 10 s; one every 2 s at most.
      expect(heard[0].at, 'nothing said for the first data').to.be.greaterThan(0);
      heard.forEach((h, i) => {
        const repeat = heard.find((o, j) => j < i && o.text === h.text && h.at - o.at < 10_000);
        expect(repeat, `"${h.text}" at ${h.at} repeated`).to.equal(undefined);
        if (i > 0) expect(h.at - heard[i - 1].at, `gap before "${h.text}"`).to.be.at.least(2000);
      });

      // Each part is a named call in the language of the page at the time, or a notice.
      const callsHeard = heard.filter((h) => h.at <= 90_000);
      for (const h of callsHeard) {
        const lang = h.at < switchAt ? first : second;
        expect(
          h.langs.every((l) => l === lang),
          `language of "${h.text}"`,
        ).to.equal(true);
        for (const spoken of h.parts) expect(spoken).to.match(TEXT[lang].called);
      }

      // Every call is said, or a later call of its service is said after it (coalesced).
      const notPaused = (at: number) => at < pauseAt || at >= resumeAt;
      for (const call of callsIn(documents).filter((c) => notPaused(c.at))) {
        const covered = heard.some(
          (h) =>
            h.at >= call.at &&
            notPaused(h.at) &&
            numbersIn(h.text).some((n) => sameService(n, call.number) && later(n, call.number)),
        );
        expect(covered, `call ${call.number} at ${call.at} said or coalesced`).to.equal(true);
      }

      // Nothing while paused (the announcements in flight were dropped), speech on resume.
      expect(heard.filter((h) => h.at >= pauseAt && h.at < resumeAt)).to.deep.equal([]);
      expect(heard.some((h) => h.at >= resumeAt && h.at < resumeAt + 5000)).to.equal(true);

      // The language switch repeats nothing said before it.
      const before = new Set(
        heard.filter((h) => h.at < switchAt).flatMap((h) => numbersIn(h.text)),
      );
      const after = heard.filter((h) => h.at >= switchAt).flatMap((h) => numbersIn(h.text));
      expect(
        after.filter((n) => before.has(n)),
        'repeated after the switch',
      ).to.deep.equal([]);

      // Offline and back: each said once for the whole page, in the page's language.
      const notices = heard.slice(drained).map((h) => h.text);
      expect(notices).to.deep.equal([TEXT[second].offline, TEXT[second].current]);
    });
  });
}

describe('badge announcements, one feed at a time', () => {
  let driven: Awaited<ReturnType<typeof drivenAnnouncer>>;
  beforeEach(async () => (driven = await drivenAnnouncer()));
  afterEach(() => driven.restore());

  async function sseBadge(attributes: Record<string, string>, body: unknown = cianjurFeed) {
    const name = uniqueFeedName('announce');
    await configureFeed(name, { body, sse: true });
    const src = await secondOriginFeedUrl(name);
    const el = (await badge({ src, transport: 'sse', ...attributes }, 'ready')) as MppQueueBadge;
    const send = async (document: unknown, number: string) => {
      await configureFeed(name, { body: document, sse: true });
      await until(() => el.shadowRoot!.textContent!.includes(number), 5000, number);
    };
    return { el, send };
  }

  it('names the service and says a number called again to another counter', async () => {
    const { send } = await sseBadge({ lang: 'en' });
    await send(withNowServing('A-024', 'Loket 1'), 'A-024');
    driven.tick(3000);
    await send(withNowServing('A-024', 'Loket 3'), 'Loket 3');
    driven.tick(10_000); // one service speaks at most once every 10 s
    expect(driven.heard.map((h) => h.text)).to.deep.equal([
      'Civil registry: number A-024 called to Loket 1',
      'Civil registry: number A-024 called again to Loket 3',
    ]);
  });

  it('pauses from the keyboard, page-wide, and stays paused through a language switch', async () => {
    const { el, send } = await sseBadge({ lang: 'id' });
    const other = await sseBadge({ lang: 'id' });
    const toggle = () => part(el, 'announce-toggle') as HTMLButtonElement;
    expect(part(other.el, 'announce-toggle'), 'one button for the page').to.equal(null);
    expect(toggle().textContent!.trim()).to.equal('Jeda pengumuman antrean');
    toggle().focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(toggle().getAttribute('aria-pressed')).to.equal('true');
    el.setAttribute('lang', 'en');
    await until(
      () => toggle().textContent!.trim() === 'Pause queue announcements',
      2000,
      'English label',
    );
    expect(toggle().getAttribute('aria-pressed')).to.equal('true');
    await send(withNowServing('A-031'), 'A-031');
    await other.send(withNowServing('A-032', 'Loket 5'), 'A-032');
    driven.tick(12_000);
    expect(driven.heard, 'nothing while paused').to.deep.equal([]);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle().getAttribute('aria-pressed')).to.equal('false');
    await send(withNowServing('A-033'), 'A-033');
    driven.tick(1000);
    expect(driven.heard.map((h) => h.text)).to.deep.equal([
      'Civil registry: number A-033 called to Loket 2',
    ]);
  });

  it('announce="off" says nothing and shows no pause control', async () => {
    const { el, send } = await sseBadge({ announce: 'off' });
    await send(withNowServing('A-030'), 'A-030');
    driven.tick(5000);
    expect(driven.heard).to.deep.equal([]);
    expect(part(el, 'announce-toggle')).to.equal(null);
  });

  it('announces stale data once per feed and language, and its return', async function () {
    this.timeout(40000);
    // Event streams that stay open and quiet: the data ages to stale (3 × 5 s).
    const feeds = await Promise.all(
      ['id', 'en'].map(async (lang) => {
        const name = uniqueFeedName(`stale-${lang}`);
        await configureFeed(name, { body: cianjurFeed, sse: true });
        return { name, src: await secondOriginFeedUrl(name), lang };
      }),
    );
    const common = { transport: 'sse', interval: '5' };
    const badges = await Promise.all([
      badge({ ...common, src: feeds[0].src, lang: 'id' }, 'ready'),
      badge({ ...common, src: feeds[0].src, lang: 'id', variant: 'full' }, 'ready'),
      badge({ ...common, src: feeds[1].src, lang: 'en' }, 'ready'),
    ]);
    await until(() => badges.every((b) => b.state === 'stale'), 25000, 'stale');
    driven.tick(5000);
    const heard = () => driven.heard.flatMap((h) => h.parts).sort();
    expect(heard()).to.deep.equal([TEXT.id.stale, TEXT.en.stale].sort());
    await Promise.all(
      feeds.map(({ name }) => configureFeed(name, { body: cianjurFeed, sse: true })),
    );
    await until(() => badges.every((b) => b.state === 'ready'), 5000, 'current again');
    driven.tick(10_000);
    expect(heard()).to.deep.equal(
      [TEXT.id.stale, TEXT.en.stale, TEXT.id.current, TEXT.en.current].sort(),
    );
  });
});
