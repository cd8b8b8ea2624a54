import { describe, expect, it, vi } from 'vitest';
import { HighlightCache } from '../../../../src/lib/highlight/highlight-cache';

describe('the highlight cache', () => {
  it('highlights the same code in the same language once', async () => {
    const cache = new HighlightCache(1000);
    const make = vi.fn(() => '<pre>a</pre>');
    expect(await cache.getOrMake('json', '{"a":1}', make)).toEqual({ html: '<pre>a</pre>', cached: false });
    expect(await cache.getOrMake('json', '{"a":1}', make)).toEqual({ html: '<pre>a</pre>', cached: true });
    expect(make).toHaveBeenCalledTimes(1);
  });

  it('keeps the same code in two languages, and two codes in one language, apart', async () => {
    const cache = new HighlightCache(1000);
    await cache.getOrMake('json', 'true', () => 'json:true');
    expect((await cache.getOrMake('python', 'true', () => 'python:true')).html).toBe('python:true');
    expect((await cache.getOrMake('json', 'false', () => 'json:false')).html).toBe('json:false');
    // A language name and code that would run together in a plain concatenated key stay apart.
    expect((await cache.getOrMake('jso', 'ntrue', () => 'jso:ntrue')).html).toBe('jso:ntrue');
    expect(cache.size.entries).toBe(4);
  });

  it('drops the least recently used markup once it holds more than its budget, never the newest', async () => {
    const cache = new HighlightCache(10);
    await cache.getOrMake('json', 'a', () => 'AAAA');
    await cache.getOrMake('json', 'b', () => 'BBBB');
    await cache.getOrMake('json', 'a', () => 'unused'); // a is now the most recently used
    await cache.getOrMake('json', 'c', () => 'CCCC'); // 12 characters: b goes
    expect(cache.size).toEqual({ entries: 2, chars: 8 });
    expect((await cache.getOrMake('json', 'a', () => 'again')).cached).toBe(true);
    expect((await cache.getOrMake('json', 'b', () => 'BBBB')).cached).toBe(false);
    const huge = new HighlightCache(2);
    expect((await huge.getOrMake('json', 'x', () => 'longer than the budget')).html).toBe('longer than the budget');
    expect(huge.size.entries).toBe(1);
  });
});
