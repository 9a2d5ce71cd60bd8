import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres` user, which must be able
 * to reach its binaries and data folder. A checkout in a private folder (mktemp makes them 0700)
 * would stop it, so give "others" search (x) permission on each folder above — never read or write.
 */
export function makeTraversable(target: string): string[] {
  if (process.getuid?.() !== 0) return [];
  const changed: string[] = [];
  let dir = path.resolve(target);
  while (true) {
    const mode = fs.statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      fs.chmodSync(dir, mode | 0o001);
      changed.push(dir);
    }
    const parent = path.dirname(dir);
    if (parent === dir) return changed;
    dir = parent;
  }
}
