/**
 * `npm run bench` and `npm run bench:load` run this first: it installs what only the
 * bench needs (the peers Redoc, Swagger UI and Scalar, and autocannon) into
 * bench/node_modules from bench/package-lock.json, on first use and again whenever that
 * lock is newer than the install. The portal's own `npm install` never carries them.
 */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BENCH = fileURLToPath(new URL('./', import.meta.url));
const LOCK = `${BENCH}package-lock.json`;
// npm writes this hidden lockfile at the end of every install into the folder.
const INSTALLED = `${BENCH}node_modules/.package-lock.json`;

if (getModifiedMs(INSTALLED) < getModifiedMs(LOCK)) {
  console.log('Installing the bench’s peers and load tools into bench/node_modules (first use only)…');
  const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: BENCH, stdio: 'inherit' });
  if (npm.status !== 0) {
    console.error('npm ci in bench/ failed: the bench cannot run without its peers.');
    process.exit(npm.status ?? 1);
  }
}

function getModifiedMs(path: string): number {
  return statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0;
}
