import { describe, expect, it } from 'vitest';
import { splitCodeSpans } from '../../../src/lib/code-spans';

const show = (text: string) =>
  splitCodeSpans(text)
    .map((r) => (r.code ? `[${r.text}]` : r.text))
    .join('');

describe('code spans in a description', () => {
  it('sets each backtick pair’s content apart and keeps the rest as text', () => {
    expect(splitCodeSpans('例如 `-createDate`。')).toEqual([
      { text: '例如 ', code: false },
      { text: '-createDate', code: true },
      { text: '。', code: false },
    ]);
    expect(show('如 `q=name=web`、`q=uuid?=a,b`')).toBe('如 [q=name=web]、[q=uuid?=a,b]');
    expect(show('没有代码')).toBe('没有代码');
  });

  it('closes a span only with a run of as many backticks, and leaves a run without a partner as it is', () => {
    expect(show('`` a`b ``')).toBe('[a`b]');
    expect(show('一个 ` 反引号')).toBe('一个 ` 反引号');
    expect(show('``x` y`')).toBe('``x[ y]');
    expect(show('<b>`<i>`</b>')).toBe('<b>[<i>]</b>');
  });

  it('takes linear time on runs of every length without partners', () => {
    const text = Array.from({ length: 2000 }, (_, i) => '`'.repeat(i + 1) + 'x').join('');
    const started = performance.now();
    expect(show(text)).toBe(text);
    // Two million characters; a rescan per run would take seconds.
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
