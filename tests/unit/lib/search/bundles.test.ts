import { describe, expect, it } from 'vitest';
import {
  BUNDLE_SIZE_VARIABLE,
  getBundleCount,
  getBundleFolder,
  getBundleSize,
  getPagefindScript,
  OPERATIONS_PER_BUNDLE,
} from '../../../../src/lib/search/bundles';

describe('search index bundles', () => {
  it('keeps an API of up to a bundle in the one folder the portal always had, and adds one folder per bundle beyond', () => {
    expect(getBundleCount(0)).toBe(1);
    expect(getBundleCount(11)).toBe(1);
    expect(getBundleCount(OPERATIONS_PER_BUNDLE)).toBe(1);
    expect(getBundleCount(OPERATIONS_PER_BUNDLE + 1)).toBe(2);
    expect(getBundleCount(5000)).toBe(2);
    expect(getBundleCount(5001)).toBe(3);
    expect([0, 1, 4].map(getBundleFolder)).toEqual(['pagefind/', 'pagefind-2/', 'pagefind-5/']);
    expect(getPagefindScript('/docs/')).toBe('/docs/pagefind/pagefind.js');
  });

  it('takes another bundle size from the environment only when it is a positive whole number', () => {
    expect(getBundleSize({ [BUNDLE_SIZE_VARIABLE]: '4' })).toBe(4);
    expect(getBundleCount(11, getBundleSize({ [BUNDLE_SIZE_VARIABLE]: '4' }))).toBe(3);
    for (const value of [undefined, '', '0', '-3', '2.5', 'many'])
      expect(getBundleSize({ [BUNDLE_SIZE_VARIABLE]: value })).toBe(OPERATIONS_PER_BUNDLE);
  });
});
