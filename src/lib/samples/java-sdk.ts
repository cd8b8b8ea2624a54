import type { OperationModel } from '../openapi/operation';
import type { RequestModel } from '../request/model';
import { getSdkAction, getSdkFields, getSdkSession, isRecord } from './sdk-values';

/** ZStack's Java SDK (org.zstack.sdk), in the form of ZStack's own docs. */
export function generateJavaSdk(op: OperationModel, request: RequestModel): string {
  const action = getSdkAction(op);
  const lines = [`${action} action = new ${action}();`];
  for (const [name, value] of getSdkFields(op, request)) lines.push(`action.${name} = ${toJava(value)};`);
  const session = getSdkSession(op, request);
  if (session !== undefined) lines.push(`action.sessionId = ${toJava(session)};`);
  lines.push(`${action}.Result res = action.call();`);
  return lines.join('\n');
}

function toJava(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) > 2147483647 ? `${value}L` : String(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `java.util.Arrays.asList(${value.map(toJava).join(', ')})`;
  if (isRecord(value)) return `new java.util.HashMap<>(java.util.Map.of(${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}, ${toJava(v)}`).join(', ')}))`;
  return 'null';
}
