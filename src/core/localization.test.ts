import { expect } from '@open-wc/testing';
import '../test-support/setup.js';
import { addTranslations, inLocale, msg, str } from './localization.js';

describe('msg runtime', () => {
  before(() =>
    addTranslations('id', {
      'core.test.plain': 'Halo',
      // Translations may reorder the values: each slot holds the index of the source value.
      'core.test.reordered': str`${1} lalu ${0}`,
    }),
  );

  const plain = () => msg('Hello', { id: 'core.test.plain' });
  const reordered = (a: string, b: string) =>
    msg(str`${a} then ${b}`, { id: 'core.test.reordered' });

  it('answers in the locale set around the call, English outside', () => {
    expect(inLocale('id', plain)).to.equal('Halo');
    expect(inLocale('en', plain)).to.equal('Hello');
    expect(plain()).to.equal('Hello');
  });

  it('puts values into translated templates in the translation order', () => {
    expect(inLocale('id', () => reordered('satu', 'dua'))).to.equal('dua lalu satu');
    expect(inLocale('en', () => reordered('one', 'two'))).to.equal('one then two');
  });

  it('falls back to English when a message has no translation', () => {
    expect(inLocale('id', () => msg('Untranslated', { id: 'core.test.missing' }))).to.equal(
      'Untranslated',
    );
  });

  it('restores the previous locale after nested and failing calls', () => {
    expect(inLocale('id', () => [inLocale('en', plain), plain()])).to.deep.equal(['Hello', 'Halo']);
    expect(() =>
      inLocale('id', () => {
        throw new Error('x');
      }),
    ).to.throw('x');
    expect(plain()).to.equal('Hello');
  });
});
