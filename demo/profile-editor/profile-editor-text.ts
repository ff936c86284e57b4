// The profile editor's own texts, as the configurator's (configurator-text.ts): a demo page, so
// a plain dictionary per language rather than the library's msg() catalogue.
import type { Language } from '../configurator/configurator-text.js';
import type { ExceptionProblem, RangeProblem } from './hours-form.js';
import type { PositionProblem } from './position.js';
import type { RequestWords } from './profile-patch.js';

const FIELDS_ID = {
  address: 'Alamat',
  phone: 'Telepon',
  website: 'Situs web',
  services: 'Layanan',
  openingHours: 'Jam layanan',
  position: 'Lokasi (lintang, bujur)',
};

const FIELDS_EN = {
  address: 'Address',
  phone: 'Phone',
  website: 'Website',
  services: 'Services',
  openingHours: 'Opening hours',
  position: 'Position (latitude, longitude)',
};

export const EDITOR_TEXT = {
  id: {
    chooseLegend: 'Pilih MPP',
    filter: 'Cari di daftar (nama, kabupaten/kota, atau provinsi)',
    mpp: 'MPP',
    matches: (count: number) => `${count} MPP cocok`,
    contactLegend: 'Alamat dan kontak',
    fields: FIELDS_ID,
    emptyNote: 'Kolom yang dikosongkan tidak diubah.',
    servicesLegend: 'Layanan di MPP ini',
    hoursLegend: 'Jam layanan',
    hoursMissing: 'Data belum memuat jam layanan MPP ini.',
    hoursUnreadable: (text: string) =>
      `Jam layanan di data (${text}) tidak dapat ditampilkan di formulir ini; isian baru akan menggantikannya.`,
    fillHours: 'Isi jam layanan',
    restoreHours: 'Kembalikan jam layanan semula',
    days: ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'],
    closed: 'Tutup',
    start: 'Mulai',
    end: 'Selesai',
    range: (n: number) => `Jam ke-${n}`,
    addRange: 'Tambah jam',
    breakHint:
      'Ada jam istirahat (mis. 12.00–13.00)? Isi jam sebelum istirahat, lalu “Tambah jam” untuk jam sesudahnya.',
    removeRange: (n: number, day: string) => `Hapus jam ke-${n} (${day})`,
    sameAs: (day: string) => `Samakan dengan ${day}`,
    holidaysLegend: 'Hari libur nasional',
    holidays: {
      closed: 'Tutup',
      usual: 'Sama seperti hari biasa',
      own: 'Jam khusus',
      unset: 'Tidak disebutkan (pengunjung diminta memastikan)',
    },
    usualNotWritable:
      'Jam hari biasa berbeda-beda, sehingga “sama seperti hari biasa” tidak dapat dituliskan. Pilih “Jam khusus” atau “Tutup”.',
    datesLegend: 'Tanggal khusus (tutup atau jam berbeda)',
    date: 'Tanggal',
    dateTo: 'Sampai tanggal (opsional)',
    dateClosed: 'Tutup sepanjang hari',
    addDate: 'Tambah tanggal',
    removeDate: (n: number) => `Hapus tanggal ke-${n}`,
    dateEntry: (n: number) => `Tanggal ke-${n}`,
    rangeProblems: {
      incomplete: 'Isi jam mulai dan selesai.',
      empty: 'Jam mulai dan selesai sama.',
    } satisfies Record<RangeProblem, string>,
    dateProblems: {
      'no-date': 'Pilih tanggal.',
      backwards: 'Tanggal akhir sebelum tanggal awal.',
      'too-long': 'Paling lama satu tahun.',
    } satisfies Record<ExceptionProblem, string>,
    writtenAs: 'Ditulis dalam data sebagai',
    readsAs: 'Artinya',
    positionLegend: 'Lokasi di peta',
    positionHint:
      'Klik pintu masuk MPP di peta, atau tempel koordinat yang disalin dari aplikasi peta.',
    mapLabel: 'Peta: klik untuk menandai lokasi MPP. Geser dengan tombol panah.',
    useCentre: 'Pakai titik tengah peta',
    coordinates: 'Koordinat (lintang, bujur), mis. -6.82, 107.14',
    useCoordinates: 'Pakai koordinat',
    positionProblems: {
      format:
        'Tulis lintang lalu bujur dengan titik sebagai tanda desimal, dipisah koma, mis. -6.82, 107.14.',
      swapped:
        'Urutannya tertukar: tulis lintang dulu (sekitar -11 sampai 6), lalu bujur (sekitar 95 sampai 141).',
      outside: 'Koordinat ini di luar Indonesia. Periksa kembali.',
    } satisfies Record<PositionProblem, string>,
    positionNow: (text: string, exact: boolean) =>
      `Lokasi: ${text} (${exact ? 'tepat' : 'perkiraan'})`,
    positionMoved: 'Lokasi baru, ditandai tepat.',
    results: 'Hasil',
    previewNote:
      'Pratinjau hanya menampilkan provinsi MPP ini; kode di atas menampilkan seluruh daftar dengan MPP ini terpilih.',
    changes: 'Yang diubah',
    noChanges: 'Belum ada perubahan. Hanya data yang Anda ubah yang masuk ke koreksi.',
    inlineSnippet: 'Kode untuk situs Anda (koreksi di dalam kode)',
    fileSnippet: 'Atau: koreksi sebagai file .json di situs Anda',
    fileUrl: 'Alamat file itu di situs Anda',
    download: (name: string) => `Unduh ${name}`,
    fileNote:
      'Unggah file ke situs Anda di alamat di atas. Dari domain lain, server harus mengizinkan CORS.',
    request: 'Usulkan koreksi ke daftar bersama',
    openIssue: 'Buka laporan baru di GitHub dengan teks ini (tab baru)',
    requestNote:
      'Salin teks ini ke laporan (issue) proyek mpp-widgets atau surel ke pengelolanya, lalu lengkapi baris sumber.',
    announce: (count: number) => `Kode diperbarui: ${count} data diubah.`,
    requestWords: {
      title: (name: string, id: string) => `Koreksi data MPP: ${name} (${id})`,
      field: 'Data',
      before: 'Sekarang',
      after: 'Seharusnya',
      labels: FIELDS_ID,
      source: 'Sumber/kontak resmi:',
      role: 'Peran Anda (mis. petugas DPMPTSP Kabupaten …):',
      patch: 'Koreksi (patch JSON)',
    } satisfies RequestWords,
  },
  en: {
    chooseLegend: 'Choose the MPP',
    filter: 'Search the list (name, regency/city or province)',
    mpp: 'MPP',
    matches: (count: number) => `${count} ${count === 1 ? 'MPP matches' : 'MPPs match'}`,
    contactLegend: 'Address and contact',
    fields: FIELDS_EN,
    emptyNote: 'A field left empty is not changed.',
    servicesLegend: 'Services at this MPP',
    hoursLegend: 'Opening hours',
    hoursMissing: 'The data has no opening hours for this MPP yet.',
    hoursUnreadable: (text: string) =>
      `The opening hours in the data (${text}) cannot be shown in this form; new ones will replace them.`,
    fillHours: 'Fill in the opening hours',
    restoreHours: 'Back to the hours as they were',
    days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    closed: 'Closed',
    start: 'From',
    end: 'Until',
    range: (n: number) => `Hours ${n}`,
    addRange: 'Add hours',
    breakHint:
      'A break (e.g. 12:00–13:00)? Fill in the hours before it, then “Add hours” for the hours after it.',
    removeRange: (n: number, day: string) => `Remove hours ${n} (${day})`,
    sameAs: (day: string) => `Same as ${day}`,
    holidaysLegend: 'Public holidays',
    holidays: {
      closed: 'Closed',
      usual: 'Same as usual',
      own: 'Own hours',
      unset: 'Not said (visitors are asked to check)',
    },
    usualNotWritable:
      'The usual hours differ between days, so “same as usual” cannot be written. Choose “Own hours” or “Closed”.',
    datesLegend: 'Special dates (closed or different hours)',
    date: 'Date',
    dateTo: 'Until (optional)',
    dateClosed: 'Closed all day',
    addDate: 'Add a date',
    removeDate: (n: number) => `Remove date ${n}`,
    dateEntry: (n: number) => `Date ${n}`,
    rangeProblems: {
      incomplete: 'Fill in both times.',
      empty: 'Start and end are the same.',
    } satisfies Record<RangeProblem, string>,
    dateProblems: {
      'no-date': 'Choose a date.',
      backwards: 'The last day is before the first.',
      'too-long': 'A year at most.',
    } satisfies Record<ExceptionProblem, string>,
    writtenAs: 'Written in the data as',
    readsAs: 'Meaning',
    positionLegend: 'Position on the map',
    positionHint:
      'Click the MPP’s entrance on the map, or paste coordinates copied from a maps app.',
    mapLabel: 'Map: click to mark the MPP. Pan with the arrow keys.',
    useCentre: 'Use the map centre',
    coordinates: 'Coordinates (latitude, longitude), e.g. -6.82, 107.14',
    useCoordinates: 'Use coordinates',
    positionProblems: {
      format:
        'Write latitude then longitude with a decimal point, separated by a comma: -6.82, 107.14.',
      swapped:
        'The order is swapped: latitude first (about -11 to 6), then longitude (about 95 to 141).',
      outside: 'These coordinates are outside Indonesia. Please check them.',
    } satisfies Record<PositionProblem, string>,
    positionNow: (text: string, exact: boolean) =>
      `Position: ${text} (${exact ? 'exact' : 'approximate'})`,
    positionMoved: 'New position, marked exact.',
    results: 'Result',
    previewNote:
      'The preview shows this MPP’s province only; the code above shows the whole list with this MPP selected.',
    changes: 'Changed',
    noChanges: 'Nothing changed yet. Only what you change goes into the correction.',
    inlineSnippet: 'Code for your site (correction inside the code)',
    fileSnippet: 'Or: the correction as a .json file on your site',
    fileUrl: 'Address of that file on your site',
    download: (name: string) => `Download ${name}`,
    fileNote:
      'Upload the file to your site at the address above. From another domain, the server must allow CORS.',
    request: 'Propose the correction for the shared list',
    openIssue: 'Open a new GitHub issue with this text (new tab)',
    requestNote:
      'Copy this text into an issue of the mpp-widgets project or an e-mail to its maintainers, and fill in the source line.',
    announce: (count: number) =>
      `Code updated: ${count} ${count === 1 ? 'field' : 'fields'} changed.`,
    requestWords: {
      title: (name: string, id: string) => `MPP data correction: ${name} (${id})`,
      field: 'Field',
      before: 'Now',
      after: 'Should be',
      labels: FIELDS_EN,
      source: 'Official source/contact:',
      role: 'Your role (e.g. staff of the DPMPTSP of …):',
      patch: 'Correction (patch JSON)',
    } satisfies RequestWords,
  },
} satisfies Record<Language, unknown>;
