import { getOperationUrl, type HttpMethod, type OperationModel } from '../openapi/operation';

export const JSON_CONTENT_TYPE = 'application/json;charset=UTF-8';
/** What a sample shows where the reader's session goes; it looks fake on purpose. */
export const SESSION_PLACEHOLDER = '<session-uuid>';

/** One concrete HTTP request, from which every sample and transport is derived. */
export interface RequestModel {
  operationId: string;
  method: HttpMethod;
  url: string;
  headers: Array<[string, string]>;
  /** The body exactly as sent (JSON text), if any. */
  body?: string;
  /** The values that went into the request, for the SDK samples. */
  values: RequestValues;
}

export interface RequestValues {
  path: Record<string, string>;
  query: Record<string, unknown>;
  body?: unknown;
  /** The session to send; absent: the placeholder (a sample); null: none, so no Authorization header. */
  session?: string | null;
  /** Overrides the server of the description, e.g. `http://127.0.0.1:8080`. */
  baseUrl?: string;
}

/** Builds the request for an operation from the example values, or the reader's own. */
export function makeRequest(op: OperationModel, values: Partial<RequestValues> = {}): RequestModel {
  const resolved: RequestValues = {
    path: { ...op.example.path, ...values.path },
    query: values.query ?? op.example.query,
  };
  const body = 'body' in values ? values.body : op.example.body;
  if (body !== undefined) resolved.body = body;
  if (values.session !== undefined) resolved.session = values.session;
  if (values.baseUrl !== undefined) resolved.baseUrl = values.baseUrl;

  const headers: Array<[string, string]> = [];
  const request: RequestModel = {
    operationId: op.operationId,
    method: op.method,
    url: getRequestUrl(op, resolved),
    headers,
    values: resolved,
  };
  if (op.body && resolved.body !== undefined) {
    headers.push(['Content-Type', JSON_CONTENT_TYPE]);
    request.body = typeof resolved.body === 'string' ? resolved.body : JSON.stringify(resolved.body);
  }
  if (op.authHeader && resolved.session !== null)
    headers.push([op.authHeader.name, `${op.authHeader.prefix}${resolved.session ?? SESSION_PLACEHOLDER}`]);
  return request;
}

function getRequestUrl(op: OperationModel, values: RequestValues): string {
  const url = getOperationUrl(op, values.path, values.baseUrl);
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(values.query)) {
    if (value === undefined || value === null || value === '') continue;
    for (const item of Array.isArray(value) ? value : [value])
      query.append(name, typeof item === 'string' ? item : JSON.stringify(item));
  }
  const search = query.toString();
  return search ? `${url}?${search}` : url;
}

/** A list parameter's value as the panel shows it for editing: one value per line. */
export function formatListInput(value: unknown): string {
  return (Array.isArray(value) ? value : [value]).map(String).join('\n');
}

/** What a reader typed into a list parameter: one value per non-blank line, trimmed. */
export function parseListInput(text: string): string[] {
  return text
    .split('\n')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}
