import { expect } from '@open-wc/testing';
import '../test-support/setup.js';
import { bundledSearchEntries } from '../test-support/search-entries.js';
import locations from '../data/locations.json';
import {
  LocationSearchIndex,
  MAX_QUERY_LENGTH,
  normalizeSearchText,
  type SearchableFields,
} from './location-search.js';

const MPP = 'Mal Pelayanan Publik';
const entries = bundledSearchEntries;
const index = new LocationSearchIndex(entries);
/** Names of the matches, best first, without the "Mal Pelayanan Publik" every name has. */
const found = (query: string, over = index, data = entries) =>
  over.search(query).map((i) => data[i].name.replace(`${MPP} `, ''));

// Written the way other data sets write it: abbreviations, accents, punctuation.
const sample: SearchableFields[] = [
  { name: 'MPP Kab. Cianjur', regency: 'Kab. Cianjur', province: 'Prov. Jawa Barat' },
  { name: 'MPP Kota Sérang', regency: 'Kota Serang', province: 'Bantén', address: 'Jln. Sa’dan 1' },
  { name: 'Mall Pelayanan Publik Kep. Seribu', province: 'DKI Jakarta', address: 'Jl. Kepahiang' },
];
const sampleIndex = new LocationSearchIndex(sample);
const foundInSample = (query: string) => found(query, sampleIndex, sample);

describe('normalizeSearchText', () => {
  it('folds case, accents and punctuation, and writes abbreviations out', () => {
    expect(normalizeSearchText('  Kab.  Bantén, (Prov.) ')).to.equal('kabupaten banten provinsi');
    expect(normalizeSearchText('MPP Kep. Riau')).to.equal('mal pelayanan publik kepulauan riau');
    expect(normalizeSearchText('Jl.Merdeka/Jln. Sa’dan')).to.equal('jalan merdeka jalan sadan');
    expect(normalizeSearchText('Propinsi DKI')).to.equal('provinsi daerah khusus');
    expect(normalizeSearchText('Kotamadya Bandung')).to.equal('kota bandung');
    expect(normalizeSearchText('<b>.*(</b>')).to.equal('b b');
    expect(normalizeSearchText('')).to.equal('');
  });

  it('reads styled and compatibility letters as the plain ones, in any case', () => {
    // Mathematical bold and italic capitals (pasted from social media), full-width letters,
    // a ligature, the sharp s and the Kelvin sign.
    expect(normalizeSearchText('𝐉𝐀𝐊𝐀𝐑𝐓𝐀 𝑆𝑒𝑙𝑎𝑡𝑎𝑛')).to.equal('jakarta selatan');
    expect(normalizeSearchText('ＫＯＴＡ Ｂａｎｄｕｎｇ')).to.equal('kota bandung');
    expect(normalizeSearchText('ﬁlial STRAẞE Straße \u212Aota')).to.equal(
      'filial strasse strasse kota',
    );
  });

  it('is stable: folding folded text changes nothing', () => {
    // The Greek final sigma depends on what follows it; "İ" lowercases to i plus a dot.
    for (const text of ['ΑΣ.Β', 'ΟΔΟΣ', 'İstanbul', 'ǅ', 'ŉ', '𝐉𝐚𝐤𝐚𝐫𝐭𝐚', 'Kab. Bantén']) {
      const once = normalizeSearchText(text);
      expect(normalizeSearchText(once), text).to.equal(once);
    }
  });
});

describe('LocationSearchIndex', () => {
  it('finds Kabupaten Cianjur however it is typed', () => {
    for (const query of ['Kab. Cianjur', 'kabupaten cianjur', 'CIANJUR', 'cianjur', 'Cianjür']) {
      expect(found(query)[0], query).to.equal('Kabupaten Cianjur');
    }
    expect(found('Kab. Cianjur')).to.deep.equal(['Kabupaten Cianjur']);
    expect(found('kabupaten cianjur, jawa barat')).to.deep.equal(['Kabupaten Cianjur']);
  });

  it('is accent-insensitive on both sides', () => {
    expect(found('Bantén')).to.include('Kota Serang');
    expect(found('bantén')).to.deep.equal(found('banten'));
    expect(foundInSample('serang banten')).to.deep.equal(['MPP Kota Sérang']);
    expect(foundInSample('SÉRANG')).to.deep.equal(['MPP Kota Sérang']);
  });

  it('understands abbreviations in the data and in the query', () => {
    expect(foundInSample('kabupaten cianjur')).to.deep.equal(['MPP Kab. Cianjur']);
    expect(foundInSample('provinsi jawa barat')).to.deep.equal(['MPP Kab. Cianjur']);
    expect(foundInSample('propinsi jawa')).to.deep.equal(['MPP Kab. Cianjur']);
    expect(foundInSample('kepulauan seribu')).to.deep.equal(['Mall Pelayanan Publik Kep. Seribu']);
    expect(foundInSample('mal pelayanan publik seribu')).to.have.length(1);
    expect(foundInSample('mpp')).to.have.length(3);
    expect(foundInSample('jalan sadan')).to.deep.equal(['MPP Kota Sérang']);
    expect(foundInSample("jl sa'dan")).to.deep.equal(['MPP Kota Sérang']);
    expect(foundInSample('dki')).to.deep.equal(['Mall Pelayanan Publik Kep. Seribu']);
    // The real data writes things out; the visitor abbreviates.
    expect(found('Prov. DKI Jakarta')).to.deep.equal(['Provinsi DKI Jakarta']);
    expect(found('propinsi dki')).to.deep.equal(['Provinsi DKI Jakarta']);
    expect(found('mpp kab. bandung')).to.deep.equal([
      'Kabupaten Bandung',
      'Kabupaten Bandung Barat',
    ]);
    expect(found('kodya malang')).to.deep.equal(['Kota Malang']);
  });

  it('finds words by their beginning, as one types', () => {
    expect(found('c')).to.include('Kabupaten Cianjur');
    expect(found('cia')).to.deep.equal(['Kabupaten Cianjur', 'Kota Bandung']);
    expect(found('cian')).to.deep.equal(['Kabupaten Cianjur', 'Kota Bandung']);
    expect(found('cianj')).to.deep.equal(['Kabupaten Cianjur', 'Kota Bandung']);
    // A word's inside does not count: "anjur" is not the start of any word.
    expect(found('anjur')).to.deep.equal([]);
    // "kep" is typed on the way to Kepahiang as well as to Kepulauan.
    expect(found('kep')[0]).to.equal('Kabupaten Kepahiang');
    expect(found('kep')).to.include.members([
      'Kabupaten Banggai Kepulauan',
      'Kabupaten Kepulauan Yapen',
      'Kabupaten Pangkajene dan Kepulauan',
    ]);
    expect(foundInSample('kepa')).to.deep.equal(['Mall Pelayanan Publik Kep. Seribu']);
    expect(foundInSample('kepu')).to.deep.equal(['Mall Pelayanan Publik Kep. Seribu']);
  });

  it('needs every word to match', () => {
    // Banda Aceh by its name first; Lhokseumawe's address (Kec. Banda Sakti, Aceh) after it.
    expect(found('banda aceh')[0]).to.equal('Kota Banda Aceh');
    expect(found('banda aceh')).not.to.include('Kota Bandung');
    // Whole word (Banda) before beginning (Bandar); "banda" does not begin "bandung".
    // Names first; addresses (Kec. Banda Sakti…) after them.
    expect(found('banda').slice(0, 2)).to.deep.equal(['Kota Banda Aceh', 'Kota Bandar Lampung']);
    expect(found('kota bandung jawa barat')).to.deep.equal(['Kota Bandung']);
    expect(found('cianjur aceh')).to.deep.equal([]);
  });

  it('ranks name matches first, whole words before beginnings, shorter names first', () => {
    expect(found('kota bandung')[0]).to.equal('Kota Bandung');
    expect(found('kab bandung')).to.deep.equal(['Kabupaten Bandung', 'Kabupaten Bandung Barat']);
    expect(found('bandung barat')).to.deep.equal([
      'Kabupaten Bandung Barat',
      // "barat" only in the province, Jawa Barat; then input order.
      'Kabupaten Bandung',
      'Kota Bandung',
    ]);
    // Kota Bandung has "cianjur" only in its address (Jl. Cianjur).
    expect(found('cianjur')).to.deep.equal(['Kabupaten Cianjur', 'Kota Bandung']);
    expect(found('batu')).to.deep.equal(['Kota Batu', 'Kabupaten Batu Bara']);
    // The whole word first, whatever the input order.
    const bangka = new LocationSearchIndex([{ name: 'Kab. Bangkalan' }, { name: 'Kab. Bangka' }]);
    expect(bangka.search('bangka')).to.deep.equal([1, 0]);
    const jambi = found('jambi');
    expect(jambi.slice(0, 2)).to.deep.equal(['Kota Jambi', 'Kabupaten Muaro Jambi']);
    expect(jambi).to.have.length(8);
    // Regency before province: the DKI mall lies in Kota Administrasi Jakarta Selatan; the
    // names with "Selatan" come before it, the malls in a "… Selatan" province after it.
    const selatan = found('selatan');
    const dki = selatan.indexOf('Provinsi DKI Jakarta');
    expect(dki).to.be.greaterThan(5);
    expect(selatan.slice(0, dki).every((name) => name.endsWith('Selatan'))).to.equal(true);
    expect(selatan[dki + 1]).to.equal('Kabupaten Lahat'); // Sumatera Selatan
  });

  it('answers as a fresh index would while one types, deletes and retypes', () => {
    const typing = new LocationSearchIndex(entries);
    const typed = [
      'c',
      'ci',
      'cia',
      'ci',
      'k',
      'ka',
      'kab',
      'kab b',
      'kab ba',
      'kab b',
      'kab',
      'ko',
      'kota b',
      'kota ba',
      'kota bat',
      'ba kota',
      'mp',
      'mpp',
      'mpp k',
      '',
      'j',
      'jl',
      'jl.',
    ];
    for (const query of typed) {
      expect(typing.search(query), query).to.deep.equal(
        new LocationSearchIndex(entries).search(query),
      );
    }
    expect(found('ba kota', typing)).to.include('Kota Batu');
  });

  it('finds what is typed in styled Unicode', () => {
    expect(found('𝐂𝐢𝐚𝐧𝐣𝐮𝐫')).to.deep.equal(['Kabupaten Cianjur', 'Kota Bandung']);
    expect(found('𝐊𝐨𝐭𝐚 𝐁𝐚𝐧𝐝𝐮𝐧𝐠')[0]).to.equal('Kota Bandung');
    expect(found('ＣＩＡＮＪＵＲ')).to.deep.equal(found('cianjur'));
  });

  it('reads at most MAX_QUERY_LENGTH characters of a query', () => {
    expect(MAX_QUERY_LENGTH).to.equal(120);
    // What lies past the limit is not read: "xyzzy" would match nothing.
    const long = `cianjur${' '.repeat(MAX_QUERY_LENGTH)}xyzzy`;
    expect(found(long)).to.deep.equal(found('cianjur'));
    // Not cut in the middle of a styled letter (two UTF-16 units).
    const styled = `${'c'.repeat(MAX_QUERY_LENGTH - 1)}𝐂`;
    expect(() => index.search(styled)).not.to.throw();
    expect(index.search(styled)).to.deep.equal(index.search('c'.repeat(MAX_QUERY_LENGTH - 1)));
  });

  it('counts a repeated word, or one that begins another, once', () => {
    expect(found('kota kota kota bandung')).to.deep.equal(found('kota bandung'));
    expect(found('b ba ban band bandu bandung')).to.deep.equal(found('bandung'));
    // The ranking too: a word typed twice does not weigh twice.
    expect(found('b b cianjur')).to.deep.equal(found('b cianjur'));
    expect(found('bandung barat barat b')).to.deep.equal(found('bandung barat'));
  });

  it('returns no result as an empty list', () => {
    expect(index.search('xyzzy')).to.deep.equal([]);
    expect(new LocationSearchIndex([]).search('cianjur')).to.deep.equal([]);
  });

  it('returns everything in input order for an empty query', () => {
    const all = entries.map((_, i) => i);
    expect(all).to.have.length(locations.features.length);
    expect(index.search('')).to.deep.equal(all);
    expect(index.search('   ')).to.deep.equal(all);
    expect(new LocationSearchIndex([]).search('')).to.deep.equal([]);
  });

  it('treats markup and regular-expression characters as plain separators', () => {
    for (const query of ['<b>', '.*', '(', '[', '\\', '$^|?+', '<script>x</script>', '{1}']) {
      expect(() => index.search(query), query).not.to.throw();
    }
    for (const query of ['constructor', '__proto__', 'toString']) {
      expect(index.search(query), query).to.deep.equal([]);
    }
    expect(index.search('.*')).to.have.length(locations.features.length);
    expect(found('cianjur.*')).to.deep.equal(found('cianjur'));
    expect(found('(cianjur')).to.deep.equal(found('cianjur'));
    // Tags are no markup here: "b" is one more word ("b…" as in Bandung or Barat), counted
    // once however often it is typed.
    expect(found('<b>cianjur</b>')).to.deep.equal(['Kabupaten Cianjur', 'Kota Bandung']);
  });

  it('takes a name alone', () => {
    const only = new LocationSearchIndex([{ name: 'MPP Kota Bogor' }, { name: 'MPP Kab. Bogor' }]);
    expect(only.search('bogor')).to.deep.equal([0, 1]);
    expect(only.search('kabupaten')).to.deep.equal([1]);
    expect(only.search('jawa')).to.deep.equal([]);
  });
});
