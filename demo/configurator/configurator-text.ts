// The configurator's own texts (a demo page, so a plain dictionary rather than the library's
// msg() catalogue).
export type Language = 'id' | 'en';

export const TEXT = {
  id: {
    widget: 'Widget',
    widgets: {
      'mpp-finder': 'Pencari MPP',
      'mpp-service-checklist': 'Daftar persyaratan layanan',
      'mpp-queue-badge': 'Status antrean',
    },
    province: 'Provinsi',
    allProvinces: 'Semua provinsi',
    oneMpp: 'Pilih satu MPP (opsional)',
    none: 'Tidak ada',
    nearMe: 'Tombol “Terdekat dari saya”',
    nearMeHttpsOnly:
      'Tombol ini hanya muncul di situs yang memakai https: peramban tidak memberikan lokasi pengunjung kepada halaman http.',
    nearMeInsecurePage:
      'Halaman ini memakai http, jadi pratinjau tidak menampilkan tombol “Terdekat dari saya”: peramban hanya memberikan lokasi pengunjung kepada halaman https. Di situs Anda, tombol ini muncul bila situs memakai https.',
    noMap: 'Daftar saja, tanpa peta',
    service: 'Layanan',
    feed: 'Alamat data antrean (URL)',
    format: 'Format data',
    feedService: 'Kode layanan (opsional)',
    appearance: 'Tampilan',
    language: 'Bahasa',
    languageAuto: 'Mengikuti halaman',
    color: 'Warna utama',
    contrastOk: (ratio: string) => `Kontras ${ratio}:1 dengan latar putih — memenuhi WCAG AA.`,
    contrastLow: (ratio: string) =>
      `Kontras hanya ${ratio}:1 dengan latar putih — kurang dari 4,5:1 (WCAG AA). Pilih warna yang lebih gelap agar mudah dibaca.`,
    preview: 'Pratinjau',
    snippets: 'Kode untuk disalin',
    scriptSnippet: 'Situs biasa: tempel di halaman (blok HTML Khusus)',
    npmSnippet: 'Pengembang: npm',
    shortcodeSnippet: 'WordPress dengan plugin MPP Widgets: kode pendek',
    copy: 'Salin',
    copied: 'Tersalin',
    selected: 'Kode sudah dipilih: tekan Ctrl+C untuk menyalin',
    noIntegrity:
      'Hash integritas (SRI) belum tersedia di server ini: jalankan npm run build agar kode menyertakannya.',
  },
  en: {
    widget: 'Widget',
    widgets: {
      'mpp-finder': 'MPP finder',
      'mpp-service-checklist': 'Service requirements checklist',
      'mpp-queue-badge': 'Queue status',
    },
    province: 'Province',
    allProvinces: 'All provinces',
    oneMpp: 'One MPP (optional)',
    none: 'None',
    nearMe: '“Near me” button',
    nearMeHttpsOnly:
      'The button appears only on sites served over https: browsers give no visitor location to http pages.',
    nearMeInsecurePage:
      'This page is served over http, so the preview shows no “Near me” button: browsers give the visitor’s location only to https pages. On your site it appears when the site uses https.',
    noMap: 'List only, no map',
    service: 'Service',
    feed: 'Queue feed address (URL)',
    format: 'Feed format',
    feedService: 'Service code (optional)',
    appearance: 'Appearance',
    language: 'Language',
    languageAuto: 'Follow the page',
    color: 'Main colour',
    contrastOk: (ratio: string) => `Contrast ${ratio}:1 on white — meets WCAG AA.`,
    contrastLow: (ratio: string) =>
      `Contrast only ${ratio}:1 on white — below 4.5:1 (WCAG AA). Choose a darker colour so text stays readable.`,
    preview: 'Preview',
    snippets: 'Code to copy',
    scriptSnippet: 'Any site: paste into the page (Custom HTML block)',
    npmSnippet: 'Developers: npm',
    shortcodeSnippet: 'WordPress with the MPP Widgets plugin: shortcode',
    copy: 'Copy',
    copied: 'Copied',
    selected: 'Code selected: press Ctrl+C to copy',
    noIntegrity:
      'No integrity hash (SRI) on this server yet: run npm run build for the snippet to include it.',
  },
} satisfies Record<Language, unknown>;
