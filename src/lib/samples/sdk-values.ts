import type { OperationModel } from '../openapi/operation';
import { isPlainObject } from '../schema/pointer';
import type { RequestModel } from '../request/model';
import { SESSION_PLACEHOLDER } from '../request/model';
import { getQueryFields, isQueryOperation } from './query-fields';

/**
 * The fields an SDK action is given, in order: path parameters, query
 * parameters, the action's own fields, then systemTags/userTags when set.
 * ZStack's SDKs take them flat, without the body's action key.
 */
export function getSdkFields(op: OperationModel, request: RequestModel): Array<[string, unknown]> {
  if (isQueryOperation(op)) return getQueryFields(op, request);
  const { values } = request;
  const fields: Array<[string, unknown]> = [];
  for (const param of op.parameters.path) fields.push([param.name, values.path[param.name]]);
  for (const [name, value] of Object.entries(values.query)) if (!isEmpty(value)) fields.push([name, value]);
  const body = isPlainObject(values.body) ? values.body : {};
  const actionKey = op.body?.actionKey;
  const action = actionKey && isPlainObject(body[actionKey]) ? body[actionKey] : {};
  for (const [name, value] of Object.entries(action)) fields.push([name, value]);
  for (const [name, value] of Object.entries(body)) {
    if (name === actionKey) continue;
    if (isEmpty(value)) continue;
    fields.push([name, value]);
  }
  return fields;
}

export function getSdkSession(op: OperationModel, request: RequestModel): string | undefined {
  return op.requiresAuth ? (request.values.session ?? SESSION_PLACEHOLDER) : undefined;
}

export function getSdkAction(op: OperationModel): string {
  return op.sdkAction ?? `${op.operationId}Action`;
}

/**
 * Where the SDKs send the request: they build `http://host:port` + context
 * path + `/v1` + the action's path, so `/zstack` is the context path of
 * `/zstack/v1/...`.
 */
export function getSdkEndpoint(request: RequestModel): SdkEndpoint {
  const url = new URL(request.url);
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  const at = url.pathname.indexOf('/v1/');
  const endpoint: SdkEndpoint = { hostname: url.hostname, port };
  if (at > 0) endpoint.contextPath = url.pathname.slice(0, at);
  return endpoint;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

export interface SdkEndpoint {
  hostname: string;
  port: number;
  /** `/zstack`, when the API is not at the root of the server. */
  contextPath?: string;
}
