import type { OperationModel } from '../openapi/operation';
import { makeRequest, parseListInput, type RequestModel, type RequestValues } from './model';

/**
 * The request the 在线调试 panel shows and sends, from what the reader typed.
 * A body that is not JSON is sent as typed: the server's answer to a malformed
 * body is worth seeing. For sending, without a session the request carries no
 * Authorization header; the samples show the placeholder instead.
 */
export function makePanelRequest(op: OperationModel, inputs: PanelInputs): RequestModel {
  const path: Record<string, string> = {};
  const query: Record<string, unknown> = {};
  for (const param of inputs.params) {
    const [section, name] = splitParamId(param.id);
    if (section === 'path') path[name] = param.value;
    else if (param.list) {
      const values = parseListInput(param.value);
      if (values.length > 0) query[name] = values;
    } else if (param.value !== '') query[name] = param.value;
  }
  const values: Partial<RequestValues> = { path, query, baseUrl: inputs.baseUrl };
  if (op.body) values.body = inputs.bodyText.trim() === '' ? undefined : parseBody(inputs.bodyText);
  if (inputs.session) values.session = inputs.session;
  else if (inputs.forSending) values.session = null;
  return makeRequest(op, values);
}

/** `query.q` → [`query`, `q`]: a parameter input's section and name. */
export function splitParamId(id: string): [string, string] {
  const dot = id.indexOf('.');
  return [id.slice(0, dot), id.slice(dot + 1)];
}

function parseBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export interface PanelInputs {
  /** Each parameter input: its id (`path.uuid`, `query.q`), whether it takes a list (one value per line), and its text. */
  params: Array<{ id: string; list: boolean; value: string }>;
  bodyText: string;
  baseUrl: string;
  /** The reader's session, if any. */
  session?: string | undefined;
  forSending: boolean;
}
