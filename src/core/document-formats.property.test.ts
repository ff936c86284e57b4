// Properties of the document readers the elements and the CLI share (src/data-formats.ts):
// valid documents are accepted; anything else is refused with an MppError whose report is
// bounded (at most 100 problems, a count, short texts); bytes decode without surprises.
import { expect } from '@open-wc/testing';
import '../test-support/setup.js';
import { checkProperty, fc } from '../test-support/property.js';
import {
  anyDocument,
  DOCUMENT_TYPES,
  jsonText,
  validDocument,
} from '../test-support/document-arbitraries.js';
import { DOCUMENT_FORMATS } from '../data-formats.js';
import { decodeDocument } from './document-text.js';
import { MppError } from './errors.js';
import { parseJson } from './fetch-json.js';
import { MAX_ISSUES } from './issue-list.js';

/** Fails unless `error` is a bounded MppError report. */
function expectBoundedError(error: unknown): void {
  if (!(error instanceof MppError)) throw new Error(`Not an MppError: ${String(error)}`);
  expect(error.message.length).to.be.at.most(300);
  const { issues = [], issueCount = issues.length } = error.details;
  expect(issues.length).to.be.at.most(MAX_ISSUES);
  expect(issueCount).to.be.at.least(issues.length);
  for (const { path, message } of issues) {
    expect(path.length).to.be.at.most(240);
    expect(message.length).to.be.at.most(240);
  }
}

describe('document readers (properties)', function () {
  this.timeout(0);

  for (const type of DOCUMENT_TYPES) {
    it(`${type}: valid generated documents are accepted, without warnings`, async () => {
      await checkProperty(
        `documents: ${type} valid accepted`,
        fc.asyncProperty(validDocument[type], async (document) => {
          const { warnings } = await DOCUMENT_FORMATS[type].read(JSON.parse(jsonText(document)));
          return warnings.count === 0;
        }),
      );
    });

    it(`${type}: any document is read or refused with a bounded MppError`, async () => {
      await checkProperty(
        `documents: ${type} never throws but MppError, bounded`,
        fc.asyncProperty(anyDocument(type), async (document) => {
          try {
            const { warnings } = await DOCUMENT_FORMATS[type].read(JSON.parse(jsonText(document)));
            expect(warnings.kept.length).to.be.at.most(MAX_ISSUES);
          } catch (error) {
            expectBoundedError(error);
            expect((error as MppError).code).to.equal('schema');
          }
        }),
      );
    });
  }

  it('bytes: decoding and parsing throw nothing but a parse MppError', async () => {
    const prefixes = fc.constantFrom(
      [],
      [0xef, 0xbb, 0xbf],
      [0xff, 0xfe],
      [0xfe, 0xff],
      [0x1f, 0x8b],
    );
    await checkProperty(
      'documents: bytes decode and parse safely',
      fc.property(prefixes, fc.uint8Array({ maxLength: 200 }), (prefix, body) => {
        try {
          parseJson(decodeDocument(new Uint8Array([...prefix, ...body])));
        } catch (error) {
          expectBoundedError(error);
          expect((error as MppError).code).to.equal('parse');
        }
      }),
    );
  });

  it('bytes: a byte order mark, UTF-8 or UTF-16, changes nothing', async () => {
    const utf16 = (text: string, littleEndian: boolean) => {
      const bytes = new Uint8Array(2 + text.length * 2);
      bytes.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
      const view = new DataView(bytes.buffer);
      for (let i = 0; i < text.length; i++)
        view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
      return bytes;
    };
    await checkProperty(
      'documents: BOM and UTF-16 read like UTF-8',
      fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => {
        const text = JSON.stringify(value);
        const plain = new TextEncoder().encode(text);
        const expected = JSON.stringify(parseJson(decodeDocument(plain)));
        for (const bytes of [
          new Uint8Array([0xef, 0xbb, 0xbf, ...plain]),
          utf16(text, true),
          utf16(text, false),
        ])
          expect(JSON.stringify(parseJson(decodeDocument(bytes)))).to.equal(expected);
      }),
    );
  });
});
