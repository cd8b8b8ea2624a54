import { getErrorChain, getErrorCode, isSessionExpired, type HttpAnswer } from './answer';

/** Chinese explanations of answers a reader may not expect. One map: the wording is a tested contract. */
export const explanations = {
  sessionExpired: '会话无效或已过期（ZStack 错误码 ID.1001）。请重新登录，或粘贴一个有效的会话 UUID。',
  missingSession: '尚未登录：请求没有携带会话。请先登录，或粘贴会话 UUID。',
  restLayer: (status: number) => `ZStack 的 REST 层直接拒绝了请求（HTTP ${status}，纯文本），请求没有进入 API 执行。`,
  jobFailed: '任务执行失败（HTTP 503），错误码如下，cause 为引发它的根错误：',
  cancelled: '已取消。',
  networkError: (reason: string) => `请求未能发出：${reason}`,
  liveUnavailable: '当前部署没有门户代理服务，只能使用 Mock 模式。',
  pollTimeout: '轮询超时：任务在 3 小时内没有结束。',
} as const;

/** ZStack's own wording when a call needs a session and carries none. */
const MISSING_AUTHORIZATION = "missing header 'Authorization'";

/** What the panel says about a final answer, if it needs saying. */
export function getAnswerNote(answer: HttpAnswer): string | undefined {
  if (answer.portalError) return `门户代理：${answer.portalError.message}`;
  if (isSessionExpired(answer)) return explanations.sessionExpired;
  if (answer.status === 400 && answer.body.includes(MISSING_AUTHORIZATION)) return explanations.missingSession;
  if ([400, 404, 405].includes(answer.status)) return explanations.restLayer(answer.status);
  // A job still running when polling gave up.
  if (answer.status === 202) return explanations.pollTimeout;
  if (getErrorChain(getErrorCode(answer)).length > 0) return explanations.jobFailed;
  return undefined;
}
