/**
 * ZStack's template `category` codes (and the few Chinese names some templates use instead)
 * as the portal's readable category paths, consistent with the hand-written documents
 * (`[资源中心, 云资源池, 云主机相关接口]`). A code missing here falls back to
 * `[其他接口, 未分类（<code>）]` and is listed as a warning, so a new code is seen, not hidden.
 */
const RESOURCE_POOL = ['资源中心', '云资源池'];
const HARDWARE = ['资源中心', '硬件设施'];
const NETWORK = ['资源中心', '网络资源'];
const NETWORK_SERVICE = ['资源中心', '网络服务'];
const ACCESS = ['平台管理', '访问控制'];
const SETTINGS = ['平台管理', '全局设置'];
const OPERATIONS = ['平台管理', '平台运维'];

const TABLE: Array<[string[], string[]]> = [
  [
    ['vmInstance', '云主机'],
    [...RESOURCE_POOL, '云主机相关接口'],
  ],
  [['volume'], [...RESOURCE_POOL, '云盘相关接口']],
  [['image'], [...RESOURCE_POOL, '镜像相关接口']],
  [['snapshot.volume'], [...RESOURCE_POOL, '云盘快照相关接口']],
  [['configuration'], [...RESOURCE_POOL, '计算规格与云盘规格相关接口']],
  [['sshKeyPair'], [...RESOURCE_POOL, '密钥对相关接口']],
  [['console'], [...RESOURCE_POOL, '控制台相关接口']],
  [['directory'], [...RESOURCE_POOL, '资源目录相关接口']],
  [['zone'], [...HARDWARE, '区域相关接口']],
  [['cluster'], [...HARDWARE, '集群相关接口']],
  [['host'], [...HARDWARE, '物理机相关接口']],
  [
    ['host.allocator', '分配器'],
    [...HARDWARE, '物理机分配策略相关接口'],
  ],
  [['hostNetwork.lldp'], [...HARDWARE, '物理机网络相关接口']],
  [
    ['storage.primary', 'storage.ceph.primary'],
    [...HARDWARE, '主存储相关接口'],
  ],
  [
    ['storage.backup', 'storage.backup.sftp', 'storage.ceph.backup'],
    [...HARDWARE, '镜像服务器相关接口'],
  ],
  [
    ['network.l2', 'network.l2.vlan', '二层网络'],
    [...NETWORK, '二层网络相关接口'],
  ],
  [
    ['network.l3', 'l3Network', '三层网络'],
    [...NETWORK, '三层网络相关接口'],
  ],
  [['network.service'], [...NETWORK, '网络服务模块相关接口']],
  [['flat.dhcp'], [...NETWORK, '扁平网络相关接口']],
  [['SdnController'], [...NETWORK, 'SDN控制器相关接口']],
  [['securityGroup'], [...NETWORK_SERVICE, '安全组相关接口']],
  [['vip'], [...NETWORK_SERVICE, '虚拟IP相关接口']],
  [
    ['eip', '弹性IP'],
    [...NETWORK_SERVICE, '弹性IP相关接口'],
  ],
  [['portForwarding'], [...NETWORK_SERVICE, '端口转发相关接口']],
  [
    ['loadBalancer', '负载均衡'],
    [...NETWORK_SERVICE, '负载均衡相关接口'],
  ],
  [['acl'], [...NETWORK_SERVICE, '访问控制列表相关接口']],
  [
    ['virtualRouter', '虚拟路由器', '云路由', '系统云主机'],
    [...NETWORK_SERVICE, '虚拟路由器相关接口'],
  ],
  [['identity'], [...ACCESS, '账户相关接口']],
  [['login'], [...ACCESS, '登录相关接口']],
  [['captcha'], [...ACCESS, '验证码相关接口']],
  [['rbac'], [...ACCESS, '角色与权限相关接口']],
  [['ldap'], [...ACCESS, 'LDAP相关接口']],
  [['crypto'], [...ACCESS, '加密相关接口']],
  [['tag'], ['平台管理', '标签管理', '标签相关接口']],
  [['globalConfig'], [...SETTINGS, '全局设置相关接口']],
  [['resourceConfig'], [...SETTINGS, '资源高级设置相关接口']],
  [['managementNode'], [...OPERATIONS, '管理节点相关接口']],
  [['longjob'], [...OPERATIONS, '长任务相关接口']],
  [['gc'], [...OPERATIONS, '垃圾回收相关接口']],
  [['debug'], [...OPERATIONS, '调试相关接口']],
  [['errorcode'], [...OPERATIONS, '错误码相关接口']],
  [['webhook'], [...OPERATIONS, 'Webhook相关接口']],
  [
    ['core', 'core.progress'],
    [...OPERATIONS, '任务进度相关接口'],
  ],
  [
    ['query', 'search'],
    [...OPERATIONS, '查询相关接口'],
  ],
  [['externalService'], [...OPERATIONS, '外部服务相关接口']],
  [['mevoco'], [...OPERATIONS, '平台相关接口']],
];

/** The category paths in the order of ZStack's manual (云主机, 云盘, 镜像 … 平台管理): the order the site lists them in. */
export const CATEGORY_ORDER: readonly string[][] = TABLE.map(([, path]) => path);

const BY_CODE = new Map(TABLE.flatMap(([codes, path]) => codes.map((code) => [code, path] as const)));

/** The category path of a template's code; `known: false` for a code the table lacks. */
export function getCategoryPath(code: string | undefined): { path: string[]; known: boolean } {
  const path = code === undefined ? undefined : BY_CODE.get(code);
  if (path) return { path, known: true };
  return { path: ['其他接口', code ? `未分类（${code}）` : '未分类'], known: false };
}

/** A file-name-safe slug of a category code, for the generated documents' names. */
export function getCategorySlug(code: string | undefined, path: string[]): string {
  const known =
    code !== undefined && BY_CODE.has(code) ? TABLE.find(([codes]) => codes.includes(code))![0][0]! : undefined;
  const source = known ?? (code && /^[\w.]+$/.test(code) ? code : path.length > 0 ? 'other' : 'other');
  return source
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[._]/g, '-')
    .toLowerCase();
}

/** What inferring a category needs of an imported API. */
export interface Categorised {
  name: string;
  file: string;
  category: string[];
  categoryKnown: boolean;
  slug: string;
  categoryInferredFrom?: string;
}

/**
 * A few of ZStack's templates say 「未知类别」 (or a code no table knows) for an API whose siblings are well
 * filed: such an API joins the category most of the other APIs declared in the same source folder have, so a
 * reader finds DeleteIpAddress beside the other three-layer-network APIs rather than under 未分类. Ties go to the
 * category met first in the folder; an API with no categorised sibling stays under 其他接口.
 */
export function inferCategories(apis: Categorised[]): void {
  const byFolder = new Map<string, Categorised[]>();
  for (const api of apis) {
    if (!api.categoryKnown) continue;
    const folder = getFolder(api.file);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), api]);
  }
  for (const api of apis) {
    if (api.categoryKnown) continue;
    const siblings = byFolder.get(getFolder(api.file)) ?? [];
    const counts = new Map<string, { count: number; sibling: Categorised }>();
    for (const sibling of siblings) {
      const key = sibling.category.join('\u0000');
      const entry = counts.get(key);
      if (entry) entry.count += 1;
      else counts.set(key, { count: 1, sibling });
    }
    const best = [...counts.values()].reduce<{ count: number; sibling: Categorised } | undefined>(
      (top, entry) => (!top || entry.count > top.count ? entry : top),
      undefined,
    );
    if (!best) continue;
    api.category = [...best.sibling.category];
    api.slug = best.sibling.slug;
    api.categoryInferredFrom = getFolder(api.file);
  }
}

function getFolder(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash < 0 ? '' : file.slice(0, slash);
}
