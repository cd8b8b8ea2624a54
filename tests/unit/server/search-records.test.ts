import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSpecDir } from '../../../src/lib/openapi/load';
import type { OperationModel } from '../../../src/lib/openapi/operation';
import { getIndexedHtml, makeFieldSection } from '../../../src/server/search-index';
import {
  matchesLatinWords,
  normalizeQuery,
  sortCurrentPageFirst,
  sortNamedOperationsFirst,
  toSearchItems,
  type PagefindResultData,
} from '../../../src/components/ui/search-results';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const DEEP = 'response.inventory.allVolumes.lastVmInstanceUuid';

let operations: OperationModel[];

beforeAll(async () => {
  const [error, set] = await loadSpecDir(`${root}openapi`, root);
  if (error) throw error;
  operations = set.operations;
}, 60_000);

const getOperations = async () => operations;

describe('the search index of an operation page', () => {
  it('gives each field row a heading with the row’s id, name and type, then its description', async () => {
    const flatten = (await getOperations()).find((o) => o.operationId === 'FlattenVmInstance')!;
    const { html, rows } = makeFieldSection(flatten);
    expect(html).toContain(
      '<section data-search-fields><p>PUT /zstack/v1/vm-instances/{uuid}/actions</p><h6 id="path.uuid">',
    );
    expect(html).toContain(
      '<h6 id="body.flattenVmInstance.dryRun">dryRun Boolean</h6><p>试运行,可用于预测数据用量</p>',
    );
    expect(html).toContain(`<h6 id="${DEEP}">lastVmInstanceUuid String</h6>`);
    expect(html.match(/<h6 /g)).toHaveLength(rows);
    expect(new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1])).size).toBe(rows);
  });

  it('keeps a shared schema’s fields on every operation that returns it', async () => {
    const operations = await getOperations();
    const withVolumes = operations
      .filter((op) => makeFieldSection(op).html.includes(`id="${DEEP}"`))
      .map((op) => op.operationId);
    expect(withVolumes).toEqual(
      expect.arrayContaining(['FlattenVmInstance', 'StopVmInstance', 'StartVmInstance', 'RebootVmInstance']),
    );
    // The same operation many times over (as in a 1,000-operation description) loses none of them.
    const flatten = operations.find((o) => o.operationId === 'FlattenVmInstance')!;
    const sections = Array.from({ length: 25 }, () => makeFieldSection(flatten).html);
    expect(sections.every((html) => html.includes(`id="${DEEP}"`))).toBe(true);
  });

  it('escapes the description’s markup and puts the section inside <main>', () => {
    const field = {
      id: 'body.x',
      name: 'x',
      type: 'String',
      required: false,
      description: '<img src=x onerror="alert(1)">',
      deprecated: false,
      children: [],
    };
    const op = {
      method: 'PUT',
      path: '/a',
      parameters: { path: [], query: [], header: [] },
      body: { fields: [field] },
      responses: [],
    } as unknown as OperationModel;
    const { html } = makeFieldSection(op);
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img src=x onerror=&#34;alert(1)&#34;&#62;');
    expect(
      getIndexedHtml(
        '<head><title>x</title></head><body><nav>n</nav><main><h1>t</h1></main><footer></footer></body>',
        '<section>s</section>',
      ),
    ).toBe('<!doctype html><html lang="zh-CN"><body><main><h1>t</h1><section>s</section></main></body></html>');
  });
});

describe('the search dialog’s rows', () => {
  const flatten: PagefindResultData = {
    url: '/api/FlattenVmInstance/',
    excerpt: '…',
    meta: { title: '扁平合并云主机' },
    sub_results: [
      {
        title: '操作 ID',
        url: '/api/FlattenVmInstance/#operation-id-title',
        excerpt: '<mark>FlattenVmInstance</mark>',
        anchor: { id: 'operation-id-title' },
      },
      {
        title: 'lastVmInstanceUuid String',
        url: `/api/FlattenVmInstance/#${DEEP}`,
        excerpt: '<mark>lastVmInstanceUuid</mark> String',
        anchor: { id: DEEP },
      },
    ],
  };
  const stop: PagefindResultData = {
    url: '/api/StopVmInstance/',
    excerpt: '…',
    meta: { title: '停止云主机' },
    sub_results: ['a', 'b', 'c', 'd'].map((n) => ({
      title: `${n} String`,
      url: `/api/StopVmInstance/#response.inventory.${n}`,
      excerpt: n,
      anchor: { id: `response.inventory.${n}` },
    })),
  };

  it('makes a field row of each matching field heading, then the page where its own text matched', () => {
    expect(toSearchItems([flatten])).toEqual([
      {
        url: `/api/FlattenVmInstance/#${DEEP}`,
        kind: '字段',
        title: 'lastVmInstanceUuid',
        type: 'String',
        context: '扁平合并云主机（FlattenVmInstance）· 响应字段 inventory.allVolumes.lastVmInstanceUuid',
        excerpt: '<mark>lastVmInstanceUuid</mark> String',
      },
      {
        url: '/api/FlattenVmInstance/',
        kind: '操作',
        title: '扁平合并云主机',
        excerpt: '<mark>FlattenVmInstance</mark>',
      },
    ]);
  });

  it('shows at most three fields of one page and no page row when only fields matched', () => {
    expect(toSearchItems([stop]).map((i) => i.url)).toEqual(
      ['a', 'b', 'c'].map((n) => `/api/StopVmInstance/#response.inventory.${n}`),
    );
  });

  it('puts the rows of the current page first', () => {
    const items = sortCurrentPageFirst(toSearchItems([stop, flatten]), (url) =>
      url.startsWith('/api/FlattenVmInstance/'),
    );
    expect(items[0]!.url).toBe(`/api/FlattenVmInstance/#${DEEP}`);
    expect(items).toHaveLength(5);
  });

  it('gives first the row named by the query word that does not name the operation', () => {
    const rows = (id: string, name: string) => ({
      title: `${name} String`,
      url: `/api/FlattenVmInstance/#${id}`,
      excerpt: name,
      anchor: { id },
    });
    const page: PagefindResultData = {
      ...flatten,
      sub_results: [
        rows('body.flattenVmInstance', 'flattenVmInstance'),
        rows('body.flattenVmInstance.full', 'full'),
        rows('response.inventory.uuid', 'uuid'),
        rows(DEEP, 'lastVmInstanceUuid'),
      ],
    };
    expect(toSearchItems([page], 'FlattenVmInstance lastVmInstanceUuid')[0]!.url).toBe(
      `/api/FlattenVmInstance/#${DEEP}`,
    );
    expect(toSearchItems([page], '扁平合并云主机 lastVm')[0]!.url).toBe(`/api/FlattenVmInstance/#${DEEP}`);
    // Words that all name the operation ask for its page: first, then its rows in the page's order.
    expect(sortNamedOperationsFirst(toSearchItems([page], 'flatten'), 'flatten').map((i) => i.url)).toEqual([
      '/api/FlattenVmInstance/',
      '/api/FlattenVmInstance/#body.flattenVmInstance',
      '/api/FlattenVmInstance/#body.flattenVmInstance.full',
      '/api/FlattenVmInstance/#response.inventory.uuid',
    ]);
  });

  it('puts first the operation whose whole id is a word of the query', () => {
    const page = (operationId: string): PagefindResultData => ({
      url: `/api/${operationId}/`,
      excerpt: '',
      meta: { title: operationId },
      sub_results: [
        { title: 'x String', url: `/api/${operationId}/#response.x`, excerpt: 'x', anchor: { id: 'response.x' } },
      ],
    });
    const results = [page('QueryVmInstanceByUuid'), page('QueryVmInstance')];
    expect(toSearchItems(results, 'queryvminstance x').map((i) => i.url)).toEqual([
      '/api/QueryVmInstance/#response.x',
      '/api/QueryVmInstanceByUuid/#response.x',
    ]);
    expect(toSearchItems(results, 'QueryVm x')[0]!.url).toBe('/api/QueryVmInstanceByUuid/#response.x');
  });

  it('gives first the page of the operation the whole query names, by its summary or its id, above any field', () => {
    const start: PagefindResultData = {
      url: '/api/StartVmInstance/',
      excerpt: '<mark>启动云主机</mark>',
      meta: { title: '启动云主机' },
    };
    // The reader is on FlattenVmInstance's page, whose rows come first, and a field's rows came from the field index.
    const items = sortCurrentPageFirst(toSearchItems([flatten, start], '启动云主机'), (url) =>
      url.startsWith('/api/FlattenVmInstance/'),
    );
    expect(sortNamedOperationsFirst(items, '启动云主机')[0]!.url).toBe('/api/StartVmInstance/');
    expect(sortNamedOperationsFirst(items, 'StartVmInstance')[0]!.url).toBe('/api/StartVmInstance/');
    const field = {
      url: '/api/FlattenVmInstance/#body.flattenVmInstance',
      kind: '字段',
      title: 'flattenVmInstance',
      excerpt: '',
    };
    const page = { url: '/api/FlattenVmInstance/', kind: '操作', title: '扁平合并云主机', excerpt: '' };
    expect(sortNamedOperationsFirst([field, page], 'FlattenVmInstance')).toEqual([page, field]);
    // A query that also names a field asks for the field: nothing moves.
    expect(sortNamedOperationsFirst([field, page], 'FlattenVmInstance full')).toEqual([field, page]);
    expect(sortNamedOperationsFirst([field, page], 'uuid')).toEqual([field, page]);
  });

  it('keeps a result only where each Latin word of the query is part of a word it matched', () => {
    // Words as Pagefind stores a segmented (Chinese) page: each followed by a zero-width space.
    const content = ['No ', '会话', '的', '请求 ', 'lastVmInstanceUuid ', 'String. ', '扁平', '合并'].join('\u200B');
    const matched = (...locations: number[]): PagefindResultData => ({ ...flatten, raw_content: content, locations });
    expect(matchesLatinWords('nosuchwordanywhere', matched(0))).toBe(false);
    expect(matchesLatinWords('lastVmInstanceUuidX', matched(4))).toBe(false);
    expect(matchesLatinWords('lastVm', matched(4))).toBe(true);
    expect(matchesLatinWords('LASTVMINSTANCEUUID no', matched(0, 4))).toBe(true);
    expect(matchesLatinWords('lastVm nosuchword', matched(0, 4))).toBe(false);
    // A Chinese word longer than the indexed ones is meant to find them (扁平合并云主机 → 扁平).
    expect(matchesLatinWords('扁平合并云主机', matched(6))).toBe(true);
    expect(matchesLatinWords('nosuch', { ...flatten, raw_content: 'No such page', locations: [0] })).toBe(false);
    expect(matchesLatinWords('such', { ...flatten, raw_content: 'No such page', locations: [1] })).toBe(true);
  });

  it('turns a path into the words the index holds', () => {
    expect(normalizeQuery(' /zstack/v1/vm-instances/{uuid}/actions ')).toBe('zstack v1 vm instances uuid actions');
    expect(normalizeQuery('FlattenVmInstance lastVmInstanceUuid')).toBe('FlattenVmInstance lastVmInstanceUuid');
    expect(normalizeQuery('停止云主机')).toBe('停止云主机');
  });
});
