// Builds the api and the web app unless nothing they are built from has changed since the last
// build, so a second `npm start` serves in seconds and never rewrites dist/ under a running server.
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['apps', 'libs', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];
const OUTPUTS = ['dist/apps/api/src/main.js', 'dist/web/index.html'];
const STAMP = 'dist/.source-fingerprint';

/** Every source file's path, size and modification time, in a stable order. */
function* files(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return;
  if (!stat.isDirectory()) {
    yield `${path}\t${stat.size}\t${stat.mtimeMs}`;
    return;
  }
  for (const entry of readdirSync(path).sort()) if (entry !== 'node_modules') yield* files(join(path, entry));
}

const hash = createHash('sha256');
for (const source of SOURCES) for (const line of files(source)) hash.update(`${line}\n`);
const fingerprint = hash.digest('hex');

const built = OUTPUTS.every((output) => existsSync(output)) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === fingerprint;
if (built) {
  console.log('Nothing changed since the last build: starting from dist/');
} else {
  execSync('npm run build', { stdio: 'inherit' });
  writeFileSync(STAMP, fingerprint);
}
