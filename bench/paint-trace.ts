import { getMedian } from './report';

/**
 * Where a page's time to First Contentful Paint goes, read from a Chromium trace of its load (categories
 * PAINT_TRACE_CATEGORIES). Written here, not taken from a library: the trace's events are Chromium's own and few
 * (navigationStart, ParseHTML, UpdateLayoutTree, Layout, Paint, RasterTask, firstContentfulPaint); the milestones are
 * what this bench compares between our page and the plain-text floor.
 */

export const PAINT_TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink',
  'blink.user_timing',
  'loading',
];

/** One event of Chromium's trace format, as CDP's Tracing.dataCollected hands them out. */
export interface TraceEvent {
  name: string;
  ph: string;
  /** Microseconds. */
  ts: number;
  dur?: number;
  /** Time on the thread's CPU, microseconds. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { documentLoaderURL?: string; isLoadingMainFrame?: boolean } };
}

/** Milliseconds from the navigation's start; null where the trace does not show the step. */
export interface PaintMilestones {
  /** The document's response arrived. */
  response: number | null;
  /** The parser ended its last chunk before the first frame. */
  parsed: number | null;
  /** The first frame's style, layout and paint on the main thread: its start and end. */
  frameStart: number | null;
  frameEnd: number | null;
  /** The main thread's time in layout (all layouts) before the First Contentful Paint. */
  layoutMs: number;
  /** Rasterising on the renderer's raster threads before the First Contentful Paint: from, to, and CPU time. */
  rasterStart: number | null;
  rasterEnd: number | null;
  rasterCpuMs: number;
  fcp: number;
}

/**
 * The milestones of the load whose main-frame navigation to an http(s) URL the trace holds (the renderer's main
 * thread is the one that marks navigationStart). Null when the trace has no such navigation or no First
 * Contentful Paint.
 */
export function getPaintMilestones(events: TraceEvent[]): PaintMilestones | null {
  const nav = events.find(
    (e) => e.name === 'navigationStart' && /^https?:/.test(e.args?.data?.documentLoaderURL ?? ''),
  );
  const fcp = events.find((e) => e.name === 'firstContentfulPaint' && nav && e.ts >= nav.ts);
  if (!nav || !fcp) return null;
  const at = (ts: number) => (ts - nav.ts) / 1000;
  const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);
  const response = events.find((e) => e.name === 'ResourceReceiveResponse' && e.pid === nav.pid && e.ts >= nav.ts);
  // The page's own work starts with its response: a paint before it is the blank document's.
  const since = response?.ts ?? nav.ts;
  const main = events
    .filter((e) => e.pid === nav.pid && e.tid === nav.tid && e.ph === 'X' && e.ts >= since && e.ts <= fcp.ts)
    .sort((a, b) => a.ts - b.ts);
  const firstPaint = main.find((e) => e.name === 'Paint');
  const parses = main.filter((e) => e.name === 'ParseHTML' && (!firstPaint || e.ts < firstPaint.ts));
  const lastParse = parses.at(-1);
  const frameStart = main.find(
    (e) => (e.name === 'UpdateLayoutTree' || e.name === 'Layout') && (!lastParse || e.ts >= end(lastParse)),
  );
  const rasters = events
    .filter((e) => e.name === 'RasterTask' && e.pid === nav.pid && e.ts >= since && e.ts <= fcp.ts)
    .sort((a, b) => a.ts - b.ts);
  return {
    response: response ? at(response.ts) : null,
    parsed: lastParse ? at(end(lastParse)) : null,
    frameStart: frameStart ? at(frameStart.ts) : null,
    frameEnd: firstPaint ? at(end(firstPaint)) : null,
    layoutMs: main.filter((e) => e.name === 'Layout').reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000,
    rasterStart: rasters.length > 0 ? at(rasters[0]!.ts) : null,
    rasterEnd: rasters.length > 0 ? Math.max(...rasters.map((e) => at(end(e)))) : null,
    rasterCpuMs: rasters.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0) / 1000,
    fcp: at(fcp.ts),
  };
}

/** The median of each milestone over several loads (null where no load had it). */
export function getMedianMilestones(loads: PaintMilestones[]): Record<keyof PaintMilestones, number | null> {
  const keys: Array<keyof PaintMilestones> = [
    'response',
    'parsed',
    'frameStart',
    'frameEnd',
    'layoutMs',
    'rasterStart',
    'rasterEnd',
    'rasterCpuMs',
    'fcp',
  ];
  return Object.fromEntries(keys.map((key) => [key, getMedian(loads.map((l) => l[key]))])) as Record<
    keyof PaintMilestones,
    number | null
  >;
}
