import * as fs from 'node:fs/promises';
import * as path from 'node:path';

/** Where evidence files live. Local disk by default; an object store can implement the same two calls. */
export interface EvidenceStorage {
  put(key: string, bytes: Buffer): Promise<void>;
  get(key: string): Promise<Buffer>;
}
export const EVIDENCE_STORAGE = Symbol('EVIDENCE_STORAGE');

export class LocalDiskStorage implements EvidenceStorage {
  constructor(private readonly root: string) {}

  async put(key: string, bytes: Buffer): Promise<void> {
    const file = this.file(key);
    await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    // Written under a temporary name and renamed, so a reader never sees half a file.
    await fs.writeFile(`${file}.part`, bytes, { mode: 0o600 });
    await fs.rename(`${file}.part`, file);
  }

  get(key: string): Promise<Buffer> {
    return fs.readFile(this.file(key));
  }

  private file(key: string): string {
    if (!/^[0-9a-f-]{36}\.[a-z]{3,4}$/.test(key)) throw new Error(`invalid storage key ${key}`);
    return path.join(this.root, key.slice(0, 2), key);
  }
}
