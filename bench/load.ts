/**
 * `npm run bench:load`: a bounded load on loopback against the built portal's proxy and
 * the simulator behind it — logins, FlattenVmInstance submissions and job polls — then
 * every job polled to its end and both processes' memory measured before, right after,
 * and after GC and idle. Writes bench/results/load.json and load.md; exits 1 unless
 * there was no unexpected status, no socket error, no lost job and memory stayed flat.
 *
 * LOAD_DURATION_S (30), LOAD_RATE (200 requests/s), LOAD_CONNECTIONS (10), LOAD_IDLE_S (10).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { drainJobs } from './load/drain';
import { startPortal, startSimulatorProcess, type MeasuredProcess } from './load/processes';
import { isFlat, makeMarkdown, type LoadResult, type ProcessMemory } from './load/report';
import { makeScenario, Tally } from './load/scenario';

const RESULTS = fileURLToPath(new URL('./results/', import.meta.url));
const DURATION_S = Number(process.env['LOAD_DURATION_S'] ?? 30);
const RATE = Number(process.env['LOAD_RATE'] ?? 200);
const CONNECTIONS = Number(process.env['LOAD_CONNECTIONS'] ?? 10);
const IDLE_S = Number(process.env['LOAD_IDLE_S'] ?? 10);
const WARM_UP_S = 3;
const JOB_MS = 1000;
/** Long enough for every job to be polled during the load and drained after it. */
const RETENTION_MS = (DURATION_S + 20) * 1000;

const simulator = await startSimulatorProcess({ LOAD_JOB_MS: String(JOB_MS), LOAD_RETENTION_MS: String(RETENTION_MS) });
const portal = await startPortal(simulator.url);
const both = [portal, simulator];
try {
  console.log(`portal ${portal.url} → simulator ${simulator.url}; warming up for ${WARM_UP_S} s`);
  const warmUp = new Tally();
  await runLoad(makeScenario(warmUp), WARM_UP_S, Math.min(RATE, 100));
  await drainJobs(portal.url, simulator.url, warmUp.locations);
  const before = await sampleAll(both, true);

  console.log(`load: ${DURATION_S} s at up to ${RATE} requests/s over ${CONNECTIONS} connections`);
  const tally = new Tally();
  const result = await runLoad(makeScenario(tally), DURATION_S, RATE);
  const loadEnded = Date.now();
  const after = await sampleAll(both, false);

  console.log(`polling ${tally.locations.length} jobs to their end`);
  const finals = await drainJobs(portal.url, simulator.url, tally.locations);
  console.log(`waiting for the simulator to drop the results, then ${IDLE_S} s idle`);
  await sleep(loadEnded + JOB_MS + RETENTION_MS - Date.now());
  // The simulator drops expired results when it handles a request: one request, then idle and GC.
  await (await fetch(`${simulator.url}/zstack/v1/api-jobs/00000000000000000000000000000000`)).arrayBuffer();
  await sleep(IDLE_S * 1000);
  const idle = await sampleAll(both, true);

  const memory = {
    portal: { before: before[0]!, after: after[0]!, idle: idle[0]! },
    simulator: { before: before[1]!, after: after[1]!, idle: idle[1]! },
  } satisfies Record<string, ProcessMemory>;
  const unexpected = tally.getUnexpected();
  const lostJobs = tally.locations.length - (finals['200'] ?? 0) - (finals['503'] ?? 0);
  const socketErrors = result.errors - result.timeouts;
  const memoryFlat = isFlat(memory.portal) && isFlat(memory.simulator);
  const report: LoadResult = {
    date: new Date().toISOString(),
    node: process.versions.node,
    cpus: availableParallelism(),
    durationS: DURATION_S,
    rate: RATE,
    connections: CONNECTIONS,
    idleS: IDLE_S,
    retentionS: RETENTION_MS / 1000,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    statuses: tally.statuses,
    unexpected,
    socketErrors,
    timeouts: result.timeouts,
    jobs: tally.locations.length,
    finals,
    lostJobs,
    memory,
    memoryFlat,
    passed: unexpected.length === 0 && socketErrors === 0 && result.timeouts === 0 && lostJobs === 0 && memoryFlat,
  };
  await mkdir(RESULTS, { recursive: true });
  await writeFile(`${RESULTS}load.json`, `${JSON.stringify(report, null, 2)}\n`);
  const markdown = makeMarkdown(report);
  await writeFile(`${RESULTS}load.md`, markdown);
  console.log(markdown);
  process.exitCode = report.passed ? 0 : 1;
} finally {
  await Promise.all(both.map((p) => p.stop()));
}

function runLoad(requests: ReturnType<typeof makeScenario>, durationS: number, rate: number) {
  return autocannon({
    url: portal.url,
    connections: CONNECTIONS,
    duration: durationS,
    overallRate: rate,
    timeout: 10,
    headers: { 'X-Portal-Endpoint': simulator.url, Origin: portal.url },
    requests,
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(ms, 0)));
}

/** Memory of each process, after a full GC when asked. */
async function sampleAll(processes: MeasuredProcess[], collect: boolean) {
  if (collect) await Promise.all(processes.map((p) => p.inspector.collectGarbage()));
  return Promise.all(processes.map((p) => p.inspector.getMemory()));
}
