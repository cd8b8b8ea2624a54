import { describe, expect, it } from 'vitest';
import { getMedianMilestones, getPaintMilestones, type TraceEvent } from '../../../bench/paint-trace';

const RENDERER = { pid: 7, tid: 1 };
const RASTER = { pid: 7, tid: 3 };
const OTHER_PROCESS = { pid: 2, tid: 1 };

/** An event `at` ms after the navigation (which starts at 1 s on the trace's clock), lasting `ms`. */
function event(name: string, at: number, ms = 0, where = RENDERER, cpuMs?: number): TraceEvent {
  return {
    name,
    ph: 'X',
    ts: 1_000_000 + at * 1000,
    dur: ms * 1000,
    ...(cpuMs === undefined ? {} : { tdur: cpuMs * 1000 }),
    ...where,
  };
}

function navigation(url: string, at = 0): TraceEvent {
  return { ...event('navigationStart', at), ph: 'R', args: { data: { documentLoaderURL: url } } };
}

const load: TraceEvent[] = [
  // The blank document before the navigation, and its own parse: not the page's.
  navigation(''),
  event('ParseHTML', -5, 1),
  navigation('http://127.0.0.1:4321/api/FlattenVmInstance/#x'),
  // The blank document's frame while the response is on its way.
  event('Paint', 9, 1),
  event('ResourceReceiveResponse', 12),
  event('ParseHTML', 14, 6),
  event('ParseHTML', 22, 1),
  event('UpdateLayoutTree', 25, 3),
  event('Layout', 28, 14),
  event('Paint', 50, 2),
  event('Layout', 56, 5),
  event('RasterTask', 55, 4, RASTER, 3),
  event('RasterTask', 60, 8, RASTER, 6),
  // Another process's raster (the browser's own UI) and anything after the paint are not counted.
  event('RasterTask', 58, 20, OTHER_PROCESS, 20),
  event('Layout', 90, 30),
  { ...event('firstContentfulPaint', 74), ph: 'R' },
];

describe('the steps to First Contentful Paint read from a trace', () => {
  it('times the response, the parse, the first frame and the rasterising from the navigation of the page', () => {
    expect(getPaintMilestones(load)).toEqual({
      response: 12,
      parsed: 23,
      frameStart: 25,
      frameEnd: 52,
      layoutMs: 19,
      rasterStart: 55,
      rasterEnd: 68,
      rasterCpuMs: 9,
      fcp: 74,
    });
  });

  it('has nothing to say of a load that never painted', () => {
    expect(getPaintMilestones(load.filter((e) => e.name !== 'firstContentfulPaint'))).toBeNull();
  });

  it('takes the median of each step over loads, leaving out a step a load did not show', () => {
    const one = getPaintMilestones(load)!;
    const medians = getMedianMilestones([
      one,
      { ...one, fcp: 90, rasterStart: null },
      { ...one, fcp: 80, rasterStart: null },
    ]);
    expect(medians.fcp).toBe(80);
    expect(medians.rasterStart).toBe(55);
    expect(medians.parsed).toBe(23);
  });
});
