import type { BuildResult } from './build';
import type { InstallSizes } from './install-size';
import type { LoadSample, PanelSample, SearchSample } from './measure';

const MIB = 1024 * 1024;
const DEFAULT_SIZES = '1000,2500,5000';
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
    answeredMs: getMedian(samples.map((s) => s.answeredMs)),
    openBytes: getMedian(samples.map((s) => s.openBytes))!,
    openRequests: getMedian(samples.map((s) => s.openRequests))!,
    cachedFiles: getMedian(samples.map((s) => s.cachedFiles))!,
    openFiles: samples[0]?.openFiles ?? [],
  };
}

/** The generated descriptions' sizes from `BENCH_SIZES` ("1000,2500,5000" by default; "200" for a quick run). */
export function parseSizes(value: string | undefined): number[] {
  const sizes = (value ?? DEFAULT_SIZES)
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map(Number);
  const wrong = sizes.filter((size) => !Number.isInteger(size) || size <= 0);
  if (wrong.length > 0) throw new Error(`BENCH_SIZES: not a number of operations: ${wrong.join(', ')}`);
  return sizes;
}

/**
 * How many of the runs measure the peers on a description: all of them (or `override`) on the
 * real one; at most 3 on 1,000 operations, where one load takes a peer 20–40 s; 1 above, where
 * it takes minutes (each load is cut at the measure's time limit and reported as such).
 */
export function getPeerRuns(runs: number, operations: number, override?: number): number {
  if (override !== undefined) return Math.min(runs, override);
  if (operations <= 100) return runs;
  return Math.min(runs, operations <= 1000 ? 3 : 1);
}

/** The search on first use over the runs: medians of the times, the worst of what loaded early. */
export function summariseSearches(samples: SearchSample[], operation: string, field: string): SearchSummary {
  const queries = samples[0]?.queries.map((q) => q.query) ?? [];
  const target = `/api/${operation}/#${field}`;
  return {
    indexBytesBeforeUse: Math.max(0, ...samples.map((s) => s.indexBytesBeforeUse)),
    firstUseBytes: getMedian(samples.map((s) => s.firstUseBytes)) ?? 0,
    queries: queries.map((query, i) => {
      const answers = samples.map((s) => s.queries[i]!);
      const ranks = answers.map((a) => a.links.indexOf(target));
      return {
        query,
        firstResultMs: getMedian(answers.map((a) => a.firstResultMs)),
        answeredRuns: answers.filter((a) => a.firstResultMs !== null).length,
        target,
        targetRank: ranks.every((r) => r >= 0) ? Math.max(...ranks) + 1 : null,
      };
    }),
    runs: samples.length,
  };
}

/** The budgets of issue 12 (with issue 5's and 8's that still hold), each with the figures it compares. */
export function getBudgets(results: Omit<BenchResults, 'budgets'>): Budget[] {
  const budgets: Budget[] = [];
  const busy = Math.max(...results.load.start, ...results.load.end) > results.load.cores;
  const timed = (budget: Omit<Budget, 'timing'> & { ratio: number | null }): Budget => {
    const { ratio, ...rest } = budget;
    let timing: Budget['timing'];
    if (ratio !== null && rest.pass && ratio > 0.8) timing = 'tight';
    else if (!rest.pass && busy) timing = 'busy';
    return timing ? { ...rest, timing } : rest;
  };
  const floorFcp = results.floor.fcpMs;
  for (const [name, description] of Object.entries(results.descriptions)) {
    const peers = Object.entries(description.peers);
    const lightest = minBy(peers, ([, p]) => p.bytes);
    const fastest = minBy(
      peers.filter(([, p]) => p.visibleMs !== null),
      ([, p]) => p.visibleMs!,
    );
    const ours = description.ours;
    budgets.push({
      name: `${name}: first-load bytes ≤ 1/15 of the lightest peer's`,
      limit: lightest
        ? `${formatBytes(lightest[1].bytes / 15)} (${lightest[0]} ${formatBytes(lightest[1].bytes)} / 15)`
        : 'no peer',
      actual: `${formatBytes(ours.load.bytes)} (uncompressed ${formatBytes(ours.load.rawBytes)}${lightest ? ` ÷ ${formatBytes(lightest[1].rawBytes)} = ${formatRatio(ours.load.rawBytes, lightest[1].rawBytes)}` : ''})`,
      pass: lightest !== undefined && ours.load.bytes <= lightest[1].bytes / 15,
    });
    const fcp = ours.deepLink.fcpMs;
    const peerFcps = peers.map(([peer, p]) => [peer, p.fcpMs] as const);
    const firstPeer = minBy(
      peerFcps.filter((entry): entry is readonly [string, number] => entry[1] !== null),
      ([, ms]) => ms,
    );
    const missing = peerFcps.filter(([, ms]) => ms === null).map(([peer]) => peer);
    budgets.push(
      timed({
        name: `${name}: First Contentful Paint by deep link before every peer's`,
        limit: firstPeer
          ? `< ${formatMs(firstPeer[1])} (${firstPeer[0]}, the first peer to paint${missing.length > 0 ? `; ${missing.join(', ')} painted in no run` : ''})`
          : peers.length > 0
            ? `no peer painted (${missing.join(', ')})`
            : 'no peer',
        actual: formatMs(fcp),
        pass: fcp !== null && peers.length > 0 && (firstPeer === undefined || fcp < firstPeer[1]),
        ratio: fcp !== null && firstPeer ? fcp / firstPeer[1] : null,
      }),
    );
    budgets.push(
      timed({
        name: `${name}: First Contentful Paint by deep link ≤ 1.5 × the plain-text floor's`,
        limit:
          floorFcp === null
            ? 'the floor did not paint'
            : `${formatMs(floorFcp * 1.5)} (floor ${formatMs(floorFcp)} × 1.5)`,
        actual: `${formatMs(fcp)}${fcp !== null && floorFcp ? ` (${formatRatio(fcp, floorFcp)} × the floor)` : ''}`,
        pass: fcp !== null && floorFcp !== null && fcp <= floorFcp * 1.5,
        ratio: fcp !== null && floorFcp ? fcp / (floorFcp * 1.5) : null,
      }),
    );
    const deep = ours.deepLink.visibleMs;
    budgets.push(
      timed({
        name: `${name}: deep field visible ≤ 1/4 of the time the fastest peer shows the heading`,
        limit: fastest
          ? `${formatMs(fastest[1].visibleMs! / 4)} (${fastest[0]} ${formatMs(fastest[1].visibleMs)} / 4)`
          : 'no peer showed the heading',
        actual: `${formatMs(deep)} (our heading ${formatMs(ours.load.visibleMs)})`,
        pass: fastest !== undefined && deep !== null && deep <= fastest[1].visibleMs! / 4,
        ratio: fastest && deep !== null ? deep / (fastest[1].visibleMs! / 4) : null,
      }),
    );
    budgets.push(
      timed({
        name: `${name}: 在线调试 editable ≤ 1 s after opening on a first page`,
        limit: '1 s',
        actual: formatMs(ours.panel.editableMs),
        pass: ours.panel.editableMs <= 1000,
        ratio: ours.panel.editableMs / 1000,
      }),
    );
    if (ours.secondPanel) {
      budgets.push(
        timed({
          name: `${name}: 在线调试 editable ≤ 0.3 s after opening on a second page`,
          limit: '0.3 s',
          actual: `${formatMs(ours.secondPanel.editableMs)} (downloading ${formatBytes(ours.secondPanel.openBytes)} in ${ours.secondPanel.openRequests} requests)`,
          pass: ours.secondPanel.editableMs <= 300,
          ratio: ours.secondPanel.editableMs / 300,
        }),
      );
    }
  }
  const { real: small, 'zstack-import': imported } = results.descriptions;
  const generated = Object.entries(results.descriptions)
    .filter(([, d]) => d.generated !== undefined)
    .sort(([, a], [, b]) => a.generated! - b.generated!);
  for (const [name, d] of small ? generated : []) {
    const growth = d.ours.load.bytes / small!.ours.load.bytes - 1;
    budgets.push({
      name: `first load of an operation page unchanged from the real description to ${name} (within 2 %)`,
      limit: '±2 %',
      actual: `${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)} % (${formatBytes(small!.ours.load.bytes)} → ${formatBytes(d.ours.load.bytes)})`,
      pass: Math.abs(growth) <= 0.02,
    });
  }
  const largest = generated.at(-1);
  if (largest && largest[1].generated! >= 5000) {
    const [name, d] = largest;
    budgets.push(
      timed({
        name: `${name}: build ≤ 5 minutes (2 cores)`,
        limit: '300 s',
        actual: formatMs(d.build.wallMs),
        pass: d.build.wallMs <= 300_000,
        ratio: d.build.wallMs / 300_000,
      }),
    );
    budgets.push({
      name: `${name}: build ≤ 2 GiB peak memory (whole process tree)`,
      limit: '2 GiB',
      actual: `${formatBytes(d.build.peakTreeBytes)} (largest process ${formatBytes(d.build.peakProcessBytes)})`,
      pass: d.build.peakTreeBytes <= 2 * GIB,
    });
    budgets.push({
      name: `${name}: output on disk ≤ 40 KiB per operation, everything included`,
      limit: '40 KiB',
      actual: `${formatBytes(d.build.clientBytes / d.operations)} (${formatBytes(d.build.clientBytes)} / ${d.operations})`,
      pass: d.build.clientBytes / d.operations <= 40 * 1024,
    });
  }
  if (largest) {
    const [name, d] = largest;
    const search = d.ours.search;
    const [field, combined] = search.queries;
    budgets.push({
      name: `${name}: search index loads on first use only`,
      limit: '0 bytes of it with the page',
      actual: `${formatBytes(search.indexBytesBeforeUse)} with the page; ${formatBytes(search.firstUseBytes)} on first use (index ${formatBytes(d.build.searchIndexBytes)} on disk)`,
      pass: search.indexBytesBeforeUse === 0,
    });
    if (field) {
      budgets.push(
        timed({
          name: `${name}: first result for a field name (“${field.query}”) ≤ 300 ms after typing, on first use`,
          limit: '300 ms',
          actual: `${formatMs(field.firstResultMs)} (answered in ${field.answeredRuns} of ${search.runs} runs)`,
          pass: field.firstResultMs !== null && field.firstResultMs <= 300 && field.answeredRuns === search.runs,
          ratio: field.firstResultMs === null ? null : field.firstResultMs / 300,
        }),
      );
    }
    if (combined) {
      budgets.push({
        name: `${name}: “${combined.query}” finds FlattenVmInstance's row`,
        limit: `${combined.target} among the results`,
        actual: combined.targetRank === null ? 'not among the results' : `result ${combined.targetRank}`,
        pass: combined.targetRank !== null,
      });
    }
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
    budgets.push(
      timed({
        name: 'import of the ZStack checkout ≤ 60 s',
        limit: '60 s',
        actual: formatMs(results.importMs),
        pass: results.importMs <= 60_000,
        ratio: results.importMs / 60_000,
      }),
    );
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
  return budgets;
}

/** Per operation, for each generated size: build time, peak memory and output, to see whether cost grows linearly. */
export function getScaling(results: Pick<BenchResults, 'descriptions'>): ScalingRow[] {
  return Object.entries(results.descriptions)
    .filter(([, d]) => d.generated !== undefined && d.operations > 0)
    .sort(([, a], [, b]) => a.operations - b.operations)
    .map(([name, d]) => ({
      name,
      operations: d.operations,
      buildMsPerOperation: d.build.wallMs / d.operations,
      peakBytesPerOperation: d.build.peakTreeBytes / d.operations,
      outputBytesPerOperation: d.build.clientBytes / d.operations,
    }));
}

/** The results as Markdown: our figures, each peer's, our figures as ratios to theirs, the budgets. */
export function formatMarkdown(results: BenchResults): string {
  const lines = [
    '# Benchmark results',
    '',
    `${results.date} · ${results.machine} · median of ${results.runs} runs · Chromium ${results.browser}`,
    '',
    `Machine load average (1 / 5 / 15 min) on ${results.load.cores} cores: ${formatLoad(results.load.start)} at the start, ${formatLoad(results.load.end)} at the end.${Math.max(...results.load.start, ...results.load.end) > results.load.cores ? ' **Busy machine: other work shared the cores, so every time below is slower than on a quiet one.**' : ''}`,
    '',
    `Peers: ${Object.entries(results.peerVersions)
      .map(([peer, version]) => `${peer} ${version}`)
      .join(
        ', ',
      )} (Redoc as \`redocly build-docs\` pre-renders it), each opened on its own deep link to FlattenVmInstance.`,
    '',
    "Ratios are ours ÷ the peer's: below 1 means we use less (bytes, requests) or are faster (times).",
    '',
    `Install on disk: the portal's node_modules ${formatMegabytes(results.install.rootBytes)} (what \`npm install\` brings); the bench's own bench/node_modules ${formatMegabytes(results.install.benchBytes)} (peers and autocannon, installed by \`npm run bench\` only).`,
    '',
    `Plain-text floor (the seed page's text as a bare HTML page, ${formatBytes(results.floor.bytes)}): First Contentful Paint ${formatMs(results.floor.fcpMs)}.`,
    '',
  ];
  const scaling = getScaling(results);
  if (scaling.length > 0) {
    lines.push(
      '## Cost per operation',
      '',
      'Equal figures down a column mean the cost grows linearly with the number of operations.',
      '',
      '| Description | Operations | Build | Build per operation | Peak memory per operation | Output per operation |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const row of scaling) {
      const d = results.descriptions[row.name]!;
      lines.push(
        `| ${row.name} | ${row.operations} | ${formatMs(d.build.wallMs)}, ${formatBytes(d.build.peakTreeBytes)}, ${formatBytes(d.build.clientBytes)} | ${formatMs(row.buildMsPerOperation)} | ${formatBytes(row.peakBytesPerOperation)} | ${formatBytes(row.outputBytesPerOperation)} |`,
      );
    }
    lines.push('');
  }
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
      ['Heading visible (ours: by the page address; peers: by their deep link)', (s) => s.visibleMs, formatMs],
    ];
    for (const [label, get, format] of rows) {
      const ourValue = get(ours);
      const cells = Object.values(d.peers).map((p) => `${format(get(p))} | ${formatRatio(ourValue, get(p))}`);
      lines.push(`| ${label} | ${format(ourValue)} | ${cells.join(' | ')} |`);
    }
    const deepCells = Object.values(d.peers).map(
      (p) => `${formatMs(p.fcpMs)} | ${formatRatio(d.ours.deepLink.fcpMs, p.fcpMs)}`,
    );
    lines.push(
      `| First Contentful Paint, ours by the deep field's link | ${formatMs(d.ours.deepLink.fcpMs)} | ${deepCells.join(' | ')} |`,
    );
    const fieldCells = Object.values(d.peers).map(
      (p) => `${formatMs(p.visibleMs)} | ${formatRatio(d.ours.deepLink.visibleMs, p.visibleMs)}`,
    );
    lines.push(
      `| Ours: the deep field in view by its link, beside the peers' heading | ${formatMs(d.ours.deepLink.visibleMs)} | ${fieldCells.join(' | ')} |`,
    );
    const types = [...new Set([ours, ...Object.values(d.peers)].flatMap((s) => Object.keys(s.bytesByType)))].sort();
    for (const type of types) {
      const cells = Object.values(d.peers).map(
        (p) =>
          `${formatBytes(p.bytesByType[type] ?? 0)} | ${formatRatio(ours.bytesByType[type] ?? 0, p.bytesByType[type] ?? 0)}`,
      );
      lines.push(`| · ${type} bytes | ${formatBytes(ours.bytesByType[type] ?? 0)} | ${cells.join(' | ')} |`);
    }
    for (const [peer, reason] of Object.entries(d.peerFailures))
      lines.push('', `${peer} is not measured here: ${reason}.`);
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
    if (d.ours.secondPanel) {
      lines.push(
        `在线调试 on a second page (after FlattenVmInstance's panel, in the same browser): ${formatBytes(d.ours.secondPanel.openBytes)} downloaded in ${d.ours.secondPanel.openRequests} requests${d.ours.secondPanel.cachedFiles === undefined ? '' : `, ${d.ours.secondPanel.cachedFiles} files from the browser's cache`}; editable ${formatMs(d.ours.secondPanel.editableMs)} after the click.`,
        '',
      );
    }
    const search = d.ours.search;
    lines.push(
      `Search (first use): ${formatBytes(search.indexBytesBeforeUse)} of it loaded with the page, ${formatBytes(search.firstUseBytes)} on opening it and searching; index ${formatBytes(d.build.searchIndexBytes)} on disk. ${search.queries
        .map(
          (q) =>
            `“${q.query}”: first result ${formatMs(q.firstResultMs)} after typing, FlattenVmInstance's row ${q.targetRank === null ? 'not shown' : `result ${q.targetRank}`}`,
        )
        .join('; ')}.`,
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
    if (d.ours.secondPanel) {
      lines.push('| *on opening 在线调试 on the second page:* | | |');
      for (const file of d.ours.secondPanel.openFiles)
        lines.push(`| \`${file.url}\` | ${formatBytes(file.bytes)} | ${formatBytes(file.rawBytes)} |`);
    }
    lines.push('', '</details>', '');
  }
  lines.push('## Budgets', '', '| Budget | Limit | Actual | Result |', '| --- | --- | --- | --- |');
  for (const b of results.budgets) lines.push(`| ${b.name} | ${b.limit} | ${b.actual} | ${formatResult(b)} |`);
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

/** A budget's result, and for a time whether it holds only on a quiet machine. */
export function formatResult(budget: Budget): string {
  const result = budget.pass ? 'pass' : '**FAIL**';
  if (budget.timing === 'tight') return `${result} (within 20 % of the limit: may fail on a busy machine)`;
  if (budget.timing === 'busy') return `${result} (on a busy machine: measure again on a quiet one)`;
  return result;
}

function formatLoad(load: number[]): string {
  return load.map((l) => l.toFixed(1)).join(' / ');
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
  answeredMs: number | null;
  openBytes: number;
  openRequests: number;
  /** Files served from the HTTP cache without a request (absent from results written before it was counted). */
  cachedFiles?: number;
  openFiles: Array<{ url: string; bytes: number; rawBytes: number }>;
}

export interface SearchSummary {
  indexBytesBeforeUse: number;
  firstUseBytes: number;
  queries: Array<{
    query: string;
    firstResultMs: number | null;
    answeredRuns: number;
    /** The row the query should find: FlattenVmInstance's deep field. */
    target: string;
    /** Its worst place among the results shown over the runs; null when a run did not show it. */
    targetRank: number | null;
  }>;
  runs: number;
}

export interface DescriptionResults {
  operations: number;
  /** The size asked of the generator, for a generated description. */
  generated?: number;
  build: Omit<BuildResult, 'log' | 'outDir'> & { clientBytes: number; searchIndexBytes: number };
  ours: {
    /** The operation page by its address; `visibleMs` is its heading. */
    load: LoadSummary;
    /** The page by the deep field's link; `visibleMs` is the field in the viewport. */
    deepLink: LoadSummary;
    panel: PanelSummary;
    /** The panel of a second operation page, opened after the first one's in the same browser. */
    secondPanel?: PanelSummary;
    search: SearchSummary;
    files: Array<{ url: string; bytes: number; rawBytes: number }>;
  };
  peers: Record<string, LoadSummary>;
  /** Peers whose page could not be made for this description, and why. */
  peerFailures: Record<string, string>;
}

export interface Budget {
  name: string;
  limit: string;
  actual: string;
  pass: boolean;
  /**
   * For a time: `tight` when it passed within 20 % of its limit (it may fail on a busy machine),
   * `busy` when it failed while the machine's load average was above its cores.
   */
  timing?: 'tight' | 'busy';
}

export interface ScalingRow {
  name: string;
  operations: number;
  buildMsPerOperation: number;
  peakBytesPerOperation: number;
  outputBytesPerOperation: number;
}

export interface BenchResults {
  date: string;
  machine: string;
  /** Load averages (1, 5, 15 min) at the start and the end of the run, and the machine's cores. */
  load: { cores: number; start: number[]; end: number[] };
  browser: string;
  runs: number;
  /** Each peer's version as measured. */
  peerVersions: Record<string, string>;
  install: InstallSizes;
  /** The plain-text floor: the seed page's text as a bare HTML page. */
  floor: LoadSummary;
  descriptions: Record<string, DescriptionResults>;
  /** Wall time of `npm run import:zstack` on `ZSTACK_SOURCE`, when it was set. */
  importMs?: number;
  budgets: Budget[];
}
