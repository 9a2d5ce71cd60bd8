import { seededRandom } from './seeded-random';

describe('seededRandom', () => {
  it('gives the same sequence for the same seed, and another for another seed', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('does not fall into a short cycle over a million draws (a benchmark draws that many)', () => {
    const random = seededRandom(42);
    const seen = new Set<number>();
    let outOfRange = 0;
    for (let i = 0; i < 1_000_000; i++) {
      const value = random();
      if (value < 0 || value >= 1) outOfRange++;
      seen.add(value);
    }
    expect(outOfRange).toBe(0);
    expect(seen.size).toBeGreaterThan(999_000);
  });
});
