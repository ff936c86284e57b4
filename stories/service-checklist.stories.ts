import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/service-checklist/index.js';

interface ChecklistArgs {
  service: string;
  src?: string;
  lang?: string;
  noPersist?: boolean;
  /** `heading-level`: 1–6, or empty for no headings (the default). */
  headingLevel?: number;
  theme?: 'light' | 'dark' | 'auto';
}

const meta: Meta<ChecklistArgs> = {
  title: 'Elements/mpp-service-checklist',
  component: 'mpp-service-checklist',
  args: { service: 'paspor-baru', noPersist: true },
  argTypes: {
    lang: { control: 'inline-radio', options: ['', 'id', 'en'] },
    headingLevel: { control: 'select', options: [undefined, 1, 2, 3, 4, 5, 6] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  // no-persist: ticking in Storybook does not leave anything in the designer's storage.
  render: (args) =>
    html`<mpp-service-checklist
      service=${args.service}
      src=${ifDefined(args.src)}
      lang=${ifDefined(args.lang || undefined)}
      heading-level=${ifDefined(args.headingLevel)}
      theme=${ifDefined(args.theme)}
      ?no-persist=${args.noPersist}
    ></mpp-service-checklist>`,
};
export default meta;

type Story = StoryObj<ChecklistArgs>;

const forService = (service: string, lang: string): Story => ({ args: { service, lang } });

/** Follows the toolbar's language. */
export const Default: Story = {};
export const PasporBaruIndonesian: Story = forService('paspor-baru', 'id');
export const PasporBaruEnglish: Story = forService('paspor-baru', 'en');
export const KtpElBaruIndonesian: Story = forService('ktp-el-baru', 'id');
export const KtpElBaruEnglish: Story = forService('ktp-el-baru', 'en');
export const KtpElHilangIndonesian: Story = forService('ktp-el-hilang', 'id');
export const KtpElHilangEnglish: Story = forService('ktp-el-hilang', 'en');
export const KtpElRusakIndonesian: Story = forService('ktp-el-rusak', 'id');
export const KtpElRusakEnglish: Story = forService('ktp-el-rusak', 'en');
export const KartuKeluargaBaruIndonesian: Story = forService('kartu-keluarga-baru', 'id');
export const KartuKeluargaBaruEnglish: Story = forService('kartu-keluarga-baru', 'en');
export const AktaKelahiranIndonesian: Story = forService('akta-kelahiran', 'id');
export const AktaKelahiranEnglish: Story = forService('akta-kelahiran', 'en');
export const SimPerpanjanganIndonesian: Story = forService('sim-perpanjangan', 'id');
export const SimPerpanjanganEnglish: Story = forService('sim-perpanjangan', 'en');
export const SkckBaruIndonesian: Story = forService('skck-baru', 'id');
export const SkckBaruEnglish: Story = forService('skck-baru', 'en');
export const NpwpAktivasiIndonesian: Story = forService('npwp-aktivasi', 'id');
export const NpwpAktivasiEnglish: Story = forService('npwp-aktivasi', 'en');
export const NibOssIndonesian: Story = forService('nib-oss', 'id');
export const NibOssEnglish: Story = forService('nib-oss', 'en');
export const BpjsKesehatanMandiriIndonesian: Story = forService('bpjs-kesehatan-mandiri', 'id');
export const BpjsKesehatanMandiriEnglish: Story = forService('bpjs-kesehatan-mandiri', 'en');
export const PbgIndonesian: Story = forService('pbg', 'id');
export const PbgEnglish: Story = forService('pbg', 'en');

/** `heading-level="2"`: the service name is an `h2`, its sections `h3`, the cases `h4`. */
export const WithHeadings: Story = { args: { service: 'paspor-baru', headingLevel: 2 } };
export const WithHeadingsEnglish: Story = {
  args: { service: 'kartu-keluarga-baru', headingLevel: 3, lang: 'en' },
};

/** On a page with a dark colour scheme, the checkboxes stay light and readable. */
export const OnDarkPage: Story = {
  args: { service: 'paspor-baru' },
  render: (args, context) =>
    html`<div style="color-scheme: dark; background: #121212; color: #e8e8e8; padding: 1rem">
      ${meta.render!(args, context)}
    </div>`,
};

/** `theme="dark"` on a dark page: dark surface, light text, dark native checkboxes. */
export const DarkIndonesian: Story = {
  args: { service: 'paspor-baru', theme: 'dark', lang: 'id' },
  render: OnDarkPage.render,
};
export const DarkEnglish: Story = {
  ...DarkIndonesian,
  args: { ...DarkIndonesian.args, lang: 'en' },
};

export const UnknownService: Story = { args: { service: 'tidak-ada' } };
export const InvalidCatalogue: Story = {
  args: { service: 'x', src: '/story-feeds/bad-catalog.json' },
};
export const CatalogueUnreachable: Story = {
  args: { service: 'x', src: '/story-feeds/error.json' },
};
export const Loading: Story = { args: { service: 'x', src: '/story-feeds/loading.json' } };
