import { normalisePostcode, outwardCode } from './postcode';
import { distanceKm, outcodeCentroid } from './outcode-table';
import { ukOutcodeNear } from './gazetteer/locator';
import { roundedDistanceKm } from './location';

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

  it('knows a point in the UK by its nearest outward code, and refuses one abroad', () => {
    expect(ukOutcodeNear({ latitude: 53.4808, longitude: -2.2426 })).toBe('M2');
    expect(ukOutcodeNear({ latitude: 54.597, longitude: -5.93 })).toMatch(/^BT/); // Belfast
    expect(ukOutcodeNear({ latitude: 53.35, longitude: -6.26 })).toBeUndefined(); // Dublin
    expect(ukOutcodeNear({ latitude: 50.72, longitude: 1.61 })).toBeUndefined(); // Boulogne
    expect(ukOutcodeNear({ latitude: 48.85, longitude: 2.35 })).toBeUndefined(); // Paris
  });

  it('rounds a distance to what its precision supports', () => {
    const [a, b] = [
      { latitude: 53.4808, longitude: -2.2426 },
      { latitude: 53.4084, longitude: -2.9916 },
    ];
    expect(roundedDistanceKm(a, b, false)).toBe(Math.round(distanceKm(a, b) * 10) / 10);
    expect(roundedDistanceKm(a, b, true)).toBe(Math.round(distanceKm(a, b)));
    // Within an outward code's centre: "about 1 km", never a precise-looking 0.
    expect(roundedDistanceKm(a, a, true)).toBe(1);
    expect(roundedDistanceKm(a, a, false)).toBe(0);
  });

  it('measures great-circle distance', () => {
    // Manchester to Liverpool city centres: about 50 km.
    const d = distanceKm({ latitude: 53.4808, longitude: -2.2426 }, { latitude: 53.4084, longitude: -2.9916 });
    expect(d).toBeGreaterThan(49);
    expect(d).toBeLessThan(52);
  });
});
