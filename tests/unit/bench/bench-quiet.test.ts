import { describe, expect, it } from 'vitest';
import { getBusyShare, readCpuTimes } from '../../../bench/measure';

describe('how busy the machine was between two readings', () => {
  it('is the share of the CPU time not spent idle', () => {
    expect(getBusyShare({ idle: 1000, total: 2000 }, { idle: 1150, total: 2200 })).toBeCloseTo(0.25);
    expect(getBusyShare({ idle: 0, total: 0 }, { idle: 200, total: 200 })).toBe(0);
    expect(getBusyShare({ idle: 0, total: 0 }, { idle: 0, total: 200 })).toBe(1);
  });

  it('is nothing when no time passed between the readings', () => {
    const now = readCpuTimes();
    expect(now.total).toBeGreaterThan(0);
    expect(getBusyShare(now, now)).toBe(0);
  });
});
