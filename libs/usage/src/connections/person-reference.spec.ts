import { hashPersonReference } from './person-reference';

describe('person references', () => {
  it('hashes with a key, the same reference to the same hash', () => {
    expect(hashPersonReference('lw-1', 'k1')).toBe(hashPersonReference('LW-1', 'k1'));
    expect(hashPersonReference('lw-1', 'k1')).not.toBe(hashPersonReference('lw-1', 'k2'));
    expect(hashPersonReference('lw-1', 'k1')).toMatch(/^[0-9a-f]{64}$/);
  });
});
