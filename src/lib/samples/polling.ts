/** What the HTTP samples say above their polling loop. */
export const POLLING_COMMENT = '异步 API：先返回 202 和任务地址 location，每秒轮询一次，直到 200（成功）或 503（失败）';

/** What the SDK samples say above call(), which polls the job itself. */
export const SDK_POLLING_COMMENT = '异步 API：call() 每秒轮询一次任务结果，直到成功或失败';

/** How long ZStack's SDKs poll an asynchronous API by default (ZSConfig, zssdk.configure's polling_timeout): 3 hours, in seconds. */
export const SDK_POLLING_TIMEOUT_S = 3 * 60 * 60;

/**
 * Where an AccessKey goes instead of a session, said the same in both SDK samples
 * (ZSClient.calculateAccessKeySignature, zssdk's calculateAccessKey).
 */
export const SDK_ACCESS_KEY_COMMENT = [
  '或用 AccessKey 认证（不设 sessionId）：SDK 用 HmacSHA1 对 "<METHOD>\\n<Date>\\n/v1<path>" 签名，',
  '发送 Date 头和 Authorization: ZStack <AccessKeyId>:<签名>',
];
export const ACCESS_KEY_ID_PLACEHOLDER = '<AccessKeyId>';
export const ACCESS_KEY_SECRET_PLACEHOLDER = '<AccessKeySecret>';
