// The checklist reads a valid catalogue with a hand-written check (catalog-check.ts) and loads
// the valibot schema only for other documents. These properties hold the two to one answer: the
// check accepts only what the schema reader accepts (reading it the same) and every valid
// catalogue; whatever it refuses, the schema reads.
import { expect } from '@open-wc/testing';
import '../test-support/setup.js';
import { MppError } from '../core/errors.js';
import { comparableError } from '../test-support/comparable-error.js';
import { checkProperty, fc } from '../test-support/property.js';
import { anyDocument, jsonText, validDocument } from '../test-support/document-arbitraries.js';
import { readCatalog } from './catalog.js';
import { isCatalog, readCatalogDocument } from './catalog-check.js';

const URL = 'https://example.test/catalog.json';

/** Catalogues valid, mutated (duplicate ids among them) or any JSON, parsed as the element parses them. */
const catalogDocuments = fc
  .oneof(
    anyDocument('catalog'),
    anyDocument('catalog').map((document) => {
      const services = (document as { services?: unknown[] } | null)?.services;
      return Array.isArray(services) && services.length
        ? { ...(document as object), services: [...services, services[0]] }
        : document;
    }),
  )
  .map((document) => JSON.parse(jsonText(document)) as unknown);

describe('catalogue check (properties)', function () {
  this.timeout(0);

  it('accepts only what the schema reader accepts; reads every catalogue as it does', async () => {
    await checkProperty(
      'catalog: hand-written check agrees with the schema reader',
      fc.asyncProperty(catalogDocuments, async (document) => {
        let expected: unknown;
        try {
          expected = readCatalog(document, URL);
        } catch (error) {
          expected = comparableError(error);
        }
        const shown = JSON.stringify(document).slice(0, 500);
        if (isCatalog(document)) expect(expected, shown).to.deep.equal(document);
        const read = await readCatalogDocument(document, URL).catch(comparableError);
        expect(read, shown).to.deep.equal(expected);
      }),
    );
  });

  it('accepts every valid catalogue, so a working page never loads the schema', async () => {
    await checkProperty(
      'catalog: hand-written check accepts every valid catalogue',
      fc.property(validDocument.catalog, (document) => {
        const parsed = JSON.parse(jsonText(document)) as unknown;
        expect(isCatalog(parsed), JSON.stringify(parsed).slice(0, 500)).to.equal(true);
      }),
    );
  });

  it('leaves to the schema what only the schema takes: an array where an object goes', async () => {
    const document = {
      version: '1',
      services: [{ id: 's', name: 'Paspor', requirements: [], fee: [] }],
    };
    expect(isCatalog(document)).to.equal(false);
    expect(await readCatalogDocument(document)).to.deep.equal(readCatalog(document));
  });

  it('refuses the edge values the schema refuses', () => {
    const requirement = { id: 'r', label: 'KTP' };
    const service = (fields: object) => ({
      version: '1',
      services: [{ id: 's', name: 'Paspor', requirements: [requirement], ...fields }],
    });
    for (const document of [
      service({ requirements: [requirement, requirement] }),
      service({ fee: { amount: 1e13 } }),
      service({ fee: { tiers: [{ label: 'x' }] } }),
      service({ confidence: 'certain' }),
      service({ legalBasis: [{}] }),
      service({ sources: [{ url: 'https://x.test', kind: 'blog' }] }),
      { ...service({}), version: 1 },
    ]) {
      expect(isCatalog(document), JSON.stringify(document)).to.equal(false);
      expect(() => readCatalog(document)).to.throw(MppError);
    }
  });
});
