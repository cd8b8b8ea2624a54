import type { OperationModel } from '../openapi/operation';
import type { JsonSchema } from '../openapi/json-schema';
import { makeEditorSchema } from './editor-schema';

export function getSessionRole(op: OperationModel): 'logIn' | 'logOut' | undefined {
  const role = op.extensions['x-zstack-session'];
  return role === 'logIn' || role === 'logOut' ? role : undefined;
}

/** The REST layer's job-polling path, which every asynchronous call needs. */
export const JOB_PATH = '/zstack/v1/api-jobs/{uuid}';

/** What the 在线调试 panel of one page loads when opened (served as try-it.json beside the page). */
export interface PanelData {
  operation: OperationModel;
  support: OperationModel[];
  editorSchema?: JsonSchema;
}

export function makePanelData(op: OperationModel, all: OperationModel[]): PanelData {
  // Besides its own operation, a panel needs those that log in and out (x-zstack-session) and the job query.
  const support = all.filter((o) => o !== op && (getSessionRole(o) !== undefined || o.path === JOB_PATH));
  const data: PanelData = { operation: op, support };
  if (op.body) data.editorSchema = makeEditorSchema(op.body.schema, op.body.fields);
  return data;
}
