// Generators for every document format (contract §6, §7): valid documents, and the same
// documents mutated with hostile values (markup, control characters, huge strings, `1e999`,
// `-0`, long lists of bad entries). Used by the browser properties and, bundled, by the CLI's.
import fc from 'fast-check';
import type { DocumentType } from '../data-formats.js';
import { OPERATING_STATUSES } from '../finder/location-rules.js';

const HOSTILE_STRINGS = [
  '<img src=x onerror="window.__injected=1">',
  '<script>window.__injected=1</script>',
  'javascript:window.__injected=1',
  '\u001b[2J\u001b]0;title\u0007',
  '\n✓ valid',
  '\u202eevil',
  '',
  ' ',
];

/** Strings as data owners (and attackers) write them. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.nat({ max: 5000 }).map((n) => 'x'.repeat(n)) },
);

const localizedText = fc.oneof(
  fc.string({ minLength: 1, maxLength: 30 }),
  fc.record({ id: fc.string({ maxLength: 30 }), en: fc.string({ maxLength: 30 }) }),
  fc.record({ id: fc.string({ maxLength: 30 }) }),
  fc.record({ en: fc.string({ maxLength: 30 }) }),
);

const twoDigits = fc.integer({ min: 11, max: 99 }).map(String);
const ids = (maxLength: number) =>
  fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/), { maxLength });

const partialDate = fc.constantFrom('2022', '2022-05', '2022-05-13');

const VALID_HOURS = ['Mo-Fr 08:00-15:00', 'Mo-Th 08:00-12:00,13:00-15:00; Fr 08:00-11:00', 'off'];

/** A point in Indonesia, [lon, lat], never in the [lat, lon]-looking band. */
const point = fc
  .tuple(
    fc.double({ min: 95, max: 141, noNaN: true }),
    fc.double({ min: -11, max: 6, noNaN: true }),
  )
  .map((coordinates) => ({ type: 'Point', coordinates }));

const locationProperties = (id: string) =>
  fc.record(
    {
      id: fc.constant(id),
      name: localizedText,
      province: fc.string({ maxLength: 20 }),
      provinceCode: twoDigits,
      regencyCode: fc.tuple(twoDigits, twoDigits).map(([a, b]) => `${a}.${b}`),
      address: localizedText,
      phone: fc.string({ maxLength: 15 }),
      website: fc.webUrl(),
      openingHours: fc.constantFrom(...VALID_HOURS),
      timezone: fc.constantFrom('Asia/Jakarta', 'Asia/Pontianak', 'Asia/Makassar', 'Asia/Jayapura'),
      services: fc.array(fc.string({ maxLength: 12 }), { maxLength: 4 }),
      opened: partialDate,
      openedNote: localizedText,
      status: fc.record(
        {
          kind: fc.constantFrom(...OPERATING_STATUSES),
          since: partialDate,
          note: localizedText,
        },
        { requiredKeys: ['kind'] },
      ),
      regency: fc.string({ maxLength: 20 }),
      email: fc.emailAddress(),
      coordinatePrecision: fc.constantFrom('exact', 'approximate'),
      coordinateSource: fc.string({ maxLength: 20 }),
      source: fc.webUrl(),
    },
    { requiredKeys: ['id', 'name'] },
  );

const locations = ids(8).chain((list) =>
  fc.tuple(...list.map((id) => locationProperties(id)), ...list.map(() => point)).map((parts) => ({
    type: 'FeatureCollection',
    features: list.map((_, i) => ({
      type: 'Feature',
      geometry: parts[list.length + i],
      properties: parts[i],
    })),
  })),
);

const patch = ids(6).chain((list) =>
  fc
    .tuple(
      ...list.map((id) =>
        fc.record({
          type: fc.constant('Feature'),
          geometry: fc.option(point, { nil: null }),
          properties: locationProperties(id),
        }),
      ),
    )
    .map((features) => ({ type: 'FeatureCollection', features })),
);

const holidays = fc
  .uniqueArray(
    fc.date({
      min: new Date('2026-01-01T00:00:00Z'),
      max: new Date('2027-12-31T00:00:00Z'),
      noInvalidDate: true,
    }),
    {
      maxLength: 8,
      selector: (date) => date.toISOString().slice(0, 10),
    },
  )
  .chain((dates) =>
    fc
      .tuple(
        ...dates.map((date) =>
          fc.record(
            {
              date: fc.constant(date.toISOString().slice(0, 10)),
              kind: fc.constantFrom('public-holiday', 'cuti-bersama', 'workday'),
              name: localizedText,
              source: fc.webUrl(),
            },
            { requiredKeys: ['date', 'kind', 'name'] },
          ),
        ),
      )
      .map((list) => ({ years: [2026, 2027], holidays: list })),
  );

const fee = fc.oneof(
  fc.record({ amount: fc.integer({ min: 0, max: 1_000_000_000 }), currency: fc.constant('IDR') }),
  fc.record({
    amount: fc.constant(null),
    tiers: fc.array(
      fc.record({ label: localizedText, amount: fc.integer({ min: 0, max: 1_000_000_000 }) }),
      { maxLength: 3 },
    ),
  }),
);

const catalog = ids(5).chain((list) =>
  fc
    .tuple(
      ...list.map((id) =>
        fc.record(
          {
            id: fc.constant(id),
            name: localizedText,
            agency: localizedText,
            requirements: ids(4).chain((items) =>
              fc.tuple(
                ...items.map((item) =>
                  fc.record(
                    {
                      id: fc.constant(item),
                      label: localizedText,
                      form: fc.constantFrom('asli', 'fotokopi', 'asli+fotokopi', 'syarat'),
                      optional: fc.boolean(),
                      condition: localizedText,
                    },
                    { requiredKeys: ['id', 'label'] },
                  ),
                ),
              ),
            ),
            fee,
            confidence: fc.constantFrom('high', 'medium', 'low'),
            sources: fc.array(fc.record({ url: fc.webUrl(), kind: fc.constant('official') }), {
              maxLength: 2,
            }),
          },
          { requiredKeys: ['id', 'name', 'requirements'] },
        ),
      ),
    )
    .map((services) => ({ version: '2026-11-25', services })),
);

const ticket = fc.oneof(fc.string({ maxLength: 8 }), fc.integer({ min: 0, max: 99_999 }));
const count = fc.integer({ min: 0, max: 1_000_000 });
const seconds = fc.double({ min: 0, max: 604_800, noNaN: true });

const queue = fc.record({
  updatedAt: fc.constant('2026-11-25T09:30:00+07:00'),
  status: fc.constantFrom('open', 'closed', 'paused'),
  services: fc.array(
    fc.record(
      {
        id: ticket,
        name: localizedText,
        nowServing: fc.option(ticket, { nil: null }),
        counter: ticket,
        waiting: count,
        counters: count,
        averageServiceSeconds: seconds,
        estimatedWaitSeconds: seconds,
      },
      { requiredKeys: ['id'] },
    ),
    { maxLength: 6 },
  ),
});

const siola = fc.record({
  timestamp: fc.constant('2026-11-25T09:30:00+07:00'),
  services: fc.array(
    fc.record(
      {
        id: fc.integer({ min: 0, max: 99 }),
        name: fc.string({ maxLength: 20 }),
        prefix: fc.stringMatching(/^[A-Z]$/),
        nextQueue: fc.option(ticket, { nil: null }),
        servingQueue: fc.option(fc.record({ number: ticket, counter: ticket }), { nil: null }),
        activeCounters: count,
        status: fc.constantFrom('serving', 'waiting', 'available'),
      },
      { requiredKeys: ['id', 'name'] },
    ),
    { maxLength: 6 },
  ),
});

/** A valid document of each type. */
export const validDocument: Record<DocumentType, fc.Arbitrary<unknown>> = {
  locations,
  patch,
  holidays,
  catalog,
  queue,
  siola,
};

export const DOCUMENT_TYPES = Object.keys(validDocument) as DocumentType[];

/** Values put in place of a valid one: wrong types, odd numbers, hostile text, long lists. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  anyText,
  fc.constantFrom(null, true, -0, Infinity, -Infinity, 1e21, -1, 2.5, 0, {}, []),
  fc.jsonValue({ maxDepth: 3 }),
  fc.nat({ max: 400 }).map((n) => new Array(n).fill(1)),
);

/** Every path to a value inside `document` (the root included), as key lists. */
function pathsIn(document: unknown): (string | number)[][] {
  const paths: (string | number)[][] = [[]];
  const pending: [unknown, (string | number)[]][] = [[document, []]];
  while (pending.length) {
    const [value, path] = pending.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    for (const [key, child] of Object.entries(value)) {
      const childPath = [...path, Array.isArray(value) ? Number(key) : key];
      paths.push(childPath);
      pending.push([child, childPath]);
    }
  }
  return paths;
}

/** `document` with the value at `path` replaced (a copy; the root path replaces it all). */
function replaced(document: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(document) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path.at(-1)!] = value;
  return copy;
}

/** A valid document of `type` with up to three values replaced by hostile ones. */
export function mutatedDocument(type: DocumentType): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      validDocument[type],
      fc.array(fc.tuple(fc.nat(), hostileValue), { minLength: 1, maxLength: 3 }),
    )
    .map(([document, mutations]) =>
      mutations.reduce((current, [pick, value]) => {
        const paths = pathsIn(current);
        return replaced(current, paths[pick % paths.length]!, value);
      }, document),
    );
}

/** Any document of `type`: valid, mutated, or arbitrary JSON. */
export function anyDocument(type: DocumentType): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 2, arbitrary: validDocument[type] },
    { weight: 5, arbitrary: mutatedDocument(type) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  );
}

/**
 * JSON text of `document`, written the way files are found in the wild: `1e999` kept as
 * written (JSON.stringify would say `null`), `-0` as `-0`, with or without a byte order mark.
 */
export function jsonText(document: unknown): string {
  return JSON.stringify(document, (_key, value: unknown) =>
    typeof value === 'number' && !Number.isFinite(value)
      ? `__number:${value > 0 ? '1e999' : '-1e999'}`
      : Object.is(value, -0)
        ? '__number:-0'
        : value,
  ).replace(/"__number:([^"]+)"/g, '$1');
}
