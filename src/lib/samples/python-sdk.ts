import type { OperationModel } from '../openapi/operation';
import type { RequestModel } from '../request/model';
import { getSdkAction, getSdkFields, getSdkSession, isRecord } from './sdk-values';

/** ZStack's Python SDK (zssdk): configure, fill the action, call() — which polls asynchronous jobs. */
export function generatePythonSdk(op: OperationModel, request: RequestModel): string {
  const url = new URL(request.url);
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  const lines = ['import zssdk', '', `zssdk.configure(hostname=${toPython(url.hostname)}, port=${port})`, '', `action = zssdk.${getSdkAction(op)}()`];
  for (const [name, value] of getSdkFields(op, request)) lines.push(`action.${name} = ${toPython(value)}`);
  const session = getSdkSession(op, request);
  if (session !== undefined) lines.push(`action.sessionId = ${toPython(session)}`);
  lines.push('res = action.call()');
  return lines.join('\n');
}

function toPython(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (Array.isArray(value)) return `[${value.map(toPython).join(', ')}]`;
  if (isRecord(value)) return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${toPython(v)}`).join(', ')}}`;
  return 'None';
}
