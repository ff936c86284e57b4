// Seeded randomness for property tests: a failing case prints its seed, and `?seed=` replays it.

/** mulberry32: small, seedable, good enough to spread test cases. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The seed of this run: `?seed=` in the test page's address, else `fallback`. */
export const seedOf = (fallback: number) =>
  Number(new URLSearchParams(location.search).get('seed') ?? '') || fallback;
