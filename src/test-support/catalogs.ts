// Service catalogues (contract §6.2) used by the checklist tests.

export const testCatalog = {
  version: '2026-11-01',
  services: [
    {
      id: 'izin-contoh',
      agency: { id: 'DPMPTSP Kabupaten Contoh', en: 'Contoh Regency One-Stop Service' },
      name: { id: 'Izin contoh', en: 'Sample permit' },
      description: { id: 'Izin untuk pengujian.', en: 'A permit for testing.' },
      requirements: [
        { id: 'ktp', label: { id: 'KTP-el', en: 'Electronic ID card' }, form: 'asli' },
        { id: 'kk', label: { id: 'Kartu Keluarga', en: 'Family Card' }, form: 'fotokopi' },
        { id: 'foto', label: { id: 'Pasfoto', en: 'Photo' }, optional: true },
        {
          id: 'izin-ortu',
          label: { id: 'Surat izin orang tua', en: "Parents' consent letter" },
          form: 'asli+fotokopi',
          condition: {
            id: 'Jika pemohon berusia di bawah 17 tahun',
            en: 'If the applicant is under 17',
          },
        },
        {
          id: 'usia',
          label: { id: 'Berusia 17 tahun atau sudah menikah', en: 'Aged 17 or married' },
          form: 'syarat',
        },
      ],
      fee: { amount: 350000, currency: 'IDR' },
      duration: { id: '± 4 hari kerja', en: 'About 4 working days' },
      legalBasis: ['Perda Contoh 1/2026'],
      sources: [{ url: 'https://example.go.id/izin', kind: 'official' }],
      retrieved: '2026-11-01',
      confidence: 'high',
    },
    {
      id: 'izin-gratis',
      name: 'Izin gratis',
      requirements: [{ id: 'ktp', label: 'KTP-el', form: 'asli' }],
      fee: { amount: 0, currency: 'IDR' },
      sources: [{ url: 'javascript:alert(1)', kind: 'other' }],
      confidence: 'medium',
    },
  ],
};

/** The same catalogue, a later version: "kk" removed, "npwp" added. */
export const testCatalogV2 = {
  ...testCatalog,
  version: '2026-12-01',
  services: [
    {
      ...testCatalog.services[0],
      requirements: [
        ...testCatalog.services[0].requirements.filter((item) => item.id !== 'kk'),
        { id: 'npwp', label: { id: 'NPWP', en: 'Tax number' }, form: 'fotokopi' },
      ],
    },
  ],
};
