import type { OperationModel } from '../openapi/operation';
import { isPlainObject } from '../schema/pointer';
import type { RequestModel } from '../request/model';
import { SDK_POLLING_COMMENT } from './polling';
import { getSdkAction, getSdkEndpoint, getSdkFields, getSdkSession } from './sdk-values';

const CONTINUATION = '        ';

/**
 * ZStack's Java SDK (org.zstack.sdk): ZSClient.configure() once, then the
 * action with public fields and call(), which polls an asynchronous API's job.
 */
export function generateJavaSdk(op: OperationModel, request: RequestModel): string {
  const action = getSdkAction(op);
  const { hostname, port, contextPath } = getSdkEndpoint(request);
  const config = [`.setHostname(${JSON.stringify(hostname)})`, `.setPort(${port})`];
  // ZSConfig adds the context path as path segments, without the leading slash.
  if (contextPath) config.push(`.setContextPath(${JSON.stringify(contextPath.replace(/^\//, ''))})`);
  const lines = [
    'import org.zstack.sdk.*;',
    '',
    'ZSClient.configure(new ZSConfig.Builder()',
    ...[...config, '.build());'].map((c) => CONTINUATION + c),
    '',
    `${action} action = new ${action}();`,
  ];
  for (const [name, value] of getSdkFields(op, request)) lines.push(`action.${name} = ${toJava(value)};`);
  const session = getSdkSession(op, request);
  if (session !== undefined) lines.push(`action.sessionId = ${toJava(session)};`);
  if (op.isAsync) lines.push(`// ${SDK_POLLING_COMMENT}`);
  lines.push(`${action}.Result res = action.call();`, 'res.throwExceptionIfError();');
  return lines.join('\n');
}

function toJava(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) > 2147483647 ? `${value}L` : String(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `java.util.Arrays.asList(${value.map(toJava).join(', ')})`;
  if (isPlainObject(value))
    return `new java.util.HashMap<>(java.util.Map.of(${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}, ${toJava(v)}`)
      .join(', ')}))`;
  return 'null';
}
