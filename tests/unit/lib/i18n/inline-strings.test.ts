import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const SRC = join(ROOT, 'src');
/** Han characters and the CJK and full-width punctuation that only Chinese text uses. */
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * Files whose Chinese literals stay where they are, with the reason. Everything else the
 * reader sees comes from the string tables in src/lib/i18n/.
 */
const ALLOWED: Record<string, string> = {
  'src/lib/i18n/': 'the string tables themselves',
  'src/lib/lint/description-rules.ts':
    'the Chinese words the lint rules look for in descriptions (data matched against the text, not shown)',
  // The importer writes descriptions into the generated OpenAPI documents: content, like openapi/*.yaml,
  // that a reader sees as the description's own text. Its messages and findings are in the table.
  'src/importer/openapi-parts.ts': 'the shared parts of the generated documents (servers, security, errors, tags)',
  'src/importer/query-parameters.ts': "the descriptions of ZStack's query parameters in the generated documents",
  'src/importer/responses.ts': "the generated documents' response descriptions and titles",
  'src/importer/write-openapi.ts': "the generated documents' info and request-body descriptions",
  'src/importer/api-model.ts': "the path parameter's generated description",
  'src/importer/titles.ts':
    "the caller phrase, full-width brackets and stops it cuts from ZStack's titles (data matched), and the generated titles of optional-path operations (content)",
  'src/lib/zstack/categories.ts':
    "the category names of ZStack's API groups, by which the importer files APIs and the site orders them (content)",
  'src/importer/categories.ts':
    "the category names of ZStack's API groups, written into the generated OpenAPI documents (content, not UI)",
};

describe('the Chinese text in src/', () => {
  it('sits in the string tables, except in the allow-listed data files', () => {
    const found = listFiles(SRC)
      .map((file) => relative(ROOT, file).split('\\').join('/'))
      .filter((path) => !Object.keys(ALLOWED).some((allowed) => path.startsWith(allowed)))
      .flatMap((path) => findChineseLiterals(path, readFileSync(join(ROOT, path), 'utf8')));
    expect(found).toEqual([]);
  });

  it('finds a Chinese literal in code, markup and styles but not in comments', () => {
    const code = "// 注释\n/** 说明 */\nconst a = 'ok';\nconst b = `共 ${1} 条`;\nconst c = /(来源)/;\n";
    expect(findChineseLiterals('x.ts', code)).toEqual(['x.ts:4: 共 ', 'x.ts:4:  条', 'x.ts:5: /(来源)/']);
    const astro =
      "---\n// 组件\nconst t = '标题';\n---\n<!-- 注释 -->\n<h1>{t}</h1>\n{/* 说明 */}\n<p>正文</p>\n<script>\n  // 注释\n  el.title = '提示';\n</script>\n<style>\n  /* 样式 */\n  a::after { content: '→'; }\n</style>\n";
    expect(findChineseLiterals('X.astro', astro)).toEqual([
      'X.astro:3: 标题',
      'X.astro:8: <p>正文</p>',
      'X.astro:11: 提示',
    ]);
    expect(findChineseLiterals('x.css', "/* 面板 */\na::before { content: '必填'; }\n")).toEqual([
      "x.css:2: a::before { content: '必填'; }",
    ]);
  });
});

/** `path:line: text` for each Chinese string, template or regular-expression literal, or line of markup. */
function findChineseLiterals(path: string, text: string): string[] {
  if (path.endsWith('.ts')) return findInScript(path, text, 0);
  if (path.endsWith('.css')) return findInLines(path, text.replace(/\/\*[\s\S]*?\*\//g, blank));
  if (path.endsWith('.astro')) return findInAstro(path, text);
  return [];
}

function findInAstro(path: string, text: string): string[] {
  const fence = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  const found = fence ? findInScript(path, fence[1]!, 1) : [];
  let template = (fence ? blank(fence[0]) : '') + text.slice(fence ? fence[0].length : 0);
  template = template.replace(/<!--[\s\S]*?-->|\{\/\*[\s\S]*?\*\/\}/g, blank);
  template = template.replace(
    /(<script\b[^>]*>)([\s\S]*?)(<\/script>)/g,
    (whole, open: string, body: string, _c, at: number) => {
      found.push(...findInScript(path, body, lineOf(template, at + open.length) - 1));
      return blank(whole);
    },
  );
  template = template.replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, (whole) => whole.replace(/\/\*[\s\S]*?\*\//g, blank));
  return [...found, ...findInLines(path, template)].sort((a, b) => lineNumber(a) - lineNumber(b));
}

function findInScript(path: string, text: string, lineOffset: number): string[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isStringLiteralLike(node) ||
        ts.isTemplateLiteralToken(node) ||
        ts.isRegularExpressionLiteral(node) ||
        ts.isJsxText(node)) &&
      CJK.test(node.text)
    ) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1 + lineOffset;
      found.push(`${path}:${line}: ${ts.isRegularExpressionLiteral(node) ? node.getText(source) : node.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function findInLines(path: string, text: string): string[] {
  return text.split('\n').flatMap((line, i) => (CJK.test(line) ? [`${path}:${i + 1}: ${line.trim()}`] : []));
}

/** The text with every character but newlines made a space, so that what follows keeps its line. */
function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

function lineNumber(entry: string): number {
  return Number(entry.split(':')[1]);
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|astro|css)$/.test(name))
    .map((name) => join(dir, name))
    .sort();
}
