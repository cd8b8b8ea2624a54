import type { OperationModel } from '../openapi/operation';
import type { RequestModel } from '../request/model';

/**
 * The fields of ZStack's QueryAction for a query API (`x-zstack-query`):
 * `q` becomes `conditions`, a path `uuid` the condition `uuid=<uuid>`,
 * `sort=-name` becomes `sortBy` and `sortDirection`, `fields=a,b` a list.
 */
export function getQueryFields(op: OperationModel, request: RequestModel): Array<[string, unknown]> {
  const { path, query } = request.values;
  const conditions = [
    ...op.parameters.path.map((param) => `${param.name}=${path[param.name] ?? ''}`),
    ...toList(query['q']),
  ];
  const fields: Array<[string, unknown]> = conditions.length > 0 ? [['conditions', conditions]] : [];
  for (const [name, value] of Object.entries(query)) {
    if (name === 'q' || value === undefined || value === null || value === '') continue;
    if (name === 'sort') {
      const sort = String(value);
      fields.push(['sortBy', sort.replace(/^[+-]/, '')], ['sortDirection', sort.startsWith('-') ? 'desc' : 'asc']);
    } else if (name === 'fields') {
      fields.push(['fields', toList(value).flatMap((item) => item.split(','))]);
    } else {
      fields.push([name, value]);
    }
  }
  return fields;
}

export function isQueryOperation(op: OperationModel): boolean {
  return typeof op.extensions['x-zstack-query'] === 'string';
}

function toList(value: unknown): string[] {
  if (value === undefined || value === null || value === '') return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}
