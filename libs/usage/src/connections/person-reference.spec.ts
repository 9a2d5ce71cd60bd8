import { hashPersonReference, looksLikeNhsNumber, personReferenceProblem } from './person-reference';

describe('person references', () => {
  it('recognises NHS numbers by their check digit, with or without spaces', () => {
    expect(looksLikeNhsNumber('9434765919')).toBe(true);
    expect(looksLikeNhsNumber('943 476 5919')).toBe(true);
    expect(looksLikeNhsNumber('ref 943-476-5919')).toBe(true);
    expect(looksLikeNhsNumber('9434765918')).toBe(false); // wrong check digit
    expect(looksLikeNhsNumber('12345')).toBe(false);
  });

  it('accepts opaque references and refuses NHS numbers, emails and free text', () => {
    expect(personReferenceProblem('LW-2026-0042')).toBeUndefined();
    expect(personReferenceProblem('9434765919')).toMatch(/NHS number/);
    expect(personReferenceProblem('jo@example.org')).toMatch(/email/);
    expect(personReferenceProblem('Mrs Jones, lonely since husband died')).toMatch(/no names or notes/);
  });

  it('hashes with a key, the same reference to the same hash', () => {
    expect(hashPersonReference('lw-1', 'k1')).toBe(hashPersonReference('LW-1', 'k1'));
    expect(hashPersonReference('lw-1', 'k1')).not.toBe(hashPersonReference('lw-1', 'k2'));
    expect(hashPersonReference('lw-1', 'k1')).toMatch(/^[0-9a-f]{64}$/);
  });
});
