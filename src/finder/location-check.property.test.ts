// The finder reads a valid locations document and holiday calendar with hand-written checks
// (location-check.ts, holiday-calendar.ts) and loads the valibot schemas only for other
// documents. These properties hold the two to one answer: a check accepts only what its schema
// accepts (the value read the same) and every valid document; whatever it refuses, the schema
// reads.
import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import '../test-support/setup.js';
import { comparableError } from '../test-support/comparable-error.js';
import { checkProperty, fc } from '../test-support/property.js';
import { anyDocument, jsonText, validDocument } from '../test-support/document-arbitraries.js';
import { validateCalendar } from './holiday-calendar-schema.js';
import {
  holidayCalendar,
  isHolidayCalendar,
  readHolidayCalendar,
  type HolidayCalendarDocument,
} from './holiday-calendar.js';
import { isFeatureCollection, isLocationFeature } from './location-check.js';
import { locationFeatureSchema, locationsSchema } from './location-schema.js';
import { readLocations } from './locations.js';

/** Documents of `type` valid, mutated or any JSON, parsed as the finder parses them. */
const parsed = (type: 'locations' | 'holidays') =>
  anyDocument(type).map((document) => JSON.parse(jsonText(document)) as unknown);

const featuresOf = (document: unknown): unknown[] => {
  const features = (document as { features?: unknown } | null)?.features;
  return Array.isArray(features) ? features : [];
};

const shown = (value: unknown) => JSON.stringify(value).slice(0, 500);

describe('locations check (properties)', function () {
  this.timeout(0);

  it('accepts only features the schema accepts, read the same', async () => {
    await checkProperty(
      'locations: hand-written check accepts only what the schema accepts',
      fc.property(parsed('locations'), (document) => {
        for (const feature of featuresOf(document)) {
          if (!isLocationFeature(feature)) continue;
          const checked = v.safeParse(locationFeatureSchema, feature);
          expect(checked.success, shown(feature)).to.equal(true);
          expect(checked.output, shown(feature)).to.deep.equal(feature);
        }
      }),
    );
  });

  it('accepts every valid document, so a working page never loads the schema', async () => {
    await checkProperty(
      'locations: hand-written check accepts every valid document',
      fc.property(validDocument.locations, (document) => {
        const read = JSON.parse(jsonText(document)) as unknown;
        expect(v.safeParse(locationsSchema, read).success, shown(read)).to.equal(true);
        expect(isFeatureCollection(read), shown(read)).to.equal(true);
        for (const feature of featuresOf(read))
          expect(isLocationFeature(feature), shown(feature)).to.equal(true);
      }),
    );
  });

  it('refuses the edge values the schema refuses, and the reader lists them', async () => {
    const feature = (properties: object, coordinates: unknown[] = [106.8, -6.2]) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates },
      properties: { id: 'a', name: 'MPP', ...properties },
    });
    for (const [bad, path] of [
      [feature({ id: '' }), '$.features[0].properties.id'],
      [feature({ name: {} }), '$.features[0].properties.name'],
      [feature({ provinceCode: '3' }), '$.features[0].properties.provinceCode'],
      [feature({ regencyCode: '32.3' }), '$.features[0].properties.regencyCode'],
      [feature({ opened: '2022-5' }), '$.features[0].properties.opened'],
      [feature({ timezone: 'Asia/Tokyo' }), '$.features[0].properties.timezone'],
      [feature({ status: { kind: 'open' } }), '$.features[0].properties.status.kind'],
      [feature({ services: ['ktp', 3] }), '$.features[0].properties.services[1]'],
      [feature({}, [106.8]), '$.features[0].geometry.coordinates'],
      [feature({}, [106.8, Infinity]), '$.features[0].geometry.coordinates[1]'],
      [feature({}, ['106.8', -6.2]), '$.features[0].geometry.coordinates[0]'],
      // eslint-disable-next-line no-sparse-arrays -- a hole, which `every` would skip
      [feature({}, [, -6.2]), '$.features[0].geometry.coordinates[0]'],
      [{ ...feature({}), type: 'Point' }, '$.features[0].type'],
    ] as const) {
      expect(isLocationFeature(bad), shown(bad)).to.equal(false);
      const error = await readLocations({ type: 'FeatureCollection', features: [bad] }).catch(
        comparableError,
      );
      expect(error, shown(bad)).to.have.nested.property('details.issues[0].path').that.equals(path);
    }
  });

  it('leaves to the schema the keys it leaves out, so the properties read are the same', async () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const document = JSON.parse(
        `{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[106.8,-6.2]},"properties":{"id":"a","name":"MPP","${key}":"Dinas"}}]}`,
      ) as { features: unknown[] };
      expect(isLocationFeature(document.features[0]), key).to.equal(false);
      const { locations } = await readLocations(document);
      expect(Object.keys(locations[0].properties), key).to.deep.equal(['id', 'name']);
    }
  });

  it('leaves to the schema what only the schema takes: an array where an object goes', async () => {
    const odd = Object.assign([], { type: 'Point', coordinates: [106.8, -6.2] });
    const document = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: odd, properties: { id: 'a', name: 'MPP' } }],
    };
    expect(isLocationFeature(document.features[0])).to.equal(false);
    const { locations } = await readLocations(document);
    expect(locations.map(({ id, lon, lat }) => [id, lon, lat])).to.deep.equal([['a', 106.8, -6.2]]);
  });
});

describe('holiday calendar check (properties)', function () {
  this.timeout(0);

  it('accepts only what the schema reader accepts; reads every calendar as it does', async () => {
    await checkProperty(
      'holidays: hand-written check agrees with the schema reader',
      fc.asyncProperty(parsed('holidays'), async (document) => {
        let checked: HolidayCalendarDocument | undefined;
        let refused: unknown;
        try {
          checked = validateCalendar(document);
        } catch (error) {
          refused = comparableError(error);
        }
        if (isHolidayCalendar(document)) expect(checked, shown(document)).to.deep.equal(document);
        const expected = checked ? holidayCalendar(checked).years : refused;
        const read = await readHolidayCalendar(document).then(
          (calendar) => calendar.years,
          comparableError,
        );
        expect(read, shown(document)).to.deep.equal(expected);
      }),
    );
  });

  it('accepts every valid calendar, so a working page never loads the schema', async () => {
    await checkProperty(
      'holidays: hand-written check accepts every valid calendar',
      fc.property(validDocument.holidays, (document) => {
        const read = JSON.parse(jsonText(document)) as unknown;
        expect(isHolidayCalendar(read), shown(read)).to.equal(true);
      }),
    );
  });

  it('refuses the edge values the schema refuses', () => {
    const calendar = (holidays: object[], years: unknown[] = [2026]) => ({ years, holidays });
    const day = { date: '2026-08-17', kind: 'public-holiday', name: 'HUT RI' };
    for (const document of [
      calendar([{ ...day, date: '2026-02-30' }]),
      calendar([{ ...day, date: '2026-8-17' }]),
      calendar([{ ...day, date: '2027-08-17' }]),
      calendar([day, day]),
      calendar([{ ...day, kind: 'holiday' }]),
      calendar([{ ...day, name: { note: 'x' } }]),
      calendar([day], []),
      calendar([day], [2026.5]),
      calendar([day], [1999]),
    ]) {
      expect(isHolidayCalendar(document), shown(document)).to.equal(false);
      expect(() => validateCalendar(document), shown(document)).to.throw();
    }
  });
});
