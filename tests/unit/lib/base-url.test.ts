import { describe, expect, it } from 'vitest';
import { joinPath, withTrailingSlash } from '../../../src/lib/base-url';

describe('base URLs', () => {
  it.each([
    ['', '/'],
    ['/', '/'],
    ['/docs', '/docs/'],
    ['/docs/', '/docs/'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080/'],
  ])('gives %j exactly one trailing slash', (base, expected) => {
    expect(withTrailingSlash(base)).toBe(expected);
  });

  it.each([
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080/zstack/v1/vm-instances'],
    ['http://127.0.0.1:8080/', 'http://127.0.0.1:8080/zstack/v1/vm-instances'],
  ])('joins %j and a path with one slash between them', (base, expected) => {
    expect(joinPath(base, '/zstack/v1/vm-instances')).toBe(expected);
  });
});
