import { describe, expect, it } from 'vitest';
import { inferCategories, type Categorised } from '../../../src/importer/categories';

const L3 = ['资源中心', '网络资源', '三层网络相关接口'];
const LB = ['网络服务', '负载均衡相关接口'];
const api = (name: string, file: string, category?: string[]): Categorised => ({
  name,
  file,
  category: category ?? ['其他接口', '未分类（未知类别）'],
  categoryKnown: category !== undefined,
  slug: category ? category.at(-1)! : 'other',
});

describe('inferring an unknown category', () => {
  it('gives the API the category most APIs of its source folder have, and says where it came from', () => {
    const apis = [
      api('CreateL3Network', 'network/src/main/java/org/zstack/header/network/l3/APICreateL3NetworkMsg.java', L3),
      api('DeleteL3Network', 'network/src/main/java/org/zstack/header/network/l3/APIDeleteL3NetworkMsg.java', L3),
      api('GetL3Lb', 'network/src/main/java/org/zstack/header/network/l3/APIGetL3LbMsg.java', LB),
      api('DeleteIpAddress', 'network/src/main/java/org/zstack/header/network/l3/APIDeleteIpAddressMsg.java'),
    ];
    inferCategories(apis);
    expect(apis[3]).toMatchObject({
      category: L3,
      slug: L3.at(-1),
      categoryKnown: false,
      categoryInferredFrom: 'network/src/main/java/org/zstack/header/network/l3',
    });
    expect(apis.slice(0, 3).map((a) => a.categoryInferredFrom)).toEqual([undefined, undefined, undefined]);
  });

  it('leaves an API alone when no other API of its folder has a known category', () => {
    const lonely = api('QueryEventLog', 'plugin/eventlog/APIQueryEventLogMsg.java');
    const other = api('CreateL3Network', 'network/l3/APICreateL3NetworkMsg.java', L3);
    inferCategories([lonely, other]);
    expect(lonely.category).toEqual(['其他接口', '未分类（未知类别）']);
    expect(lonely.categoryInferredFrom).toBeUndefined();
  });
});
