/**
 * Deterministic pseudo-random numbers in [0, 1) from a seed (mulberry32): the same sequence on every
 * machine, with a period of 2³², so millions of draws never repeat a pattern.
 */
export function seededRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
