import { describe, expect, it } from 'vitest';
import { getPageWindow } from '../../../src/lib/page-window';

describe('the page numbers of a pager', () => {
  it('shows every page of a short list', () => {
    expect(getPageWindow(1, 1)).toEqual([1]);
    expect(getPageWindow(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('shows the first, the last and the current page with its neighbours of a long list, with gaps between', () => {
    expect(getPageWindow(1, 120)).toEqual([1, 2, 3, 'gap', 120]);
    expect(getPageWindow(60, 120)).toEqual([1, 'gap', 58, 59, 60, 61, 62, 'gap', 120]);
    expect(getPageWindow(120, 120)).toEqual([1, 'gap', 118, 119, 120]);
  });

  it('shows as many links for 1,000 pages as for 20', () => {
    expect(getPageWindow(500, 1000)).toHaveLength(getPageWindow(10, 20).length);
  });
});
