import type { MemoryFigures } from './inspector';
import type { RequestKind } from './scenario';

/**
 * A process's memory after the load is "flat" when, after a full GC and the idle time,
 * its heap is within HEAP_BOUND_MIB of the heap before the load and its resident set within
 * RSS_BOUND_MIB. The heap bound catches anything the requests left reachable; the RSS
 * bound is looser because V8 and malloc keep freed pages mapped for reuse.
 */
export const HEAP_BOUND_MIB = 8;
export const RSS_BOUND_MIB = 64;

export function isFlat(memory: ProcessMemory): boolean {
  return (
    memory.idle.heapUsedMiB - memory.before.heapUsedMiB <= HEAP_BOUND_MIB &&
    memory.idle.rssMiB - memory.before.rssMiB <= RSS_BOUND_MIB
  );
}

/** The figures as a Markdown page, in the order a reader checks them. */
export function makeMarkdown(result: LoadResult): string {
  const rows = (Object.keys(result.statuses) as RequestKind[]).map(
    (kind) =>
      `| ${kind} | ${Object.entries(result.statuses[kind])
        .map(([s, n]) => `${s}: ${n}`)
        .join(', ')} |`,
  );
  const memoryRow = (name: string, m: ProcessMemory) =>
    `| ${name} | ${m.before.rssMiB} / ${m.before.heapUsedMiB} | ${m.after.rssMiB} / ${m.after.heapUsedMiB} | ${m.idle.rssMiB} / ${m.idle.heapUsedMiB} | ${isFlat(m) ? 'yes' : '**no**'} |`;
  return [
    '# Load: proxy + simulator',
    '',
    `Run ${result.date} on Node ${result.node}, ${result.cpus} CPUs, loopback. ${result.durationS} s at up to ${result.rate} requests/s over ${result.connections} connections,`,
    'each connection repeating: log in, submit FlattenVmInstance, poll its job, submit, poll any job, poll its own (all through `/proxy`).',
    '',
    `Verdict: **${result.passed ? 'pass' : 'FAIL'}** — ${result.unexpected.length === 0 ? 'no unexpected status' : `${result.unexpected.length} unexpected statuses`}, ${result.socketErrors} socket errors, ${result.timeouts} timeouts, ${result.lostJobs} jobs lost, memory ${result.memoryFlat ? 'flat' : 'NOT flat'}.`,
    '',
    '## Requests',
    '',
    `${result.requests} requests, ${result.requestsPerSecond} req/s on average; latency p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms, max ${result.latencyMs.max} ms.`,
    '',
    '| Kind | Statuses |',
    '| --- | --- |',
    ...rows,
    '',
    `Jobs handed out: ${result.jobs}; final answers after the load: ${Object.entries(result.finals)
      .map(([s, n]) => `${s}: ${n}`)
      .join(', ')}.`,
    '',
    '## Memory (RSS / heap used, MiB)',
    '',
    `Flat = after GC and ${result.idleS} s idle, heap within +${HEAP_BOUND_MIB} MiB and RSS within +${RSS_BOUND_MIB} MiB of before the load (after warm-up and GC).`,
    `The simulator keeps finished jobs for ${result.retentionS} s here (ZStack keeps them 3 h); the idle time starts once they have expired.`,
    '',
    '| Process | Before | Right after | After GC + idle | Flat |',
    '| --- | --- | --- | --- | --- |',
    memoryRow('portal (proxy)', result.memory.portal),
    memoryRow('simulator', result.memory.simulator),
    '',
  ].join('\n');
}

export interface ProcessMemory {
  before: MemoryFigures;
  after: MemoryFigures;
  idle: MemoryFigures;
}

export interface LoadResult {
  date: string;
  node: string;
  cpus: number;
  durationS: number;
  rate: number;
  connections: number;
  idleS: number;
  retentionS: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; max: number };
  statuses: Record<RequestKind, Record<string, number>>;
  unexpected: Array<{ kind: RequestKind; status: number; count: number }>;
  socketErrors: number;
  timeouts: number;
  jobs: number;
  finals: Record<string, number>;
  lostJobs: number;
  memory: { portal: ProcessMemory; simulator: ProcessMemory };
  memoryFlat: boolean;
  passed: boolean;
}
