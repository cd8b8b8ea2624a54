/**
 * The zh-CN texts of the first-load scripts (src/scripts/site.ts and what it imports), in a
 * module of their own: the page's one script bundles these and not the whole table.
 */
export const sampleStrings = {
  tabsLabel: '示例语言',
  loading: '正在加载示例…',
  failed: '示例加载失败：',
  loaderFailed: '示例加载失败（请刷新页面重试）：',
  examplesFailed: '响应示例加载失败，请用上面的链接查看。',
  openAll: '打开更多请求示例',
};

/** The page script's own texts: copy buttons, the sidebar, the search button, the 在线调试 opener. */
export const siteStrings = {
  copied: '已复制',
  copyFailed: '复制失败',
  copyFieldLink: (id: string) => `复制链接：字段 ${id}`,
  /** The linked row's place among the levels above it: 位于 inventory › allVolumes › lastVmInstanceUuid. */
  fieldPath: '字段位置',
  fieldPathLead: '位于',
  /** A link to a place the page does not have (a field renamed or removed since the link was made). */
  targetMissing: (id: string) => `本页没有链接所指的「${id}」：该字段或小节可能已改名或删除。`,
  navLoadFailed: '接口列表加载失败，请检查网络连接后刷新页面。',
  navNoMatch: (text: string) => `没有与「${text}」匹配的接口。`,
  navFound: (count: number) => `找到 ${count} 个接口。`,
  navMore: (count: number) => `另有 ${count} 个，请输入更多字词缩小范围。`,
  /** The category of an operation without x-zstack-category (src/lib/openapi/nav.ts). */
  uncategorised: '其他接口',
  searchDialog: '搜索文档',
  searchLoadFailed: '搜索功能加载失败：请检查网络连接后刷新页面重试（按 Esc 关闭）。',
  tryItOpen: '打开在线调试',
  tryItClose: '收起在线调试',
  tryItScriptFailed: '面板脚本未能下载',
  tryItReload: '请检查网络连接，然后刷新页面重试。',
  tryItReopen: '请检查网络连接，然后收起并重新打开面板重试。',
  tryItLoadFailed: (failure: string, remedy: string) => `在线调试面板加载失败：${failure}。${remedy}`,
};
