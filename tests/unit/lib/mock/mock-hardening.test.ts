import { beforeAll, describe, expect, it } from 'vitest';
import type { EngineOperation } from '../../../../src/lib/mock/engine';
import { MAX_BODY_DEPTH } from '../../../../src/lib/mock/request-checks';
import { LOGIN_BODY, loadEngineOperations, makeTestEngine } from './mock-helpers';

let operations: EngineOperation[];

beforeAll(async () => {
  operations = await loadEngineOperations();
});

/** A logged-in engine on a fixed clock, and a query of its VMs. */
function setUp() {
  const engine = makeTestEngine(operations, () => new Date(2026, 10, 26, 22, 0, 0).getTime());
  const login = engine.handle({ method: 'PUT', url: '/zstack/v1/accounts/login', headers: {}, body: LOGIN_BODY });
  const headers = { authorization: `OAuth ${JSON.parse(login.body).inventory.uuid as string}` };
  const query = (search: string) => engine.handle({ method: 'GET', url: `/zstack/v1/vm-instances${search}`, headers });
  return { engine, headers, query };
}

describe('the engine under hostile queries', () => {
  it('answers a ~= condition of many % at once, without blocking the event loop', () => {
    const { query } = setUp();
    expect(query('?q=name~=Test-VM%').status).toBe(200);
    const started = performance.now();
    // Every _ fits anywhere in a 32-digit uuid and the final z nowhere: a backtracking matcher tries every placement.
    const answer = query(`?q=${encodeURIComponent(`uuid~=${'%_'.repeat(10)}%z`)}`);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).inventories).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1_000);
  }, 30_000);
});

/** A login whose account name is a list nested `depth` deep, with brackets inside strings that must not count. */
function makeNestedLogin(depth: number): string {
  return `{"logInByAccount":{"accountName":${'['.repeat(depth - 2)}"[[{{"${']'.repeat(depth - 2)},"password":"x"}}`;
}

describe('the engine under deeply nested bodies', () => {
  it('refuses a body nested 20,000 deep with a plain-text 400 before validating it', () => {
    const { engine } = setUp();
    const answer = engine.handle({
      method: 'PUT',
      url: '/zstack/v1/accounts/login',
      headers: {},
      body: makeNestedLogin(20_000),
    });
    expect([answer.status, answer.headers['content-type'], answer.body]).toEqual([
      400,
      'text/plain;charset=UTF-8',
      `Invalid request body, the JSON is nested more than ${MAX_BODY_DEPTH} levels deep`,
    ]);
  });

  it('takes a body at the depth limit to the parameter checks, and one level more to the refusal', () => {
    const { engine } = setUp();
    const login = (depth: number) =>
      engine.handle({ method: 'PUT', url: '/zstack/v1/accounts/login', headers: {}, body: makeNestedLogin(depth) });
    expect(login(MAX_BODY_DEPTH).body).toMatch(/^Invalid value for field \[logInByAccount\.accountName\]/);
    expect(login(MAX_BODY_DEPTH + 1).status).toBe(400);
    expect(login(MAX_BODY_DEPTH + 1).body).toMatch(/nested more than/);
  });
});

describe('the engine and names its objects inherit', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'vmNics.constructor', 'name.length'])(
    'refuses the query field %s as unknown, with SYS.1007',
    (field) => {
      const answer = setUp().query(`?q=${encodeURIComponent(`${field}!=x`)}`);
      expect(answer.status).toBe(503);
      expect(JSON.parse(answer.body).error).toMatchObject({
        code: 'SYS.1007',
        details: `condition name[${field}] is invalid, no such field on inventory class[VmInstanceInventory]`,
      });
    },
  );

  it('takes a body key __proto__ as an unknown field, not as the parameters’ prototype', () => {
    const { engine } = setUp();
    const body = JSON.stringify({
      logInByAccount: JSON.parse(`{"__proto__":${LOGIN_BODY.slice(LOGIN_BODY.indexOf(':') + 1, -1)}}`),
    });
    expect(body).toContain('"__proto__":{"accountName":"admin"');
    const answer = engine.handle({ method: 'PUT', url: '/zstack/v1/accounts/login', headers: {}, body });
    expect([answer.status, JSON.parse(answer.body).error.details]).toEqual([
      503,
      'field[accountName] of message[APILogInByAccountMsg] is mandatory, can not be null',
    ]);
  });

  it('finds no Authorization header in a prototype', () => {
    const { engine } = setUp();
    const headers = Object.create({ authorization: 'OAuth 0123456789abcdef0123456789abcdef' }) as Record<
      string,
      string
    >;
    const answer = engine.handle({ method: 'GET', url: '/zstack/v1/vm-instances', headers });
    expect([answer.status, answer.body]).toEqual([400, "missing header 'Authorization'"]);
  });
});
