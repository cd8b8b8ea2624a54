import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { strings } from '../../src/lib/i18n';
import { sampleStrings } from '../../src/lib/i18n/first-load';

describe('the zh-CN string table', () => {
  it('words the session bar as the panel shows it', () => {
    const t = strings.session;
    expect(t.current(t.account('admin'), t.origin('mock'), t.expires('Nov 14, 2017 10:20:57 PM'), true)).toBe(
      '当前会话：账户 admin（Mock），过期时间 Nov 14, 2017 10:20:57 PM，已记住',
    );
    expect(t.current(t.pasted, t.origin('http://127.0.0.1:8080'), '', false)).toBe('当前会话：已粘贴的会话（http://127.0.0.1:8080）');
  });

  it('labels the severity codes', () => {
    expect(strings.lint.severities).toEqual({ error: '错误', warning: '警告', info: '提示' });
  });

  it('gives the first-load scripts their own section of the table', () => {
    expect(sampleStrings).toBe(strings.samples);
  });

  it('leaves the rest of the table out of a first-load script that reads its own section', async () => {
    const entry = fileURLToPath(new URL('../../src/components/samples/sample-tabs.ts', import.meta.url));
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      minify: true,
      charset: 'utf8',
      write: false,
      logLevel: 'silent',
      external: ['./load-sample'],
    });
    const code = result.outputFiles[0]!.text;
    expect(code).toContain('示例语言');
    expect(code).not.toContain(strings.quality.title);
    expect(code).not.toContain(strings.session.loggingIn);
  });
});
