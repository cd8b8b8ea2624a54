/**
 * Thousands of generated and mutated requests against the panel's body check, the
 * in-browser engine and the simulator over HTTP. FUZZ_RUNS raises the count (default
 * 2000 for the body check and the engine, a fifth of it over HTTP).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ZStackEngine,
  type EngineAnswer,
  type EngineOperation,
  type EngineRequest,
} from '../../../src/lib/mock/engine';
import type { JsonSchema } from '../../../src/lib/schema/json-schema';
import { getBodyDiagnostics } from '../../../src/lib/request/body-diagnostics';
import { makeEditorSchema } from '../../../src/lib/request/editor-schema';
import { startSimulator, type Simulator } from '../../../src/simulator/server';
import {
  DESTROYED_VM,
  LOGIN_BODY,
  loadEngineOperations,
  PASSWORD,
  PAUSED_VM,
  RUNNING_VM,
  STOPPED_VM,
} from '../../unit/lib/mock/mock-helpers';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 2000);
/** Generous: a loaded machine runs the default count in a few seconds, larger counts scale. */
const TIMEOUT_MS = Math.max(60_000, RUNS * 30);
const BASE_URL = 'http://127.0.0.1:8080';
const VMS = [RUNNING_VM, STOPPED_VM, PAUSED_VM, DESTROYED_VM];
const FLATTEN_BODY = '{"flattenVmInstance":{"full":true,"dryRun":true},"systemTags":[],"userTags":[]}';
/** The statuses a ZStack management node answers with. */
const ZSTACK_STATUSES = [200, 202, 400, 404, 405, 500, 503];

let operations: EngineOperation[];
let schemas: JsonSchema[];

beforeAll(async () => {
  operations = await loadEngineOperations();
  const body = operations.find((op) => op.operationId === 'FlattenVmInstance')!.body!;
  schemas = [body.schema, makeEditorSchema(body.schema, body.fields)];
});

// ---- generators ----

const hex32 = fc.stringMatching(/^[0-9a-f]{32}$/);
const scalar = fc.oneof(
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 8 }),
  fc.constant(null),
  fc.constantFrom('true', 'FALSE', 'yes', '1', '', ' 2 '),
);
const value = fc.oneof(
  scalar,
  fc.array(scalar, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), scalar, { maxKeys: 3 }),
);
/** Bodies shaped like FlattenVmInstance's, with any value where a value goes. */
const flattenShaped = fc
  .record(
    {
      flattenVmInstance: fc.oneof(value, fc.record({ full: value, dryRun: value }, { requiredKeys: [] })),
      logInByAccount: fc.record(
        { accountName: value, password: fc.oneof(value, fc.constant(PASSWORD)) },
        { requiredKeys: [] },
      ),
      systemTags: value,
      userTags: value,
      extra: value,
    },
    { requiredKeys: [] },
  )
  .map((body) => JSON.stringify(body));
/** A known good body with a few characters deleted and others inserted at one place. */
const mutated = fc
  .tuple(
    fc.constantFrom(FLATTEN_BODY, LOGIN_BODY),
    fc.nat(),
    fc.nat({ max: 6 }),
    fc.string({ maxLength: 4, unit: 'binary' }),
    fc.boolean(),
  )
  .map(([text, at, remove, insert, truncate]) => {
    const index = at % (text.length + 1);
    const spliced = text.slice(0, index) + insert + text.slice(index + remove);
    return truncate ? spliced.slice(0, index) : spliced;
  });
const bodyText = fc.oneof(
  fc.constantFrom(FLATTEN_BODY, LOGIN_BODY, '', ' ', 'null', '[]', '"x"', '1', 'true'),
  mutated,
  flattenShaped,
  fc.json({ maxDepth: 3 }),
  fc.string({ maxLength: 40, unit: 'binary' }),
);
const printable = fc.string({
  maxLength: 40,
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
});
const path = fc.oneof(
  fc.constantFrom(...VMS).map((uuid) => `/zstack/v1/vm-instances/${uuid}/actions`),
  hex32.map((uuid) => `/zstack/v1/vm-instances/${uuid}/actions`),
  fc.constant('/zstack/v1/accounts/login'),
  hex32.map((uuid) => `/zstack/v1/api-jobs/${uuid}`),
  fc.webSegment().map((segment) => `/zstack/v1/vm-instances/${segment}/actions`),
  fc.webPath().map((p) => `/zstack/v1${p}`),
);
const query = fc.option(
  fc.webQueryParameters().map((q) => `?${q}`),
  { nil: '' },
);
/** `valid` stands for a session the engine issued. */
const authorization = fc.option(
  fc.oneof(
    fc.constant('valid'),
    hex32.map((s) => `OAuth ${s}`),
    printable,
  ),
  { nil: undefined },
);
const headers = fc.record(
  {
    authorization: authorization,
    'x-job-uuid': fc.option(fc.oneof(hex32, printable), { nil: undefined }),
    'x-api-timeout': fc.option(fc.oneof(fc.integer({ min: -5, max: 9999 }).map(String), printable), { nil: undefined }),
    'content-type': fc.option(fc.constant('application/json;charset=UTF-8'), { nil: undefined }),
  },
  { requiredKeys: [] },
);
const anyRequest = fc.record({
  method: fc.constantFrom('PUT', 'PUT', 'GET', 'POST', 'DELETE', 'PATCH'),
  path,
  query,
  headers,
  body: fc.option(bodyText, { nil: undefined }),
});
/** Submissions that pass the REST layer often enough to reach the API, its jobs and its 503s. */
const flag = fc.constantFrom(true, false, 'true', 'False', null);
const wellFormedRequest = fc.record({
  method: fc.constant('PUT'),
  path: fc.constantFrom(...VMS).map((uuid) => `/zstack/v1/vm-instances/${uuid}/actions`),
  query: fc.constant(''),
  headers: fc.record(
    {
      authorization: fc.oneof(
        fc.constant('valid'),
        hex32.map((s) => `OAuth ${s}`),
      ),
      'x-job-uuid': fc.option(hex32, { nil: undefined }),
      'x-api-timeout': fc.option(fc.integer({ min: 0, max: 3600 }).map(String), { nil: undefined }),
    },
    { requiredKeys: ['authorization'] },
  ),
  body: fc
    .record(
      {
        flattenVmInstance: fc.record({ full: flag, dryRun: flag }, { requiredKeys: [] }),
        systemTags: fc.constant([]),
        userTags: fc.constant([]),
      },
      { requiredKeys: ['flattenVmInstance'] },
    )
    .map((b) => JSON.stringify(b)),
});
const generatedRequest = fc.oneof({ arbitrary: anyRequest, weight: 3 }, { arbitrary: wellFormedRequest, weight: 1 });

type Generated = {
  method: string;
  path: string;
  query: string;
  headers: Partial<Record<string, string | undefined>>;
  body: string | undefined;
};

/** The request with `valid` replaced by a real session, and without the headers left out. */
function getRequest(generated: Generated, session: string): EngineRequest {
  const headers: Record<string, string> = {};
  for (const [name, raw] of Object.entries(generated.headers)) {
    if (raw !== undefined) headers[name] = raw === 'valid' ? `OAuth ${session}` : raw;
  }
  const request: EngineRequest = { method: generated.method, url: generated.path + generated.query, headers };
  return generated.body === undefined ? request : { ...request, body: generated.body };
}

// ---- the oracle ----

/**
 * Fails unless the answer is one ZStack gives: plain text for its REST layer, a JSON
 * ErrorCode for 503, valid JSON for 200 and 202 (a job location when submitting), and
 * 500 only for the inputs ZStack itself answers 500 (malformed JSON, a body that is not
 * an object, an action without a body or with null, an X-API-Timeout that is not a number).
 */
function expectZStackAnswer(request: EngineRequest, answer: EngineAnswer, baseUrl: string) {
  const context = `${request.method} ${request.url} ${JSON.stringify(request.headers)} ${JSON.stringify(request.body)} → ${answer.status} ${answer.body}`;
  expect(ZSTACK_STATUSES, context).toContain(answer.status);
  const contentType = answer.headers['content-type'];
  if ([400, 404, 405, 500].includes(answer.status)) {
    expect(contentType, context).toBe('text/plain;charset=UTF-8');
    if (answer.status !== 500) expect(answer.body, context).not.toBe('');
  }
  if (answer.status === 500) return expect(getZStack500Cause(request, answer.body), context).not.toBeNull();
  if ([400, 404, 405].includes(answer.status)) return;
  expect(contentType, context).toBe('application/json;charset=UTF-8');
  const body: unknown = JSON.parse(answer.body);
  expect(body, context).toBeTypeOf('object');
  if (answer.status === 503) {
    const error = (body as { error?: { code?: unknown; description?: unknown } }).error;
    expect([typeof error?.code, typeof error?.description], context).toEqual(['string', 'string']);
  }
  if (answer.status === 202 && !request.url.startsWith('/zstack/v1/api-jobs/')) {
    expect((body as { location?: unknown }).location, context).toMatch(
      new RegExp(`^${baseUrl}/zstack/v1/api-jobs/[0-9a-f]{32}$`),
    );
  }
}

/** Why ZStack answers 500 to this request, or null when it would not. */
function getZStack500Cause(request: EngineRequest, text: string): string | null {
  const body = request.body ?? '';
  const timeout = /^For input string: "(.*)"$/s.exec(text);
  if (timeout !== null)
    return request.headers['x-api-timeout'] === timeout[1] && !/^[+-]?\d+$/.test(timeout[1]!) ? 'X-API-Timeout' : null;
  // Gson reads an empty body and a JSON null alike: no object, a NullPointerException.
  if (text === '') return request.method === 'PUT' && (body.trim() === '' || body.trim() === 'null') ? 'no body' : null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return text.startsWith('com.google.gson.stream.MalformedJsonException: ') && body.trim() !== ''
      ? 'malformed JSON'
      : null;
  }
  const notObject =
    /^java\.lang\.IllegalStateException: Expected BEGIN_OBJECT but was (BEGIN_ARRAY|STRING|BOOLEAN|NUMBER) at line 1 column \d+ path \$$/.test(
      text,
    );
  return notObject && parsed !== null && (typeof parsed !== 'object' || Array.isArray(parsed)) ? 'not an object' : null;
}

// ---- the properties ----

describe('getBodyDiagnostics', () => {
  it(
    'never throws, and places every diagnostic inside the text',
    () => {
      fc.assert(
        fc.property(bodyText, fc.nat({ max: 2 }), (text, which) => {
          const diagnostics = getBodyDiagnostics(text, which === 2 ? undefined : schemas[which]);
          for (const d of diagnostics) {
            expect(d.message).toMatch(/^[^\n]*：.+/);
            expect(d.offset).toBeGreaterThanOrEqual(0);
            expect(d.offset + d.length).toBeLessThanOrEqual(text.length + 1);
          }
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'warns of a syntax error whenever ZStack would answer malformed JSON',
    () => {
      fc.assert(
        fc.property(bodyText, (text) => {
          let parses = true;
          try {
            JSON.parse(text);
          } catch {
            parses = false;
          }
          if (parses || text.trim() === '') return;
          expect(
            getBodyDiagnostics(text, schemas[0]).some((d) => d.message.startsWith('JSON 语法错误（第 ')),
            JSON.stringify(text),
          ).toBe(true);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );
});

describe('the engine', () => {
  it(
    'answers every request as ZStack would, never throwing and never with a 500 of its own',
    () => {
      const engine = new ZStackEngine(operations, {
        baseUrl: BASE_URL,
        strictSessions: true,
        seed: 'examples',
        throwOnImpossibleAnswer: true,
        jobDurationMs: 0,
      });
      const session = JSON.parse(
        engine.handle({ method: 'PUT', url: '/zstack/v1/accounts/login', headers: {}, body: LOGIN_BODY }).body,
      ).inventory.uuid as string;
      const seen = new Set<number>();
      fc.assert(
        fc.property(generatedRequest, fc.boolean(), (generated, fail) => {
          const request = getRequest(generated, session);
          const answer = engine.handle(request, { fail });
          seen.add(answer.status);
          expectZStackAnswer(request, answer, BASE_URL);
          if (answer.status === 202 && request.method !== 'GET') {
            const job = engine.handle({
              method: 'GET',
              url: new URL(JSON.parse(answer.body).location).pathname,
              headers: {},
            });
            seen.add(job.status);
            expect([200, 503]).toContain(job.status);
            expectZStackAnswer({ method: 'GET', url: '/zstack/v1/api-jobs/', headers: {} }, job, BASE_URL);
          }
        }),
        { numRuns: RUNS },
      );
      // The generators reach every kind of answer, so each branch of the oracle ran.
      if (RUNS >= 1000) expect([...seen].sort()).toEqual([200, 202, 400, 404, 405, 500, 503]);
    },
    TIMEOUT_MS,
  );
});

describe('the simulator over HTTP', () => {
  let simulator: Simulator;

  beforeAll(async () => {
    simulator = await startSimulator({ port: 0, jobDurationMs: 0 });
  });

  afterAll(() => simulator?.close());

  it(
    'answers every request with ZStack’s statuses and bodies',
    async () => {
      const login = await fetch(`${simulator.url}/zstack/v1/accounts/login`, { method: 'PUT', body: LOGIN_BODY });
      const session = (await login.json()).inventory.uuid as string;
      await fc.assert(
        fc.asyncProperty(generatedRequest, async (generated) => {
          // On the wire a header value loses its surrounding whitespace, and a GET its body.
          const trimmed = Object.fromEntries(Object.entries(generated.headers).map(([name, v]) => [name, v?.trim()]));
          const request = getRequest(
            { ...generated, headers: trimmed, body: generated.method === 'GET' ? undefined : generated.body },
            session,
          );
          const response = await fetch(simulator.url + request.url, {
            method: request.method,
            headers: request.headers,
            body: request.body ?? null,
          });
          const answer: EngineAnswer = {
            status: response.status,
            statusText: response.statusText,
            headers: Object.fromEntries(response.headers),
            body: await response.text(),
          };
          expectZStackAnswer(request, answer, simulator.url);
        }),
        { numRuns: Math.ceil(RUNS / 5) },
      );
    },
    TIMEOUT_MS,
  );
});
