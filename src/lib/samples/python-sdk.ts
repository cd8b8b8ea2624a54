import type { OperationModel } from '../openapi/operation';
import type { RequestModel } from '../request/model';
import { formatInline } from './literals';
import { SDK_POLLING_COMMENT } from './polling';
import { getSdkAction, getSdkEndpoint, getSdkFields, getSdkSession } from './sdk-values';

/**
 * ZStack's Python SDK (zssdk.py): configure() once, fill the action's fields,
 * call(). call() polls an asynchronous API's job every second and returns an
 * object with either `value` (the result) or `error` (an ErrorCode).
 */
export function generatePythonSdk(op: OperationModel, request: RequestModel): string {
  const { hostname, port, contextPath } = getSdkEndpoint(request);
  const options = [`hostname=${JSON.stringify(hostname)}`, `port=${port}`];
  if (contextPath) options.push(`context_path=${JSON.stringify(contextPath)}`);
  const lines = ['import zssdk', '', `zssdk.configure(${options.join(', ')})`, '', `action = zssdk.${getSdkAction(op)}()`];
  for (const [name, value] of getSdkFields(op, request)) lines.push(`action.${name} = ${formatInline(value, 'python')}`);
  const session = getSdkSession(op, request);
  if (session !== undefined) lines.push(`action.sessionId = ${JSON.stringify(session)}`);
  if (op.isAsync) lines.push(`# ${SDK_POLLING_COMMENT}`);
  lines.push('res = action.call()', 'if res.error:', '    raise Exception(res.error.code, res.error.details)');
  return lines.join('\n');
}
