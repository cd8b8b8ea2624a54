/**
 * ZStack's API groups: each category path (as the hand-written documents write it, `[资源中心, 云资源池,
 * 云主机相关接口]`) with the template `category` codes (and the few Chinese names some templates use instead) filed
 * under it, in the order of ZStack's manual. The importer files APIs by it (src/importer/categories.ts); the site
 * lists categories in its order (src/lib/openapi/site.ts).
 */
const RESOURCE_POOL = ['资源中心', '云资源池'];
const HARDWARE = ['资源中心', '硬件设施'];
const NETWORK = ['资源中心', '网络资源'];
const NETWORK_SERVICE = ['资源中心', '网络服务'];
const ACCESS = ['平台管理', '访问控制'];
const SETTINGS = ['平台管理', '全局设置'];
const OPERATIONS = ['平台管理', '平台运维'];

export const CATEGORY_TABLE: ReadonlyArray<[string[], string[]]> = [
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
export const CATEGORY_ORDER: readonly string[][] = CATEGORY_TABLE.map(([, path]) => path);
