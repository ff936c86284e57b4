import { matchKey } from './forgiving-match.js';

// "Did you mean …?" for owner hints and for the checklist's choices. The finder and the badge
// load it with their hint chunks only; the checklist's service matching imports it directly
// (it offers close spellings to visitors), so a checklist page always downloads it.

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
