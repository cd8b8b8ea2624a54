/**
 * The zh-CN texts of the first-load scripts (the sample tabs and their loader), in a
 * module of their own: the page's one script bundles these and not the whole table.
 */
export const sampleStrings = {
  tabsLabel: '示例语言',
  loading: '正在加载示例…',
  failed: '示例加载失败：',
  loaderFailed: '示例加载失败（请刷新页面重试）：',
  examplesFailed: '响应示例加载失败，请用上面的链接查看。',
  openAll: '打开全部请求示例',
};
