import type { JsonSchema } from '../schema/json-schema';
import { errorCodes } from './error-codes';
import {
  compareValues,
  matchesCondition,
  parseCondition,
  QUERY_OPERATORS,
  type QueryCondition,
} from './query-conditions';
import { restErrors } from './rest-errors';
import { isPlainObject as isRecord } from '../schema/pointer';
import { getProperties, getTypes } from '../schema/properties';
import { getOwn } from '../schema/records';
import { resolveSchema } from '../schema/refs';
import type { EngineAnswer, ErrorCode } from './types';

const INTEGER = /^[+-]?\d+$/;
const INT_MAX = 2 ** 31 - 1;

/** A query API's message (APIQueryMessage) as ZStack's REST layer fills it from the URL. */
export interface QueryRequest {
  conditions: QueryCondition[];
  limit: number;
  start: number;
  count: boolean;
  replyWithCount: boolean;
  sortBy?: string;
  sortDirection: 'asc' | 'desc';
  fields?: string[];
  groupBy?: string;
}

export interface QueryResult {
  inventories?: Record<string, unknown>[];
  total?: number;
}

/**
 * The query string of a query API, read as RestServer.handleQueryApi reads
 * it: `GET …/{uuid}` is the condition `uuid=<uuid>` and nothing else; otherwise
 * every `q` is a condition, and `limit`, `start`, `count`, `replyWithCount`,
 * `sort` (`+field`, `-field`), `fields` (comma-separated) and `groupBy` take
 * their first value. Only a bad `q`, `limit` or `start` is a 400.
 */
export function parseQueryRequest(
  query: URLSearchParams,
  uuid: string | undefined,
  defaultLimit: number,
): [EngineAnswer, null] | [null, QueryRequest] {
  const request: QueryRequest = {
    conditions: [],
    limit: defaultLimit,
    start: 0,
    count: false,
    replyWithCount: false,
    sortDirection: 'asc',
  };
  if (uuid !== undefined) {
    request.conditions.push({ name: 'uuid', op: '=', value: uuid });
    return [null, request];
  }
  for (const name of new Set(query.keys())) {
    const key = name.trim();
    const first = (query.get(name) ?? '').trim();
    if (key === 'limit' || key === 'start') {
      if (!INTEGER.test(first) || Math.abs(Number(first)) > INT_MAX) return [restErrors.queryInteger(key), null];
      request[key] = Number(first);
    } else if (key === 'count' || key === 'replyWithCount') {
      // Boolean.parseBoolean: anything but "true" is false, never an error.
      request[key] = first.toLowerCase() === 'true';
    } else if (key === 'sort') {
      request.sortDirection = first.startsWith('-') ? 'desc' : 'asc';
      request.sortBy = first.replace(/^[+-]+/, '');
    } else if (key === 'q') {
      for (const text of query.getAll(name)) {
        const condition = parseCondition(text);
        if (!condition) return [restErrors.queryOperator(text, [...QUERY_OPERATORS]), null];
        request.conditions.push(condition);
      }
    } else if (key === 'fields') {
      request.fields = first.split(',').map((f) => f.trim());
    } else if (key === 'groupBy') {
      request.groupBy = first;
    }
  }
  return [null, request];
}

/**
 * Runs a query over the records of one inventory schema, as ZStack's query
 * builder does: conditions (all of them), then order, group, offset and limit;
 * `count` answers the number of matches only, `replyWithCount` adds it.
 * Unknown fields fail as ZStack fails them.
 */
export function runQuery(
  records: Record<string, unknown>[],
  request: QueryRequest,
  inventory: { root: JsonSchema; type: string },
): [ErrorCode, null] | [null, QueryResult] {
  const { root, type } = inventory;
  const schema = resolveSchema(root, { $ref: `#/$defs/${type}` }).schema;
  const entity = type.replace(/Inventory$/, 'VO');
  const unknown = request.conditions.find((c) => !hasField(root, schema, c.name));
  if (unknown) return [errorCodes.unknownCondition(unknown.name, type), null];
  const matches = records.filter((r) => request.conditions.every((c) => matchesCondition(r, c)));
  if (request.count) return [null, { total: matches.length }];

  const primitives = getPrimitiveFields(root, schema);
  const wrongField = request.fields?.find((f) => !primitives.includes(f));
  if (wrongField !== undefined) return [errorCodes.notPrimitiveField(wrongField, type, primitives), null];
  if (request.sortBy !== undefined && !primitives.includes(request.sortBy)) {
    return [errorCodes.internal(`illegal sortBy[${request.sortBy}], entity[${entity}] doesn't have this field`), null];
  }
  if (request.groupBy !== undefined && !primitives.includes(request.groupBy)) {
    return [
      errorCodes.internal(`illegal groupBy[${request.groupBy}], entity[${entity}] doesn't have this field`),
      null,
    ];
  }
  let rows = matches;
  const { sortBy, groupBy } = request;
  if (sortBy !== undefined) {
    const sign = request.sortDirection === 'desc' ? -1 : 1;
    rows = [...rows].sort((a, b) => sign * compareValues(getOwn(a, sortBy), getOwn(b, sortBy)));
  }
  if (groupBy !== undefined) {
    const seen = new Set<string>();
    rows = rows.filter((r) => {
      const key = JSON.stringify(getOwn(r, groupBy) ?? null);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
  const page = rows.slice(Math.max(request.start, 0), Math.max(request.start, 0) + Math.max(request.limit, 0));
  return [null, request.replyWithCount ? { inventories: page, total: matches.length } : { inventories: page }];
}

/** Each inventory with only the fields asked for (`fields=name,uuid`). */
export function selectFields(inventories: unknown[], fields: string[]): unknown[] {
  return inventories.map((item) =>
    isRecord(item) ? Object.fromEntries(fields.filter((f) => Object.hasOwn(item, f)).map((f) => [f, item[f]])) : item,
  );
}

function hasField(root: JsonSchema, schema: JsonSchema, path: string): boolean {
  let current: unknown = schema;
  for (const segment of path.split('.')) {
    const properties = getProperties(root, current);
    if (!Object.hasOwn(properties, segment)) return false;
    const child = resolveSchema(root, properties[segment]).schema;
    current = getTypes(root, child).includes('array') ? child['items'] : child;
  }
  return true;
}

/** Fields that hold one value (not a list or a nested inventory): those `fields`, `sort` and `groupBy` accept. */
function getPrimitiveFields(root: JsonSchema, schema: JsonSchema): string[] {
  return Object.entries(getProperties(root, schema))
    .filter(([, child]) => {
      const types = getTypes(root, child);
      return !types.includes('array') && !types.includes('object') && resolveSchema(root, child).defName === undefined;
    })
    .map(([name]) => name);
}
