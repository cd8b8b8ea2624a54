import { spawn } from 'node:child_process';
import { readFile, readdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
// The project's build as `npm run build` runs it (scripts/build.ts through tsx's loader, in one node process):
// astro build, then the search index.
const BUILD = ['--import', 'tsx', `${ROOT}scripts/build.ts`];
const SAMPLE_MS = 100;

/**
 * Runs the project's build (`astro build`, then the search index) into `outDir` as a child process and measures its wall
 * time and peak memory: the highest sum of the resident sets of the build's
 * whole process tree (Astro, and helpers such as Pagefind's service), sampled
 * every 100 ms, and the largest single process's peak as the kernel counts it.
 */
export async function buildSite(outDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  await rm(outDir, { recursive: true, force: true });
  const started = performance.now();
  const child = spawn(process.execPath, [...BUILD, '--outDir', outDir], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let treePeak = 0;
  let processPeak = 0;
  const sampler = setInterval(() => {
    void getTreeMemory(child.pid!).then(({ rss, hwm }) => {
      treePeak = Math.max(treePeak, rss);
      processPeak = Math.max(processPeak, hwm);
    });
  }, SAMPLE_MS);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(sampler);
  const wallMs = performance.now() - started;
  if (code !== 0) throw new Error(`astro build failed (${code}):\n${output.slice(-4000)}`);
  return { outDir, wallMs, peakTreeBytes: treePeak, peakProcessBytes: processPeak, log: output };
}

/** The current resident set of `pid` and all its descendants, and the highest per-process peak among them. */
async function getTreeMemory(pid: number): Promise<{ rss: number; hwm: number }> {
  const children = await getChildren();
  let rss = 0;
  let hwm = 0;
  const queue = [pid];
  while (queue.length > 0) {
    const current = queue.shift()!;
    const status = await readFile(`/proc/${current}/status`, 'utf8').catch(() => '');
    rss += getKilobytes(status, 'VmRSS') * 1024;
    hwm = Math.max(hwm, getKilobytes(status, 'VmHWM') * 1024);
    queue.push(...(children.get(current) ?? []));
  }
  return { rss, hwm };
}

async function getChildren(): Promise<Map<number, number[]>> {
  const children = new Map<number, number[]>();
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  await Promise.all(
    pids.map(async (pid) => {
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!parent) return;
      children.set(parent, [...(children.get(parent) ?? []), Number(pid)]);
    }),
  );
  return children;
}

function getKilobytes(status: string, key: string): number {
  return Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
}

export interface BuildResult {
  outDir: string;
  wallMs: number;
  peakTreeBytes: number;
  peakProcessBytes: number;
  log: string;
}
