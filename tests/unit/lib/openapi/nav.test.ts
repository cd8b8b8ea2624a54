import { describe, expect, it } from 'vitest';
import {
  filterCategories,
  getCategoryId,
  groupByTop,
  makeCategories,
  makeNavFile,
  readNavFile,
  sortCategories,
} from '../../../../src/lib/openapi/nav';
import { CATEGORY_ORDER } from '../../../../src/lib/zstack/categories';

const VM = ['资源中心', '云资源池', '云主机相关接口'];
const ACCOUNT = ['平台管理', '访问控制', '账户相关接口'];
const op = (
  operationId: string,
  summary: string,
  category: string[],
  method = 'PUT',
  path = '/zstack/v1/vm-instances/{uuid}/actions',
) => ({
  operationId,
  summary,
  category,
  method: method as 'PUT',
  path,
});
const OPERATIONS = [
  op('StartVmInstance', '启动云主机', VM),
  op('LogInByAccount', '使用账户登录', ACCOUNT, 'PUT', '/zstack/v1/accounts/login'),
  op('StopVmInstance', '停止云主机', VM),
  op('FlattenVmInstance', '扁平合并云主机', VM),
  op('Orphan', '无分类接口', []),
];

describe('the navigation by category', () => {
  it('groups operations by their whole category path, in order of appearance', () => {
    const categories = makeCategories(OPERATIONS);
    expect(categories.map((c) => [c.name, c.operations.map((o) => o.operationId)])).toEqual([
      ['云主机相关接口', ['StartVmInstance', 'StopVmInstance', 'FlattenVmInstance']],
      ['账户相关接口', ['LogInByAccount']],
      ['其他接口', ['Orphan']],
    ]);
  });

  it('gives a category the same short id whatever else the description holds', () => {
    const alone = makeCategories([OPERATIONS[0]!])[0]!;
    expect(makeCategories(OPERATIONS)[0]!.id).toBe(alone.id);
    expect(alone.id).toBe(getCategoryId(VM));
    expect(alone.id).toMatch(/^c[0-9a-z]+$/);
    expect(getCategoryId(ACCOUNT)).not.toBe(alone.id);
  });

  it('puts categories under the first part of their path for the index', () => {
    expect(groupByTop(makeCategories(OPERATIONS)).map((g) => [g.name, g.categories.length])).toEqual([
      ['资源中心', 1],
      ['平台管理', 1],
      ['', 1],
    ]);
  });

  it('reads back the shared file it writes', () => {
    const categories = makeCategories(OPERATIONS);
    expect(readNavFile(JSON.parse(JSON.stringify(makeNavFile(categories))))).toEqual(categories);
    expect(readNavFile({ not: 'a list' })).toEqual([]);
  });

  it('narrows to the operations whose Chinese title, API name, path or category hold every typed word', () => {
    const categories = makeCategories(OPERATIONS);
    const ids = (text: string) =>
      filterCategories(categories, text).flatMap((f) => f.operations.map((o) => o.operationId));
    expect(ids('停止')).toEqual(['StopVmInstance']);
    expect(ids('flattenvm')).toEqual(['FlattenVmInstance']);
    expect(ids('login')).toEqual(['LogInByAccount']);
    expect(ids('云主机 启动')).toEqual(['StartVmInstance']);
    expect(ids('访问控制')).toEqual(['LogInByAccount']);
    expect(ids('没有这个')).toEqual([]);
    expect(ids('  ')).toHaveLength(OPERATIONS.length);
  });
});

describe('the order of the categories', () => {
  it('follows ZStack’s manual, whatever the order of the files, with categories it does not name after', () => {
    const other = ['其他接口', '未分类（other）'];
    const VOLUME = ['资源中心', '云资源池', '云盘相关接口'];
    const ACL = ['资源中心', '网络服务', '访问控制列表相关接口'];
    // As the files are read: acl.yaml, other.yaml, vm-instance.yaml, volume.yaml.
    const categories = makeCategories([
      op('CreateAccessControlList', '创建访问控制策略组', ACL),
      op('IsReadyToGo', 'IsReadyToGo', other),
      op('StartVmInstance', '启动云主机', VM),
      op('CreateDataVolume', '创建云盘', VOLUME),
      op('LogInByAccount', '使用账户登录', ACCOUNT),
    ]);
    expect(sortCategories(categories, CATEGORY_ORDER).map((c) => c.name)).toEqual([
      '云主机相关接口',
      '云盘相关接口',
      '访问控制列表相关接口',
      '账户相关接口',
      '未分类（other）',
    ]);
    expect(groupByTop(sortCategories(categories, CATEGORY_ORDER)).map((g) => g.name)).toEqual(['资源中心', '平台管理', '其他接口']);
  });
});
