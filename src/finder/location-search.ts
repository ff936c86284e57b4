/** The text of one location that the finder searches; the element maps its data onto this. */
export interface SearchableFields {
  name: string;
  regency?: string;
  province?: string;
  address?: string;
}

// Abbreviation → canonical long form. The data is rewritten to the long form and the query
// reaches it (see `queryTerms`), so "Kab. Cianjur" in the data and "kabupaten cianjur" in the
// query meet, and the other way round. Whole words only. A Map, not an object literal: a
// typed "constructor" must not find Object.prototype.
const ABBREVIATIONS = new Map<string, string>([
  ['kab', 'kabupaten'],
  ['kodya', 'kota'],
  ['kotamadya', 'kota'],
  ['adm', 'administrasi'],
  ['prov', 'provinsi'],
  ['prop', 'provinsi'],
  ['propinsi', 'provinsi'],
  ['kep', 'kepulauan'],
  ['kec', 'kecamatan'],
  ['kel', 'kelurahan'],
  ['jl', 'jalan'],
  ['jln', 'jalan'],
  ['mpp', 'mal pelayanan publik'],
  ['mall', 'mal'],
  // "DKI" (Daerah Khusus Ibukota) is "Daerah Khusus" Jakarta since 2024: both names match.
  ['dki', 'daerah khusus'],
]);

/**
 * The longest query the search box takes (its `maxlength`) and the search reads: longer than
 * any MPP's name with its regency and street, short enough that a keystroke stays well within
 * a frame on 10,000 locations (see `npm run bench`). Longer queries (pasted, or set as a
 * property) are cut here.
 */
export const MAX_QUERY_LENGTH = 120;

/**
 * Lowercase, no accents, letters and digits only, single spaces; no abbreviation rewriting.
 * Compatibility forms first (NFKC: styled "𝐉𝐚𝐤𝐚𝐫𝐭𝐚", full-width letters, ligatures), so that
 * case folding sees the plain letters; then case folding (lower, upper, lower again, as
 * Unicode's full folding: "ẞ" and "ß" → "ss", a final "ς" → "σ"); then accents. Folding a folded text changes
 * nothing, so the data side and the query side always meet.
 */
function foldText(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .toUpperCase()
      .toLowerCase()
      .replace(/ς/g, 'σ')
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      // "Sa'dan" is one word: typed with or without the apostrophe it must stay one.
      .replace(/['‘’`]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}

/** `query` cut to MAX_QUERY_LENGTH, never in the middle of a surrogate pair. */
export function boundedQuery(query: string): string {
  if (query.length <= MAX_QUERY_LENGTH) return query;
  const cut = query.slice(0, MAX_QUERY_LENGTH);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * The canonical text of a data field: folded (case, accents, punctuation) and with every
 * known abbreviation written out, e.g. "Kab. Bantén" → "kabupaten banten".
 */
export function normalizeSearchText(text: string): string {
  const folded = foldText(text);
  return folded && folded.replace(/\S+/g, (word) => ABBREVIATIONS.get(word) ?? word);
}

/**
 * The query's distinct words, each with a leading space so that `indexOf` finds it only at
 * the start of a word. An abbreviation that begins its long form ("kab", "kep", "prov") is
 * left as typed: it already reaches the long form as a prefix, and still finds other words
 * while one types ("kep" → Kepahiang as well as Kepulauan). Others ("jl", "mpp", "propinsi")
 * are rewritten. A word typed twice, or one that begins another word of the query, counts
 * once. Longest first: rarer words rule out non-matches sooner.
 */
function queryTerms(query: string): string[] {
  const folded = foldText(boundedQuery(query));
  if (!folded) return [];
  const words = folded.split(' ').flatMap((word) => {
    const long = ABBREVIATIONS.get(word);
    return long && !long.startsWith(word) ? long.split(' ') : [word];
  });
  // Alphabetical, a word that begins another ("ma" before "mal") comes right before one it
  // begins: it adds nothing ("m ma mal" finds what "mal" finds), and is left out.
  const sorted = words.map((word) => ` ${word}`).sort();
  return sorted
    .filter((term, i) => !sorted[i + 1]?.startsWith(term))
    .sort((a, b) => b.length - a.length);
}

/**
 * Whether every word of `older` begins some word of `newer` (each list as `queryTerms` gives
 * it): then whatever matches `newer` matched `older`. One pass over both lists in
 * alphabetical order, since a word and the words it begins sort next to each other.
 */
function narrows(older: readonly string[], newer: readonly string[]): boolean {
  const next = [...newer].sort();
  let at = 0;
  for (const old of [...older].sort()) {
    while (at < next.length && next[at] < old) at++;
    if (at === next.length || !next[at].startsWith(old)) return false;
  }
  return true;
}

/**
 * One of 32 bits for the letter at `at`: a–z their own, anything else shares (a filter may
 * let a non-match through, `indexOf` then decides; it never rules a match out).
 */
function initialBit(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return 1 << (code >= 97 && code <= 122 ? code - 97 : 26 + (code % 6));
}

// Penalty weights of the ranking rule (see `search`); field weight exceeds any prefix count.
const FIELD_WEIGHT = [0, 1024, 2048] as const;

/**
 * Search over many locations as the visitor types. Everything that does not depend on the
 * query (folding, abbreviations, field boundaries) is done once here, so that a keystroke is
 * one loop of `indexOf` calls over prepared strings.
 */
export class LocationSearchIndex<Item = SearchableFields> {
  /** Per entry: " name regency province address " in canonical form. */
  private readonly haystacks: string[];
  /** Per entry: where the name part and the regency part of its haystack end. */
  private readonly nameEnds: Int32Array;
  private readonly regencyEnds: Int32Array;
  /** Per entry: words in its canonical name (at most 255), the last tie-breaker. */
  private readonly nameWords: Uint8Array;
  /** Per entry: the `initialBit`s of its words, to rule most entries out without `indexOf`. */
  private readonly initials: Int32Array;
  /** The previous search's terms and matches (in input order), to narrow down while typing. */
  private previous?: { terms: string[]; matches: Int32Array };

  /** Entries prepared so far (see `prepareFor`); `search` prepares the rest first. */
  private prepared = 0;

  /**
   * `fieldsOf` maps an item onto its searchable text when the item is prepared, not all at
   * once here: for 100,000 locations that mapping alone would be one long task.
   */
  constructor(
    private readonly items: readonly Item[],
    private readonly fieldsOf: (item: Item) => SearchableFields = (item) =>
      item as SearchableFields,
  ) {
    const count = items.length;
    this.haystacks = new Array<string>(count);
    this.nameEnds = new Int32Array(count);
    this.regencyEnds = new Int32Array(count);
    this.nameWords = new Uint8Array(count);
    this.initials = new Int32Array(count);
  }

  /**
   * Prepares entries for about `milliseconds`; true when all are ready. Lets a large index be
   * built in slices between frames (preparing 100,000 entries takes most of a second).
   */
  prepareFor(milliseconds: number): boolean {
    const deadline = performance.now() + milliseconds;
    const { items } = this;
    while (this.prepared < items.length) {
      const i = this.prepared++;
      const entry = this.fieldsOf(items[i]);
      const name = normalizeSearchText(entry.name ?? '');
      const regency = normalizeSearchText(entry.regency ?? '');
      const rest = `${normalizeSearchText(entry.province ?? '')} ${normalizeSearchText(entry.address ?? '')}`;
      this.nameEnds[i] = name.length + 1;
      this.regencyEnds[i] = name.length + regency.length + 2;
      this.nameWords[i] = Math.min(255, name ? name.split(' ').length : 0);
      const haystack = ` ${name} ${regency} ${rest} `;
      this.haystacks[i] = haystack;
      let initials = 0;
      for (let at = haystack.indexOf(' '); at >= 0 && at < haystack.length - 1;) {
        if (haystack.charCodeAt(at + 1) !== 32) initials |= initialBit(haystack, at + 1);
        at = haystack.indexOf(' ', at + 1);
      }
      this.initials[i] = initials;
      if ((i & 255) === 0 && performance.now() > deadline) break;
    }
    return this.prepared === items.length;
  }

  /**
   * Indices of the entries that match `query`, best first; all entries, in order, for an
   * empty query. An entry matches when every query word begins some word of it.
   *
   * Ranking: each query word costs what its first occurrence costs — by field, name 0,
   * regency 1, province or address 2 (fields weigh most); plus 1 when it is only the start
   * of a longer word ("band" in "bandung") rather than the whole word. Lowest total first;
   * ties go to the shorter name (fewer words: Kota Batu before Kabupaten Batu Bara), then to
   * the input order. So "kab bandung" puts Kabupaten Bandung before Kabupaten Bandung Barat,
   * and "cianjur" puts Kabupaten Cianjur before Kota Bandung (on Jl. Cianjur).
   */
  search(query: string): number[] {
    this.prepareFor(Infinity);
    const count = this.haystacks.length;
    const terms = queryTerms(query);
    if (terms.length === 0) {
      this.previous = undefined;
      return Array.from({ length: count }, (_, i) => i);
    }
    // A typed character usually lengthens the query: when every previous term begins one of
    // the new terms, whatever matches now matched before, so only those entries are checked.
    const previous = this.previous;
    const candidates = previous && narrows(previous.terms, terms) ? previous.matches : undefined;
    const total = candidates ? candidates.length : count;
    let wanted = 0;
    for (const term of terms) wanted |= initialBit(term, 1);

    // Score and index packed into one number (score × count + index), so one numeric sort
    // of a typed array orders by score and then by input order, with no comparator calls.
    const keys = new Float64Array(total);
    const matches = new Int32Array(total);
    let found = 0;
    entries: for (let k = 0; k < total; k++) {
      const i = candidates ? candidates[k] : k;
      if ((this.initials[i] & wanted) !== wanted) continue;
      const haystack = this.haystacks[i];
      let penalty = 0;
      for (const term of terms) {
        const at = haystack.indexOf(term);
        if (at < 0) continue entries;
        penalty += FIELD_WEIGHT[at < this.nameEnds[i] ? 0 : at < this.regencyEnds[i] ? 1 : 2];
        if (haystack.charCodeAt(at + term.length) !== 32) penalty += 1;
      }
      matches[found] = i;
      keys[found++] = (penalty * 256 + this.nameWords[i]) * count + i;
    }
    this.previous = { terms, matches: matches.slice(0, found) };
    return Array.from(keys.subarray(0, found).sort(), (key) => key % count);
  }
}
