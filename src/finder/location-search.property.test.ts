// Properties of the finder's search over the bundled MPP list, for any text a visitor can
// type or paste: folding is stable, a search never throws and answers with valid indices,
// narrowing while typing agrees with a fresh index, and styled letters find what plain ones do.
import { expect } from '@open-wc/testing';
import '../test-support/setup.js';
import { checkProperty, fc } from '../test-support/property.js';
import { bundledSearchEntries } from '../test-support/search-entries.js';
import { LocationSearchIndex, MAX_QUERY_LENGTH, normalizeSearchText } from './location-search.js';

const entries = bundledSearchEntries;
const index = new LocationSearchIndex(entries);

/** Words of the data (so queries find something), cut to a prefix as while typing. */
const dataWords = [
  ...new Set(entries.flatMap((entry) => Object.values(entry).join(' ').split(/\s+/))),
].filter(Boolean);
const typedWord = fc
  .tuple(fc.constantFrom(...dataWords), fc.nat())
  .map(([word, cut]) => word.slice(0, 1 + (cut % word.length)));

/** Characters that stress folding: accents, styled and full-width letters, Greek, Turkish. */
const trickyText = fc
  .array(
    fc.constantFrom(
      ...['Σ', 'ς', 'σ', '.', 'ß', 'ẞ', 'İ', 'ı', 'ǅ', 'ﬁ', 'é', 'e\u0301', '\u0345', '’', "'"],
      ...['𝐉', '𝐚', '𝑆', 'Ｋ', 'ａ', '\u212A', '①', '가', 'ᄀ', 'ᅡ', ' ', '-', 'kab', 'jl', 'mpp'],
    ),
    { maxLength: 24 },
  )
  .map((parts) => parts.join(''));

/** What a visitor may type or paste: words of the data, any Unicode, markup, very long text. */
const anyQuery = fc.oneof(
  fc.array(typedWord, { maxLength: 6 }).map((words) => words.join(' ')),
  fc.string({ unit: 'binary', maxLength: 200 }),
  trickyText,
  fc.constantFrom('<script>', '.*', '__proto__', 'constructor', '\\', '(['),
  fc
    .tuple(fc.constantFrom('kota ', 'a ', 'mal pelayanan publik ', '𝐉𝐚𝐤𝐚𝐫𝐭𝐚 '), fc.nat(600))
    .map(([unit, times]) => unit.repeat(times)),
);

/** The same letters in mathematical bold (what social-media "fonts" paste). */
const bold = (text: string) =>
  text.replace(/[A-Za-z]/g, (letter) => {
    const code = letter.charCodeAt(0);
    return String.fromCodePoint(code < 97 ? 0x1d400 + code - 65 : 0x1d41a + code - 97);
  });

/** The answer of an index that remembers no earlier query (an empty query forgets it). */
const reference = new LocationSearchIndex(entries);
const fresh = (query: string) => {
  reference.search('');
  return reference.search(query);
};

describe('search properties', () => {
  it('folding is stable: normalizing normalized text changes nothing', async () => {
    await checkProperty(
      'search: fold(fold(x)) = fold(x)',
      fc.property(fc.oneof(trickyText, fc.string({ unit: 'binary', maxLength: 60 })), (text) => {
        const once = normalizeSearchText(text);
        expect(normalizeSearchText(once)).to.equal(once);
      }),
    );
  });

  it('never throws, and answers with distinct valid indices; reads at most the limit', async () => {
    await checkProperty(
      'search: valid answer for any query',
      fc.property(anyQuery, (query) => {
        const result = index.search(query);
        expect(new Set(result).size).to.equal(result.length);
        expect(result.every((i) => Number.isInteger(i) && i >= 0 && i < entries.length)).to.equal(
          true,
        );
        // What lies past MAX_QUERY_LENGTH is not read.
        expect(index.search(`${query}${' '.repeat(MAX_QUERY_LENGTH)}xyzzy`)).to.deep.equal(
          index.search(query),
        );
      }),
    );
  });

  it('another word only narrows the results', async () => {
    await checkProperty(
      'search: adding a word narrows',
      fc.property(fc.array(typedWord, { minLength: 1, maxLength: 4 }), typedWord, (words, more) => {
        const before = new Set(index.search(words.join(' ')));
        expect(index.search([...words, more].join(' ')).every((i) => before.has(i))).to.equal(true);
      }),
    );
  });

  it('while typing and deleting, answers as a fresh index would', async () => {
    // Each step appends or deletes a character, or replaces the query (a paste).
    const step = fc.oneof(
      fc.constantFrom('delete', ' '),
      fc.constantFrom(...'abcdeiklmnoprstuj'),
      anyQuery.map((query) => ({ paste: query })),
    );
    await checkProperty(
      'search: narrowing while typing = fresh search',
      fc.property(fc.array(step, { minLength: 1, maxLength: 25 }), (steps) => {
        const typing = new LocationSearchIndex(entries);
        let query = '';
        for (const change of steps) {
          query =
            change === 'delete'
              ? query.slice(0, -1)
              : typeof change === 'string'
                ? query + change
                : change.paste;
          expect(typing.search(query), JSON.stringify(query)).to.deep.equal(fresh(query));
        }
      }),
    );
  });

  it('styled, upper-case or full-width letters find what plain ones find', async () => {
    await checkProperty(
      'search: styled letters = plain letters',
      fc.property(fc.array(typedWord, { minLength: 1, maxLength: 4 }), (words) => {
        const query = words.join(' ');
        const expected = index.search(query);
        expect(index.search(bold(query))).to.deep.equal(expected);
        expect(index.search(query.toUpperCase())).to.deep.equal(expected);
      }),
    );
  });
});
