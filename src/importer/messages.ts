/** What the import command prints. */
export const importerMessages = {
  usage:
    '用法：npm run import:zstack -- <ZStack 源码目录> [--out <输出目录>]（默认输出到 openapi/generated/，也可用环境变量 PORTAL_GENERATED_DIR 指定）',
  badArgs: (reason: string) => `参数有误：${reason}`,
  notADirectory: (path: string) => `不是目录：${path}`,
  progress: (done: number, total: number) => `正在导入 API：${done}/${total}`,
  summary: (found: number, imported: number, operations: number, skipped: number, warnings: number, findings: number) =>
    `发现 API ${found} 个，导入 ${imported} 个（${operations} 个操作），跳过 ${skipped} 个，警告 ${warnings} 条，源码不一致 ${findings} 处`,
  skipped: (className: string, file: string, reason: string) => `  跳过 ${className}（${file}）：${reason}`,
  warning: (text: string) => `  警告 ${text}`,
  written: (count: number, out: string, seconds: number) =>
    `已写入 ${count} 个文档到 ${out}（用时 ${seconds.toFixed(1)} 秒）`,
} as const;
