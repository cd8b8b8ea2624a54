import type { OpenAPIV3_1 } from 'openapi-types';
import type { OperationModel } from '../openapi/operation';
import { getByPointer, isPlainObject, getPointer } from '../schema/pointer';
import { getPropertyEntries } from '../schema/properties';
import { resolveSchema, type FieldNode, type SchemaContext } from '../openapi/schema';

/** A row of an operation page, with the JSON pointer of the property (or parameter) it shows. */
export interface FieldRow {
  operationId: string;
  id: string;
  name: string;
  pointer: string;
  /** Set only where it differs from the operation's own since (as on the page). */
  since?: string;
}

/** Every field row of an operation page, in page order: parameters, body fields, response fields. */
export function getFieldRows(op: OperationModel, doc: OpenAPIV3_1.Document): FieldRow[] {
  const ctx: SchemaContext = { doc, file: op.file };
  const rows: FieldRow[] = [];
  const nodes = [...op.parameters.path, ...op.parameters.query, ...op.parameters.header];
  for (const { pointer, parameter } of getParameters(ctx, op)) {
    const node = nodes.find((n) => n.id === `${String(parameter['in'])}.${String(parameter['name'])}`);
    if (node) rows.push(makeRow(op, node, pointer));
  }
  const raw = getByPointer(doc, op.pointer);
  if (op.body && isPlainObject(raw)) {
    const requestBody = resolveSchema(ctx, raw['requestBody'], `${op.pointer}/requestBody`);
    addRows(
      ctx,
      op,
      `${requestBody.pointer}/content/${getPointer([op.body.contentType]).slice(1)}/schema`,
      op.body.fields,
      rows,
    );
  }
  for (const response of op.responses) {
    if (!response.contentType) continue;
    const group = response.phase === 'submit' ? 'responses' : 'x-zstack-job-responses';
    const resolved = resolveSchema(
      ctx,
      getByPointer(doc, `${op.pointer}/${group}/${response.status}`),
      `${op.pointer}/${group}/${response.status}`,
    );
    addRows(
      ctx,
      op,
      `${resolved.pointer}/content/${getPointer([response.contentType]).slice(1)}/schema`,
      response.fields,
      rows,
    );
  }
  return rows;
}

/** The operation's parameters (the path item's, then its own), each resolved, with its pointer. */
export function getParameters(
  ctx: SchemaContext,
  op: Pick<OperationModel, 'pointer'>,
): Array<{ pointer: string; parameter: Record<string, unknown> }> {
  const itemPointer = op.pointer.slice(0, op.pointer.lastIndexOf('/'));
  return [itemPointer, op.pointer].flatMap((owner) => {
    const list = getByPointer(ctx.doc, `${owner}/parameters`);
    return (Array.isArray(list) ? list : []).map((entry, i) => {
      const resolved = resolveSchema(ctx, entry, `${owner}/parameters/${i}`);
      return { pointer: resolved.pointer, parameter: resolved.schema };
    });
  });
}

/** The id of the deepest row that shows a path of field names, e.g. `response.inventory.vmNics` for `inventory.vmNics.usedIpUuid`. */
export function getNearestFieldId(fields: FieldNode[], names: string[]): string | undefined {
  let found: string | undefined;
  let level = fields;
  for (const name of names) {
    const node = level.find((f) => f.name === name);
    if (!node) break;
    found = node.id;
    level = node.children;
  }
  return found;
}

function addRows(
  ctx: SchemaContext,
  op: OperationModel,
  schemaPointer: string,
  nodes: FieldNode[],
  rows: FieldRow[],
): void {
  const pointers = getPropertyPointers(ctx, schemaPointer);
  for (const node of nodes) {
    const pointer = pointers.get(node.name);
    if (pointer === undefined) continue;
    rows.push(makeRow(op, node, pointer));
    if (node.children.length > 0) addRows(ctx, op, pointer, node.children, rows);
  }
}

function makeRow(op: OperationModel, node: FieldNode, pointer: string): FieldRow {
  const row: FieldRow = { operationId: op.operationId, id: node.id, name: node.name, pointer };
  if (node.since) row.since = node.since;
  return row;
}

/** Where each property of an object (or of a list's items) is declared, through `$ref` and `allOf`. */
function getPropertyPointers(ctx: SchemaContext, pointer: string): Map<string, string> {
  let container = resolveSchema(ctx, getByPointer(ctx.doc, pointer), pointer);
  if (isPlainObject(container.schema['items']))
    container = resolveSchema(ctx, container.schema['items'], `${container.pointer}/items`);
  const entries = getPropertyEntries(container.schema, container.pointer, (sub, at) => resolveSchema(ctx, sub, at));
  return new Map(entries.map((entry) => [entry.name, entry.pointer]));
}
