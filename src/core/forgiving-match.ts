/**
 * Matching what a webmaster typed against the values a widget knows (province names, service
 * ids) the way a person would read them: case, spaces, hyphens, underscores, dots and the
 * curly quotes a word processor or a chat app puts in do not matter; close misspellings are
 * suggested, never silently chosen.
 */

const QUOTES = /[\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b\u00ab\u00bb\u2039\u203a"'`]/g;

/** A comparison key: lower case, quotes dropped, separators and spaces removed. */
export function matchKey(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(QUOTES, '')
    .replace(/[\s\-_.,/]+/g, '');
}

/** The value with its quotes dropped and its separators made single spaces. */
export function cleanWords(value: string): string {
  return value
    .normalize('NFKC')
    .replace(QUOTES, '')
    .replace(/[\s_]+/g, ' ')
    .trim();
}

export interface WrittenAttribute {
  value: string;
  /** The value came wrapped in curly (or doubled) quotes. */
  curlyQuotes: boolean;
}

const OPENING_QUOTE = /^[\u201c\u201d\u201e\u2018\u2019\u00ab"']/;
const CLOSING_QUOTE = /[\u201c\u201d\u2018\u2019\u00bb"']$/;

/**
 * The value of attribute `name` as the webmaster meant it. Pasted from a chat or a word
 * processor, `province=“Jawa Barat”` reaches the browser with curly quotes, which HTML does
 * not treat as quotes: the attribute is `“Jawa` and `barat”` becomes an attribute of its own.
 * The following attributes are joined back (their names, lower-cased by the parser) up to the
 * closing quote.
 */
export function attributeAsWritten(host: Element, name: string): WrittenAttribute {
  const attributes = [...host.attributes];
  const index = attributes.findIndex((attribute) => attribute.name === name);
  const first = index < 0 ? '' : attributes[index].value;
  if (!OPENING_QUOTE.test(first)) return { value: first, curlyQuotes: false };
  let value = first;
  for (let next = index + 1; !CLOSING_QUOTE.test(value) && next < attributes.length; next++) {
    const attribute = attributes[next];
    if (attribute.value !== '') break; // a real attribute, not a word of the split value
    value += ` ${attribute.name}`;
  }
  return { value: cleanWords(value), curlyQuotes: true };
}

/** Levenshtein distance, for "did you mean" (short strings only). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length];
}

export interface Candidate<T> {
  /** Spellings that name it (compared through {@link matchKey}). */
  spellings: readonly string[];
  value: T;
}

/**
 * The candidates `wanted` could mean, closest first, at most `limit`: those a spelling of which
 * starts with it, then those within a few typos. For suggestions only.
 */
export function suggestionsFor<T>(
  wanted: string,
  candidates: readonly Candidate<T>[],
  limit = 5,
): T[] {
  const key = matchKey(wanted);
  if (!key) return [];
  const allowed = Math.max(1, Math.floor(key.length / 4));
  const scored: { value: T; score: number }[] = [];
  for (const candidate of candidates) {
    let best = Infinity;
    for (const spelling of candidate.spellings) {
      const other = matchKey(spelling);
      const score = other.startsWith(key) ? 0 : editDistance(key, other);
      best = Math.min(best, score);
    }
    if (best <= allowed) scored.push({ value: candidate.value, score: best });
  }
  return scored
    .sort((a, b) => a.score - b.score)
    .slice(0, limit)
    .map(({ value }) => value);
}
