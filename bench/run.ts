import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../tests/support/browser';
import { startSite, type RunningSite } from '../tests/support/server';
import { buildSite, type BuildResult } from './build';
import { importZStack } from './import';
import { getInstallSizes } from './install-size';
import { writeGeneratedSpec } from './generate';
import { measureLoad, measurePanel, type LoadSample, type PanelSample } from './measure';
import { mergeDescription } from './merge';
import { PEERS, startPeerServer } from './peers';
import {
  formatBytes,
  formatMarkdown,
  formatMs,
  getBudgets,
  summariseLoads,
  summarisePanels,
  type BenchResults,
  type DescriptionResults,
} from './report';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const OUT = join(ROOT, 'bench/.out');
const RESULTS = join(ROOT, 'bench/results');
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
/** The peers take tens of seconds per load of the 1,000-operation description; three runs keep the bench near 10 minutes. */
const LARGE_PEER_RUNS = Math.min(RUNS, 3);
const GENERATED_OPERATIONS = 1000;
const OPERATION = 'FlattenVmInstance';
const SUMMARY = '扁平合并云主机';
const DEEP_FIELD = 'response.inventory.allVolumes.lastVmInstanceUuid';

const started = performance.now();
const generated = await writeGeneratedSpec(join(ROOT, 'openapi'), join(OUT, 'specs/zstack-1000'), GENERATED_OPERATIONS);
log(`generated ${generated.operations} operations in ${generated.documents} documents`);
const descriptions = [
  { name: 'real', specDir: join(ROOT, 'openapi'), operations: 0 },
  { name: `zstack-${GENERATED_OPERATIONS}`, specDir: generated.dir, operations: generated.operations },
];
// With a ZStack checkout, the whole public API as the importer writes it, beside the hand-written documents.
const zstackSource = process.env['ZSTACK_SOURCE'];
let importMs: number | undefined;
if (zstackSource) {
  const imported = await importZStack(ROOT, zstackSource, join(OUT, 'specs/zstack-import'));
  importMs = imported.ms;
  descriptions.push({ name: 'zstack-import', specDir: imported.dir, operations: 0 });
  log(`imported ${zstackSource} in ${formatMs(imported.ms)}`);
} else {
  log('ZSTACK_SOURCE is not set: the imported ZStack API is not measured');
}

const builds: Array<BuildResult & { clientBytes: number }> = [];
for (const d of descriptions) {
  const build = await buildSite(join(OUT, d.name), { PORTAL_OPENAPI_DIR: d.specDir });
  d.operations ||= Number(/共 (\d+) 个操作/.exec(build.log)?.[1] ?? 0);
  log(
    `built ${d.name} (${d.operations} operations) in ${formatMs(build.wallMs)}, peak ${formatBytes(build.peakTreeBytes)}`,
  );
  builds.push({ ...build, clientBytes: await getSize(join(build.outDir, 'client')) });
}

const sites: RunningSite[] = [];
for (const build of builds) sites.push(await startSite(build.outDir));
const peerServer = await startPeerServer(
  Object.fromEntries(await Promise.all(descriptions.map(async (d) => [d.name, await mergeDescription(d.specDir)]))),
);
const browser = await launchBrowser();
const stop = () =>
  void Promise.allSettled([browser.dispose(), peerServer.close(), ...sites.map((site) => site.close())]).then(() =>
    process.exit(130),
  );
process.once('SIGINT', stop).once('SIGTERM', stop);
const samples = descriptions.map(() => ({
  load: [] as LoadSample[],
  deep: [] as LoadSample[],
  panel: [] as PanelSample[],
  peers: new Map<string, LoadSample[]>(),
}));
try {
  for (let run = 1; run <= RUNS; run += 1) {
    for (const [i, d] of descriptions.entries()) {
      const pageUrl = `${sites[i]!.url}/api/${OPERATION}/`;
      const load = await measureLoad(browser, pageUrl);
      samples[i]!.panel.push(await measurePanel(load.page, load.network));
      await load.context.close();
      samples[i]!.load.push(load);
      const deep = await measureLoad(browser, `${pageUrl}#${DEEP_FIELD}`, { kind: 'hash' });
      await deep.context.close();
      samples[i]!.deep.push(deep);
      for (const peer of d.name !== 'real' && run > LARGE_PEER_RUNS ? [] : PEERS) {
        const result = await measureLoad(browser, peerServer.getPageUrl(d.name, peer), {
          kind: 'text',
          selector: peer.heading,
          texts: [SUMMARY, OPERATION],
        });
        await result.context.close();
        samples[i]!.peers.set(peer.name, [...(samples[i]!.peers.get(peer.name) ?? []), result]);
      }
      log(`run ${run}/${RUNS} ${d.name}: ours ${formatBytes(load.bytes)}, deep field ${formatMs(deep.visibleMs)}`);
    }
  }
} finally {
  await browser.dispose();
  await peerServer.close();
  await Promise.all(sites.map((site) => site.close()));
}

const results: Omit<BenchResults, 'budgets'> = {
  date: new Date().toISOString(),
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')} at the end`,
  browser: browser.version(),
  runs: RUNS,
  install: await getInstallSizes(),
  ...(importMs === undefined ? {} : { importMs }),
  descriptions: Object.fromEntries(
    descriptions.map((d, i): [string, DescriptionResults] => {
      const { log: _log, outDir: _outDir, ...build } = builds[i]!;
      const s = samples[i]!;
      return [
        d.name,
        {
          operations: d.operations,
          build,
          ours: {
            load: summariseLoads(s.load),
            deepLink: summariseLoads(s.deep),
            panel: summarisePanels(s.panel),
            files: s.load[0]?.byUrl ?? [],
          },
          peers: Object.fromEntries([...s.peers].map(([name, list]) => [name, summariseLoads(list)])),
        },
      ];
    }),
  ),
};
const complete: BenchResults = { ...results, budgets: getBudgets(results) };
await mkdir(RESULTS, { recursive: true });
await writeFile(join(RESULTS, 'latest.json'), `${JSON.stringify(complete, null, 2)}\n`);
await writeFile(join(RESULTS, 'latest.md'), formatMarkdown(complete));
for (const budget of complete.budgets)
  console.log(`${budget.pass ? 'PASS' : 'FAIL'}  ${budget.name}: ${budget.actual} (limit ${budget.limit})`);
log(`wrote bench/results/latest.md and latest.json in ${formatMs(performance.now() - started)}`);

function log(message: string) {
  console.log(`[bench ${formatMs(performance.now() - started)}] ${message}`);
}

async function getSize(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}
