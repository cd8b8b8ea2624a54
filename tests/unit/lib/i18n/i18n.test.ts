import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { strings } from '../../../../src/lib/i18n';
import { sampleStrings } from '../../../../src/lib/i18n/first-load';

describe('the zh-CN string table', () => {
  it('words the session bar as the panel shows it', () => {
    const t = strings.panel.session;
    expect(
      [t.label, t.account('admin'), t.where('Mock'), t.expires('Nov 14, 2017 10:20:57 PM'), t.remembered].join(''),
    ).toBe('当前会话：账户 admin（Mock），过期时间 Nov 14, 2017 10:20:57 PM，已记住');
    expect([t.label, t.pasted, t.where('http://127.0.0.1:8080')].join('')).toBe(
      '当前会话：已粘贴的会话（http://127.0.0.1:8080）',
    );
  });

  it('labels the severity codes', () => {
    expect(strings.lint.severities).toEqual({ error: '错误', warning: '警告', info: '提示' });
  });

  it('gives the first-load scripts their own section of the table', () => {
    expect(sampleStrings).toBe(strings.samples);
  });

  it('keeps the whole table out of the module graph of the first-load scripts', async () => {
    // Were it in, the bundler would split it (and what it shares with the panel) into chunks the first load asks for.
    const entries = ['sample-tabs.ts', 'load-sample.ts'].map((name) =>
      fileURLToPath(new URL(`../../../../src/components/samples/${name}`, import.meta.url)),
    );
    const result = await build({
      entryPoints: entries,
      bundle: true,
      format: 'esm',
      write: false,
      metafile: true,
      outdir: 'out',
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((input) => input.includes('lib/i18n/'))).toEqual([
      'src/lib/i18n/zh-CN-first-load.ts',
      'src/lib/i18n/first-load.ts',
    ]);
  });
});
