import { randomBytes } from 'node:crypto';
import { ContactSealer } from './contact-sealer';

describe('ContactSealer', () => {
  const sealer = new ContactSealer(randomBytes(32).toString('hex'));
  const id = '6f1c1f7e-3b0e-4f57-9a55-0c2b7f0f2a11';

  it('opens what it sealed, and the sealed bytes hold no plaintext', () => {
    const sealed = sealer.seal(id, { name: 'Robin', phone: '07700 900123' });
    expect(sealed.toString('latin1')).not.toMatch(/Robin|07700/);
    expect(sealer.open(id, sealed)).toEqual({ name: 'Robin', phone: '07700 900123' });
  });

  it('refuses a contact moved to another connection, tampered with, or sealed under another key', () => {
    const sealed = sealer.seal(id, { name: 'Robin', email: 'robin@example.org' });
    expect(() => sealer.open('00000000-0000-4000-8000-000000000000', sealed)).toThrow();
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1] ^= 1;
    expect(() => sealer.open(id, tampered)).toThrow();
    expect(() => new ContactSealer(randomBytes(32).toString('hex')).open(id, sealed)).toThrow();
  });

  it('needs a 32-byte key', () => {
    expect(() => new ContactSealer('abcd')).toThrow(/64 hexadecimal/);
  });
});
