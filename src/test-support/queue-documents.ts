// Feed documents used by the badge tests.

export const cianjurFeed = {
  updatedAt: '2026-11-25T09:30:00+07:00',
  location: 'MPP Kabupaten Cianjur',
  status: 'open',
  services: [
    {
      id: 'dukcapil',
      name: { id: 'Kependudukan dan Pencatatan Sipil', en: 'Civil registry' },
      nowServing: 'A-023',
      counter: 'Loket 2',
      waiting: 12,
      counters: 3,
      averageServiceSeconds: 240,
      estimatedWaitSeconds: 960,
    },
  ],
};

/** The same feed with the next number called. */
export function withNowServing(number: string, counter = 'Loket 2') {
  return {
    ...cianjurFeed,
    services: [{ ...cianjurFeed.services[0], nowServing: number, counter }],
  };
}

export const threeServicesFeed = {
  location: { id: 'MPP Kota Contoh', en: 'Contoh City MPP' },
  status: 'open',
  services: [
    { id: 'dukcapil', name: 'Dukcapil', nowServing: 'A-010', waiting: 4, counters: 2 },
    { id: 'imigrasi', name: 'Imigrasi', nowServing: 'B-003', waiting: 6, counters: 1 },
    { id: 'samsat', name: 'Samsat', nowServing: null, counters: 0 },
  ],
};

/** SIOLA-Q `queue-status` (shape of shared/data/queue/siola-q-queue-status.example.json). */
export const siolaFeed = {
  services: [
    {
      id: 3,
      name: 'Disdukcapil',
      prefix: 'A',
      nextQueue: 'A-025',
      servingQueue: { number: 'A-024', counter: 'Loket 2' },
      activeCounters: 2,
      totalCounters: 2,
      status: 'serving',
    },
    {
      id: 7,
      name: 'Samsat',
      prefix: 'C',
      nextQueue: 'C-010',
      servingQueue: null,
      activeCounters: 1,
      totalCounters: 1,
      status: 'waiting',
    },
    {
      id: 9,
      name: 'Imigrasi',
      prefix: 'D',
      nextQueue: null,
      servingQueue: null,
      activeCounters: 0,
      totalCounters: 0,
      status: 'available',
    },
  ],
  servingQueues: [{ number: 'A-024', service: 'Disdukcapil', counter: 'Loket 2' }],
  availableCounters: [{ name: 'Loket 5', service: 'Samsat' }],
  timestamp: '2026-11-25T02:30:00.000000Z',
};
