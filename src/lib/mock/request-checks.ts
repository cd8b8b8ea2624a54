import type { JobStore } from './jobs';
import { restErrors } from './rest-errors';
import { isPlainObject as isRecord } from '../schema/pointer';
import { getProperties, getTypes } from '../schema/properties';
import { getOwn } from '../schema/records';
import { resolveSchema } from '../schema/refs';
import type { EngineAnswer, EngineOperation } from './types';

const JOB_UUID = /^[0-9a-f]{32}$/i;
const LONG = /^[+-]?\d+$/;
const JSON_TOKENS = new Map([
  ['[', 'BEGIN_ARRAY'],
  ['"', 'STRING'],
  ['t', 'BOOLEAN'],
  ['f', 'BOOLEAN'],
]);
/**
 * Far deeper than any ZStack API body, far shallower than what the recursive steps after
 * parsing (schema validation, cloning, Java-style printing) survive: checked on the text
 * first, so nothing recursive ever sees a deeper value.
 */
export const MAX_BODY_DEPTH = 64;

type Checked<T> = [EngineAnswer, null] | [null, T];
type Candidate = { op: EngineOperation; params: Record<string, string> };

/** The body as ZStack reads it: a JSON object, or nothing. */
export function parseBody(text: string | undefined): Checked<Record<string, unknown> | null> {
  if (text === undefined || text.trim() === '') return [null, null];
  if (isNestedDeeper(text, MAX_BODY_DEPTH)) return [restErrors.bodyTooDeep(MAX_BODY_DEPTH), null];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return [restErrors.malformedJson((error as Error).message), null];
  }
  if (value === null || isRecord(value)) return [null, value];
  const start = text.search(/\S/);
  return [restErrors.notAnObject(JSON_TOKENS.get(text[start]!) ?? 'NUMBER', start + 2), null];
}

/** Whether the JSON text opens more than `limit` arrays or objects inside one another (brackets within strings do not count). */
function isNestedDeeper(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (++depth > limit) return true;
    } else if (c === '}' || c === ']') depth--;
  }
  return false;
}

/**
 * The operation a request calls. Actions share a path (a PUT on
 * `/{resource}/{uuid}/actions`); the body's action key names the one called.
 */
export function selectOperation(
  candidates: Candidate[],
  method: string,
  body: Record<string, unknown> | null,
  apiPath: string,
): Checked<Candidate> {
  const actions = candidates.filter((c) => getActionKey(c.op));
  if (method.toUpperCase() !== 'PUT' || actions.length === 0) return [null, candidates[0]!];
  if (body === null) return [restErrors.noBody(), null];
  const selected = actions.find((c) => Object.hasOwn(body, getActionKey(c.op)!));
  return selected ? [null, selected] : [restErrors.actionMapping(apiPath), null];
}

/**
 * The body's action key: the view model's, or else the required object
 * property of the body schema, which an action without parameters of its own
 * (`{"rebootVmInstance": {}}`) still has.
 */
export function getActionKey(op: EngineOperation): string | undefined {
  if (!op.body) return undefined;
  if (op.body.actionKey) return op.body.actionKey;
  const root = op.body.schema;
  const body = resolveSchema(root, root).schema;
  const required = Array.isArray(body['required']) ? body['required'].map(String) : [];
  const properties = getProperties(root, body);
  return required.find(
    (name) => Object.hasOwn(properties, name) && getTypes(root, properties[name]).includes('object'),
  );
}

/** The session named by the Authorization header (`OAuth <session>`), for an operation that needs one. */
export function getSession(op: EngineOperation, headers: Record<string, string>): Checked<string | undefined> {
  if (!op.requiresAuth || !op.authHeader) return [null, undefined];
  const value = getOwn(headers, op.authHeader.name.toLowerCase()) as string | undefined;
  if (value === undefined) return [restErrors.missingHeader(op.authHeader.name), null];
  const scheme = op.authHeader.prefix.trim();
  const trimmed = value.trim();
  if (!trimmed.startsWith(scheme)) return [restErrors.authorizationType(scheme), null];
  return [null, trimmed.slice(scheme.length).trim()];
}

/** `X-Job-UUID` (the job's id) and `X-API-Timeout` (seconds), checked as ZStack checks them. */
export function getJobHeaders(
  method: string,
  headers: Record<string, string>,
  jobs: JobStore,
): Checked<{ jobId?: string; timeoutMs?: number }> {
  const result: { jobId?: string; timeoutMs?: number } = {};
  const jobId = getOwn(headers, 'x-job-uuid') as string | undefined;
  if (jobId !== undefined) {
    if (!JOB_UUID.test(jobId)) return [restErrors.jobUuid(), null];
    if (['POST', 'PUT', 'DELETE'].includes(method.toUpperCase()) && jobs.has(jobId))
      return [restErrors.duplicateJob(jobId), null];
    result.jobId = jobId;
  }
  const timeout = getOwn(headers, 'x-api-timeout') as string | undefined;
  if (timeout !== undefined) {
    if (!LONG.test(timeout)) return [restErrors.apiTimeout(timeout), null];
    result.timeoutMs = Number(timeout) * 1000;
  }
  return [null, result];
}
