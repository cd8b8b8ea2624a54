import type { OperationModel } from '../openapi/operation';
import type { RequestModel } from '../request/model';
import { formatInline } from './literals';
import {
  ACCESS_KEY_ID_PLACEHOLDER,
  ACCESS_KEY_SECRET_PLACEHOLDER,
  SDK_ACCESS_KEY_COMMENT,
  SDK_POLLING_COMMENT,
  SDK_POLLING_TIMEOUT_S,
} from './polling';
import { getSdkAction, getSdkEndpoint, getSdkFields, getSdkSession } from './sdk-values';
import { strings } from '../i18n';

/** What the Python sample needs, said in its comment and in its note. */
export const PYTHON_SDK_NOTE = strings.sampleCode.pythonNote;

/**
 * ZStack's Python SDK (zssdk.py, Python 2): configure() once, fill the
 * action's fields, call(). call() returns an object with either `value` (the
 * result) or `error` (an ErrorCode). zssdk uses `action.timeout` both as the
 * HTTP read timeout (15 s unless set) and as how long to poll a job, so an
 * asynchronous call sets it to ZStack's default polling time, as ZStack's
 * Java SDK waits. The coding line lets Python 2 read the Chinese comments.
 */
export function generatePythonSdk(op: OperationModel, request: RequestModel): string {
  const { hostname, port, contextPath } = getSdkEndpoint(request);
  const options = [`hostname=${JSON.stringify(hostname)}`, `port=${port}`];
  if (contextPath) options.push(`context_path=${JSON.stringify(contextPath)}`);
  const lines = [
    '# -*- coding: utf-8 -*-',
    `# ${PYTHON_SDK_NOTE}`,
    'import zssdk',
    '',
    `zssdk.configure(${options.join(', ')})`,
    '',
    `action = zssdk.${getSdkAction(op)}()`,
  ];
  for (const [name, value] of getSdkFields(op, request))
    lines.push(`action.${name} = ${formatInline(value, 'python')}`);
  const session = getSdkSession(op, request);
  if (session !== undefined) {
    lines.push(`action.sessionId = ${JSON.stringify(session)}`);
    lines.push(...SDK_ACCESS_KEY_COMMENT.map((line) => `# ${line}`));
    lines.push(
      `# action.accessKeyId = ${JSON.stringify(ACCESS_KEY_ID_PLACEHOLDER)}`,
      `# action.accessKeySecret = ${JSON.stringify(ACCESS_KEY_SECRET_PLACEHOLDER)}`,
    );
  }
  if (op.isAsync)
    lines.push(
      `# ${SDK_POLLING_COMMENT}${strings.sampleCode.pythonPollingLimit}`,
      `action.timeout = ${SDK_POLLING_TIMEOUT_S}`,
    );
  lines.push('res = action.call()', 'if res.error:', '    raise Exception(res.error.code, res.error.details)');
  return lines.join('\n');
}
