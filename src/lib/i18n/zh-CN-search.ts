/**
 * The zh-CN texts of the search dialog (loaded when the reader first opens it) and of its
 * result rows, which the build's search index shares.
 */
export const searchStrings = {
  title: '搜索文档',
  close: '关闭',
  inputLabel: '操作、字段或指南（中文或英文）',
  results: '搜索结果',
  prompt: '输入关键词开始搜索，例如「扁平」或 dryRun。',
  loading: '正在加载搜索索引…',
  searching: '正在搜索…',
  /** Under a list that shows fewer results than were found. */
  more: (next: number) => `再显示 ${next} 条`,
  /** The site was built without its index (the server answers 404 for it). */
  unavailable: '搜索索引不存在：请先构建站点（npm run build）后再使用搜索。',
  /** The index did not arrive (network, server): the next search tries again. */
  loadFailed: '搜索索引加载失败：请检查网络连接，再次输入即可重试。',
  none: (query: string) => `没有找到与「${query}」相关的结果。`,
  found: (count: number, shown: number) =>
    count > shown ? `找到 ${count} 条结果，显示前 ${shown} 条。` : `找到 ${count} 条结果。`,
  /** A field row's section, by the first segment of its id. */
  sections: {
    path: '路径参数',
    query: '查询参数',
    header: '请求头参数',
    body: '请求体字段',
    response: '响应字段',
  } as Record<string, string>,
  kinds: { field: '字段', operation: '操作', guide: '指南', page: '页面' },
  /** `path` is the row's place in its section (`inventory.vmNics.uuid`), empty for a top-level row. */
  fieldContext: (pageTitle: string, operationId: string, section: string, path: string) =>
    `${pageTitle}（${operationId}）· ${section}${path ? ` ${path}` : ''}`,
};
