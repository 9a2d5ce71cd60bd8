import { normalisePostcode, outwardCode } from './postcode';
import { distanceKm, outcodeCentroid } from './outcode-table';
import { locatePostcode } from './postcode-locator';

describe('postcodes', () => {
  it.each([
    ['m1 1ae', 'M1 1AE'],
    ['M11AE', 'M1 1AE'],
    ['  sw1a   1aa ', 'SW1A 1AA'],
    ['OL16 1AB', 'OL16 1AB'],
    ['w1a0ax', 'W1A 0AX'],
  ])('normalises %p to %p', (input, expected) => {
    expect(normalisePostcode(input)).toBe(expected);
  });

  it.each(['', 'M1', 'hello', '12345', 'M1 1AEE', 'QQ'])('rejects %p as a full postcode', (input) => {
    expect(normalisePostcode(input)).toBeUndefined();
  });

  it('takes the outward code of full and bare postcodes', () => {
    expect(outwardCode('m14 5ab')).toBe('M14');
    expect(outwardCode('m14')).toBe('M14');
    expect(outwardCode('not a postcode')).toBeUndefined();
  });

  it('finds outward-code centroids from the shipped table', () => {
    const m1 = outcodeCentroid('M1');
    expect(m1?.latitude).toBeCloseTo(53.48, 1);
    expect(m1?.longitude).toBeCloseTo(-2.23, 1);
    expect(outcodeCentroid('ZZ99')).toBeUndefined();
  });

  it('locates a postcode or explains the problem naming the field', () => {
    expect(locatePostcode('m1 1ae').outcode).toBe('M1');
    expect(() => locatePostcode('nope', 'near.postcode')).toThrow('near.postcode: "nope" is not a UK postcode');
    expect(() => locatePostcode('ZZ9 9ZZ')).toThrow('postcode: postcode area ZZ9 is not known');
  });

  it('measures great-circle distance', () => {
    // Manchester to Liverpool city centres: about 50 km.
    const d = distanceKm({ latitude: 53.4808, longitude: -2.2426 }, { latitude: 53.4084, longitude: -2.9916 });
    expect(d).toBeGreaterThan(49);
    expect(d).toBeLessThan(52);
  });
});
