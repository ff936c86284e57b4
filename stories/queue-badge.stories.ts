import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/queue-badge/index.js';

interface BadgeArgs {
  src: string;
  format?: 'mpp' | 'siola';
  service?: string;
  transport?: 'poll' | 'sse';
  interval?: number;
  variant?: 'compact' | 'full';
  lang?: string;
  announce?: 'calls' | 'off';
  /** Width of the column the badge sits in (px), to review reflow; none: the canvas width. */
  width?: number;
  theme?: 'light' | 'dark' | 'auto';
  /** Shown on a dark page (for the dark theme). */
  darkPage?: boolean;
}

const meta: Meta<BadgeArgs> = {
  title: 'Elements/mpp-queue-badge',
  component: 'mpp-queue-badge',
  args: { src: '/story-feeds/one-service.json', variant: 'compact', interval: 15 },
  argTypes: {
    variant: { control: 'inline-radio', options: ['compact', 'full'] },
    format: { control: 'inline-radio', options: ['mpp', 'siola'] },
    transport: { control: 'inline-radio', options: ['poll', 'sse'] },
    lang: { control: 'inline-radio', options: ['', 'id', 'en'] },
    announce: { control: 'inline-radio', options: ['calls', 'off'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  render: (args) => {
    const badge = html`<mpp-queue-badge
      src=${args.src}
      format=${ifDefined(args.format)}
      service=${ifDefined(args.service)}
      transport=${ifDefined(args.transport)}
      interval=${ifDefined(args.interval)}
      variant=${ifDefined(args.variant)}
      lang=${ifDefined(args.lang || undefined)}
      announce=${ifDefined(args.announce)}
      theme=${ifDefined(args.theme)}
    ></mpp-queue-badge>`;
    if (args.darkPage) {
      return html`<div style="color-scheme: dark; background: #121212; padding: 1rem">
        ${badge}
      </div>`;
    }
    return args.width ? html`<div style="max-inline-size: ${args.width}px">${badge}</div>` : badge;
  },
};
export default meta;

type Story = StoryObj<BadgeArgs>;

/** Follows the toolbar's language; live numbers from the demo simulator. */
export const Live: Story = {};
export const LiveFull: Story = { args: { variant: 'full' } };
export const LiveIndonesian: Story = { args: { lang: 'id', variant: 'full' } };
export const LiveEnglish: Story = { args: { lang: 'en', variant: 'full' } };
export const SeveralServicesCompact: Story = { args: { src: '/story-feeds/live.json' } };
export const SeveralServicesFull: Story = {
  args: { src: '/story-feeds/live.json', variant: 'full' },
};
export const SiolaQFeed: Story = {
  args: { src: '/story-feeds/siola.json', format: 'siola', service: 'A', variant: 'full' },
};

export const LoadingIndonesian: Story = { args: { src: '/story-feeds/loading.json', lang: 'id' } };
export const LoadingEnglish: Story = { args: { src: '/story-feeds/loading.json', lang: 'en' } };
export const LoadingFull: Story = { args: { src: '/story-feeds/loading.json', variant: 'full' } };

/** Data is marked "not current" 15 s (3 × interval) after it arrived. */
export const StaleIndonesian: Story = {
  args: { src: '/story-feeds/stale.json', interval: 5, variant: 'full', lang: 'id' },
};
export const StaleEnglish: Story = {
  args: { src: '/story-feeds/stale.json', interval: 5, variant: 'full', lang: 'en' },
};

/** The second poll (after 5 s) fails: the last data stays, marked offline, retries back off. */
export const OfflineIndonesian: Story = {
  args: { src: '/story-feeds/offline.json', interval: 5, variant: 'full', lang: 'id' },
};
export const OfflineEnglish: Story = {
  args: { src: '/story-feeds/offline.json', interval: 5, variant: 'full', lang: 'en' },
};

export const ClosedIndonesian: Story = {
  args: { src: '/story-feeds/closed.json', variant: 'full', lang: 'id' },
};
export const ClosedEnglish: Story = {
  args: { src: '/story-feeds/closed.json', variant: 'full', lang: 'en' },
};
export const ClosedCompact: Story = { args: { src: '/story-feeds/closed.json' } };

export const ErrorIndonesian: Story = { args: { src: '/story-feeds/error.json', lang: 'id' } };
export const ErrorEnglish: Story = { args: { src: '/story-feeds/error.json', lang: 'en' } };
export const UnknownService: Story = { args: { src: '/story-feeds/live.json', service: 'pajak' } };

/**
 * The first badge on a page that announces shows the page-wide "pause queue announcements"
 * button (`aria-pressed`); press it to see the pressed state.
 */
export const PauseAnnouncementsButton: Story = { args: { lang: 'id' } };
export const PauseAnnouncementsButtonFull: Story = { args: { lang: 'en', variant: 'full' } };
/** `announce="off"`: says nothing to screen readers, shows no pause button. */
export const AnnounceOff: Story = { args: { announce: 'off', variant: 'full' } };

/** The longest texts ("Dijeda sementara", "± 67 menit", a long MPP name) in a 320 px column. */
export const NarrowLongTextsIndonesian: Story = {
  args: { src: '/story-feeds/paused-long.json', lang: 'id', width: 320 },
};
export const NarrowLongTextsFull: Story = {
  args: { src: '/story-feeds/paused-long.json', lang: 'id', variant: 'full', width: 320 },
};
export const NarrowLongTextsEnglish: Story = {
  args: { src: '/story-feeds/paused-long.json', lang: 'en', variant: 'full', width: 320 },
};

/** `theme="dark"` on a dark page, both variants. */
export const DarkFullIndonesian: Story = {
  args: { variant: 'full', theme: 'dark', darkPage: true, lang: 'id' },
};
export const DarkCompactEnglish: Story = {
  args: { variant: 'compact', theme: 'dark', darkPage: true, lang: 'en' },
};
