import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/finder/index.js';

interface FinderArgs {
  src?: string;
  patch?: string;
  holidays?: string;
  province?: string;
  service?: string;
  query?: string;
  selected?: string;
  view?: 'both' | 'map' | 'list';
  noMap?: boolean;
  nearMe?: boolean;
  center?: string;
  zoom?: number;
  /** Unset: the element's default, OpenStreetMap's tiles (the stories test serves local ones). */
  tileUrl?: string;
  tileAttribution?: string;
  height?: string;
  maxResults?: number;
  mapMinWidth?: number;
  allUrl?: string;
  theme?: 'light' | 'dark' | 'auto';
  /** Inline style of the finder itself: its width and height, as a sidebar gives them. */
  style?: string;
  /** Shown on a dark page (for the dark theme). */
  darkPage?: boolean;
  lang?: string;
}

const meta: Meta<FinderArgs> = {
  title: 'Elements/mpp-finder',
  component: 'mpp-finder',
  argTypes: {
    view: { control: 'inline-radio', options: ['both', 'map', 'list'] },
    lang: { control: 'inline-radio', options: ['', 'id', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  render: (args) => {
    const finder = html`<mpp-finder
      src=${ifDefined(args.src)}
      patch=${ifDefined(args.patch)}
      holidays=${ifDefined(args.holidays)}
      province=${ifDefined(args.province)}
      service=${ifDefined(args.service)}
      query=${ifDefined(args.query)}
      selected=${ifDefined(args.selected)}
      view=${ifDefined(args.view)}
      ?no-map=${args.noMap}
      ?near-me=${args.nearMe}
      center=${ifDefined(args.center)}
      zoom=${ifDefined(args.zoom)}
      tile-url=${ifDefined(args.tileUrl)}
      tile-attribution=${ifDefined(args.tileAttribution)}
      height=${ifDefined(args.height)}
      max-results=${ifDefined(args.maxResults)}
      map-min-width=${ifDefined(args.mapMinWidth)}
      all-url=${ifDefined(args.allUrl)}
      theme=${ifDefined(args.theme)}
      style=${ifDefined(args.style)}
      lang=${ifDefined(args.lang || undefined)}
    ></mpp-finder>`;
    return args.darkPage
      ? html`<div style="color-scheme: dark; background: #121212; padding: 1rem">${finder}</div>`
      : finder;
  },
};
export default meta;

type Story = StoryObj<FinderArgs>;

/** Every MPP in Indonesia (the bundled list, no `src`); follows the toolbar's language. */
export const National: Story = {};
export const NationalIndonesian: Story = { args: { lang: 'id' } };
export const NationalEnglish: Story = { args: { lang: 'en' } };

/** One province, by its Kemendagri code. */
export const ProvinceByCode: Story = { args: { province: '32' } };
/** The same province by name; the filter shows it selected. */
export const ProvinceByName: Story = { args: { province: 'Jawa Barat' } };

/** The list alone: Leaflet is never loaded. */
export const ListOnly: Story = { args: { noMap: true } };
export const ListOnlyEnglish: Story = { args: { noMap: true, lang: 'en' } };
/** The map alone. */
export const MapOnly: Story = { args: { view: 'map' } };

/** MPP Kabupaten Cianjur chosen (as after a click on its name or marker). */
export const Selected: Story = { args: { selected: 'mpp-3203' } };
export const SelectedInProvince: Story = { args: { selected: 'mpp-3203', province: '32' } };

/** What a visitor's search shows: MPP Kabupaten Cianjur, and Kota Bandung's on Jl. Cianjur. */
export const Search: Story = { args: { query: 'cianjur' } };

/**
 * In a 300 px sidebar with a height: list only (narrower than `map-min-width`, so Leaflet is
 * never fetched), five results at a time, the list scrolling inside, "Lihat semua MPP" below.
 */
export const CompactSidebar: Story = {
  args: {
    style: 'inline-size: 300px; block-size: 480px',
    maxResults: 5,
    allUrl: 'https://mpp.example.go.id/lokasi',
    lang: 'id',
  },
};
export const CompactSidebarEnglish: Story = {
  args: { ...CompactSidebar.args, lang: 'en' },
};

/** `theme="dark"` on a dark page: the map's tiles as they are, its controls dark. */
export const DarkIndonesian: Story = {
  args: { theme: 'dark', darkPage: true, query: 'cianjur', selected: 'mpp-3203', lang: 'id' },
};
export const DarkEnglish: Story = { args: { ...DarkIndonesian.args, lang: 'en' } };
export const DarkSidebar: Story = {
  args: { ...CompactSidebar.args, theme: 'dark', darkPage: true },
};

/** Nothing matches the search. */
export const EmptyIndonesian: Story = { args: { query: 'tidak ada yang cocok', lang: 'id' } };
export const EmptyEnglish: Story = { args: { query: 'tidak ada yang cocok', lang: 'en' } };

/** The "near me" button; the position is asked for only when it is pressed. */
export const NearMe: Story = { args: { nearMe: true } };
export const NearMeEnglish: Story = { args: { nearMe: true, lang: 'en' } };

/** A site's own document: one MPP per time zone, typical hours, open or closed right now. */
export const ThreeTimeZones: Story = { args: { src: '/story-feeds/finder-three-zones.json' } };
export const ThreeTimeZonesEnglish: Story = {
  args: { src: '/story-feeds/finder-three-zones.json', lang: 'en' },
};
/** Hours made up around the current time: "Buka sekarang", "Tutup" and "Hari ini tutup". */
export const OpenAndClosedIndonesian: Story = {
  args: { src: '/story-feeds/finder-open-and-closed.json', noMap: true, lang: 'id' },
};
export const OpenAndClosedEnglish: Story = {
  args: { src: '/story-feeds/finder-open-and-closed.json', noMap: true, lang: 'en' },
};

/**
 * Today a public holiday (a site calendar naming today, as a Pemda would for a regional
 * holiday): Cianjur's `PH off` says "Tutup — libur nasional (…)"; Makassar's and Jayapura's
 * hours do not mention holidays, so they say "MPP umumnya tutup; pastikan sebelum datang".
 */
export const HolidayToday: Story = {
  args: {
    src: '/story-feeds/finder-holiday-hours.json',
    holidays: '/story-feeds/finder-holiday-today.json',
    noMap: true,
    lang: 'id',
  },
};
export const HolidayTodayEnglish: Story = {
  args: { ...HolidayToday.args, lang: 'en' },
};

/**
 * A Pemda's patch on the bundled list: MPP Kabupaten Cianjur's address from a news report
 * (wartacianjurnews.com, 18 Feb 2026); the other MPPs as bundled.
 */
export const Patched: Story = {
  args: { patch: '/story-feeds/finder-patch.json', selected: 'mpp-3203', query: 'cianjur' },
};

/** The locations are still on their way (a document that never arrives). */
export const Loading: Story = { args: { src: '/story-feeds/loading.json' } };

/** The data server answers HTTP 500. */
export const ErrorServerIndonesian: Story = {
  args: { src: '/story-feeds/error.json', lang: 'id' },
};
export const ErrorServerEnglish: Story = { args: { src: '/story-feeds/error.json', lang: 'en' } };
/** The document is not a locations document (coordinates written [latitude, longitude]). */
export const ErrorInvalidDocument: Story = {
  args: { src: '/story-feeds/finder-swapped-coordinates.json' },
};
