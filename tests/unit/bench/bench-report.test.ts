import { describe, expect, it } from 'vitest';
import { makeFloorPage } from '../../../bench/peers';
import {
  formatMarkdown,
  formatResult,
  getBudgets,
  getPeerRuns,
  getScaling,
  parseSizes,
  summariseSearches,
  type BenchResults,
  type DescriptionResults,
  type LoadSummary,
} from '../../../bench/report';

const KIB = 1024;
const GIB = 1024 * 1024 * 1024;
const TARGET = '/api/FlattenVmInstance/#response.inventory.allVolumes.lastVmInstanceUuid';

function load(overrides: Partial<LoadSummary> = {}): LoadSummary {
  return {
    bytes: 16 * KIB,
    rawBytes: 80 * KIB,
    requests: 2,
    failedRequests: 0,
    bytesByType: {},
    fcpMs: 200,
    lcpMs: 200,
    longTaskMs: 0,
    busyRuns: 0,
    visibleMs: 150,
    visibleRuns: 5,
    runs: 5,
    ...overrides,
  };
}

function description(operations: number, overrides: Partial<DescriptionResults> = {}): DescriptionResults {
  return {
    operations,
    build: {
      wallMs: 10_000,
      peakTreeBytes: GIB,
      peakProcessBytes: GIB / 2,
      clientBytes: operations * 30 * KIB,
      searchIndexBytes: 100 * KIB,
    },
    ours: {
      load: load(),
      deepLink: load({ fcpMs: 300, visibleMs: 160 }),
      panel: { editableMs: 800, answeredMs: 2000, openBytes: 1024 * KIB, openRequests: 7, openFiles: [] },
      secondPanel: { editableMs: 200, answeredMs: null, openBytes: 3 * KIB, openRequests: 2, openFiles: [] },
      search: {
        indexBytesBeforeUse: 0,
        firstUseBytes: 60 * KIB,
        queries: [
          { query: 'lastVmInstanceUuid', firstResultMs: 120, answeredRuns: 5, target: TARGET, targetRank: 3 },
          {
            query: 'FlattenVmInstance lastVmInstanceUuid',
            firstResultMs: 130,
            answeredRuns: 5,
            target: TARGET,
            targetRank: 1,
          },
        ],
        runs: 5,
      },
      files: [],
    },
    peers: {
      Redoc: load({ bytes: 480 * KIB, rawBytes: 2000 * KIB, fcpMs: 500, visibleMs: 900 }),
      Scalar: load({ bytes: 1200 * KIB, rawBytes: 4000 * KIB, fcpMs: null, visibleMs: null, visibleRuns: 0 }),
    },
    peerFailures: {},
    ...overrides,
  };
}

function results(descriptions: Record<string, DescriptionResults>, floorFcp = 250): Omit<BenchResults, 'budgets'> {
  return {
    date: '2026-12-02T09:00:00.000Z',
    machine: '2 × CPU, Node v22',
    load: { cores: 2, start: [0.5, 0.5, 0.5], end: [0.8, 0.6, 0.5] },
    browser: '150',
    runs: 5,
    peerVersions: { Redoc: '3.0.1', Scalar: '1.76.0' },
    install: { rootBytes: 600 * 1024 * KIB, benchBytes: 0, benchPackagesInRoot: [] },
    floor: load({ fcpMs: floorFcp, visibleMs: null }),
    descriptions,
  };
}

function find(budgets: ReturnType<typeof getBudgets>, fragment: string) {
  const budget = budgets.find((b) => b.name.includes(fragment));
  if (!budget) throw new Error(`no budget named like “${fragment}” in ${budgets.map((b) => b.name).join(' | ')}`);
  return budget;
}

describe('the bench budgets', () => {
  it('passes the first-paint budgets when ours paints before every peer that painted and within 1.5 × the floor', () => {
    const budgets = getBudgets(results({ real: description(11) }));
    expect(find(budgets, 'real: First Contentful Paint by deep link before every peer').pass).toBe(true);
    expect(find(budgets, 'before every peer').limit).toContain('Scalar painted in no run');
    expect(find(budgets, '1.5 × the plain-text floor').pass).toBe(true);
  });

  it('fails the floor budget at 1.5 × the floor and the peer budget when a peer paints first', () => {
    const slow = description(11, {
      ours: { ...description(11).ours, deepLink: load({ fcpMs: 600 }) },
    });
    const budgets = getBudgets(results({ real: slow }, 390));
    expect(find(budgets, 'before every peer').pass).toBe(false);
    expect(find(budgets, 'plain-text floor')).toMatchObject({ pass: false, limit: '585 ms (floor 390 ms × 1.5)' });
  });

  it('compares first-load bytes with 1/15 of the lightest peer', () => {
    const heavy = description(11, { ours: { ...description(11).ours, load: load({ bytes: 33 * KIB }) } });
    expect(find(getBudgets(results({ real: description(11) })), '1/15').pass).toBe(true);
    expect(find(getBudgets(results({ real: heavy })), '1/15').pass).toBe(false);
  });

  it('holds the panel to 1 s on a first page and 0.3 s on a second', () => {
    const slowSecond = description(11, {
      ours: { ...description(11).ours, secondPanel: { ...description(11).ours.secondPanel!, editableMs: 450 } },
    });
    const budgets = getBudgets(results({ real: slowSecond }));
    expect(find(budgets, 'editable ≤ 1 s').pass).toBe(true);
    expect(find(budgets, 'editable ≤ 0.3 s').pass).toBe(false);
  });

  it('checks build time, memory, output per operation and search only at the largest generated size of 5,000', () => {
    const big = description(5000, {
      generated: 5000,
      build: {
        wallMs: 310_000,
        peakTreeBytes: 1.5 * GIB,
        peakProcessBytes: GIB,
        clientBytes: 5000 * 41 * KIB,
        searchIndexBytes: 9 * 1024 * KIB,
      },
    });
    const budgets = getBudgets(
      results({ real: description(11), 'zstack-1000': description(1000, { generated: 1000 }), 'zstack-5000': big }),
    );
    expect(find(budgets, 'zstack-5000: build ≤ 5 minutes').pass).toBe(false);
    expect(find(budgets, 'zstack-5000: build ≤ 2 GiB').pass).toBe(true);
    expect(find(budgets, 'zstack-5000: output on disk').pass).toBe(false);
    expect(find(budgets, 'zstack-5000: search index loads on first use only').pass).toBe(true);
    expect(find(budgets, '“FlattenVmInstance lastVmInstanceUuid” finds').actual).toBe('result 1');
    expect(budgets.some((b) => b.name.startsWith('zstack-1000: build ≤'))).toBe(false);

    const quick = getBudgets(results({ real: description(11), 'zstack-200': description(200, { generated: 200 }) }));
    expect(quick.some((b) => b.name.includes('build ≤ 5 minutes'))).toBe(false);
    expect(find(quick, 'zstack-200: search index loads on first use only').pass).toBe(true);
  });

  it('fails the search budgets when the index comes with the page, a result is slow, or the row is not found', () => {
    const d = description(5000, { generated: 5000 });
    d.ours.search = {
      ...d.ours.search,
      indexBytesBeforeUse: 2 * KIB,
      queries: [
        { ...d.ours.search.queries[0]!, firstResultMs: 340 },
        { ...d.ours.search.queries[1]!, targetRank: null },
      ],
    };
    const budgets = getBudgets(results({ real: description(11), 'zstack-5000': d }));
    expect(find(budgets, 'loads on first use only').pass).toBe(false);
    expect(find(budgets, '≤ 300 ms after typing').pass).toBe(false);
    expect(find(budgets, 'finds FlattenVmInstance').pass).toBe(false);
  });

  it('wants the first load of an operation page unchanged from the real description to every generated size', () => {
    const grown = description(2500, { generated: 2500 });
    grown.ours.load = load({ bytes: 16 * KIB * 1.05 });
    const budgets = getBudgets(
      results({ real: description(11), 'zstack-1000': description(1000, { generated: 1000 }), 'zstack-2500': grown }),
    );
    expect(find(budgets, 'to zstack-1000').pass).toBe(true);
    expect(find(budgets, 'to zstack-2500')).toMatchObject({ pass: false, actual: '+5.0 % (16.0 KiB → 16.8 KiB)' });
  });

  it('says which time budgets pass only within 20 % of the limit, and which failed on a busy machine', () => {
    const tight = description(11);
    tight.ours.deepLink = load({ fcpMs: 360 });
    const budgets = getBudgets(results({ real: tight }));
    const floor = find(budgets, 'plain-text floor');
    expect(floor).toMatchObject({ pass: true, timing: 'tight' });
    expect(formatResult(floor)).toBe('pass (within 20 % of the limit: may fail on a busy machine)');

    const busy = { ...results({ real: description(11, { ours: { ...tight.ours, deepLink: load({ fcpMs: 900 }) } }) }) };
    busy.load = { cores: 2, start: [9, 8, 7], end: [12, 9, 8] };
    const failed = find(getBudgets(busy), 'plain-text floor');
    expect(failed).toMatchObject({ pass: false, timing: 'busy' });
    expect(find(getBudgets(busy), '1/15').timing).toBeUndefined();
  });
});

describe('the bench figures', () => {
  it('gives the cost per operation of each generated size, smallest first', () => {
    const rows = getScaling(
      results({
        real: description(11),
        'zstack-2500': description(2500, {
          generated: 2500,
          build: { ...description(1).build, wallMs: 250_000, clientBytes: 2500 * 30 * KIB },
        }),
        'zstack-1000': description(1000, {
          generated: 1000,
          build: { ...description(1).build, wallMs: 100_000, clientBytes: 1000 * 30 * KIB },
        }),
      }),
    );
    expect(rows.map((r) => [r.name, r.buildMsPerOperation, r.outputBytesPerOperation / KIB])).toEqual([
      ['zstack-1000', 100, 30],
      ['zstack-2500', 100, 30],
    ]);
  });

  it("ranks FlattenVmInstance's row by its worst place over the runs, and not at all if a run missed it", () => {
    const sample = (links: string[], ms: number | null) => ({
      indexBytesBeforeUse: 0,
      firstUseBytes: 10,
      queries: [{ query: 'q', firstResultMs: ms, links }],
    });
    const found = summariseSearches(
      [sample([TARGET], 100), sample(['/a/', TARGET], 140), sample([TARGET], 120)],
      'FlattenVmInstance',
      'response.inventory.allVolumes.lastVmInstanceUuid',
    );
    expect(found.queries[0]).toMatchObject({ firstResultMs: 120, answeredRuns: 3, targetRank: 2 });
    const missed = summariseSearches(
      [sample([TARGET], 100), sample(['/a/'], null)],
      'FlattenVmInstance',
      'response.inventory.allVolumes.lastVmInstanceUuid',
    );
    expect(missed.queries[0]).toMatchObject({ answeredRuns: 1, targetRank: null });
  });

  it('reads BENCH_SIZES, defaulting to 1,000, 2,500 and 5,000 operations, and refuses a size that is not a count', () => {
    expect(parseSizes(undefined)).toEqual([1000, 2500, 5000]);
    expect(parseSizes('200')).toEqual([200]);
    expect(parseSizes('')).toEqual([]);
    expect(() => parseSizes('200,lots')).toThrow('BENCH_SIZES: not a number of operations: NaN');
  });

  it('runs the peers every run on the real description, at most 3 times at 1,000 operations and once above', () => {
    expect(getPeerRuns(5, 11)).toBe(5);
    expect(getPeerRuns(5, 1000)).toBe(3);
    expect(getPeerRuns(5, 5000)).toBe(1);
    expect(getPeerRuns(5, 5000, 2)).toBe(2);
    expect(getPeerRuns(1, 1000)).toBe(1);
  });

  it('writes the peer versions, the floor and the machine load into the Markdown', () => {
    const complete = { ...results({ real: description(11) }), budgets: [] };
    const markdown = formatMarkdown(complete);
    expect(markdown).toContain('Peers: Redoc 3.0.1, Scalar 1.76.0');
    expect(markdown).toContain('Plain-text floor');
    expect(markdown).toContain('First Contentful Paint 250 ms');
    expect(markdown).toContain('0.5 / 0.5 / 0.5 at the start');
    expect(markdown).not.toContain('Busy machine');
  });

  it('makes the floor page of the text alone, one escaped paragraph a line', () => {
    expect(makeFloorPage('扁平合并云主机\n\n  a <b> & c  \n')).toContain(
      '<body>\n<p>扁平合并云主机</p>\n<p>a &#60;b&#62; &#38; c</p>\n</body>',
    );
    expect(makeFloorPage('x')).not.toMatch(/<script|<style|<link/);
  });
});
