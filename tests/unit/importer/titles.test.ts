import { describe, expect, it } from 'vitest';
import { getSummary } from '../../../src/importer/titles';
import { isEmptyDesc } from '../../../src/importer/findings';

describe('imported titles', () => {
  it.each([
    ['QueryCluster', '管理员可以使用QueryCluster命令来查询集群', '查询集群'],
    ['ChangeClusterState', '管理员可以使用ChangeClusterState来改变一个集群的可用状态', '改变一个集群的可用状态'],
    ['AddSecurityGroupRule', '用户可以使用AddSecurityGroupRule添加规则到安全组', '添加规则到安全组'],
    ['IsOpensourceVersion', '判断ZStack是否为开源版本。开源版本不带企业版插件', '判断ZStack是否为开源版本'],
    ['StopThing', '停止东西(StopThing)', '停止东西'],
    ['StopThing', '停止东西（StopThing）', '停止东西'],
    ['FlattenVmInstance', '扁平合并云主机', '扁平合并云主机'],
  ])('%s: 「%s」 → 「%s」', (name, title, summary) => {
    expect(getSummary(name, { title })).toBe(summary);
  });

  it('falls back to the first line of the description, then to the name, when the title has no Chinese', () => {
    expect(getSummary('GetThing', { title: 'GetThing', desc: '获取东西。\n更多说明' })).toBe('获取东西');
    expect(getSummary('GetThing', { title: 'GetThing', desc: 'Gets a thing' })).toBe('GetThing');
    expect(getSummary('GetThing', undefined)).toBe('GetThing');
  });

  it("takes the doc template's placeholders for no text: the name, rather than 在这里填写API描述, titles the page", () => {
    expect(getSummary('QueryImage', { title: 'QueryImage', desc: '在这里填写API描述' })).toBe('QueryImage');
    expect(getSummary('GetZone', { title: '在这里填写API标题', desc: '获取区域。' })).toBe('获取区域');
    // The structure template's placeholder (CephBackupStorageInventory's title) is no text either.
    expect(isEmptyDesc('在这里输入结构的名称')).toBe(true);
  });

  it('keeps a title that is only the caller phrase rather than leaving it empty', () => {
    expect(getSummary('DoIt', { title: '管理员可以使用DoIt命令来' })).toBe('管理员可以使用DoIt命令来');
  });
});
