import { readFile } from 'node:fs/promises';
import { Validator } from '@seriousme/openapi-schema-validator';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { ZStackEngine, type EngineOperation } from '../../../../src/lib/mock/engine';
import { checkQueryParameters } from '../../../../src/lib/mock/query-parameters';
import type { FieldNode } from '../../../../src/lib/openapi/schema';
import {
  DESTROYED_VM,
  getVmStateError,
  LOGIN_BODY,
  loadEngineOperations,
  makeTestEngine,
  MIGRATING_VM,
  ROOT,
  RUNNING_VM,
  STOPPED_VM,
} from './mock-helpers';

const HOST = '01dd8eacdf0b3b809f420fad019b4359';
const LAST_HOST = '3462e6ec5e333d5f958c029bc9678610';
const ALL_NAMES = ['Test-VM', 'Test-VM-Stopped', 'Test-VM-Paused', 'Test-VM-Migrating', 'Test-VM-Destroyed'];

let operations: EngineOperation[];

beforeAll(async () => {
  operations = await loadEngineOperations();
});

/** An engine on an injected clock, logged in, with verbs for the lifecycle APIs. */
function setUp() {
  let now = new Date(2026, 10, 26, 22, 0, 0).getTime();
  const engine = makeTestEngine(operations, () => now);
  const send = (method: string, url: string, body?: string, fail = false, auth = true) => {
    const headers: Record<string, string> = auth ? { authorization: `OAuth ${session}` } : {};
    return engine.handle(body === undefined ? { method, url, headers } : { method, url, headers, body }, { fail });
  };
  const login = engine.handle({ method: 'PUT', url: '/zstack/v1/accounts/login', headers: {}, body: LOGIN_BODY });
  const session = JSON.parse(login.body).inventory.uuid as string;
  const query = (search: string) => {
    const answer = send('GET', `/zstack/v1/vm-instances${search}`);
    return {
      status: answer.status,
      body: answer.status === 200 || answer.status === 503 ? JSON.parse(answer.body) : answer.body,
    };
  };
  const names = (search: string) => (query(search).body.inventories as Array<{ name: string }>).map((vm) => vm.name);
  const vm = (uuid: string) => query(`?q=uuid=${uuid}`).body.inventories[0] as Record<string, unknown>;
  const act = (uuid: string, body: unknown, fail = false) =>
    send('PUT', `/zstack/v1/vm-instances/${uuid}/actions`, JSON.stringify(body), fail);
  const poll = (answer: { body: string }) => {
    const result = send('GET', new URL(JSON.parse(answer.body).location as string).pathname);
    return { status: result.status, body: JSON.parse(result.body) };
  };
  return { send, query, names, vm, act, poll, advance: (ms: number) => void (now += ms) };
}

function getExample(operationId: string, phase: 'submit' | 'job', status: string): unknown {
  return operations
    .find((o) => o.operationId === operationId)!
    .responses.find((r) => r.phase === phase && r.status === status)!.example;
}

describe('the lifecycle description', () => {
  it.each(['zstack-vm-lifecycle', 'zstack-vm-stop', 'zstack-vm-reboot'])(
    'is valid OpenAPI 3.1 for a standard validator: %s.yaml',
    async (name) => {
      const result = await new Validator().validate(parse(await readFile(`${ROOT}openapi/${name}.yaml`, 'utf8')));
      expect(result.errors).toBeUndefined();
    },
  );
});

describe('QueryVmInstance', () => {
  it('answers the example request with the example answer', () => {
    const { query } = setUp();
    expect(query('?q=state=Running&replyWithCount=true')).toEqual({
      status: 200,
      body: getExample('QueryVmInstance', 'submit', '200'),
    });
  });

  it('lists every VM, in the order the store holds them, without conditions', () => {
    expect(setUp().names('')).toEqual(ALL_NAMES);
  });

  it.each([
    ['state!=Running', ['Test-VM-Stopped', 'Test-VM-Paused', 'Test-VM-Migrating', 'Test-VM-Destroyed']],
    ['state?=Stopped,Paused', ['Test-VM-Stopped', 'Test-VM-Paused']],
    ['state!?=Running,Destroyed', ['Test-VM-Stopped', 'Test-VM-Paused', 'Test-VM-Migrating']],
    ['name~=test-vm-%ed', ['Test-VM-Stopped', 'Test-VM-Paused', 'Test-VM-Destroyed']],
    ['name~=Test-VM-Pause_', ['Test-VM-Paused']],
    ['name!~=Test-VM-%', ['Test-VM']],
    ['hostUuid is null', ['Test-VM-Stopped', 'Test-VM-Destroyed']],
    ['hostUuid not null', ['Test-VM', 'Test-VM-Paused', 'Test-VM-Migrating']],
    ['hostUuid=null', ['Test-VM-Stopped', 'Test-VM-Destroyed']],
    [`hostUuid!=${HOST}`, []],
    ['vmNics.ip=192.168.1.12', ['Test-VM-Paused']],
    ['allVolumes.size>=107374182400', ALL_NAMES],
    ['cpuNum>1', []],
    ['cpuNum<=1', ALL_NAMES],
    ['createDate<2017-11-15 00:00:00', ALL_NAMES],
    ['createDate>2017-11-15 00:00:00', []],
  ])('filters with q=%s', (condition, expected) => {
    expect(setUp().names(`?q=${encodeURIComponent(condition)}`)).toEqual(expected);
  });

  it('joins repeated q conditions with and', () => {
    expect(setUp().names('?q=state!=Running&q=hostUuid%20not%20null')).toEqual(['Test-VM-Paused', 'Test-VM-Migrating']);
  });

  it('sorts with sort=+name and sort=-name', () => {
    const { names } = setUp();
    expect(names('?sort=%2Bname')).toEqual([...ALL_NAMES].sort());
    expect(names('?sort=-name')).toEqual([...ALL_NAMES].sort().reverse());
  });

  it('pages with start and limit, and counts every match with replyWithCount', () => {
    const { query } = setUp();
    const { body } = query('?sort=name&start=1&limit=2&replyWithCount=true');
    expect([body.inventories.map((vm: { name: string }) => vm.name), body.total]).toEqual([
      ['Test-VM-Destroyed', 'Test-VM-Migrating'],
      5,
    ]);
  });

  it('answers only the number of matches with count=true, and takes any other value for false', () => {
    const { query, names } = setUp();
    expect(query('?count=true&q=state=Running')).toEqual({ status: 200, body: { total: 1 } });
    expect(names('?count=yes&q=state=Running')).toEqual(['Test-VM']);
  });

  it('answers only the fields asked for', () => {
    const { query } = setUp();
    expect(query('?fields=name,state&q=state?=Running,Paused').body).toEqual({
      inventories: [
        { name: 'Test-VM', state: 'Running' },
        { name: 'Test-VM-Paused', state: 'Paused' },
      ],
    });
  });

  it('keeps one VM per value of groupBy', () => {
    expect(setUp().names('?groupBy=hypervisorType')).toEqual(['Test-VM']);
  });

  it('answers GET /vm-instances/{uuid} with that VM alone, ignoring the other parameters, and an empty list for an unknown uuid', () => {
    const { send } = setUp();
    const one = send('GET', `/zstack/v1/vm-instances/${STOPPED_VM}?limit=x&q=nothing`);
    expect([one.status, JSON.parse(one.body).inventories.map((vm: { uuid: string }) => vm.uuid)]).toEqual([
      200,
      [STOPPED_VM],
    ]);
    expect(JSON.parse(send('GET', '/zstack/v1/vm-instances/00000000000000000000000000000000').body)).toEqual({
      inventories: [],
    });
  });

  it('refuses a condition without an operator and a limit that is not an integer with ZStack’s plain-text 400', () => {
    const { query } = setUp();
    expect(query('?q=state')).toEqual({
      status: 400,
      body: "Invalid query parameter. The 'state' in the parameter[q] doesn't contain any query operator. Valid query operators are [!=, >=, <=, !?=, !~=, ~=, ?=, =, >, <, is null, not null]",
    });
    expect(query('?limit=ten')).toEqual({ status: 400, body: "Invalid query parameter. 'limit' must be an integer" });
  });

  it('fails a condition on a field the inventory lacks with SYS.1007, and a nested sort field with SYS.1000', () => {
    const { query } = setUp();
    expect(query('?q=nmae=vm1')).toEqual({ status: 503, body: getExample('QueryVmInstance', 'submit', '503') });
    expect(query('?sort=vmNics').body.error.details).toBe(
      "illegal sortBy[vmNics], entity[VmInstanceVO] doesn't have this field",
    );
  });

  it("refuses a query without Authorization with 400 missing header 'Authorization'", () => {
    const answer = setUp().send('GET', '/zstack/v1/vm-instances', undefined, false, false);
    expect([answer.status, answer.body]).toEqual([400, "missing header 'Authorization'"]);
  });
});

describe('state transitions', () => {
  it('starts a Stopped VM: Starting while the job runs, then Running on its last host', () => {
    const { act, poll, vm, advance } = setUp();
    const submitted = act(STOPPED_VM, { startVmInstance: {} });
    expect(submitted.status).toBe(202);
    expect([poll(submitted).status, vm(STOPPED_VM)['state']]).toEqual([202, 'Starting']);
    advance(2000);
    const { status, body } = poll(submitted);
    expect([status, body.inventory.state, body.inventory.hostUuid]).toEqual([200, 'Running', LAST_HOST]);
    expect(vm(STOPPED_VM)['state']).toBe('Running');
  });

  it('starts a VM on the host the call names', () => {
    const { act, poll, advance } = setUp();
    const submitted = act(STOPPED_VM, { startVmInstance: { hostUuid: 'aaaabbbbccccddddeeeeffff00001111' } });
    advance(2000);
    expect(poll(submitted).body.inventory.hostUuid).toBe('aaaabbbbccccddddeeeeffff00001111');
  });

  it('stops a Running VM: Stopping, then Stopped without a host, the host kept as lastHostUuid', () => {
    const { act, poll, vm, advance } = setUp();
    const submitted = act(RUNNING_VM, { stopVmInstance: { type: 'cold' } });
    expect(vm(RUNNING_VM)['state']).toBe('Stopping');
    advance(2000);
    const { inventory } = poll(submitted).body;
    expect([inventory.state, inventory.hostUuid, inventory.lastHostUuid]).toEqual(['Stopped', undefined, HOST]);
  });

  it('stops a Stopped VM without changing it', () => {
    const { act, poll, vm, advance } = setUp();
    const submitted = act(STOPPED_VM, { stopVmInstance: {} });
    expect(vm(STOPPED_VM)['state']).toBe('Stopped');
    advance(2000);
    expect(poll(submitted).body.inventory.state).toBe('Stopped');
  });

  it('reboots a Running VM, whose action has no parameters: Rebooting, then Running', () => {
    const { act, poll, vm, advance } = setUp();
    const submitted = act(RUNNING_VM, { rebootVmInstance: {} });
    expect([submitted.status, vm(RUNNING_VM)['state']]).toEqual([202, 'Rebooting']);
    advance(2000);
    expect(poll(submitted).body.inventory.state).toBe('Running');
  });

  it('fails the job with 503 and the allowed states when the VM is in another state', () => {
    const { act, poll } = setUp();
    expect(poll(act(STOPPED_VM, { rebootVmInstance: {} }))).toEqual({
      status: 503,
      body: getVmStateError('Stopped', 'APIRebootVmInstanceMsg', 'NoState, Running, Crashed'),
    });
    expect(poll(act(MIGRATING_VM, { startVmInstance: {} }))).toEqual({
      status: 503,
      body: getVmStateError('Migrating', 'APIStartVmInstanceMsg', 'Created, Running, Stopped, Crashed'),
    });
  });

  it('puts the VM back in its state when the job fails', () => {
    const { act, poll, vm, advance } = setUp();
    const submitted = act(STOPPED_VM, { startVmInstance: {} }, true);
    expect(vm(STOPPED_VM)['state']).toBe('Starting');
    advance(2000);
    expect([poll(submitted).status, vm(STOPPED_VM)['state']]).toEqual([503, 'Stopped']);
  });

  it('fails a value outside the enum in the API, with SYS.1007, as ZStack’s API layer does (not its REST layer)', () => {
    const { act, poll, vm } = setUp();
    const submitted = act(RUNNING_VM, { stopVmInstance: { type: 'warm' } });
    expect(submitted.status).toBe(202);
    expect(poll(submitted)).toEqual({
      status: 503,
      body: {
        error: {
          code: 'SYS.1007',
          description: 'One or more API argument is invalid',
          details: 'valid value for field[type] of message[APIStopVmInstanceMsg] are [grace, cold], but warm found',
        },
      },
    });
    expect(vm(RUNNING_VM)['state']).toBe('Running');
  });
});

describe('a page’s panel', () => {
  it('answers StopVmInstance from its own example when the engine holds no other VM operation', () => {
    const own = operations.filter((o) =>
      ['StopVmInstance', 'LogInByAccount', 'GetApiJobResult'].includes(o.operationId),
    );
    const engine = new ZStackEngine(own, {
      baseUrl: 'http://localhost:8080',
      seed: 'examples',
      throwOnImpossibleAnswer: true,
      jobDurationMs: 0,
    });
    const headers = { authorization: 'OAuth 0123456789abcdef0123456789abcdef' };
    const submitted = engine.handle({
      method: 'PUT',
      url: `/zstack/v1/vm-instances/${RUNNING_VM}/actions`,
      headers,
      body: '{"stopVmInstance":{"type":"grace"}}',
    });
    const done = engine.handle({
      method: 'GET',
      url: new URL(JSON.parse(submitted.body).location).pathname,
      headers: {},
    });
    expect([done.status, JSON.parse(done.body).inventory.state]).toEqual([200, 'Stopped']);
  });
});

describe('DestroyVmInstance', () => {
  it('destroys a Running VM: Destroying, then {} and the VM Destroyed without a host', () => {
    const { send, poll, vm, advance } = setUp();
    const submitted = send('DELETE', `/zstack/v1/vm-instances/${RUNNING_VM}`);
    expect([submitted.status, vm(RUNNING_VM)['state']]).toEqual([202, 'Destroying']);
    advance(2000);
    expect(poll(submitted)).toEqual({ status: 200, body: {} });
    expect([vm(RUNNING_VM)['state'], vm(RUNNING_VM)['hostUuid'], vm(RUNNING_VM)['lastHostUuid']]).toEqual([
      'Destroyed',
      undefined,
      HOST,
    ]);
  });

  it('refuses to destroy a Destroyed VM, and destroys an unknown uuid with success', () => {
    const { send, poll } = setUp();
    expect(poll(send('DELETE', `/zstack/v1/vm-instances/${DESTROYED_VM}`))).toEqual({
      status: 503,
      body: getExample('DestroyVmInstance', 'job', '503'),
    });
    expect(poll(send('DELETE', '/zstack/v1/vm-instances/00000000000000000000000000000000'))).toEqual({
      status: 200,
      body: {},
    });
  });

  it('fails a failed deletion with SYS.1004 in Permissive mode (the default) and keeps the VM', () => {
    const { send, poll, vm, advance } = setUp();
    const submitted = send('DELETE', `/zstack/v1/vm-instances/${RUNNING_VM}`, undefined, true);
    advance(2000);
    const { status, body } = poll(submitted);
    expect([status, body.error.code, body.error.description, body.error.cause.code]).toEqual([
      503,
      'SYS.1004',
      'Unable to delete a resource',
      'SYS.1000',
    ]);
    expect(vm(RUNNING_VM)['state']).toBe('Running');
  });

  it('ignores the failure in Enforcing mode', () => {
    const { send, poll, vm, advance } = setUp();
    const submitted = send('DELETE', `/zstack/v1/vm-instances/${RUNNING_VM}?deleteMode=Enforcing`, undefined, true);
    advance(2000);
    expect([poll(submitted).status, vm(RUNNING_VM)['state']]).toEqual([200, 'Destroyed']);
  });

  it('fails an unknown deleteMode with SYS.1007, and refuses two of them with a plain-text 400', () => {
    const { send, poll } = setUp();
    expect(poll(send('DELETE', `/zstack/v1/vm-instances/${RUNNING_VM}?deleteMode=Gentle`)).body.error.details).toBe(
      'valid value for field[deleteMode] of message[APIDestroyVmInstanceMsg] are [Permissive, Enforcing], but Gentle found',
    );
    const twice = send('DELETE', `/zstack/v1/vm-instances/${RUNNING_VM}?deleteMode=Enforcing&deleteMode=Permissive`);
    expect([twice.status, twice.headers['content-type'], twice.body]).toEqual([
      400,
      'text/plain;charset=UTF-8',
      'Invalid query parameter[deleteMode], only one value is allowed for the parameter but multiple values found',
    ]);
  });

  it('takes repeated systemTags, a list parameter', () => {
    expect(setUp().send('DELETE', `/zstack/v1/vm-instances/${RUNNING_VM}?systemTags=a::b&systemTags=c::d`).status).toBe(
      202,
    );
  });
});

describe('GetVmConsoleAddress', () => {
  it('answers the example for a Running VM at once, without touching the VM', () => {
    const { send, vm } = setUp();
    const before = vm(RUNNING_VM);
    const answer = send('GET', `/zstack/v1/vm-instances/${RUNNING_VM}/console-addresses`);
    expect([answer.status, JSON.parse(answer.body)]).toEqual([200, getExample('GetVmConsoleAddress', 'submit', '200')]);
    expect(vm(RUNNING_VM)).toEqual(before);
  });

  it('fails for a Stopped VM with 503 and the allowed states', () => {
    const answer = setUp().send('GET', `/zstack/v1/vm-instances/${STOPPED_VM}/console-addresses`);
    expect([answer.status, JSON.parse(answer.body)]).toEqual([
      503,
      getVmStateError('Stopped', 'APIGetVmConsoleAddressMsg', 'Running, Crashed'),
    ]);
  });
});

describe('checkQueryParameters', () => {
  const param = (name: string, type: string, extra: Partial<FieldNode> = {}): FieldNode => ({
    id: `query.${name}`,
    name,
    type,
    required: false,
    description: '',
    deprecated: false,
    children: [],
    ...extra,
  });
  const op = {
    parameters: {
      path: [],
      query: [
        param('full', 'Boolean'),
        param('size', 'Long'),
        param('mode', 'String', { enumValues: ['A', 'B'], defaultValue: '"A"' }),
        param('tags', 'List<String>'),
      ],
      header: [],
    },
  } as unknown as EngineOperation;

  it('types the values and fills in the defaults', () => {
    expect(checkQueryParameters(op, new URLSearchParams('full=TRUE&size=10&tags=x&tags=y'))).toEqual([
      null,
      { values: { full: true, size: 10, mode: 'A', tags: ['x', 'y'] } },
    ]);
  });

  it('refuses a boolean that is not true/false and an integer that is not whole with ZStack’s plain-text 400', () => {
    expect(checkQueryParameters(op, new URLSearchParams('full=yes'))[0]?.body).toBe(
      'Invalid value for boolean field [full], [yes] is not a valid boolean string[true, false].',
    );
    expect(checkQueryParameters(op, new URLSearchParams('size=1.5'))[0]?.body).toBe(
      '[size] field is excepted an int or long, but was [1.5].',
    );
  });

  it('leaves a value outside the enum to the API', () => {
    expect(checkQueryParameters(op, new URLSearchParams('mode=C'))[1]?.invalid).toEqual({
      field: 'mode',
      allowed: ['A', 'B'],
      value: 'C',
    });
  });
});
