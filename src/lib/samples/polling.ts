/** What the HTTP samples say above their polling loop. */
export const POLLING_COMMENT = '异步 API：先返回 202 和任务地址 location，每秒轮询一次，直到 200（成功）或 503（失败）';

/** What the SDK samples say above call(), which polls the job itself. */
export const SDK_POLLING_COMMENT = '异步 API：call() 每秒轮询一次任务结果，直到成功或失败';
