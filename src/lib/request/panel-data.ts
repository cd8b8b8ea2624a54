import type { OperationModel } from '../openapi/operation';
import type { JsonSchema } from '../openapi/json-schema';
import { makeEditorSchema } from './editor-schema';

/** Operations every panel needs besides its own: to log in and out, and to poll jobs. */
export const SUPPORT_OPERATIONS = ['LogInByAccount', 'LogOut', 'GetApiJobResult'] as const;

/** What the 在线调试 panel of one page loads when opened (served as try-it.json beside the page). */
export interface PanelData {
  operation: OperationModel;
  support: OperationModel[];
  editorSchema?: JsonSchema;
}

export function makePanelData(op: OperationModel, all: OperationModel[]): PanelData {
  const support = all.filter((o) => (SUPPORT_OPERATIONS as readonly string[]).includes(o.operationId) && o.operationId !== op.operationId);
  const data: PanelData = { operation: op, support };
  if (op.body) data.editorSchema = makeEditorSchema(op.body.schema, op.body.fields);
  return data;
}
