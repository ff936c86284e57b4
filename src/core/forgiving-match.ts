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
