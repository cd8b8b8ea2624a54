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

  it("says in the build's statistics when the highlighting thread failed, and only then", () => {
    const counts = { loads: 1, loadS: '2.0', lints: 1, lintS: '1.0', highlights: 10, highlightS: '0.5', cached: 4 };
    expect(strings.build.stats({ ...counts, fallback: 0 })).not.toContain('高亮线程');
    expect(strings.build.stats({ ...counts, fallback: 3 })).toMatch(
      /；高亮线程不可用，其中 3 段在构建线程上高亮（结果相同，构建较慢）$/,
    );
  });

  it('labels the severity codes', () => {
    expect(strings.lint.severities).toEqual({ error: '错误', warning: '警告', info: '提示' });
  });

  it('gives the first-load scripts their own section of the table', () => {
    expect(sampleStrings).toBe(strings.samples);
  });

  it('gives the page script, the search dialog and the panel only the tables they need', async () => {
    // Were the whole table in the page script, every page's first load would carry it.
    const src = (path: string) => fileURLToPath(new URL(`../../../../src/${path}`, import.meta.url));
    const result = await build({
      entryPoints: [src('scripts/site.ts'), src('components/samples/load-sample.ts')],
      bundle: true,
      splitting: true,
      format: 'esm',
      write: false,
      metafile: true,
      outdir: 'out',
      logLevel: 'silent',
      plugins: [
        {
          name: 'leave-out-styles-and-monaco',
          setup: (plugin) =>
            plugin.onResolve({ filter: /\?inline$|monaco/ }, (args) => ({ path: args.path, external: true })),
        },
      ],
    });
    // What loading one output fetches: it and the chunks it imports statically, not those it imports when needed.
    const tablesOf = (output: string | undefined, seen = new Set<string>()): string[] => {
      if (output === undefined || seen.has(output)) return [];
      seen.add(output);
      const { inputs, imports } = result.metafile.outputs[output]!;
      const own = Object.keys(inputs).filter((input) => input.includes('lib/i18n/'));
      const loaded = imports.filter((i) => i.kind === 'import-statement' && !i.external).map((i) => i.path);
      return [...own, ...loaded.flatMap((path) => tablesOf(path, seen))].sort();
    };
    const outputs = Object.entries(result.metafile.outputs);
    const entry = (name: string) => outputs.find(([, o]) => o.entryPoint?.endsWith(name))?.[0];
    const chunkOf = (name: string) => outputs.find(([, o]) => Object.keys(o.inputs).some((i) => i.endsWith(name)))?.[0];
    const firstLoad = ['src/lib/i18n/first-load.ts', 'src/lib/i18n/zh-CN-first-load.ts'];
    expect(tablesOf(entry('scripts/site.ts'))).toEqual(firstLoad);
    expect(tablesOf(entry('samples/load-sample.ts'))).toEqual(firstLoad);
    expect(tablesOf(chunkOf('ui/search-element.ts'))).toEqual([
      'src/lib/i18n/search.ts',
      'src/lib/i18n/zh-CN-search.ts',
    ]);
    expect(tablesOf(chunkOf('try-it/panel.ts'))).toContain('src/lib/i18n/zh-CN-panel.ts');
  });
});
