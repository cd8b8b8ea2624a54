import type { OperationModel } from '../openapi/operation';
import type { JsonSchema } from '../schema/json-schema';
import { makeEditorSchema } from './editor-schema';
import { getSessionRole } from '../zstack/session';

/** The REST layer's job-polling path, which every asynchronous call needs. */
export const JOB_PATH = '/zstack/v1/api-jobs/{uuid}';

/** What the 在线调试 panel of one page loads when opened (served as try-it.json beside the page). */
export interface PanelData {
  operation: OperationModel;
  support: OperationModel[];
  editorSchema?: JsonSchema;
}

export function makePanelData(op: OperationModel, all: OperationModel[]): PanelData {
  // Besides its own operation, a panel needs those that log in and out (x-zstack-session), the job
  // query, and the query API of the resource it acts on, whose examples seed the mock's store.
  const resources = getResourceTypes(op);
  const queries = all.filter(
    (o) =>
      typeof o.extensions['x-zstack-query'] === 'string' && resources.has(o.extensions['x-zstack-query'] as string),
  );
  const support = all.filter(
    (o) => o !== op && (getSessionRole(o) !== undefined || o.path === JOB_PATH || o === queries[0]),
  );
  const data: PanelData = { operation: op, support };
  if (op.body) data.editorSchema = makeEditorSchema(op.body.schema, op.body.fields);
  return data;
}

/** The inventory types an operation acts on: its x-zstack-resource, or the schemas its answers return. */
function getResourceTypes(op: OperationModel): Set<string> {
  const types = new Set<string>();
  if (typeof op.extensions['x-zstack-resource'] === 'string') types.add(op.extensions['x-zstack-resource']);
  for (const response of op.responses) for (const field of response.fields) if (field.refName) types.add(field.refName);
  return types;
}
