import { beforeAll, describe, expect, it } from 'vitest';
import { ZStackEngine, type EngineOperation, type EngineOptions } from '../../../../src/lib/mock/engine';
import { ImpossibleAnswerError } from '../../../../src/lib/mock/results';
import { formatTimestamp } from '../../../../src/lib/mock/values';
import {
  DESTROYED_VM,
  getVmStateError,
  LOGIN_BODY,
  loadEngineOperations,
  makeTestEngine,
  MIGRATING_VM,
  PASSWORD,
  PAUSED_VM,
  RUNNING_VM,
  STOPPED_VM,
} from './mock-helpers';

const JOB_ID = '0123456789abcdef0123456789abcdef';
const START = new Date(2026, 10, 26, 22, 0, 0).getTime();
const FLATTEN_BODY = '{"flattenVmInstance":{"full":true,"dryRun":false},"systemTags":[],"userTags":[]}';

let operations: EngineOperation[];

beforeAll(async () => {
  operations = await loadEngineOperations();
});

/** An engine on an injected clock, with a few verbs that speak ZStack's REST. */
function setUp(options: Partial<EngineOptions> = {}) {
  let now = START;
  const engine = makeTestEngine(operations, () => now, options);
  const send = (method: string, url: string, headers: Record<string, string> = {}, body?: string, fail?: boolean) =>
    engine.handle(body === undefined ? { method, url, headers } : { method, url, headers, body }, {
      fail: fail === true,
    });
  const logIn = () =>
    JSON.parse(send('PUT', '/zstack/v1/accounts/login', {}, LOGIN_BODY).body).inventory.uuid as string;
  const flatten = (
    session: string,
    uuid = RUNNING_VM,
    body = FLATTEN_BODY,
    headers: Record<string, string> = {},
    fail = false,
  ) =>
    send(
      'PUT',
      `/zstack/v1/vm-instances/${uuid}/actions`,
      { authorization: `OAuth ${session}`, ...headers },
      body,
      fail,
    );
  const poll = (answer: { body: string }) => send('GET', new URL(JSON.parse(answer.body).location as string).pathname);
  return { engine, send, logIn, flatten, poll, advance: (ms: number) => void (now += ms), now: () => now };
}

function getJobExample(operationId: string, status: string) {
  return structuredClone(
    operations
      .find((o) => o.operationId === operationId)!
      .responses.find((r) => r.phase === 'job' && r.status === status)!.example,
  ) as Record<string, any>;
}

/** The description's example VM as the engine answers it. */
function getExpectedVm(changes: Record<string, unknown> = {}) {
  const { inventory } = getJobExample('FlattenVmInstance', '200');
  return { ...inventory, ...changes };
}

describe('routing', () => {
  it('answers 404 in plain text for a path without an API', () => {
    const { send } = setUp();
    expect(send('GET', '/zstack/v1/nothing')).toEqual({
      status: 404,
      statusText: 'Not Found',
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
      body: 'no api mapping to /v1/nothing',
    });
  });

  it('answers 405 for a known path with another method, naming the allowed ones', () => {
    const { send } = setUp();
    expect(send('GET', `/zstack/v1/vm-instances/${RUNNING_VM}/actions`)).toEqual({
      status: 405,
      statusText: 'Method Not Allowed',
      headers: { 'content-type': 'text/plain;charset=UTF-8', allow: 'PUT' },
      body: `The method[GET] is not allowed for the path[/zstack/v1/vm-instances/${RUNNING_VM}/actions]`,
    });
  });

  it('answers 405 to every method but GET on a job', () => {
    const { send } = setUp();
    const answer = send('DELETE', `/zstack/v1/api-jobs/${JOB_ID}`);
    expect([answer.status, answer.body]).toEqual([405, 'only GET method is allowed for querying job status']);
  });

  it('answers 404 in plain text for a job it never had', () => {
    const { send } = setUp();
    const answer = send('GET', `/zstack/v1/api-jobs/${JOB_ID}`);
    expect([answer.status, answer.headers['content-type'], answer.body]).toEqual([
      404,
      'text/plain;charset=UTF-8',
      'the job has been expired',
    ]);
  });
});

describe('REST layer checks', () => {
  it("refuses a call without Authorization with 400 missing header 'Authorization'", () => {
    const { send } = setUp();
    const answer = send('PUT', `/zstack/v1/vm-instances/${RUNNING_VM}/actions`, {}, FLATTEN_BODY);
    expect([answer.status, answer.body]).toEqual([400, "missing header 'Authorization'"]);
  });

  it('refuses another scheme than OAuth with 400', () => {
    const { flatten } = setUp();
    const answer = flatten('x', RUNNING_VM, FLATTEN_BODY, { authorization: `Bearer ${JOB_ID}` });
    expect([answer.status, answer.body]).toEqual([400, "Authorization type must be 'OAuth'"]);
  });

  it('refuses a body without the action key, naming the URL as ZStack does, before looking at Authorization', () => {
    const { send } = setUp();
    const answer = send(
      'PUT',
      `/zstack/v1/vm-instances/${RUNNING_VM}/actions`,
      {},
      '{"flattenvminstance":{"full":true}}',
    );
    expect([answer.status, answer.body]).toEqual([
      400,
      `the body doesn't contain action mapping to the URL[/v1/vm-instances/${RUNNING_VM}/actions]`,
    ]);
  });

  it.each([
    ['"x"', 'x'],
    ['1', '1'],
    ['"yes"', 'yes'],
    ['{}', '{}'],
  ])('refuses full: %s with ZStack’s boolean message', (json, shown) => {
    const { flatten, logIn } = setUp();
    const answer = flatten(logIn(), RUNNING_VM, `{"flattenVmInstance":{"full":${json}}}`);
    expect([answer.status, answer.body]).toEqual([
      400,
      `Invalid value for boolean field [full], [${shown}] is not a valid boolean string[true, false].`,
    ]);
  });

  it('takes the strings "true" and "FALSE" for booleans, as ZStack does', () => {
    const { flatten, logIn, poll, advance } = setUp();
    const answer = flatten(logIn(), RUNNING_VM, '{"flattenVmInstance":{"full":"true","dryRun":"FALSE"}}');
    expect(answer.status).toBe(202);
    advance(2000);
    expect(poll(answer).status).toBe(200);
  });

  it('ignores fields it does not know, as Gson does, and takes null for absent', () => {
    const { flatten, logIn } = setUp();
    expect(
      flatten(logIn(), RUNNING_VM, '{"flattenVmInstance":{"full":null,"fast":1},"extra":true,"systemTags":null}')
        .status,
    ).toBe(202);
  });

  it('refuses a value of the wrong type, naming the field', () => {
    const { flatten, logIn } = setUp();
    const answer = flatten(logIn(), RUNNING_VM, '{"flattenVmInstance":{},"systemTags":"a::b"}');
    expect([answer.status, answer.body]).toEqual([
      400,
      'Invalid value for field [systemTags], [a::b] is not a valid list.',
    ]);
  });

  it('answers malformed JSON with 500 and the parser’s message, as ZStack (Gson) does', () => {
    const { flatten, logIn } = setUp();
    const answer = flatten(logIn(), RUNNING_VM, '{"flattenVmInstance":{"full":true}');
    expect(answer.status).toBe(500);
    expect(answer.body).toMatch(/^com\.google\.gson\.stream\.MalformedJsonException: /);
  });

  it('answers a body that is not an object, or none, with 500', () => {
    const { flatten, logIn } = setUp();
    const session = logIn();
    expect(flatten(session, RUNNING_VM, '[]').body).toBe(
      'java.lang.IllegalStateException: Expected BEGIN_OBJECT but was BEGIN_ARRAY at line 1 column 2 path $',
    );
    expect(flatten(session, RUNNING_VM, '')).toMatchObject({ status: 500, body: '' });
  });

  it('uses X-Job-UUID as the job id', () => {
    const { flatten, logIn } = setUp();
    const answer = flatten(logIn(), RUNNING_VM, FLATTEN_BODY, { 'x-job-uuid': JOB_ID });
    expect(JSON.parse(answer.body)).toEqual({
      location: `http://127.0.0.1:8080/zstack/v1/api-jobs/${JOB_ID}`,
      apiTimeout: 129600000,
    });
  });

  it.each(['abc', '01234567-89ab-cdef-0123-456789abcdef', `${JOB_ID.slice(1)}g`])(
    'refuses X-Job-UUID %s with 400',
    (id) => {
      const { flatten, logIn } = setUp();
      const answer = flatten(logIn(), RUNNING_VM, FLATTEN_BODY, { 'x-job-uuid': id });
      expect([answer.status, answer.body]).toEqual([
        400,
        "Invalid header[X-Job-UUID], it must be a UUID with '-' stripped",
      ]);
    },
  );

  it('refuses a job id already in use with 400', () => {
    const { flatten, logIn } = setUp();
    const session = logIn();
    flatten(session, RUNNING_VM, FLATTEN_BODY, { 'x-job-uuid': JOB_ID });
    const answer = flatten(session, RUNNING_VM, FLATTEN_BODY, { 'x-job-uuid': JOB_ID });
    expect([answer.status, answer.body]).toEqual([400, `Duplicate job uuid[${JOB_ID}]`]);
  });

  it('takes X-API-Timeout in seconds and answers a non-number as Long.parseLong fails', () => {
    const { flatten, logIn } = setUp();
    const session = logIn();
    expect(JSON.parse(flatten(session, RUNNING_VM, FLATTEN_BODY, { 'x-api-timeout': '60' }).body).apiTimeout).toBe(
      60000,
    );
    const answer = flatten(session, RUNNING_VM, FLATTEN_BODY, { 'x-api-timeout': 'soon' });
    expect([answer.status, answer.body]).toEqual([500, 'For input string: "soon"']);
  });
});

describe('asynchronous calls', () => {
  it('answers 202 with the job location, 202 {} while it runs, then 200 with the VM', () => {
    const { flatten, logIn, poll, advance, now } = setUp();
    const submitted = flatten(logIn(), RUNNING_VM, FLATTEN_BODY, { 'x-job-uuid': JOB_ID });
    expect(submitted).toEqual({
      status: 202,
      statusText: 'Accepted',
      headers: { 'content-type': 'application/json;charset=UTF-8' },
      body: `{"location":"http://127.0.0.1:8080/zstack/v1/api-jobs/${JOB_ID}","apiTimeout":129600000}`,
    });
    advance(1999);
    expect([poll(submitted).status, poll(submitted).body]).toEqual([202, '{}']);
    advance(1);
    const done = poll(submitted);
    expect(done.status).toBe(200);
    expect(JSON.parse(done.body)).toEqual({ inventory: getExpectedVm({ lastOpDate: formatTimestamp(now()) }) });
  });

  it.each([
    [STOPPED_VM, 'Stopped'],
    [PAUSED_VM, 'Paused'],
  ])('flattens the VM %s in state %s', (uuid, state) => {
    const { flatten, logIn, poll, advance } = setUp();
    const submitted = flatten(logIn(), uuid);
    advance(2000);
    const done = poll(submitted);
    expect(done.status).toBe(200);
    expect(JSON.parse(done.body).inventory).toMatchObject({
      uuid,
      state,
      allVolumes: [expect.objectContaining({ vmInstanceUuid: uuid })],
    });
  });

  it.each([
    [MIGRATING_VM, 'Migrating'],
    [DESTROYED_VM, 'Destroyed'],
  ])('fails the job of VM %s in state %s with SYS.1006 caused by VM.1010', (uuid, state) => {
    const { flatten, logIn, poll } = setUp();
    const done = poll(flatten(logIn(), uuid));
    expect(done.status).toBe(503);
    expect(JSON.parse(done.body)).toEqual(getVmStateError(state, 'FlattenVmInstanceMsg', 'Running, Stopped, Paused'));
  });

  it('fails the job of an unknown VM with SYS.1003 as ZStack words it', () => {
    const { flatten, logIn, poll } = setUp();
    const done = poll(flatten(logIn(), 'ffffffffffffffffffffffffffffffff'));
    expect([done.status, JSON.parse(done.body)]).toEqual([
      503,
      {
        error: {
          code: 'SYS.1003',
          description: 'A resource can not be found',
          details: 'invalid field[uuid], resource[uuid:ffffffffffffffffffffffffffffffff, type:VmInstanceVO] not found',
        },
      },
    ]);
  });

  it('answers a dry run without changing the VM, and keeps what a real run changed', () => {
    const { flatten, logIn, poll, advance, now } = setUp();
    const session = logIn();
    const dry = flatten(session, RUNNING_VM, '{"flattenVmInstance":{"dryRun":true}}');
    advance(2000);
    expect(JSON.parse(poll(dry).body)).toEqual({ inventory: getExpectedVm() });
    const real = flatten(session);
    advance(2000);
    const flattenedAt = formatTimestamp(now());
    poll(real);
    advance(60_000);
    const second = flatten(session, RUNNING_VM, '{"flattenVmInstance":{"dryRun":true}}');
    advance(2000);
    expect(JSON.parse(poll(second).body).inventory.lastOpDate).toBe(flattenedAt);
  });

  it('fails a job on request with a 503 ErrorCode that has a cause', () => {
    const { flatten, logIn, poll, advance } = setUp();
    const submitted = flatten(logIn(), RUNNING_VM, FLATTEN_BODY, {}, true);
    expect(submitted.status).toBe(202);
    advance(2000);
    const done = poll(submitted);
    expect([done.status, JSON.parse(done.body)]).toEqual([
      503,
      {
        error: {
          code: 'SYS.1006',
          description: 'An operation failed',
          details: `failed to handle message[APIFlattenVmInstanceMsg] on resource[uuid:${RUNNING_VM}]`,
          cause: {
            code: 'SYS.1000',
            description: 'An internal error happened in system',
            details: 'the operation failed on the backend (a failure the caller asked the simulator for)',
          },
        },
      },
    ]);
  });

  it('fails a job that outlives its X-API-Timeout with SYS.1001', () => {
    const { flatten, logIn, poll, advance } = setUp();
    const submitted = flatten(logIn(), RUNNING_VM, FLATTEN_BODY, { 'x-api-timeout': '1', 'x-job-uuid': JOB_ID });
    advance(999);
    expect(poll(submitted).status).toBe(202);
    advance(1);
    expect(JSON.parse(poll(submitted).body)).toEqual({
      error: {
        code: 'SYS.1001',
        description: 'A message or a operation timeout',
        details: `Message[name: APIFlattenVmInstanceMsg, id: ${JOB_ID}] timeout after 1 seconds`,
      },
    });
  });

  it('keeps a result 3 hours, then answers 404, and frees the job id', () => {
    const { flatten, logIn, poll, advance } = setUp();
    const session = logIn();
    const submitted = flatten(session, RUNNING_VM, FLATTEN_BODY, { 'x-job-uuid': JOB_ID });
    advance(2000 + 3 * 3_600_000 - 1);
    expect(poll(submitted).status).toBe(200);
    advance(1);
    expect([poll(submitted).status, poll(submitted).body]).toEqual([404, 'the job has been expired']);
    expect(flatten(session, RUNNING_VM, FLATTEN_BODY, { 'x-job-uuid': JOB_ID }).status).toBe(202);
  });
});

describe('sessions', () => {
  it('logs in with the SHA-512 of the password and issues a session of 2 hours', () => {
    const { send } = setUp();
    const answer = send('PUT', '/zstack/v1/accounts/login', {}, LOGIN_BODY);
    const { inventory } = JSON.parse(answer.body);
    expect(answer.status).toBe(200);
    expect(inventory).toEqual({
      uuid: expect.stringMatching(/^[0-9a-f]{32}$/),
      accountUuid: '36c27e8ff05c4780bf6d2fa65700f22e',
      userUuid: '36c27e8ff05c4780bf6d2fa65700f22e',
      createDate: 'Nov 26, 2026 10:00:00 PM',
      expiredDate: 'Nov 27, 2026 12:00:00 AM',
    });
  });

  it('refuses a wrong password with the description’s 503 example', () => {
    const { send } = setUp();
    const answer = send(
      'PUT',
      '/zstack/v1/accounts/login',
      {},
      JSON.stringify({ logInByAccount: { accountName: 'admin', password: PASSWORD.replace(/^./, '0') } }),
    );
    expect([answer.status, JSON.parse(answer.body)]).toEqual([
      503,
      {
        error: {
          code: 'ID.1000',
          description: 'Unable to authenticate a user',
          details: 'wrong account name or password',
        },
      },
    ]);
  });

  it('refuses a login without a password with SYS.1007', () => {
    const { send } = setUp();
    const answer = send('PUT', '/zstack/v1/accounts/login', {}, '{"logInByAccount":{"accountName":"admin"}}');
    expect([answer.status, JSON.parse(answer.body).error]).toEqual([
      503,
      {
        code: 'SYS.1007',
        description: 'One or more API argument is invalid',
        details: 'field[password] of message[APILogInByAccountMsg] is mandatory, can not be null',
      },
    ]);
  });

  it('fails the job with ID.1001 after logging out, never with 401', () => {
    const { send, logIn, flatten, poll } = setUp();
    const session = logIn();
    expect(send('DELETE', `/zstack/v1/accounts/sessions/${session}`)).toMatchObject({ status: 200, body: '{}' });
    const submitted = flatten(session);
    expect(submitted.status).toBe(202);
    expect([poll(submitted).status, JSON.parse(poll(submitted).body)]).toEqual([
      503,
      {
        error: {
          code: 'ID.1001',
          description: 'The session is invalid, either wrong session id or the session has been expired',
          details: 'Session expired',
        },
      },
    ]);
  });

  it('ends a session when its time is up', () => {
    const { logIn, flatten, poll, advance } = setUp({ sessionTtlMs: 1000 });
    const session = logIn();
    advance(1001);
    expect(JSON.parse(poll(flatten(session)).body).error.code).toBe('ID.1001');
  });

  it('takes only its own sessions when strict', () => {
    const { flatten, poll } = setUp();
    expect(JSON.parse(poll(flatten(JOB_ID)).body).error.code).toBe('ID.1001');
  });

  it('takes any 32-hex session that was not logged out when lenient', () => {
    const { flatten, poll, send, advance } = setUp({ strictSessions: false });
    const own = flatten(JOB_ID);
    advance(2000);
    expect(poll(own).status).toBe(200);
    expect(JSON.parse(poll(flatten('<session-uuid>')).body).error.code).toBe('ID.1001');
    send('DELETE', `/zstack/v1/accounts/sessions/${JOB_ID}`);
    expect(JSON.parse(poll(flatten(JOB_ID)).body).error.code).toBe('ID.1001');
  });
});

describe('answers', () => {
  function breakFlattenSchema() {
    return operations.map((op) => {
      if (op.operationId !== 'FlattenVmInstance') return op;
      const responses = op.responses.map((r) =>
        r.phase === 'job' && r.status === '200'
          ? { ...r, schema: { ...r.schema, required: ['inventory', 'somethingElse'] } }
          : r,
      );
      return { ...op, responses };
    });
  }

  it('throws when it builds an answer the description calls impossible', () => {
    const engine = new ZStackEngine(breakFlattenSchema(), {
      baseUrl: 'http://127.0.0.1:8080',
      seed: 'examples',
      strictSessions: false,
      jobDurationMs: 0,
      throwOnImpossibleAnswer: true,
    });
    const headers = { authorization: `OAuth ${JOB_ID}` };
    engine.handle({ method: 'PUT', url: `/zstack/v1/vm-instances/${RUNNING_VM}/actions`, headers, body: FLATTEN_BODY });
    expect(() => engine.handle({ method: 'GET', url: '/zstack/v1/nothing', headers: {} })).toThrow(
      ImpossibleAnswerError,
    );
  });

  it('answers such a job with a 500 ErrorCode otherwise', () => {
    const engine = new ZStackEngine(breakFlattenSchema(), {
      baseUrl: 'http://127.0.0.1:8080',
      seed: 'examples',
      strictSessions: false,
      jobDurationMs: 0,
    });
    const headers = { authorization: `OAuth ${JOB_ID}`, 'x-job-uuid': JOB_ID };
    engine.handle({ method: 'PUT', url: `/zstack/v1/vm-instances/${RUNNING_VM}/actions`, headers, body: FLATTEN_BODY });
    const answer = engine.handle({ method: 'GET', url: `/zstack/v1/api-jobs/${JOB_ID}`, headers: {} });
    expect([answer.status, JSON.parse(answer.body).error]).toEqual([
      500,
      {
        code: 'SYS.1000',
        description: 'An internal error happened in system',
        details: "FlattenVmInstance 200 does not match its schema: / must have required property 'somethingElse'",
      },
    ]);
  });

  it('fails every VM call with SYS.1003 when nothing seeded the store', () => {
    const engine = new ZStackEngine(operations, {
      baseUrl: 'http://127.0.0.1:8080',
      strictSessions: false,
      throwOnImpossibleAnswer: true,
    });
    const headers = { authorization: `OAuth ${JOB_ID}`, 'x-job-uuid': JOB_ID };
    engine.handle({ method: 'PUT', url: `/zstack/v1/vm-instances/${RUNNING_VM}/actions`, headers, body: FLATTEN_BODY });
    const answer = engine.handle({ method: 'GET', url: `/zstack/v1/api-jobs/${JOB_ID}`, headers: {} });
    expect(JSON.parse(answer.body).error.code).toBe('SYS.1003');
  });
});
