/** What the simulator's command line says, in Chinese: the wording is a tested contract. */
export const simulatorMessages = {
  started: (url: string) => `ZStack 模拟器已启动：${url}`,
  stopped: 'ZStack 模拟器已停止',
  badPort: (value: string) => `端口无效：${value}（应为 0～65535 的整数）`,
  unknownArgument: (argument: string) => `无法识别的参数：${argument}（可用参数：--port <端口>、--host <地址>）`,
  missingValue: (option: string) => `参数 ${option} 缺少值（例如 ${option}=8080）`,
  portInUse: (port: number) => `端口 ${port} 已被占用，请用 --port 或 SIMULATOR_PORT 指定其他端口`,
  failed: (reason: string) => `ZStack 模拟器启动失败：${reason}`,
} as const;
