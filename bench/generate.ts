import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const SPEC_FILE = /\.(ya?ml|json)$/i;
/** The real operations' example VM, reused by every generated operation whose inventory is a VM. */
const SOURCE_OPERATION = 'FlattenVmInstance';
/** The path parameter of every generated operation on one resource (a fresh object each time: YAML would alias a shared one). */
const uuidParameter = () => ({
  name: 'uuid',
  in: 'path',
  required: true,
  description: '资源的UUID,唯一标示该资源',
  schema: { type: 'string' },
  example: 'ce09028b684c3eb78219f5e20bddc3d5',
});

/** ZStack-like resources, each answered with one of the real description's inventory schemas. */
const RESOURCES: Resource[] = [
  {
    noun: 'VmInstance',
    path: 'vm-instances',
    inventory: 'VmInstanceInventory',
    category: ['资源中心', '云资源池', '云主机相关接口'],
  },
  { noun: 'Volume', path: 'volumes', inventory: 'VolumeInventory', category: ['资源中心', '云资源池', '云盘相关接口'] },
  { noun: 'VmNic', path: 'nics', inventory: 'VmNicInventory', category: ['资源中心', '网络资源', '网卡相关接口'] },
  {
    noun: 'VmCdRom',
    path: 'vm-instances/cdroms',
    inventory: 'VmCdRomInventory',
    category: ['资源中心', '云资源池', '光驱相关接口'],
  },
  {
    noun: 'UsedIp',
    path: 'l3-networks/ip-addresses',
    inventory: 'UsedIpInventory',
    category: ['资源中心', '网络资源', 'IP地址相关接口'],
  },
  {
    noun: 'VmTemplate',
    path: 'vm-templates',
    inventory: 'VmInstanceInventory',
    category: ['资源中心', '云资源池', '云主机模板相关接口'],
  },
  {
    noun: 'DataVolume',
    path: 'data-volumes',
    inventory: 'VolumeInventory',
    category: ['资源中心', '存储资源', '数据云盘相关接口'],
  },
  {
    noun: 'VolumeSnapshot',
    path: 'volume-snapshots',
    inventory: 'VolumeInventory',
    category: ['资源中心', '存储资源', '快照相关接口'],
  },
  { noun: 'Vip', path: 'vips', inventory: 'UsedIpInventory', category: ['网络服务', '虚拟IP', '虚拟IP相关接口'] },
  { noun: 'Eip', path: 'eips', inventory: 'UsedIpInventory', category: ['网络服务', '弹性IP', '弹性IP相关接口'] },
  {
    noun: 'SecurityGroupNic',
    path: 'security-groups/vm-nics',
    inventory: 'VmNicInventory',
    category: ['网络服务', '安全组', '安全组网卡相关接口'],
  },
  {
    noun: 'PortForwardingNic',
    path: 'port-forwarding/vm-nics',
    inventory: 'VmNicInventory',
    category: ['网络服务', '端口转发', '端口转发相关接口'],
  },
  {
    noun: 'LoadBalancerNic',
    path: 'load-balancers/vm-nics',
    inventory: 'VmNicInventory',
    category: ['网络服务', '负载均衡', '负载均衡相关接口'],
  },
  {
    noun: 'BareMetalInstance',
    path: 'baremetal/instances',
    inventory: 'VmInstanceInventory',
    category: ['资源中心', '裸金属', '裸金属实例相关接口'],
  },
  {
    noun: 'ApplianceVm',
    path: 'appliances',
    inventory: 'VmInstanceInventory',
    category: ['网络服务', '云路由', '云路由相关接口'],
  },
  {
    noun: 'SharedVolume',
    path: 'shared-volumes',
    inventory: 'VolumeInventory',
    category: ['资源中心', '存储资源', '共享云盘相关接口'],
  },
  {
    noun: 'IsoCdRom',
    path: 'isos/cdroms',
    inventory: 'VmCdRomInventory',
    category: ['资源中心', '镜像', 'ISO相关接口'],
  },
  {
    noun: 'VirtualRouterNic',
    path: 'virtual-routers/nics',
    inventory: 'VmNicInventory',
    category: ['网络服务', '云路由', '云路由网卡相关接口'],
  },
  {
    noun: 'ReservedIp',
    path: 'l3-networks/reserved-ips',
    inventory: 'UsedIpInventory',
    category: ['资源中心', '网络资源', '保留IP相关接口'],
  },
  {
    noun: 'ScsiVolume',
    path: 'scsi-volumes',
    inventory: 'VolumeInventory',
    category: ['资源中心', '存储资源', 'SCSI云盘相关接口'],
  },
  {
    noun: 'ImageCacheVolume',
    path: 'image-caches/volumes',
    inventory: 'VolumeInventory',
    category: ['资源中心', '存储资源', '镜像缓存相关接口'],
  },
  {
    noun: 'GuestToolsVm',
    path: 'guest-tools/vm-instances',
    inventory: 'VmInstanceInventory',
    category: ['资源中心', '云资源池', '增强工具相关接口'],
  },
];

/**
 * Families of the resources: the first is RESOURCES as they are (about 1,050 operations with the real ones);
 * each next one adds the same resources under a numbered name and path (VmInstance2, /vm-instances-2), answered
 * with the same real inventory schemas, so 5,000 operations and more share schemas as ZStack's do.
 */
const FAMILIES = 10;

function getFamilyResource(resource: Resource, family: number): Resource {
  if (family === 1) return resource;
  const [top, group, name] = resource.category as [string, string, string];
  return {
    ...resource,
    noun: `${resource.noun}${family}`,
    path: `${resource.path}-${family}`,
    category: [top, group, name.replace(/相关接口$/, `${family}相关接口`)],
  };
}

/** Action verbs, each an asynchronous PUT on `/{resource}/{uuid}/actions` with a body like FlattenVmInstance's. */
const VERBS: Verb[] = [
  { verb: 'Start', zh: '启动', fields: [bool('force', false, '强制执行')] },
  {
    verb: 'Stop',
    zh: '停止',
    fields: [str('type', 'grace', '停止方式：grace 或 cold'), bool('stopHA', false, '同时关闭高可用')],
  },
  { verb: 'Reboot', zh: '重启', fields: [] },
  { verb: 'Pause', zh: '暂停', fields: [] },
  { verb: 'Resume', zh: '恢复', fields: [] },
  {
    verb: 'Migrate',
    zh: '迁移',
    fields: [
      str('hostUuid', undefined, '目标物理机UUID'),
      bool('migrateFromDestination', false, '由目标物理机发起迁移'),
      bool('allowUnknown', false, '允许状态未知时迁移'),
    ],
  },
  { verb: 'Clone', zh: '克隆', fields: [str('strategy', 'InstantStart', '创建策略'), int('count', 1, '克隆数量')] },
  {
    verb: 'Flatten',
    zh: '扁平合并',
    fields: [bool('full', true, '合并所有云盘'), bool('dryRun', false, '试运行,可用于预测数据用量')],
  },
  { verb: 'Recover', zh: '恢复已删除的', fields: [] },
  { verb: 'Expunge', zh: '彻底删除', fields: [] },
  { verb: 'Reconnect', zh: '重连', fields: [] },
  { verb: 'Sync', zh: '同步状态', fields: [bool('full', false, '同步全部属性')] },
  {
    verb: 'Resize',
    zh: '扩容',
    fields: [lng('size', 107374182400, '新的容量，单位字节'), bool('force', false, '强制执行')],
  },
  { verb: 'Enable', zh: '启用', fields: [] },
  { verb: 'Disable', zh: '停用', fields: [] },
  {
    verb: 'Update',
    zh: '更新',
    fields: [str('name', undefined, '资源名称'), str('description', undefined, '资源的详细描述')],
  },
  { verb: 'ChangeOwner', zh: '更改所有者', fields: [str('accountUuid', undefined, '新所有者的账户UUID')] },
  {
    verb: 'SetQos',
    zh: '设置限速',
    fields: [
      lng('outboundBandwidth', 1048576, '出方向带宽，单位 bit/s'),
      lng('inboundBandwidth', 1048576, '入方向带宽，单位 bit/s'),
      str('mode', 'total', '限速模式'),
    ],
  },
  { verb: 'Attach', zh: '加载', fields: [str('vmInstanceUuid', undefined, '云主机UUID')] },
  {
    verb: 'Detach',
    zh: '卸载',
    fields: [str('vmInstanceUuid', undefined, '云主机UUID'), bool('isDefault', false, '是否为默认项')],
  },
  {
    verb: 'Snapshot',
    zh: '创建快照',
    fields: [str('name', undefined, '快照名称'), bool('withMemory', false, '包含内存')],
  },
  { verb: 'Revert', zh: '回滚', fields: [str('snapshotUuid', undefined, '快照UUID')] },
  {
    verb: 'Backup',
    zh: '备份',
    fields: [str('backupStorageUuid', undefined, '镜像服务器UUID'), str('mode', 'incremental', '备份方式')],
  },
  { verb: 'Reset', zh: '重置', fields: [] },
  { verb: 'ChangeState', zh: '改变状态', fields: [str('stateEvent', 'enable', '状态事件：enable 或 disable')] },
  { verb: 'Reinit', zh: '重新初始化', fields: [] },
  { verb: 'Cancel', zh: '取消长任务', fields: [] },
  { verb: 'Rescan', zh: '重新扫描', fields: [bool('deep', false, '深度扫描')] },
  { verb: 'Shrink', zh: '压缩', fields: [bool('dryRun', false, '试运行,可用于预测数据用量')] },
  { verb: 'Validate', zh: '校验', fields: [bool('full', true, '校验全部数据')] },
  { verb: 'Refresh', zh: '刷新', fields: [] },
  { verb: 'Lock', zh: '锁定', fields: [str('reason', undefined, '锁定原因')] },
  { verb: 'Unlock', zh: '解锁', fields: [] },
  { verb: 'Export', zh: '导出', fields: [str('format', 'qcow2', '导出格式')] },
  { verb: 'Import', zh: '导入', fields: [str('url', undefined, '源地址')] },
  { verb: 'Recalculate', zh: '重新计算容量', fields: [] },
  { verb: 'Prepare', zh: '预备', fields: [] },
  { verb: 'Tag', zh: '打标签', fields: [str('tag', undefined, '标签内容')] },
  { verb: 'Untag', zh: '删除标签', fields: [str('tag', undefined, '标签内容')] },
  { verb: 'Isolate', zh: '隔离', fields: [] },
  { verb: 'Restore', zh: '还原', fields: [str('backupUuid', undefined, '备份UUID')] },
  { verb: 'Verify', zh: '核验', fields: [] },
  { verb: 'Trim', zh: '回收空间', fields: [] },
  { verb: 'Rebalance', zh: '重新均衡', fields: [] },
  { verb: 'Heal', zh: '修复', fields: [bool('dryRun', false, '试运行')] },
];

/** Synchronous GETs per resource: the query API plus lookups on one resource. */
const GETS: Get[] = [
  { prefix: 'Query', suffix: '', zh: '查询', path: (r) => `/zstack/v1/${r.path}`, list: true },
  {
    prefix: 'Get',
    suffix: 'Capabilities',
    zh: '获取能力',
    path: (r) => `/zstack/v1/${r.path}/{uuid}/capabilities`,
    list: false,
  },
  { prefix: 'Get', suffix: 'Usage', zh: '获取用量', path: (r) => `/zstack/v1/${r.path}/{uuid}/usage`, list: false },
];

/**
 * Writes a ZStack-like description of `total` operations into `dir`: the real
 * documents of `sourceDir` unchanged, plus generated documents that reuse the
 * inventory schemas of the one holding FlattenVmInstance. Actions share
 * `/{resource}/{uuid}/actions`, so each verb gets a document of its own (a path
 * is unique within one document, as in OpenAPI). The output depends only on
 * `total` and the real description.
 */
export async function writeGeneratedSpec(sourceDir: string, dir: string, total: number): Promise<GeneratedSpec> {
  const names = (await readdir(sourceDir)).filter((name) => SPEC_FILE.test(name)).sort();
  const sources = await Promise.all(
    names.map(async (name) => ({ name, text: await readFile(join(sourceDir, name), 'utf8') })),
  );
  const real = sources.map(({ text }) => parse(text) as Document);
  const source = real.find((doc) => getVmExample(doc) !== undefined);
  if (!source) throw new Error(`${SOURCE_OPERATION} is not in ${sourceDir}`);
  const realCount = real.reduce((sum, doc) => sum + countOperations(doc), 0);
  const taken = new Set(
    real.flatMap((doc) =>
      Object.values(doc.paths ?? {}).flatMap((item) => Object.values(item).map((op) => op.operationId)),
    ),
  );
  const documents = makeDocuments(source, total - realCount, taken);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const { name, text } of sources) await writeFile(join(dir, name), text);
  for (const [name, doc] of documents)
    await writeFile(join(dir, name), stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false }));
  const operations = realCount + [...documents.values()].reduce((sum, doc) => sum + countOperations(doc), 0);
  return { dir, documents: documents.size + sources.length, operations };
}

function makeDocuments(source: Document, count: number, taken: Set<string>): Map<string, Document> {
  const documents = new Map<string, Document>();
  const vmExample = getVmExample(source);
  let made = 0;
  const slots: Slot[] = [...GETS.map((get) => ({ get })), ...VERBS.map((verb) => ({ verb }))];
  for (let family = 1; family <= FAMILIES; family += 1) {
    for (const slot of slots) {
      for (const resource of RESOURCES.map((r) => getFamilyResource(r, family))) {
        if (made === count) return documents;
        const name = 'get' in slot ? 'generated-queries.yaml' : `generated-${kebab(slot.verb.verb)}.yaml`;
        const doc = documents.get(name) ?? makeDocument(source, name);
        documents.set(name, doc);
        const [path, method, operation, schemas] =
          'get' in slot ? makeGet(slot.get, resource) : makeAction(slot.verb, resource, vmExample);
        if (taken.has(operation.operationId)) continue;
        taken.add(operation.operationId);
        doc.paths[path] = { ...doc.paths[path], [method]: operation };
        Object.assign(doc.components.schemas, schemas);
        made += 1;
      }
    }
  }
  if (made < count) throw new Error(`the generator has room for ${made} operations, ${count} asked`);
  return documents;
}

function makeDocument(source: Document, name: string): Document {
  return {
    openapi: source.openapi,
    info: { ...source.info, title: `${source.info.title}（生成：${name}）` },
    servers: source.servers,
    security: source.security,
    tags: source.tags,
    paths: {},
    components: structuredClone(source.components),
  };
}

function makeAction(
  verb: Verb,
  resource: Resource,
  vmExample: unknown,
): [string, string, Operation, Record<string, unknown>] {
  const operationId = `${verb.verb}${resource.noun}`;
  const actionKey = operationId[0]!.toLowerCase() + operationId.slice(1);
  const properties = Object.fromEntries(verb.fields.map((f) => [f.name, f.schema]));
  const bodyExample = Object.fromEntries(
    verb.fields.filter((f) => f.example !== undefined).map((f) => [f.name, f.example]),
  );
  const summary = `${verb.zh}${resource.category[2]!.replace(/相关接口$/, '')}`;
  const operation: Operation = {
    operationId,
    summary,
    description: `${summary}。该接口是异步的：先返回任务地址，轮询得到结果。`,
    tags: ['VM Instance Operations'],
    'x-zstack-since': '4.7.0',
    'x-zstack-async': true,
    'x-zstack-category': resource.category,
    'x-zstack-sdk-action': `${operationId}Action`,
    parameters: [uuidParameter()],
    requestBody: {
      required: true,
      content: {
        'application/json': {
          schema: { $ref: `#/components/schemas/${operationId}Request` },
          example: { [actionKey]: bodyExample, systemTags: [], userTags: [] },
        },
      },
    },
    responses: {
      '202': { $ref: '#/components/responses/JobAccepted' },
      '400': { $ref: '#/components/responses/BadRequest' },
    },
    'x-zstack-job-responses': {
      '200': {
        description: '该 API 成功时返回以下响应结构。',
        content: {
          'application/json': {
            schema: { $ref: `#/components/schemas/${operationId}Event` },
            ...(resource.inventory === 'VmInstanceInventory' ? { example: vmExample } : {}),
          },
        },
      },
      '503': { $ref: '#/components/responses/JobFailed' },
    },
  };
  const schemas = {
    [`${operationId}Request`]: {
      type: 'object',
      description: `${summary}的请求体。`,
      required: [actionKey],
      additionalProperties: false,
      properties: {
        [actionKey]: {
          type: 'object',
          description: `${actionKey} 请求体结构`,
          additionalProperties: false,
          properties,
        },
        systemTags: { type: 'array', description: '系统标签', items: { type: 'string' } },
        userTags: { type: 'array', description: '用户标签', items: { type: 'string' } },
      },
    },
    [`${operationId}Event`]: {
      type: 'object',
      description: `${summary}成功时的任务结果。`,
      required: ['inventory'],
      properties: {
        inventory: { $ref: `#/components/schemas/${resource.inventory}`, description: '操作后的资源信息。' },
      },
    },
  };
  return [`/zstack/v1/${resource.path}/{uuid}/actions`, 'put', operation, schemas];
}

function makeGet(get: Get, resource: Resource): [string, string, Operation, Record<string, unknown>] {
  const operationId = `${get.prefix}${resource.noun}${get.suffix}`;
  const summary = `${get.zh}${resource.category[2]!.replace(/相关接口$/, '')}`;
  const reply = `${operationId}Reply`;
  const parameters: unknown[] = get.list
    ? [
        {
          name: 'q',
          in: 'query',
          description: '查询条件，形如 name=vm1，可重复',
          schema: { type: 'array', items: { type: 'string' } },
        },
        {
          name: 'limit',
          in: 'query',
          description: '最多返回的记录数',
          schema: { type: 'integer', format: 'int32', default: 1000 },
        },
        {
          name: 'start',
          in: 'query',
          description: '起始查询记录位置',
          schema: { type: 'integer', format: 'int32', default: 0 },
        },
        { name: 'count', in: 'query', description: '只返回记录数', schema: { type: 'boolean', default: false } },
        { name: 'sortBy', in: 'query', description: '排序字段', schema: { type: 'string' } },
      ]
    : [uuidParameter()];
  const operation: Operation = {
    operationId,
    summary,
    description: `${summary}。`,
    tags: ['VM Instance Operations'],
    'x-zstack-since': '4.7.0',
    'x-zstack-async': false,
    'x-zstack-category': resource.category,
    'x-zstack-sdk-action': `${operationId}Action`,
    parameters,
    responses: {
      '200': {
        description: '查询成功。',
        content: { 'application/json': { schema: { $ref: `#/components/schemas/${reply}` } } },
      },
      '503': { $ref: '#/components/responses/ApiFailed' },
    },
  };
  const inventory = { $ref: `#/components/schemas/${resource.inventory}` };
  const schemas = {
    [reply]: {
      type: 'object',
      description: `${summary}的结果。`,
      properties: get.list
        ? {
            inventories: { type: 'array', description: '查询到的资源列表', items: inventory },
            total: { type: 'integer', format: 'int64', description: '符合条件的记录数' },
          }
        : { inventory: { ...inventory, description: '资源信息。' } },
    },
  };
  return [get.path(resource), 'get', operation, schemas];
}

function getVmExample(source: Document): unknown {
  for (const item of Object.values(source.paths ?? {})) {
    for (const op of Object.values(item)) {
      if (op.operationId !== SOURCE_OPERATION) continue;
      const jobResponses = op['x-zstack-job-responses'] as Record<
        string,
        { content?: Record<string, { example?: unknown }> }
      >;
      return jobResponses['200']?.content?.['application/json']?.example;
    }
  }
  return undefined;
}

function countOperations(doc: Document): number {
  return Object.values(doc.paths ?? {}).reduce((sum, item) => sum + Object.keys(item).length, 0);
}

function kebab(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
}

function bool(name: string, value: boolean, description: string): Field {
  return { name, schema: { type: 'boolean', default: value, description }, example: value };
}

function str(name: string, value: string | undefined, description: string): Field {
  const schema =
    value === undefined ? { type: 'string', description } : { type: 'string', default: value, description };
  return {
    name,
    schema,
    example: value ?? (name.endsWith('Uuid') ? 'ce09028b684c3eb78219f5e20bddc3d5' : `example-${name}`),
  };
}

function int(name: string, value: number, description: string): Field {
  return { name, schema: { type: 'integer', format: 'int32', default: value, description }, example: value };
}

function lng(name: string, value: number, description: string): Field {
  return { name, schema: { type: 'integer', format: 'int64', default: value, description }, example: value };
}

interface Resource {
  noun: string;
  path: string;
  inventory: string;
  category: string[];
}

interface Field {
  name: string;
  schema: Record<string, unknown>;
  example: unknown;
}

interface Verb {
  verb: string;
  zh: string;
  fields: Field[];
}

interface Get {
  prefix: string;
  suffix: string;
  zh: string;
  path: (resource: Resource) => string;
  list: boolean;
}

type Slot = { get: Get } | { verb: Verb };

type Operation = Record<string, unknown> & { operationId: string };

interface Document {
  openapi: string;
  info: { title: string } & Record<string, unknown>;
  servers?: unknown;
  security?: unknown;
  tags?: unknown;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> } & Record<string, unknown>;
}

export interface GeneratedSpec {
  dir: string;
  documents: number;
  operations: number;
}
