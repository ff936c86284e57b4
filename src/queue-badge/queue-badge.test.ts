import { expect } from '@open-wc/testing';
import '../test-support/setup.js';
import { expectAccessible } from '../test-support/axe.js';
import { badge } from '../test-support/badge.js';
import { errorsDuring, nextEvent, part, shadowText } from '../test-support/dom.js';
import { drivenAnnouncer } from '../test-support/driven-announcer.js';
import { configureFeed, feedUrl, uniqueFeedName, until } from '../test-support/feeds.js';
import { cianjurFeed, siolaFeed, threeServicesFeed } from '../test-support/queue-documents.js';
import type { QueueUpdateDetail } from './queue-badge.js';

async function feedWith(body: unknown, label = 'badge'): Promise<string> {
  const name = uniqueFeedName(label);
  await configureFeed(name, { body });
  return feedUrl(name);
}

describe('<mpp-queue-badge> with one service', () => {
  it('shows the number, counter, waiting, estimate, status and age in Indonesian by default', async () => {
    const el = await badge({ src: await feedWith(cianjurFeed) }, 'ready');
    expect(shadowText(el, '[part~=now-serving]')).to.equal('Sedang dilayani A-023 Loket 2');
    expect(shadowText(el, '[part~=waiting]')).to.equal('12 orang menunggu');
    expect(shadowText(el, '[part~=estimate]')).to.equal('Perkiraan waktu tunggu sekitar 16 menit');
    expect(shadowText(el, '[part~=status]')).to.equal('Buka');
    expect(shadowText(el, '[part~=updated]')).to.match(
      /^(Baru saja diperbarui|Diperbarui \d+ detik yang lalu)$/,
    );
    expect(shadowText(el, '[part~=title]')).to.equal('Kependudukan dan Pencatatan Sipil');
    expect(el.getAttribute('status')).to.equal('open');
    expect(part(el, 'base')!.getAttribute('lang')).to.equal('id');
    await expectAccessible(el);
  });

  it('speaks English when its lang says so, with English plurals and units', async () => {
    const el = await badge({ src: await feedWith(cianjurFeed), lang: 'en-GB' }, 'ready');
    expect(shadowText(el, '[part~=now-serving]')).to.equal('Now serving A-023 Loket 2');
    expect(shadowText(el, '[part~=waiting]')).to.equal('12 people waiting');
    expect(shadowText(el, '[part~=estimate]')).to.equal('Estimated wait about 16 minutes');
    expect(shadowText(el, '[part~=status]')).to.equal('Open');
    expect(shadowText(el, '[part~=title]')).to.equal('Civil registry');
    expect(part(el, 'base')!.getAttribute('lang')).to.equal('en');
    await expectAccessible(el);
  });

  it('computes the estimate from waiting × average ÷ counters when the feed gives none', async () => {
    const service = { ...cianjurFeed.services[0], estimatedWaitSeconds: undefined, waiting: 1 };
    const el = await badge(
      { src: await feedWith({ ...cianjurFeed, services: [service] }), lang: 'en' },
      'ready',
    );
    expect(shadowText(el, '[part~=waiting]')).to.equal('1 person waiting');
    // 1 × 240 s ÷ 3 counters = 80 s ≈ 1 minute
    expect(shadowText(el, '[part~=estimate]')).to.equal('Estimated wait about 1 minute');
  });

  it('leaves out what the feed does not give instead of showing 0', async () => {
    const el = await badge(
      { src: await feedWith({ services: [{ id: 'x', nowServing: 'X-1' }] }) },
      'ready',
    );
    expect(part(el, 'waiting')).to.equal(null);
    expect(part(el, 'estimate')).to.equal(null);
    expect(part(el, 'status')).to.equal(null);
    expect(shadowText(el, '[part~=now-serving]')).to.equal('Sedang dilayani X-1');
  });

  it('says when nothing is being served and the place is closed, in both languages', async () => {
    const closed = { status: 'closed', services: [{ id: 'a', nowServing: null, waiting: 0 }] };
    const src = await feedWith(closed);
    const id = await badge({ src, variant: 'full' }, 'ready');
    expect(id.getAttribute('status')).to.equal('closed');
    expect(shadowText(id, '[part~=status]')).to.equal('Tutup');
    expect(shadowText(id, '[part~=now-serving]')).to.equal('Belum ada nomor yang dipanggil');
    await expectAccessible(id);
    const en = await badge({ src, variant: 'full', lang: 'en' }, 'ready');
    expect(shadowText(en, '[part~=status]')).to.equal('Closed');
    expect(shadowText(en, '[part~=now-serving]')).to.equal('No number called yet');
    await expectAccessible(en);
  });

  it('shows paused status', async () => {
    const el = await badge({ src: await feedWith({ ...cianjurFeed, status: 'paused' }) }, 'ready');
    expect(el.getAttribute('status')).to.equal('paused');
    expect(shadowText(el, '[part~=status]')).to.equal('Dijeda sementara');
  });

  it('fires mpp-queue-update with the normalized entry', async () => {
    const src = await feedWith(cianjurFeed);
    const update = nextEvent<QueueUpdateDetail>(document, 'mpp-queue-update');
    await badge({ src });
    const { detail } = await update;
    expect(detail.updatedAt).to.equal('2026-11-25T09:30:00+07:00');
    expect(detail.status).to.equal('open');
    expect(detail.entries).to.have.length(1);
    expect(detail.entries[0]).to.include({ id: 'dukcapil', nowServing: 'A-023', waiting: 12 });
  });

  it('shows markup in feed strings as text, never as HTML', async () => {
    const hostile = {
      location: '<img src=x onerror="window.__pwned=1">',
      services: [
        {
          id: 'x',
          name: '<b>bold</b>',
          nowServing: '<script>window.__pwned=1</script>',
          counter: '<i>2</i>',
        },
      ],
    };
    const el = await badge({ src: await feedWith(hostile), variant: 'full' }, 'ready');
    expect(el.shadowRoot!.querySelector('img, b, i, script')).to.equal(null);
    expect(shadowText(el, '[part~=number]')).to.equal('<script>window.__pwned=1</script>');
    expect(shadowText(el, '[part~=title]')).to.equal('<b>bold</b>');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});

describe('<mpp-queue-badge> while loading', () => {
  it('reserves its size and says it is loading, in both languages', async () => {
    const name = uniqueFeedName('loading');
    await configureFeed(name, { body: cianjurFeed, delayMs: 3000 });
    for (const [lang, text] of [
      ['id', 'Memuat data antrean…'],
      ['en', 'Loading the queue…'],
    ]) {
      for (const variant of ['compact', 'full']) {
        const el = await badge({ src: feedUrl(name), lang, variant });
        expect(el.state).to.equal('loading');
        expect(el.getAttribute('state'), 'reflected for styling').to.equal('loading');
        expect(shadowText(el, '[part~=skeleton]')).to.equal(text);
        expect(el.getBoundingClientRect().height).to.be.at.least(variant === 'full' ? 170 : 44);
        await expectAccessible(el);
      }
    }
  });
});

describe('<mpp-queue-badge> service selection', () => {
  it('matches service by id, then prefix, then name (case-insensitive)', async () => {
    const src = await feedWith(threeServicesFeed);
    expect(
      shadowText(await badge({ src, service: 'imigrasi' }, 'ready'), '[part~=number]'),
    ).to.equal('B-003');
    expect(
      shadowText(await badge({ src, service: 'DUKCAPIL' }, 'ready'), '[part~=number]'),
    ).to.equal('A-010');
    const siola = await feedWith(siolaFeed);
    expect(
      shadowText(
        await badge({ src: siola, format: 'siola', service: '3' }, 'ready'),
        '[part~=number]',
      ),
    ).to.equal('A-024');
    expect(
      shadowText(
        await badge({ src: siola, format: 'siola', service: 'c' }, 'ready'),
        '[part~=title]',
      ),
    ).to.equal('Samsat');
    expect(
      shadowText(
        await badge({ src: siola, format: 'siola', service: 'imigrasi' }, 'ready'),
        '[part~=title]',
      ),
    ).to.equal('Imigrasi');
  });

  it('reports an unknown service as not-found, in the element and as an event', async () => {
    const src = await feedWith(threeServicesFeed);
    let el!: HTMLElement;
    const errors = await errorsDuring(async () => {
      el = await badge({ src, service: 'pajak' }, 'error');
    });
    expect(errors.map((e) => e.code)).to.deep.equal(['not-found']);
    expect(shadowText(el, '[part~=error]')).to.contain(
      'Layanan "pajak" tidak ada dalam data antrean ini.',
    );
    await expectAccessible(el);
    const en = await badge({ src, service: 'pajak', lang: 'en' }, 'error');
    expect(shadowText(en, '[part~=error]')).to.contain(
      'The service "pajak" is not in this queue feed.',
    );
  });
});

describe('<mpp-queue-badge> with several services', () => {
  it('compact: sums the known waiting counts and counts the open services', async () => {
    const src = await feedWith(threeServicesFeed);
    const id = await badge({ src }, 'ready');
    expect(shadowText(id, '[part~=summary]')).to.equal('10 orang menunggu 2 dari 3 layanan dibuka');
    const en = await badge({ src, lang: 'en' }, 'ready');
    expect(shadowText(en, '[part~=summary]')).to.equal('10 people waiting 2 of 3 services open');
    expect(shadowText(en, '[part~=title]')).to.equal('Contoh City MPP');
    await expectAccessible(en);
  });

  it('full: lists up to five services, then "+N more"', async () => {
    const services = Array.from({ length: 7 }, (_, i) => ({
      id: `s${i}`,
      name: `Layanan ${i}`,
      nowServing: `A-${i}`,
      waiting: i,
    }));
    const src = await feedWith({ status: 'open', services });
    const el = await badge({ src, variant: 'full' }, 'ready');
    expect(el.shadowRoot!.querySelectorAll('[part~=service]')).to.have.length(5);
    expect(shadowText(el, '.more')).to.equal('+2 lainnya');
    await expectAccessible(el);
    const en = await badge({ src, variant: 'full', lang: 'en' }, 'ready');
    expect(shadowText(en, '.more')).to.equal('+2 more');
  });

  it('reads SIOLA-Q: open from active counters, next number, no waiting count', async () => {
    const src = await feedWith(siolaFeed);
    const el = await badge({ src, format: 'siola', variant: 'full', service: 'A' }, 'ready');
    expect(el.getAttribute('status')).to.equal('open');
    expect(shadowText(el, '[part~=now-serving]')).to.equal('Sedang dilayani A-024 Loket 2');
    expect(shadowText(el, '[part~=next]')).to.equal('Berikutnya: A-025');
    expect(part(el, 'waiting')).to.equal(null);
    const summary = await badge({ src, format: 'siola' }, 'ready');
    expect(shadowText(summary, '[part~=summary]')).to.equal('2 dari 3 layanan dibuka');
    await expectAccessible(el);
  });
});

describe('<mpp-queue-badge> errors', () => {
  const cases: [string, () => Promise<string>, string, string, string][] = [
    [
      'HTTP 500',
      async () => {
        const n = uniqueFeedName('e500');
        await configureFeed(n, { status: 500 });
        return feedUrl(n);
      },
      'http',
      'Server data mengalami gangguan (HTTP 500)',
      'The data server answered with an error (HTTP 500)',
    ],
    [
      'invalid JSON',
      async () => {
        const n = uniqueFeedName('bad');
        await configureFeed(n, { raw: '{"services": [' });
        return feedUrl(n);
      },
      'parse',
      'Data tidak sesuai format.',
      'The data is not in the expected format.',
    ],
    [
      'wrong schema',
      () => feedWith({ services: [{ id: 'a', waiting: 'many' }] }),
      'schema',
      'Data tidak sesuai format.',
      'The data is not in the expected format.',
    ],
    [
      'unreachable URL',
      async () => 'http://127.0.0.1:9/feed.json',
      'network',
      // Not the visitor's connection (the browser is online): the server is named instead.
      'Data tidak dapat dimuat dari server sumbernya.',
      'The data could not be loaded from its server.',
    ],
  ];
  for (const [label, makeSrc, code, idText, enText] of cases) {
    it(`${label}: localized message, mpp-error "${code}", console warning`, async () => {
      const src = await makeSrc();
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        let id!: HTMLElement;
        let en!: HTMLElement;
        const errors = await errorsDuring(async () => {
          id = await badge({ src }, 'error');
          en = await badge({ src, lang: 'en' }, 'error');
        });
        expect(errors.map((e) => e.code)).to.include(code);
        const idError = errors.find((e) => e.message.includes(idText));
        expect(idError, 'Indonesian mpp-error message').to.not.equal(undefined);
        expect(
          errors.some((e) => e.message.includes(enText)),
          'English mpp-error message',
        ).to.equal(true);
        expect(shadowText(id, '[part~=error]'))
          .to.contain('Data antrean tidak dapat ditampilkan saat ini.')
          .and.contain(idText);
        expect(shadowText(en, '[part~=error]'))
          .to.contain('The queue cannot be shown right now.')
          .and.contain(enText);
        expect(part(id, 'retry-button')).to.not.equal(null);
        expect(
          warnings.some((w) => w.startsWith(`[mpp-widgets] <mpp-queue-badge> ${code}:`)),
        ).to.equal(true);
        await expectAccessible(id);
        await expectAccessible(en);
      } finally {
        console.warn = warn;
      }
    });
  }

  it('lists schema problems with JSON paths in the event', async () => {
    const src = await feedWith({
      status: 'shut',
      services: [{ id: 'a', waiting: -1 }, { name: 'no id' }],
    });
    const errors = await errorsDuring(() => badge({ src }, 'error'));
    const paths = errors.find((e) => e.code === 'schema')!.issues!.map((issue) => issue.path);
    expect(paths).to.include.members(['$.status', '$.services[0].waiting', '$.services[1].id']);
  });

  it('times out a slow feed after the timeout property', async () => {
    const name = uniqueFeedName('slow');
    await configureFeed(name, { body: cianjurFeed, delayMs: 4000 });
    const errors = await errorsDuring(() =>
      badge({ src: feedUrl(name), timeout: '1000' }, 'error'),
    );
    expect(errors.map((e) => e.code)).to.include('timeout');
  });

  it('treats a missing src as an attribute error', async () => {
    let el!: HTMLElement;
    const errors = await errorsDuring(async () => {
      el = await badge({ src: '' }, 'error');
    });
    expect(errors.map((e) => e.code)).to.deep.equal(['attribute']);
    expect(shadowText(el, '[part~=error]')).to.contain(
      'Data antrean tidak dapat ditampilkan saat ini.',
    );
  });

  it('corrects invalid attributes to defaults with an attribute error', async () => {
    const src = await feedWith(cianjurFeed);
    let el!: HTMLElement & { interval: number; format: string; variant: string; transport: string };
    const errors = await errorsDuring(async () => {
      el = (await badge(
        { src, interval: '2', format: 'xml', variant: 'grid', transport: 'ws' },
        'ready',
      )) as never;
    });
    expect(errors.map((e) => e.code)).to.deep.equal([
      'attribute',
      'attribute',
      'attribute',
      'attribute',
    ]);
    expect([el.interval, el.format, el.variant, el.transport]).to.deep.equal([
      5,
      'mpp',
      'compact',
      'poll',
    ]);
    expect(shadowText(el, '[part~=number]')).to.equal('A-023');
  });

  it('treats a src that is not a URL as an attribute error, without throwing', async () => {
    let el!: HTMLElement;
    const errors = await errorsDuring(async () => {
      el = await badge({ src: 'http://' }, 'error');
    });
    expect(errors.map((e) => e.code)).to.deep.equal(['attribute']);
    expect(shadowText(el, '[part~=error]')).to.contain('Pengelola situs: ada pengaturan widget');
  });

  it('takes the nearest valid value: case, and intervals above the maximum', async () => {
    const src = await feedWith(cianjurFeed);
    const el = (await badge(
      { src, variant: 'FULL', interval: '99999', timeout: '500' },
      'ready',
    )) as HTMLElement & {
      variant: string;
      interval: number;
      timeout: number;
    };
    expect([el.variant, el.interval, el.timeout]).to.deep.equal(['full', 3600, 1000]);
  });

  it('follows runtime changes of service and src, without announcing the new first data', async () => {
    const first = await feedWith(threeServicesFeed);
    const driven = await drivenAnnouncer();
    const el = await badge({ src: first, service: 'imigrasi' }, 'ready');
    el.setAttribute('service', 'pajak');
    await until(() => el.state === 'error', 2000, 'unknown service at runtime');
    el.setAttribute('service', 'samsat');
    await until(() => el.state === 'ready', 2000, 'known service again');
    expect(shadowText(el, '[part~=title]')).to.equal('Samsat');
    const second = await feedWith(cianjurFeed);
    el.removeAttribute('service');
    el.setAttribute('src', second);
    await el.updateComplete;
    expect(el.state).to.be.oneOf(['loading', 'ready']);
    await until(() => shadowText(el, '[part~=number]') === 'A-023', 4000, 'new feed shown');
    driven.tick(15_000); // anything waiting is said within that
    driven.restore();
    expect(driven.heard).to.deep.equal([]);
  });

  it('recovers from a failed first request when the user presses "Try again"', async () => {
    const name = uniqueFeedName('retry');
    await configureFeed(name, { status: 503 });
    const el = await badge({ src: feedUrl(name), interval: '60' }, 'error');
    await configureFeed(name, { status: 200, body: cianjurFeed });
    (part(el, 'retry-button') as HTMLButtonElement).click();
    await until(() => el.state === 'ready', 4000, 'ready after retry');
    expect(shadowText(el, '[part~=number]')).to.equal('A-023');
  });
});
