import type { OperationModel } from '../openapi/operation';

/** An operation as the engine reads it: the view model, whose `extensions` hold the vendor extensions. */
export type EngineOperation = OperationModel;

export interface EngineAccount {
  accountName: string;
  /** SHA-512 hex of the password, as LogInByAccount sends it. */
  password: string;
  accountUuid: string;
  userUuid: string;
}

export interface EngineOptions {
  /** Origin of the management node, e.g. `http://127.0.0.1:8080`: the job `location` starts with it. */
  baseUrl: string;
  /** Injectable clock (ms since the epoch). */
  now?: () => number;
  /** How long an asynchronous job stays running (default 2000 ms). */
  jobDurationMs?: number;
  /** How long a finished job's result can be fetched (default 3 h, as ZStack keeps it). */
  jobRetentionMs?: number;
  /** How long a session lives (default 2 h). */
  sessionTtlMs?: number;
  /** Accounts that may log in (default: admin, password `password`). */
  accounts?: EngineAccount[];
  /**
   * `true` (the simulator): only sessions this engine issued are valid.
   * `false` (the browser mock): any 32-hex session is valid unless it was logged out.
   */
  strictSessions?: boolean;
  /** `examples`: fill the resource store from the description's examples and the extra seed data. */
  seed?: 'examples';
  /**
   * Throw instead of answering 500 when the engine builds an answer that the
   * description says is impossible (for tests).
   */
  throwOnImpossibleAnswer?: boolean;
}

export interface EngineRequest {
  method: string;
  /** Path and query, e.g. `/zstack/v1/vm-instances/x/actions`. */
  url: string;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body?: string;
}

export interface EngineAnswer {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  body: string;
}

export interface HandleOptions {
  /** Make the call fail (the job, for an asynchronous API) with a 503 ErrorCode. */
  fail?: boolean;
}

/** ZStack's ErrorCode, as its REST JSON carries it. */
export interface ErrorCode {
  code: string;
  description: string;
  details?: string;
  cause?: ErrorCode;
  [key: string]: unknown;
}
