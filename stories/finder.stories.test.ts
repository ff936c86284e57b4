// Every finder story renders the state it is named after, in its language, and passes axe.
// Map tiles come from the test server (`/tiles/…`, a blank PNG): no story reaches the internet.
import { expect, fixture } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import '../src/test-support/setup.js';
import { expectAccessible } from '../src/test-support/axe.js';
import { errorsDuring, part, shadowText } from '../src/test-support/dom.js';
import { until } from '../src/test-support/feeds.js';
import { LOCAL_TILES } from '../src/test-support/finder.js';
import type { MppErrorDetail } from '../src/core/events.js';
import type { MppFinder } from '../src/finder/finder.js';
import bundledHolidays from '../src/data/holidays.json';
import { readHolidayCalendar } from '../src/finder/holiday-calendar.js';
import { parseOpeningHours } from '../src/finder/opening-hours.js';
import { isOpenAt } from '../src/finder/opening-schedule.js';
import type { IndonesianTimeZone } from '../src/finder/time-zones.js';
import { installStoryFeeds } from './support/story-feeds.js';
import { threeZonesDocument } from './support/finder-feeds.js';
import meta, * as stories from './finder.stories.js';

installStoryFeeds();
const calendar = await readHolidayCalendar(bundledHolidays);

type Locale = 'id' | 'en';
type FinderState = 'ready' | 'empty' | 'error' | 'loading';

interface Expectation {
  state: FinderState;
  /** What the story must show once in that state (`locale`: the language it renders in). */
  check?: (finder: MppFinder, locale: Locale) => void | Promise<void>;
  /** Error code the story reports (`mpp-error`); none expected otherwise. */
  error?: MppErrorDetail['code'];
}

const text = (finder: MppFinder, selector?: string) => shadowText(finder, selector);
const items = (finder: MppFinder) => [...finder.shadowRoot!.querySelectorAll('[part~="item"]')];
const itemText = (finder: MppFinder, id: string) => text(finder, `[data-id="${id}"]`);
const statusOf = (finder: MppFinder, id: string) =>
  text(finder, `[data-id="${id}"] [part~="status"]`);

const counted = (count: number) => (finder: MppFinder, locale: Locale) => {
  expect(text(finder, '[part~="count"]')).to.equal(
    locale === 'en' ? `${count} MPP${count === 1 ? '' : 's'} found` : `${count} MPP ditemukan`,
  );
  expect(items(finder).length).to.equal(Math.min(count, 20));
};

const inProvince32 = (finder: MppFinder, locale: Locale) => {
  counted(24)(finder, locale);
  for (const item of items(finder)) expect(item.textContent).to.contain('Jawa Barat');
  expect(
    finder.shadowRoot!.querySelector<HTMLSelectElement>('[part~="controls"] select')!.value,
  ).to.equal('32');
};

const selectedCianjur = async (finder: MppFinder, locale: Locale) => {
  // The map draws Cianjur's own marker, selected, and says so.
  await until(() => !!finder.shadowRoot!.querySelector('.mpp-pin.selected'), 8000, 'selected pin');
  expect(
    finder.shadowRoot!.querySelector('.mpp-pin.selected')!.getAttribute('aria-label'),
  ).to.equal(
    locale === 'en'
      ? 'Mal Pelayanan Publik Kabupaten Cianjur (selected)'
      : 'Mal Pelayanan Publik Kabupaten Cianjur (dipilih)',
  );
  // The list shows it too, as the one pressed name.
  const pressed = [...finder.shadowRoot!.querySelectorAll('[part~="item-name"]')].filter(
    (button) => button.getAttribute('aria-pressed') === 'true',
  );
  expect(
    pressed.map((button) => button.closest('[data-id]')!.getAttribute('data-id')),
    'list items with aria-pressed="true"',
  ).to.deep.equal(['mpp-3203']);
  expect(pressed[0].textContent!.trim()).to.equal('Mal Pelayanan Publik Kabupaten Cianjur');
  expect(pressed[0].closest('[part~="item"]')!.classList.contains('selected')).to.equal(true);
};

const nothingMatches = (finder: MppFinder, locale: Locale) => {
  expect(text(finder, '[part~="empty"]')).to.equal(
    locale === 'en'
      ? 'No MPP matches. Try other words or choose all provinces.'
      : 'Tidak ada MPP yang cocok. Coba kata lain atau pilih semua provinsi.',
  );
  expect(items(finder)).to.have.length(0);
};

const nearMeButton = (finder: MppFinder, locale: Locale) => {
  const button = finder.shadowRoot!.querySelector('button.near-me');
  expect(button, 'near-me button').not.to.equal(null);
  expect(button!.textContent!.trim()).to.equal(locale === 'en' ? 'Near me' : 'Terdekat dari saya');
};

const zoneOf: Record<string, IndonesianTimeZone> = {
  'mpp-3203': 'Asia/Jakarta',
  'mpp-7371': 'Asia/Makassar',
  'mpp-9171': 'Asia/Jayapura',
};

/** Each MPP open or closed as its hours say right now, in its own time zone. */
const threeZones = (finder: MppFinder, locale: Locale) => {
  counted(3)(finder, locale);
  const now = new Date();
  for (const { properties } of threeZonesDocument.features) {
    const id = properties.id as string;
    const hours = parseOpeningHours(properties.openingHours as string);
    const open = isOpenAt(hours, now, zoneOf[id], calendar);
    const openText = locale === 'en' ? 'Open now' : 'Buka sekarang';
    // Closed, or on a holiday "Closed — …" / "… MPP umumnya tutup; pastikan sebelum datang".
    if (open) expect(statusOf(finder, id), id).to.equal(openText);
    else expect(statusOf(finder, id), id).to.match(/^(Closed|Tutup)\b|usually close|umumnya tutup/);
  }
  expect(itemText(finder, 'mpp-7371')).to.contain(
    locale === 'en' ? 'Makassar City Public Service Mall' : 'Mal Pelayanan Publik Kota Makassar',
  );
  expect(itemText(finder, 'mpp-7371')).to.contain(
    locale === 'en' ? 'approximate location' : 'perkiraan lokasi',
  );
};

const openAndClosed = (finder: MppFinder, locale: Locale) => {
  counted(3)(finder, locale);
  const en = locale === 'en';
  expect(statusOf(finder, 'mpp-3203')).to.equal(en ? 'Open now' : 'Buka sekarang');
  expect(itemText(finder, 'mpp-3203')).to.match(
    en ? /Closes at \d\d:\d\d WIB/ : /Tutup pukul \d\d\.\d\d WIB/,
  );
  expect(statusOf(finder, 'mpp-7371')).to.equal(en ? 'Closed' : 'Tutup');
  expect(itemText(finder, 'mpp-7371')).to.match(
    en ? /Opens (tomorrow )?at \d\d:\d\d WITA/ : /Buka (besok )?pukul \d\d\.\d\d WITA/,
  );
  expect(statusOf(finder, 'mpp-9171')).to.equal(en ? 'Closed' : 'Tutup');
  expect(itemText(finder, 'mpp-9171')).to.contain(en ? 'Closed today' : 'Hari ini tutup');
  expect(itemText(finder, 'mpp-9171')).to.contain(
    en ? 'Opens tomorrow at 08:00 WIT' : 'Buka besok pukul 08.00 WIT',
  );
};

const holidayToday = (finder: MppFinder, locale: Locale) => {
  counted(3)(finder, locale);
  const en = locale === 'en';
  expect(statusOf(finder, 'mpp-3203')).to.equal(
    en
      ? 'Closed — public holiday (Regional holiday (example))'
      : 'Tutup — libur nasional (Libur daerah (contoh))',
  );
  for (const id of ['mpp-7371', 'mpp-9171'])
    expect(statusOf(finder, id), id).to.match(
      en
        ? /— MPPs usually close; check before you go$/
        : /— MPP umumnya tutup; pastikan sebelum datang$/,
    );
};

const failed = (cause: { id: string; en: string }) => (finder: MppFinder, locale: Locale) => {
  expect(text(finder, '[part~="error"] .error-headline')).to.equal(
    locale === 'en'
      ? 'The MPP finder cannot be shown right now.'
      : 'Pencari MPP tidak dapat ditampilkan saat ini.',
  );
  expect(text(finder, '[part~="error"] .error-cause')).to.contain(cause[locale]);
  expect(part(finder, 'retry-button')!.textContent!.trim()).to.equal(
    locale === 'en' ? 'Try again' : 'Coba lagi',
  );
  expect(part(finder, 'map'), 'no map in the error state').to.equal(null);
};

/** 300 × 480 px, no map, five results, the list scrolling, the link to the full page. */
const compactSidebar = (finder: MppFinder, locale: Locale) => {
  const { width, height } = finder.getBoundingClientRect();
  expect([width, height]).to.deep.equal([300, 480]);
  expect(part(finder, 'map'), 'no map in a sidebar').to.equal(null);
  expect(items(finder)).to.have.length(5);
  const results = finder.shadowRoot!.querySelector('.results')!;
  expect(results.scrollHeight).to.be.greaterThan(results.clientHeight);
  expect(text(finder, '[part~="all-link"]')).to.equal(
    locale === 'en' ? 'See all MPPs' : 'Lihat semua MPP',
  );
};

const dark = (finder: MppFinder) => {
  expect(getComputedStyle(part(finder, 'base')!).backgroundColor).to.equal('rgb(21, 25, 30)');
  expect(getComputedStyle(finder).colorScheme).to.equal('dark');
};

const expected: Record<string, Expectation> = {
  National: { state: 'ready', check: counted(306) },
  NationalIndonesian: { state: 'ready', check: counted(306) },
  NationalEnglish: { state: 'ready', check: counted(306) },
  ProvinceByCode: { state: 'ready', check: inProvince32 },
  ProvinceByName: { state: 'ready', check: inProvince32 },
  ListOnly: {
    state: 'ready',
    check: (finder, locale) => {
      counted(306)(finder, locale);
      expect(part(finder, 'map'), 'no map area').to.equal(null);
    },
  },
  ListOnlyEnglish: {
    state: 'ready',
    check: (finder, locale) => {
      counted(306)(finder, locale);
      expect(part(finder, 'map'), 'no map area').to.equal(null);
    },
  },
  MapOnly: {
    state: 'ready',
    check: (finder) => {
      expect(finder.shadowRoot!.querySelector('.view-map')).not.to.equal(null);
      expect(getComputedStyle(finder.shadowRoot!.querySelector('.results')!).display).to.equal(
        'none',
      );
    },
  },
  Selected: { state: 'ready', check: selectedCianjur },
  SelectedInProvince: {
    state: 'ready',
    check: async (finder, locale) => {
      inProvince32(finder, locale);
      await selectedCianjur(finder, locale);
    },
  },
  Search: {
    state: 'ready',
    check: (finder, locale) => {
      counted(2)(finder, locale);
      expect(text(finder, '[part~="list"]')).to.contain('Kabupaten Cianjur');
      expect(text(finder, '[part~="list"]')).to.contain('Jalan Cianjur');
    },
  },
  EmptyIndonesian: { state: 'empty', check: nothingMatches },
  EmptyEnglish: { state: 'empty', check: nothingMatches },
  NearMe: { state: 'ready', check: nearMeButton },
  NearMeEnglish: { state: 'ready', check: nearMeButton },
  ThreeTimeZones: { state: 'ready', check: threeZones },
  ThreeTimeZonesEnglish: { state: 'ready', check: threeZones },
  OpenAndClosedIndonesian: { state: 'ready', check: openAndClosed },
  OpenAndClosedEnglish: { state: 'ready', check: openAndClosed },
  HolidayToday: { state: 'ready', check: holidayToday },
  HolidayTodayEnglish: { state: 'ready', check: holidayToday },
  Patched: {
    state: 'ready',
    check: async (finder, locale) => {
      await selectedCianjur(finder, locale);
      expect(itemText(finder, 'mpp-3203')).to.contain('Jl. Mangunsarkoro No. 165');
    },
  },
  Loading: {
    state: 'loading',
    check: (finder) => {
      expect(part(finder, 'skeleton'), 'skeleton').not.to.equal(null);
      expect(finder.shadowRoot!.querySelector('.leaflet-container'), 'map').to.equal(null);
    },
  },
  ErrorServerIndonesian: {
    state: 'error',
    error: 'http',
    check: failed({ id: 'HTTP 500', en: 'HTTP 500' }),
  },
  ErrorServerEnglish: {
    state: 'error',
    error: 'http',
    check: failed({ id: 'HTTP 500', en: 'HTTP 500' }),
  },
  CompactSidebar: { state: 'ready', check: compactSidebar },
  CompactSidebarEnglish: { state: 'ready', check: compactSidebar },
  DarkIndonesian: {
    state: 'ready',
    check: async (finder, locale) => {
      dark(finder);
      await selectedCianjur(finder, locale);
    },
  },
  DarkEnglish: {
    state: 'ready',
    check: async (finder, locale) => {
      dark(finder);
      await selectedCianjur(finder, locale);
    },
  },
  DarkSidebar: {
    state: 'ready',
    check: (finder, locale) => {
      dark(finder);
      compactSidebar(finder, locale);
    },
  },
  ErrorInvalidDocument: {
    state: 'error',
    error: 'schema',
    check: failed({ id: 'Data tidak sesuai format', en: 'not in the expected format' }),
  },
};

type StoryArgs = { lang?: string; noMap?: boolean; view?: string; tileUrl?: string };

/** Renders a story as Storybook does: inside the decorator's `lang` wrapper, local tiles. */
async function renderStory(story: unknown, toolbarLocale: Locale) {
  const args: StoryArgs = {
    ...meta.args,
    ...(story as { args?: StoryArgs }).args,
    tileUrl: LOCAL_TILES,
  };
  const locale = (args.lang || toolbarLocale) as Locale;
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${locale} style="max-width: 40rem">
      ${meta.render!(args as never, {} as never) as TemplateResult}
    </div>`,
  );
  const finder = wrapper.querySelector('mpp-finder')!;
  return { finder, args, locale };
}

/** The map, when the story shows one, has loaded (with markers, if any) on local tiles only. */
async function expectLocalMap(finder: MppFinder, withMarkers: boolean) {
  const root = finder.shadowRoot!;
  await until(() => !!root.querySelector('.leaflet-container'), 8000, 'map');
  if (withMarkers) {
    await until(() => !!root.querySelector('.mpp-pin, .mpp-cluster'), 8000, 'markers');
  }
  await until(() => root.querySelectorAll('img.leaflet-tile').length > 0, 8000, 'tiles');
  for (const tile of root.querySelectorAll<HTMLImageElement>('img.leaflet-tile')) {
    expect(tile.src.startsWith(`${location.origin}/tiles/`), tile.src).to.equal(true);
  }
}

// While the locations load, Leaflet waits: it would share a slow line with them.
const hasMap = ({ noMap, view }: StoryArgs, state: FinderState) =>
  !noMap && view !== 'list' && state !== 'error' && state !== 'loading';

function expectNoInternet() {
  const foreign = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /^https?:/.test(name) && new URL(name).origin !== location.origin);
  expect(foreign, 'requests that left the test server').to.deep.equal([]);
}

describe('finder stories', () => {
  const named = Object.entries(stories).filter(([name]) => name !== 'default');

  it('has an expectation for every story', () => {
    expect(named.map(([name]) => name).sort()).to.deep.equal(Object.keys(expected).sort());
  });

  for (const [name, story] of named) {
    const { state, check, error } = expected[name] ?? { state: 'ready' };
    it(`${name} renders in state ${state}`, async () => {
      let rendered!: Awaited<ReturnType<typeof renderStory>>;
      const errors = await errorsDuring(async () => {
        rendered = await renderStory(story, 'id');
        const { finder } = rendered;
        await until(() => finder.state === state, 8000, `${name}: ${state} (is ${finder.state})`);
        if (state === 'loading') {
          // The request is on its way (the story's feed never answers) and the view is drawn.
          await finder.updateComplete;
          expect(finder.state).to.equal('loading');
        }
        // A finder narrower than map-min-width is a list, whatever its view.
        const wideEnough = finder.offsetWidth >= finder.mapMinWidth;
        if (hasMap(rendered.args, state) && wideEnough) {
          await expectLocalMap(finder, state === 'ready');
        }
      });
      const { finder, locale } = rendered;
      expect(finder.locale).to.equal(locale);
      expect(
        errors.map((detail) => detail.code),
        `mpp-error: ${errors.map((detail) => detail.message).join(' | ')}`,
      ).to.deep.equal(error ? [error] : []);
      await check?.(finder, locale);
      // axe's target-size included: markers and clusters never overlap below 24 × 24 px.
      await expectAccessible(finder);
      expectNoInternet();
    });
  }

  it('National follows the toolbar language (English)', async () => {
    const { finder, locale } = await renderStory(stories.National, 'en');
    expect(locale).to.equal('en');
    await until(() => finder.state === 'ready', 8000, 'ready');
    counted(306)(finder, 'en');
    expect(
      finder.shadowRoot!.querySelector('[part~="search"]')!.getAttribute('placeholder'),
    ).to.equal('Search MPP, regency/city, or address');
  });
});
