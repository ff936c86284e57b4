// A queue simulator for the demo: a few MPP services whose numbers advance every few
// seconds, with waiting counts that rise and fall and a feed status that is sometimes
// paused or closed. Everything is derived from the clock, so every request (poll or
// SSE) sees the same story without shared state.

const SERVICES = [
  {
    id: 'dukcapil',
    prefix: 'A',
    siolaId: 3,
    every: 7,
    counters: 3,
    average: 240,
    name: { id: 'Kependudukan dan Pencatatan Sipil', en: 'Civil registry' },
    siolaName: 'Disdukcapil',
  },
  {
    id: 'imigrasi',
    prefix: 'B',
    siolaId: 5,
    every: 11,
    counters: 2,
    average: 420,
    name: { id: 'Imigrasi (paspor)', en: 'Immigration (passports)' },
    siolaName: 'Imigrasi',
  },
  {
    id: 'samsat',
    prefix: 'C',
    siolaId: 7,
    every: 9,
    counters: 2,
    average: 300,
    name: { id: 'Samsat (pajak kendaraan)', en: 'Samsat (vehicle tax)' },
    siolaName: 'Samsat',
  },
  {
    id: 'skck',
    prefix: 'D',
    siolaId: 9,
    every: 13,
    counters: 1,
    average: 360,
    name: { id: 'SKCK (Polres)', en: 'Police certificate (SKCK)' },
    siolaName: 'Polres (SKCK)',
  },
];

/** Seconds per status cycle: open most of the time, then briefly paused, then closed. */
const CYCLE = 240;
const START = Date.UTC(2026, 0, 1) / 1000;

const pad = (n) => String(n).padStart(3, '0');

function statusAt(seconds) {
  const phase = seconds % CYCLE;
  if (phase < 200) return 'open';
  return phase < 220 ? 'paused' : 'closed';
}

function serviceAt(service, seconds) {
  const step = Math.floor((seconds - START) / service.every);
  const number = (step % 300) + 1;
  const waiting = 4 + ((step * 7 + service.every) % 17);
  return {
    number: `${service.prefix}-${pad(number)}`,
    next: `${service.prefix}-${pad(number + 1)}`,
    waiting,
    counter: `Loket ${1 + (step % service.counters)}`,
  };
}

/** The demo feed in format `mpp` at `now` (ms). */
export function mppDocument(now = Date.now(), location = 'MPP Kabupaten Contoh') {
  const seconds = Math.floor(now / 1000);
  const status = statusAt(seconds);
  return {
    updatedAt: new Date(seconds * 1000).toISOString(),
    location,
    status,
    services: SERVICES.map((service) => {
      const state = serviceAt(service, seconds);
      return {
        id: service.id,
        name: service.name,
        nowServing: status === 'closed' ? null : state.number,
        counter: state.counter,
        waiting: status === 'closed' ? 0 : state.waiting,
        counters: status === 'open' ? service.counters : 0,
        averageServiceSeconds: service.average,
      };
    }),
  };
}

/** The demo feed in SIOLA-Q's `queue-status` shape at `now` (ms). */
export function siolaDocument(now = Date.now()) {
  const seconds = Math.floor(now / 1000);
  const open = statusAt(seconds) === 'open';
  const services = SERVICES.map((service) => {
    const state = serviceAt(service, seconds);
    return {
      id: service.siolaId,
      name: service.siolaName,
      prefix: service.prefix,
      nextQueue: open ? state.next : null,
      servingQueue: open ? { number: state.number, counter: state.counter } : null,
      activeCounters: open ? service.counters : 0,
      totalCounters: service.counters,
      status: open ? 'serving' : 'available',
    };
  });
  return {
    services,
    servingQueues: services
      .filter((s) => s.servingQueue)
      .map((s) => ({
        number: s.servingQueue.number,
        service: s.name,
        counter: s.servingQueue.counter,
      })),
    availableCounters: [],
    timestamp: new Date(seconds * 1000).toISOString(),
  };
}
