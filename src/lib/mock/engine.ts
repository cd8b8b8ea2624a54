import { checkBody } from './body-checks';
import { errorCodes, makeWrongStateError } from './error-codes';
import { getAllowedStates, getDeleteOptions, getQueryType } from './extensions';
import { getSessionRole, type SessionRole } from '../zstack/session';
import { JobStore } from './jobs';
import { parseQueryRequest, runQuery, selectFields, type QueryRequest } from './query-api';
import { checkQueryParameters, type InvalidValue } from './query-parameters';
import { getJobHeaders, getSession, parseBody, selectOperation } from './request-checks';
import { makeJsonAnswer, restErrors } from './rest-errors';
import { checkAnswer, getResponse, getResultPhase, makeResultBody } from './results';
import {
  findRoute,
  getApiPath,
  getJobLocation,
  getRequestTarget,
  type RequestTarget,
  type RouteMatch,
} from './routing';
import { makeRecord } from '../schema/records';
import { getCreatedType, isCreate, ResourceSchemas } from './resources';
import { SEED_RESOURCES } from './seed';
import { DEFAULT_ACCOUNTS, SessionStore } from './sessions';
import { makeSeededStore, ResourceStore } from './store';
import { beginTransition, finishTransition, type BegunTransition, type Target } from './transitions';
import type { EngineAnswer, EngineOperation, EngineOptions, EngineRequest, ErrorCode, HandleOptions } from './types';
import { formatTimestamp, makeUuid } from './values';

export type { EngineAnswer, EngineOperation, EngineOptions, EngineRequest, HandleOptions } from './types';

const HOUR = 3_600_000;
/** The API timeout when the description's 202 example gives none. */
const DEFAULT_API_TIMEOUT_MS = 30 * 60_000;
/** A query's `limit` when the description gives no default (APIQueryMessage's). */
const DEFAULT_QUERY_LIMIT = 1000;

/** One API call that passed the REST layer's checks. */
interface Call {
  op: EngineOperation;
  params: Record<string, string>;
  session: string | undefined;
  /** The API's parameters: from the body, or from the query string of a GET or DELETE. */
  parameter: Record<string, unknown>;
  missing: string[];
  invalid?: InvalidValue;
  /** A query API's message. */
  query?: QueryRequest;
  jobId: string;
  timeoutMs: number;
  fail: boolean;
  now: number;
}

type Outcome =
  /** `early`: refused before the API runs (session, parameters, resource, state), so the job ends at once. */
  | { kind: 'error'; error: ErrorCode; early: boolean; target?: Target }
  | { kind: 'success'; target?: Target; early?: boolean };

/**
 * Answers ZStack REST requests in memory, as a management node would, from
 * the operations of the description: the browser's mock and the simulator.
 */
export class ZStackEngine {
  private readonly now: () => number;
  private readonly sessions: SessionStore;
  private readonly jobs: JobStore;
  private readonly store: ResourceStore;
  private readonly jobOperation: EngineOperation | undefined;
  private readonly schemas: ResourceSchemas;

  constructor(
    private readonly operations: EngineOperation[],
    private readonly options: EngineOptions,
  ) {
    this.now = options.now ?? (() => Date.now());
    this.sessions = new SessionStore({
      accounts: options.accounts ?? DEFAULT_ACCOUNTS,
      ttlMs: options.sessionTtlMs ?? 2 * HOUR,
      strict: options.strictSessions ?? false,
    });
    this.jobs = new JobStore(options.jobRetentionMs ?? 3 * HOUR);
    this.schemas = new ResourceSchemas(operations);
    this.store = options.seed === 'examples' ? makeSeededStore(operations, SEED_RESOURCES) : new ResourceStore();
    if (options.seed === 'examples') this.schemas.seed(this.store, operations, this.now());
    this.jobOperation = operations.find((op) => op.method === 'GET' && /\/api-jobs\/\{[^}]+\}$/.test(op.path));
  }

  handle(req: EngineRequest, opts: HandleOptions = {}): EngineAnswer {
    return this.guard(() => {
      const now = this.now();
      this.jobs.settle(now);
      const target = getRequestTarget(req.url);
      const route: RouteMatch = findRoute(this.operations, req.method, target.path);
      switch (route.kind) {
        case 'job':
          return req.method.toUpperCase() === 'GET' ? this.queryJob(route.jobId) : restErrors.jobMethodNotAllowed();
        case 'not-found':
          return restErrors.noApi(getApiPath(target.path));
        case 'method-not-allowed':
          return restErrors.methodNotAllowed(req.method.toUpperCase(), target.rawPath, route.allowed);
        case 'api': {
          const [fault, call] = this.check(req, route.candidates, target, now, opts.fail === true);
          return fault ?? this.run(call);
        }
      }
    });
  }

  /**
   * ZStack's REST layer, in its order: body, action key, Authorization, then
   * a query API's URL, or the parameters (the body, or the query string of a
   * GET or DELETE) with their types, then the job headers.
   */
  private check(
    req: EngineRequest,
    candidates: Array<{ op: EngineOperation; params: Record<string, string> }>,
    target: RequestTarget,
    now: number,
    fail: boolean,
  ): [EngineAnswer, null] | [null, Call] {
    const [bodyFault, body] = parseBody(req.body);
    if (bodyFault) return [bodyFault, null];
    const [keyFault, selected] = selectOperation(candidates, req.method, body, getApiPath(target.path));
    if (keyFault) return [keyFault, null];
    const { op, params } = selected;
    const [authFault, session] = getSession(op, req.headers);
    if (authFault) return [authFault, null];
    let checked: Pick<Call, 'parameter' | 'missing' | 'invalid' | 'query'>;
    if (getQueryType(op)) {
      const [queryFault, query] = parseQueryRequest(target.query, params['uuid'], getDefaultLimit(op));
      if (queryFault) return [queryFault, null];
      checked = { parameter: {}, missing: [], query };
    } else {
      const [queryFault, fromQuery] = checkQueryParameters(op, target.query);
      if (queryFault) return [queryFault, null];
      const [parameterFault, fromBody] = checkBody(op, body);
      if (parameterFault) return [parameterFault, null];
      checked = { ...fromBody, parameter: Object.assign(makeRecord(), fromQuery.values, fromBody.parameter) };
      const invalid = fromQuery.invalid ?? fromBody.invalid;
      if (invalid) checked.invalid = invalid;
    }
    const [headerFault, job] = getJobHeaders(req.method, req.headers, this.jobs);
    if (headerFault) return [headerFault, null];
    return [
      null,
      {
        op,
        params,
        session,
        ...checked,
        jobId: job.jobId ?? makeUuid(),
        timeoutMs: job.timeoutMs ?? getDefaultTimeout(op),
        fail,
        now,
      },
    ];
  }

  private run(call: Call): EngineAnswer {
    const role = getSessionRole(call.op);
    if (role) return this.runSessionApi(role, call);
    if (call.query) return this.runQueryApi(call, call.query);
    if (!call.op.isAsync) return this.answer(call, this.decide(call), call.now);
    return this.submit(call);
  }

  /** What the API does with the call: the checks of ZStack's API layer and of the resource, then success. */
  private decide(call: Call): Outcome {
    const { op } = call;
    const message = getMessageName(op);
    if (op.requiresAuth && !this.sessions.isValid(call.session ?? '', call.now))
      return { kind: 'error', error: errorCodes.invalidSession(), early: true };
    if (call.missing[0])
      return { kind: 'error', error: errorCodes.mandatoryField(call.missing[0], message), early: true };
    if (call.invalid) {
      const { field, allowed, value } = call.invalid;
      return { kind: 'error', error: errorCodes.invalidValue(field, allowed, value, message), early: true };
    }
    const type = this.schemas.getTargetType(op);
    const uuid = call.params['uuid'];
    const deletion = getDeleteOptions(op);
    let target: Target | undefined;
    if (type && uuid !== undefined) {
      const resource = this.store.get(type, uuid);
      if (!resource && deletion?.successIfMissing) return { kind: 'success', early: true };
      if (!resource)
        return {
          kind: 'error',
          error: errorCodes.resourceNotFound('uuid', uuid, type.replace(/Inventory$/, 'VO')),
          early: true,
        };
      const allowed = getAllowedStates(op);
      const state = String(resource['state'] ?? '');
      if (allowed && !allowed.includes(state)) {
        const example = getResponse(op, getResultPhase(op), 503)?.example;
        return { kind: 'error', error: makeWrongStateError(example, state, allowed, message), early: true };
      }
      target = { type, uuid };
    }
    if (call.fail && deletion) {
      // Enforcing deletes anyway: ZStack leaves out every error of the deletion.
      const enforcing = deletion.modeParameter !== undefined && call.parameter[deletion.modeParameter] === 'Enforcing';
      if (!enforcing) return withTarget({ kind: 'error', error: errorCodes.deletionFailed(), early: false }, target);
    } else if (call.fail) {
      return withTarget({ kind: 'error', error: errorCodes.forcedFailure(message, uuid), early: false }, target);
    }
    return target ? { kind: 'success', target } : { kind: 'success' };
  }

  /** An asynchronous call: 202 with the job's location; the job ends after jobDurationMs (or its timeout). */
  private submit(call: Call): EngineAnswer {
    let outcome = this.decide(call);
    const runsFor = outcome.early ? 0 : (this.options.jobDurationMs ?? 2000);
    let doneAt = call.now + runsFor;
    if (call.timeoutMs < runsFor) {
      outcome = {
        kind: 'error',
        error: errorCodes.timeout(getMessageName(call.op), call.jobId, call.timeoutMs),
        early: false,
      };
      doneAt = call.now + Math.max(call.timeoutMs, 0);
    }
    const result = outcome;
    const begun = result.target && !result.early ? beginTransition(this.store, call.op, result.target) : undefined;
    this.jobs.add({ id: call.jobId, doneAt, finish: () => this.guard(() => this.answer(call, result, doneAt, begun)) });
    const location = getJobLocation(this.options.baseUrl, call.jobId);
    return makeJsonAnswer(
      202,
      checkAnswer(call.op.operationId, getResponse(call.op, 'submit', 202), { location, apiTimeout: call.timeoutMs }),
    );
  }

  /**
   * The result: the answer to a synchronous call, or to polling the job of an
   * asynchronous one, which ends the transition the job began.
   */
  private answer(call: Call, outcome: Outcome, at: number, begun?: BegunTransition): EngineAnswer {
    const { op } = call;
    const phase = getResultPhase(op);
    const { target } = outcome;
    const transition =
      begun ??
      (target && !op.isAsync && outcome.kind === 'success' ? beginTransition(this.store, op, target) : undefined);
    if (transition && target)
      finishTransition(this.store, op, target, transition, {
        ok: outcome.kind === 'success',
        parameter: call.parameter,
      });
    if (outcome.kind === 'error')
      return makeJsonAnswer(503, checkAnswer(op.operationId, getResponse(op, phase, 503), { error: outcome.error }));
    let resource: Record<string, unknown> | undefined;
    const changes = op.method !== 'GET' && call.parameter['dryRun'] !== true;
    if (target) {
      const { type, uuid } = target;
      if (changes) this.store.update(type, uuid, { lastOpDate: formatTimestamp(at) });
      if (changes) this.schemas.delete(this.store, op, type, uuid);
      resource = this.store.get(type, uuid);
    } else if (changes && isCreate(op)) {
      const type = getCreatedType(op)!;
      resource = this.schemas.makeResource(type, call.parameter, at);
      if (resource) this.store.add(type, resource);
    }
    return makeJsonAnswer(200, makeResultBody(op.operationId, getResponse(op, phase, 200), resource));
  }

  /** A query API (`x-zstack-query`): the store's inventories that match, validated as the description's answer, then cut to `fields`. */
  private runQueryApi(call: Call, request: QueryRequest): EngineAnswer {
    const { op } = call;
    const fail = (error: ErrorCode) =>
      makeJsonAnswer(503, checkAnswer(op.operationId, getResponse(op, 'submit', 503), { error }));
    if (op.requiresAuth && !this.sessions.isValid(call.session ?? '', call.now))
      return fail(errorCodes.invalidSession());
    const type = getQueryType(op)!;
    const response = getResponse(op, 'submit', 200);
    if (!response?.schema) throw new Error(`${op.operationId} 200 has no schema for its ${type} inventories`);
    const [error, result] = runQuery(this.store.list(type), request, { root: response.schema, type });
    if (error) return fail(error);
    const body = checkAnswer(op.operationId, response, result) as { inventories?: unknown[] };
    if (request.fields && body.inventories) body.inventories = selectFields(body.inventories, request.fields);
    return makeJsonAnswer(200, body);
  }

  private runSessionApi(role: SessionRole, call: Call): EngineAnswer {
    const { op } = call;
    if (call.missing[0])
      return this.answer(
        call,
        { kind: 'error', error: errorCodes.mandatoryField(call.missing[0], getMessageName(op)), early: true },
        call.now,
      );
    if (role === 'logOut') {
      const uuid = Object.values(call.params)[0];
      if (uuid !== undefined) this.sessions.logOut(uuid);
      return makeJsonAnswer(200, makeResultBody(op.operationId, getResponse(op, 'submit', 200)));
    }
    const inventory = this.sessions.logIn(call.parameter['accountName'], call.parameter['password'], call.now);
    if (inventory)
      return makeJsonAnswer(200, makeResultBody(op.operationId, getResponse(op, 'submit', 200), { ...inventory }));
    const failure = getResponse(op, 'submit', 503);
    return makeJsonAnswer(
      503,
      checkAnswer(op.operationId, failure, failure?.example ?? { error: errorCodes.wrongPassword() }),
    );
  }

  private queryJob(jobId: string): EngineAnswer {
    const result = this.jobs.query(jobId);
    if (result === 'expired') return restErrors.jobExpired();
    if (result === 'running')
      return makeJsonAnswer(
        202,
        checkAnswer('GetApiJobResult', this.jobOperation && getResponse(this.jobOperation, 'submit', 202), {}),
      );
    return result;
  }

  /** An answer the description calls impossible is a bug: thrown in tests, a 500 ErrorCode otherwise. */
  private guard(run: () => EngineAnswer): EngineAnswer {
    try {
      return run();
    } catch (error) {
      if (this.options.throwOnImpossibleAnswer) throw error;
      return makeJsonAnswer(500, {
        error: errorCodes.internal(error instanceof Error ? error.message : String(error)),
      });
    }
  }
}

/** ZStack's name of the API's message class: `APIFlattenVmInstanceMsg` for FlattenVmInstance. */
function getMessageName(op: EngineOperation): string {
  return `API${op.operationId}Msg`;
}

function getDefaultLimit(op: EngineOperation): number {
  const limit = op.parameters.query.find((p) => p.name === 'limit')?.defaultValue;
  return limit !== undefined && Number.isInteger(Number(limit)) ? Number(limit) : DEFAULT_QUERY_LIMIT;
}

function withTarget(outcome: Outcome, target: Target | undefined): Outcome {
  return target ? { ...outcome, target } : outcome;
}

function getDefaultTimeout(op: EngineOperation): number {
  const example = getResponse(op, 'submit', 202)?.example as { apiTimeout?: unknown } | undefined;
  return typeof example?.apiTimeout === 'number' ? example.apiTimeout : DEFAULT_API_TIMEOUT_MS;
}
