import type { BuildResult } from './build';
import type { InstallSizes } from './install-size';
import type { LoadSample, PanelSample } from './measure';

const MIB = 1024 * 1024;
const GIB = 1024 * MIB;

/** The median of the numbers present; null when no run produced one. */
export function getMedian(values: Array<number | null>): number | null {
  const sorted = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Each metric's median over the runs; bytes by type are medians per type. */
export function summariseLoads(samples: LoadSample[]): LoadSummary {
  const types = [...new Set(samples.flatMap((s) => Object.keys(s.bytesByType)))].sort();
  return {
    bytes: getMedian(samples.map((s) => s.bytes))!,
    rawBytes: getMedian(samples.map((s) => s.rawBytes))!,
    requests: getMedian(samples.map((s) => s.requests))!,
    failedRequests: getMedian(samples.map((s) => s.failedRequests))!,
    bytesByType: Object.fromEntries(types.map((t) => [t, getMedian(samples.map((s) => s.bytesByType[t] ?? 0))!])),
    fcpMs: getMedian(samples.map((s) => s.fcpMs)),
    lcpMs: getMedian(samples.map((s) => s.lcpMs)),
    longTaskMs: getMedian(samples.map((s) => s.longTaskMs)),
    busyRuns: samples.filter((s) => s.busy).length,
    visibleMs: getMedian(samples.map((s) => s.visibleMs)),
    visibleRuns: samples.filter((s) => s.visibleMs !== null).length,
    runs: samples.length,
  };
}

export function summarisePanels(samples: PanelSample[]): PanelSummary {
  return {
    editableMs: getMedian(samples.map((s) => s.editableMs))!,
    answeredMs: getMedian(samples.map((s) => s.answeredMs))!,
    openBytes: getMedian(samples.map((s) => s.openBytes))!,
    openRequests: getMedian(samples.map((s) => s.openRequests))!,
    openFiles: samples[0]?.openFiles ?? [],
  };
}

/** The budgets of issue 5, each with the figures it compares. */
export function getBudgets(results: Omit<BenchResults, 'budgets'>): Budget[] {
  const budgets: Budget[] = [];
  for (const [name, description] of Object.entries(results.descriptions)) {
    const peers = Object.entries(description.peers);
    const lightest = minBy(peers, ([, p]) => p.bytes);
    const fastest = minBy(
      peers.filter(([, p]) => p.visibleMs !== null),
      ([, p]) => p.visibleMs!,
    );
    budgets.push({
      name: `${name}: first-load bytes ≤ 1/20 of the lightest peer's`,
      limit: lightest
        ? `${formatBytes(lightest[1].bytes / 20)} (${lightest[0]} ${formatBytes(lightest[1].bytes)} / 20)`
        : 'no peer',
      actual: `${formatBytes(description.ours.load.bytes)} (uncompressed ${formatBytes(description.ours.load.rawBytes)}${lightest ? ` ÷ ${formatBytes(lightest[1].rawBytes)} = ${formatRatio(description.ours.load.rawBytes, lightest[1].rawBytes)}` : ''})`,
      pass: lightest !== undefined && description.ours.load.bytes <= lightest[1].bytes / 20,
    });
    const deep = description.ours.deepLink.visibleMs;
    budgets.push({
      name: `${name}: deep field visible ≤ 1/4 of the fastest peer's heading`,
      limit: fastest
        ? `${formatMs(fastest[1].visibleMs! / 4)} (${fastest[0]} ${formatMs(fastest[1].visibleMs)} / 4)`
        : 'no peer showed the heading',
      actual: formatMs(deep),
      pass: fastest !== undefined && deep !== null && deep <= fastest[1].visibleMs! / 4,
    });
    budgets.push({
      name: `${name}: 在线调试 editable ≤ 1.5 s after opening`,
      limit: '1.5 s',
      actual: formatMs(description.ours.panel.editableMs),
      pass: description.ours.panel.editableMs <= 1500,
    });
  }
  const { real: small, 'zstack-1000': large, 'zstack-import': imported } = results.descriptions;
  if (small && large) {
    const growth = large.ours.load.bytes / small.ours.load.bytes - 1;
    budgets.push({
      name: 'per-page bytes grow ≤ 10 % from the real description to the 1,000-operation one',
      limit: '+10 %',
      actual: `${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)} % (${formatBytes(small.ours.load.bytes)} → ${formatBytes(large.ours.load.bytes)})`,
      pass: growth <= 0.1,
    });
  }
  budgets.push({
    name: "the portal's install carries no peer renderer or load tool",
    limit: 'none of bench/package.json in node_modules',
    actual:
      results.install.benchPackagesInRoot.length === 0
        ? `none (node_modules ${formatMegabytes(results.install.rootBytes)})`
        : results.install.benchPackagesInRoot.join(', '),
    pass: results.install.benchPackagesInRoot.length === 0,
  });
  if (results.importMs !== undefined) {
    budgets.push({
      name: 'import of the ZStack checkout ≤ 60 s',
      limit: '60 s',
      actual: formatMs(results.importMs),
      pass: results.importMs <= 60_000,
    });
  }
  if (imported && small) {
    const growth = imported.ours.load.bytes / small.ours.load.bytes - 1;
    budgets.push({
      name: `imported API (${imported.operations} operations): FlattenVmInstance's first-load bytes within 10 % of the real description's`,
      limit: '+10 %',
      actual: `${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)} % (${formatBytes(small.ours.load.bytes)} → ${formatBytes(imported.ours.load.bytes)})`,
      pass: growth <= 0.1,
    });
    budgets.push({
      name: 'imported API build ≤ 5 minutes and ≤ 2 GiB peak memory (whole process tree)',
      limit: '300 s, 2 GiB',
      actual: `${formatMs(imported.build.wallMs)}, ${formatBytes(imported.build.peakTreeBytes)}`,
      pass: imported.build.wallMs <= 300_000 && imported.build.peakTreeBytes <= 2 * GIB,
    });
  }
  const build = large?.build;
  if (build) {
    budgets.push({
      name: '1,000-operation build ≤ 2 minutes',
      limit: '120 s',
      actual: formatMs(build.wallMs),
      pass: build.wallMs <= 120_000,
    });
    budgets.push({
      name: '1,000-operation build ≤ 2 GiB peak memory (whole process tree)',
      limit: '2 GiB',
      actual: `${formatBytes(build.peakTreeBytes)} (largest process ${formatBytes(build.peakProcessBytes)})`,
      pass: build.peakTreeBytes <= 2 * GIB,
    });
  }
  return budgets;
}

/** The results as Markdown: our figures, each peer's, our figures as ratios to theirs, the budgets. */
export function formatMarkdown(results: BenchResults): string {
  const lines = [
    '# Benchmark results',
    '',
    `${results.date} · ${results.machine} · median of ${results.runs} runs · Chromium ${results.browser}`,
    '',
    "Ratios are ours ÷ the peer's: below 1 means we use less (bytes, requests) or are faster (times).",
    '',
    `Install on disk: the portal's node_modules ${formatMegabytes(results.install.rootBytes)} (what \`npm install\` brings); the bench's own bench/node_modules ${formatMegabytes(results.install.benchBytes)} (peers and autocannon, installed by \`npm run bench\` only).`,
    '',
  ];
  for (const [name, d] of Object.entries(results.descriptions)) {
    const ours = d.ours.load;
    lines.push(`## ${name} (${d.operations} operations)`, '');
    lines.push(
      `Build: ${formatMs(d.build.wallMs)}, peak memory ${formatBytes(d.build.peakTreeBytes)} (process tree; largest process ${formatBytes(d.build.peakProcessBytes)}), output ${formatBytes(d.build.clientBytes)} in dist/client.`,
      '',
    );
    lines.push(`Runs: ours ${ours.runs}, peers ${Object.values(d.peers)[0]?.runs ?? 0}.`, '');
    lines.push(
      '| First load, no interaction | Ours | ' +
        Object.keys(d.peers)
          .map((p) => `${p} | ours ÷ ${p}`)
          .join(' | ') +
        ' |',
    );
    lines.push(
      '| --- | ---: | ' +
        Object.keys(d.peers)
          .map(() => '---: | ---:')
          .join(' | ') +
        ' |',
    );
    const rows: Array<[string, (s: LoadSummary) => number | null, (v: number | null) => string]> = [
      ['Bytes transferred (compressed as served)', (s) => s.bytes, formatBytes],
      ['· the same uncompressed', (s) => s.rawBytes, formatBytes],
      ['Requests', (s) => s.requests, (v) => String(v ?? '—')],
      ['First Contentful Paint', (s) => s.fcpMs, formatMs],
      ['Largest Contentful Paint', (s) => s.lcpMs, formatMs],
      ['Long-task time', (s) => s.longTaskMs, formatMs],
      ['Operation visible (ours: deep field by deep link; peers: heading)', (s) => s.visibleMs, formatMs],
    ];
    for (const [label, get, format] of rows) {
      const ourValue = label.startsWith('Operation visible') ? d.ours.deepLink.visibleMs : get(ours);
      const cells = Object.values(d.peers).map((p) => `${format(get(p))} | ${formatRatio(ourValue, get(p))}`);
      lines.push(`| ${label} | ${format(ourValue)} | ${cells.join(' | ')} |`);
    }
    const types = [...new Set([ours, ...Object.values(d.peers)].flatMap((s) => Object.keys(s.bytesByType)))].sort();
    for (const type of types) {
      const cells = Object.values(d.peers).map(
        (p) =>
          `${formatBytes(p.bytesByType[type] ?? 0)} | ${formatRatio(ours.bytesByType[type] ?? 0, p.bytesByType[type] ?? 0)}`,
      );
      lines.push(`| · ${type} bytes | ${formatBytes(ours.bytesByType[type] ?? 0)} | ${cells.join(' | ')} |`);
    }
    const missing = Object.entries(d.peers).filter(([, p]) => p.visibleRuns < p.runs);
    for (const [peer, p] of missing)
      lines.push('', `${peer} showed the heading in ${p.visibleRuns} of ${p.runs} runs (30 s limit).`);
    for (const [peer, p] of Object.entries(d.peers).filter(([, p]) => p.busyRuns > 0)) {
      lines.push(
        '',
        `${peer}'s main thread was still busy 10 s after that in ${p.busyRuns} of ${p.runs} runs; its paint and long-task figures come from the other runs (— if none).`,
      );
    }
    lines.push(
      '',
      `在线调试 (ours only): opening loads ${formatBytes(d.ours.panel.openBytes)} in ${d.ours.panel.openRequests} requests; Monaco editable ${formatMs(d.ours.panel.editableMs)} after the click; 发送 → final mock answer ${formatMs(d.ours.panel.answeredMs)} (the mock job polls once a second).`,
      '',
    );
    lines.push(
      '<details><summary>What our page loads</summary>',
      '',
      '| File | Transferred | Uncompressed |',
      '| --- | ---: | ---: |',
    );
    for (const file of d.ours.files)
      lines.push(`| \`${file.url}\` | ${formatBytes(file.bytes)} | ${formatBytes(file.rawBytes)} |`);
    lines.push('| *on opening 在线调试:* | | |');
    for (const file of d.ours.panel.openFiles)
      lines.push(`| \`${file.url}\` | ${formatBytes(file.bytes)} | ${formatBytes(file.rawBytes)} |`);
    lines.push('', '</details>', '');
  }
  lines.push('## Budgets', '', '| Budget | Limit | Actual | Result |', '| --- | --- | --- | --- |');
  for (const b of results.budgets)
    lines.push(`| ${b.name} | ${b.limit} | ${b.actual} | ${b.pass ? 'pass' : '**FAIL**'} |`);
  lines.push('');
  return lines.join('\n');
}

export function formatBytes(bytes: number | null): string {
  if (bytes === null) return '—';
  if (bytes >= GIB) return `${(bytes / GIB).toFixed(2)} GiB`;
  if (bytes >= MIB) return `${(bytes / MIB).toFixed(2)} MiB`;
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

export function formatMs(ms: number | null): string {
  if (ms === null) return '—';
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

/** Disk sizes in MB as `du -sh` prints them (MiB), for the install figures. */
export function formatMegabytes(bytes: number): string {
  return `${Math.round(bytes / MIB)} MB`;
}

function formatRatio(ours: number | null, theirs: number | null): string {
  if (ours === null || theirs === null || theirs === 0) return '—';
  return ours / theirs >= 0.1 ? (ours / theirs).toFixed(2) : (ours / theirs).toFixed(3);
}

function minBy<T>(items: T[], get: (item: T) => number): T | undefined {
  return items.reduce<T | undefined>(
    (best, item) => (best === undefined || get(item) < get(best) ? item : best),
    undefined,
  );
}

export interface LoadSummary {
  /** On the wire, compressed as served. */
  bytes: number;
  /** The same uncompressed. */
  rawBytes: number;
  requests: number;
  failedRequests: number;
  bytesByType: Record<string, number>;
  fcpMs: number | null;
  lcpMs: number | null;
  longTaskMs: number | null;
  /** Runs in which the main thread was still busy 10 s after the wait, so paint and long-task figures are missing. */
  busyRuns: number;
  visibleMs: number | null;
  visibleRuns: number;
  runs: number;
}

export interface PanelSummary {
  editableMs: number;
  answeredMs: number;
  openBytes: number;
  openRequests: number;
  openFiles: Array<{ url: string; bytes: number; rawBytes: number }>;
}

export interface DescriptionResults {
  operations: number;
  build: Omit<BuildResult, 'log' | 'outDir'> & { clientBytes: number };
  ours: {
    load: LoadSummary;
    deepLink: LoadSummary;
    panel: PanelSummary;
    files: Array<{ url: string; bytes: number; rawBytes: number }>;
  };
  peers: Record<string, LoadSummary>;
}

export interface Budget {
  name: string;
  limit: string;
  actual: string;
  pass: boolean;
}

export interface BenchResults {
  date: string;
  machine: string;
  browser: string;
  runs: number;
  install: InstallSizes;
  descriptions: Record<string, DescriptionResults>;
  /** Wall time of `npm run import:zstack` on `ZSTACK_SOURCE`, when it was set. */
  importMs?: number;
  budgets: Budget[];
}
