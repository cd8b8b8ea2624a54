import { readFile, mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../tests/support/browser';
import { startSite, type RunningSite } from '../tests/support/server';
import { buildSite, type BuildResult } from './build';
import { importZStack } from './import';
import { getInstallSizes } from './install-size';
import { writeGeneratedSpec } from './generate';
import {
  measureLoad,
  measurePanel,
  measureSearch,
  measureSecondPanel,
  type LoadSample,
  type PanelSample,
  type SearchSample,
} from './measure';
import { mergeDescription } from './merge';
import { startPeerServer } from './peers';
import {
  formatBytes,
  formatMarkdown,
  formatMs,
  getBudgets,
  getPeerRuns,
  parseSizes,
  summariseLoads,
  summarisePanels,
  summariseSearches,
  type BenchResults,
  type DescriptionResults,
} from './report';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const OUT = join(ROOT, 'bench/.out');
const RESULTS = join(ROOT, 'bench/results');
/** Runs of our own measurements (medians of at least 5 for the published figures). */
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
/** The generated descriptions' sizes, in operations: `BENCH_SIZES=200` for a quick run. */
const SIZES = parseSizes(process.env['BENCH_SIZES']);
/** Runs of each peer: as many as ours on the real description, fewer on large ones (see getPeerRuns). */
const PEER_RUNS = process.env['BENCH_PEER_RUNS'] === undefined ? undefined : Number(process.env['BENCH_PEER_RUNS']);
const OPERATION = 'FlattenVmInstance';
const SUMMARY = '扁平合并云主机';
const DEEP_FIELD = 'response.inventory.allVolumes.lastVmInstanceUuid';
/** The second operation page whose 在线调试 panel is opened after FlattenVmInstance's, in the same browser. */
const SECOND_OPERATION = 'StopVmInstance';
const SEARCH_QUERIES = ['lastVmInstanceUuid', `${OPERATION} lastVmInstanceUuid`];
const FLOOR_TEXT = join(ROOT, 'tests/fixtures/seed/FlattenVmInstance.zh-CN.txt');

const started = performance.now();
const loadAtStart = loadavg();
const descriptions: Array<{ name: string; specDir: string; operations: number; generated?: number }> = [
  { name: 'real', specDir: join(ROOT, 'openapi'), operations: 0 },
];
for (const size of SIZES) {
  const generated = await writeGeneratedSpec(join(ROOT, 'openapi'), join(OUT, `specs/zstack-${size}`), size);
  log(`generated ${generated.operations} operations in ${generated.documents} documents`);
  descriptions.push({
    name: `zstack-${size}`,
    specDir: generated.dir,
    operations: generated.operations,
    generated: size,
  });
}
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

const builds: Array<BuildResult & { clientBytes: number; searchIndexBytes: number }> = [];
for (const d of descriptions) {
  const build = await buildSite(join(OUT, d.name), { PORTAL_OPENAPI_DIR: d.specDir });
  d.operations ||= Number(/共 (\d+) 个操作/.exec(build.log)?.[1] ?? 0);
  const clientBytes = await getSize(join(build.outDir, 'client'));
  log(
    `built ${d.name} (${d.operations} operations) in ${formatMs(build.wallMs)}, peak ${formatBytes(build.peakTreeBytes)}, output ${formatBytes(clientBytes)}`,
  );
  builds.push({ ...build, clientBytes, searchIndexBytes: await getSearchIndexSize(join(build.outDir, 'client')) });
}

const sites: RunningSite[] = [];
for (const build of builds) sites.push(await startSite(build.outDir));
log('pre-rendering the peers’ pages');
const peerServer = await startPeerServer(
  Object.fromEntries(await Promise.all(descriptions.map(async (d) => [d.name, await mergeDescription(d.specDir)]))),
  await readFile(FLOOR_TEXT, 'utf8'),
);
for (const [name, failures] of Object.entries(peerServer.failures)) {
  for (const [peer, reason] of Object.entries(failures)) log(`${peer} on ${name}: ${reason}`);
}
const browser = await launchBrowser();
const stop = () =>
  void Promise.allSettled([browser.dispose(), peerServer.close(), ...sites.map((site) => site.close())]).then(() =>
    process.exit(130),
  );
process.once('SIGINT', stop).once('SIGTERM', stop);
const floor: LoadSample[] = [];
const samples = descriptions.map(() => ({
  load: [] as LoadSample[],
  deep: [] as LoadSample[],
  panel: [] as PanelSample[],
  secondPanel: [] as PanelSample[],
  search: [] as SearchSample[],
  peers: new Map<string, LoadSample[]>(),
}));
try {
  for (let run = 1; run <= RUNS; run += 1) {
    const plain = await measureLoad(browser, peerServer.floorUrl);
    await plain.context.close();
    floor.push(plain);
    for (const [i, d] of descriptions.entries()) {
      const s = samples[i]!;
      const site = sites[i]!.url;
      const pageUrl = `${site}/api/${OPERATION}/`;
      const load = await measureLoad(browser, pageUrl, { kind: 'text', selector: 'h1', texts: [SUMMARY, OPERATION] });
      s.panel.push(await measurePanel(load.page, load.network));
      await load.context.close();
      s.load.push(load);
      const deep = await measureLoad(browser, `${pageUrl}#${DEEP_FIELD}`, { kind: 'hash' });
      await deep.context.close();
      s.deep.push(deep);
      s.secondPanel.push(await measureSecondPanel(pageUrl, `${site}/api/${SECOND_OPERATION}/`));
      s.search.push(await measureSearch(browser, pageUrl, SEARCH_QUERIES));
      const peers = run <= getPeerRuns(RUNS, d.operations, PEER_RUNS) ? peerServer.getPeers(d.name) : [];
      for (const peer of peers) {
        const result = await measureLoad(browser, peerServer.getPageUrl(d.name, peer), {
          kind: 'text',
          selector: peer.heading,
          texts: [SUMMARY, OPERATION],
        });
        await result.context.close();
        s.peers.set(peer.name, [...(s.peers.get(peer.name) ?? []), result]);
      }
      log(
        `run ${run}/${RUNS} ${d.name}: ours ${formatBytes(load.bytes)}, FCP by deep link ${formatMs(deep.fcpMs)} (floor ${formatMs(plain.fcpMs)}), deep field ${formatMs(deep.visibleMs)}`,
      );
    }
  }
} finally {
  await browser.dispose();
  await peerServer.close();
  await Promise.all(sites.map((site) => site.close()));
}

const results: Omit<BenchResults, 'budgets'> = {
  date: new Date().toISOString(),
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`,
  load: { cores: cpus().length, start: loadAtStart, end: loadavg() },
  browser: browser.version(),
  runs: RUNS,
  peerVersions: peerServer.versions,
  install: await getInstallSizes(),
  ...(importMs === undefined ? {} : { importMs }),
  floor: summariseLoads(floor),
  descriptions: Object.fromEntries(
    descriptions.map((d, i): [string, DescriptionResults] => {
      const { log: _log, outDir: _outDir, ...build } = builds[i]!;
      const s = samples[i]!;
      return [
        d.name,
        {
          operations: d.operations,
          ...(d.generated === undefined ? {} : { generated: d.generated }),
          build,
          ours: {
            load: summariseLoads(s.load),
            deepLink: summariseLoads(s.deep),
            panel: summarisePanels(s.panel),
            secondPanel: summarisePanels(s.secondPanel),
            search: summariseSearches(s.search, OPERATION, DEEP_FIELD),
            files: s.load[0]?.byUrl ?? [],
          },
          peers: Object.fromEntries([...s.peers].map(([name, list]) => [name, summariseLoads(list)])),
          peerFailures: peerServer.failures[d.name] ?? {},
        },
      ];
    }),
  ),
};
const complete: BenchResults = { ...results, budgets: getBudgets(results) };
const day = complete.date.slice(0, 10);
const markdown = formatMarkdown(complete);
const json = `${JSON.stringify(complete, null, 2)}\n`;
await mkdir(RESULTS, { recursive: true });
await writeFile(join(RESULTS, `${day}.json`), json);
await writeFile(join(RESULTS, `${day}.md`), markdown);
await writeFile(join(RESULTS, 'latest.json'), json);
await writeFile(join(RESULTS, 'latest.md'), markdown);
for (const budget of complete.budgets)
  console.log(`${budget.pass ? 'PASS' : 'FAIL'}  ${budget.name}: ${budget.actual} (limit ${budget.limit})`);
log(`wrote bench/results/${day}.md and .json (and latest.*) in ${formatMs(performance.now() - started)}`);

function log(message: string) {
  console.log(`[bench ${formatMs(performance.now() - started)}] ${message}`);
}

/** Every bundle of the search index (`pagefind/`, `pagefind-2/`…, see src/lib/search/bundles.ts) and the field index (`search-fields/`). */
async function getSearchIndexSize(clientDir: string): Promise<number> {
  const folders = (await readdir(clientDir)).filter((name) => /^(pagefind(-\d+)?|search-fields)$/.test(name));
  const sizes = await Promise.all(folders.map((name) => getSize(join(clientDir, name))));
  return sizes.reduce((sum, size) => sum + size, 0);
}

async function getSize(dir: string): Promise<number> {
  let total = 0;
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  for (const entry of entries) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}
