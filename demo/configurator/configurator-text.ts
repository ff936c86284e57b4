// The configurator's own texts (a demo page, so a plain dictionary rather than the library's
// msg() catalogue).
export type Language = 'id' | 'en';

export const TEXT = {
  id: {
    widget: 'Widget',
    widgets: {
      'mpp-finder': 'Pencari MPP',
      'mpp-service-checklist': 'Daftar persyaratan',
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
    compact: 'Versi ringkas untuk kolom samping (sidebar)',
    compactNote:
      'Lima MPP per halaman, dan tanpa peta bila lebarnya kurang dari 480 px. Beri tinggi dengan CSS (misalnya height: 560px) agar daftarnya bergulir di dalamnya.',
    service: 'Layanan',
    feed: 'Alamat data antrean (URL)',
    format: 'Format data',
    feedService: 'Kode layanan (opsional)',
    sampleFeed: 'Pakai data antrean contoh',
    sampleFeedNote:
      'Data contoh hanya untuk mencoba. Untuk situs Anda, isi alamat data antrean MPP Anda sendiri.',
    appearance: 'Tampilan',
    language: 'Bahasa',
    languageAuto: 'Mengikuti halaman',
    theme: 'Tema warna',
    themes: {
      light: 'Terang',
      dark: 'Gelap',
      auto: 'Ikuti perangkat pengunjung',
    },
    color: 'Warna utama',
    contrastOk: (ratio: string) => `Kontras ${ratio}:1 dengan latar putih — memenuhi WCAG AA.`,
    contrastLow: (ratio: string) =>
      `Kontras hanya ${ratio}:1 dengan latar putih — kurang dari 4,5:1 (WCAG AA). Pilih warna yang lebih gelap agar mudah dibaca.`,
    darkContrastLow: (ratio: string) =>
      `Pada tema gelap, kontras warna ini hanya ${ratio}:1 dengan latar gelap — kurang dari 4,5:1. Pilih warna yang lebih terang, atau biarkan warna bawaan (setiap tema punya warnanya sendiri).`,
    preview: 'Pratinjau',
    snippets: 'Kode untuk disalin',
    scriptSnippet: 'Situs biasa: tempel di halaman (blok HTML Khusus)',
    npmSnippet: 'Pengembang: npm',
    shortcodeSnippet: 'WordPress dengan plugin MPP Widgets: kode pendek',
    loader: 'Sumber skrip',
    loaderUrl: 'Alamat skrip di server Anda (opsional)',
    cdnNote: (version: string) =>
      `Tanpa alamat sendiri, kode memuat mpp-widgets versi ${version} dari jsDelivr. Alamat itu baru berfungsi setelah versi ${version} terbit di npm. Sebelum itu, atau bila situs Anda hanya boleh memuat skrip dari server sendiri, salin folder dist/cdn/ ke server Anda dan isi alamat mpp-widgets.js di atas.`,
    selfHostedNote:
      'Kode memuat skrip dari alamat yang Anda isi. Pastikan folder chunks/ ikut tersalin di samping mpp-widgets.js.',
    copy: 'Salin',
    copied: 'Tersalin',
    selected: 'Kode sudah dipilih: tekan Ctrl+C untuk menyalin',
    noIntegrity:
      'Hash integritas (SRI dan import map) belum tersedia di server ini: jalankan npm run build agar kode menyertakannya.',
    importMapNote:
      'Tempel kode situs biasa utuh: import map (<script type="importmap">) harus berada sebelum skrip. Dengan itu peramban menolak berkas widget yang diubah di CDN, bukan hanya skrip pertama.',
  },
  en: {
    widget: 'Widget',
    widgets: {
      'mpp-finder': 'MPP finder',
      'mpp-service-checklist': 'Service checklist',
      'mpp-queue-badge': 'Queue badge',
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
    compact: 'Compact, for a sidebar',
    compactNote:
      'Five MPPs per page, and no map when narrower than 480 px. Give it a height with CSS (for example height: 560px) so its list scrolls inside.',
    service: 'Service',
    feed: 'Queue feed address (URL)',
    format: 'Feed format',
    feedService: 'Service code (optional)',
    sampleFeed: 'Use the sample queue feed',
    sampleFeedNote: 'Sample data, for trying only. On your site, use your own MPP’s queue feed.',
    appearance: 'Appearance',
    language: 'Language',
    languageAuto: 'Follow the page',
    theme: 'Colour theme',
    themes: {
      light: 'Light',
      dark: 'Dark',
      auto: 'Follow the visitor’s device',
    },
    color: 'Main colour',
    contrastOk: (ratio: string) => `Contrast ${ratio}:1 on white — meets WCAG AA.`,
    contrastLow: (ratio: string) =>
      `Contrast only ${ratio}:1 on white — below 4.5:1 (WCAG AA). Choose a darker colour so text stays readable.`,
    darkContrastLow: (ratio: string) =>
      `In the dark theme this colour has only ${ratio}:1 contrast on the dark background — below 4.5:1. Choose a lighter colour, or keep the default (each theme has its own).`,
    preview: 'Preview',
    snippets: 'Code to copy',
    scriptSnippet: 'Any site: paste into the page (Custom HTML block)',
    npmSnippet: 'Developers: npm',
    shortcodeSnippet: 'WordPress with the MPP Widgets plugin: shortcode',
    loader: 'Script source',
    loaderUrl: 'Script address on your server (optional)',
    cdnNote: (version: string) =>
      `Without an address of your own, the code loads mpp-widgets ${version} from jsDelivr. That address works only once version ${version} is published on npm. Until then, or if your site may load scripts only from its own server, copy the dist/cdn/ folder to your server and enter the address of its mpp-widgets.js above.`,
    selfHostedNote:
      'The code loads the script from the address you entered. Keep the chunks/ folder next to mpp-widgets.js.',
    copy: 'Copy',
    copied: 'Copied',
    selected: 'Code selected: press Ctrl+C to copy',
    noIntegrity:
      'No integrity hashes (SRI and import map) on this server yet: run npm run build for the snippet to include them.',
    importMapNote:
      'Paste the site snippet whole: the import map (<script type="importmap">) must come before the script. With it the browser refuses any widget file changed on the CDN, not only the first script.',
  },
} satisfies Record<Language, unknown>;
