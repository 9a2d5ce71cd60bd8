import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export const CONTACT_KEY = Symbol('CONTACT_KEY');

/** What a link worker hands to a group, with the person's consent. */
export interface SealedContact {
  name: string;
  phone?: string;
  email?: string;
}

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * AES-256-GCM for the contact handoff. The connection's id is the additional authenticated data, so
 * a sealed contact copied onto another connection does not open. Layout: version, IV, tag, ciphertext.
 */
export class ContactSealer {
  private readonly key: Buffer;

  constructor(hexKey: string) {
    this.key = Buffer.from(hexKey, 'hex');
    if (this.key.length !== 32) throw new Error('CONTACT_KEY must be 64 hexadecimal characters (32 bytes)');
  }

  seal(connectionId: string, contact: SealedContact): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv).setAAD(Buffer.from(connectionId));
    const body = Buffer.concat([cipher.update(JSON.stringify(contact), 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
  }

  open(connectionId: string, sealed: Buffer): SealedContact {
    if (sealed[0] !== VERSION) throw new Error('Unknown sealed contact version');
    const iv = sealed.subarray(1, 1 + IV_BYTES);
    const tag = sealed.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', this.key, iv).setAAD(Buffer.from(connectionId)).setAuthTag(tag);
    const body = Buffer.concat([decipher.update(sealed.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]);
    return JSON.parse(body.toString('utf8')) as SealedContact;
  }
}
