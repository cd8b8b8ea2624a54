import { existsSync } from 'node:fs';
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BENCH = fileURLToPath(new URL('./', import.meta.url));

/**
 * What a user's `npm install` of the portal weighs on disk, beside what the bench installs
 * for itself, and which of the bench's own packages (peers, load tools) the portal's
 * install carries anyway (none, since they moved to bench/package.json).
 */
export async function getInstallSizes(root = ROOT, bench = BENCH): Promise<InstallSizes> {
  const { dependencies } = JSON.parse(await readFile(join(bench, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  return {
    rootBytes: await getDiskUsage(join(root, 'node_modules')),
    benchBytes: await getDiskUsage(join(bench, 'node_modules')),
    benchPackagesInRoot: Object.keys(dependencies).filter((name) => existsSync(join(root, 'node_modules', name))),
  };
}

/** Disk usage of a folder as `du` counts it: allocated blocks, a hard-linked file once; 0 when it is missing. */
export async function getDiskUsage(dir: string): Promise<number> {
  if (!existsSync(dir)) return 0;
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const seen = new Set<string>();
  let bytes = 0;
  for (const path of [dir, ...entries.map((entry) => join(entry.parentPath, entry.name))]) {
    const stats = await lstat(path);
    const inode = `${stats.dev}:${stats.ino}`;
    if (seen.has(inode)) continue;
    seen.add(inode);
    bytes += stats.blocks * 512;
  }
  return bytes;
}

export interface InstallSizes {
  /** The portal's node_modules, as `npm install` (or `npm ci`) leaves it. */
  rootBytes: number;
  /** bench/node_modules: the peers and load tools, installed by `npm run bench` only. */
  benchBytes: number;
  /** The bench's packages found in the portal's node_modules (should be none). */
  benchPackagesInRoot: string[];
}
