import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpecDir } from '../../../src/lib/openapi/load';
import type { OperationModel } from '../../../src/lib/openapi/operation';
import { makeRequest } from '../../../src/lib/request/model';
import { startSimulator, type Simulator } from '../../../src/simulator/server';
import { LOGIN_BODY, PAUSED_VM, ROOT, RUNNING_VM, STOPPED_VM } from '../../unit/lib/mock/mock-helpers';

let simulator: Simulator;
let operations: OperationModel[];
let session: string;

beforeAll(async () => {
  simulator = await startSimulator({ port: 0, jobDurationMs: 50 });
  const [error, set] = await loadSpecDir(`${ROOT}openapi`, ROOT);
  if (error) throw error;
  operations = set.operations;
  const login = await fetch(`${simulator.url}/zstack/v1/accounts/login`, { method: 'PUT', body: LOGIN_BODY });
  session = (await login.json()).inventory.uuid;
});

afterAll(() => simulator.close());

/** Sends the request the panel and the samples build for an operation, to the simulator. */
function call(operationId: string, values: Parameters<typeof makeRequest>[1]) {
  const request = makeRequest(
    operations.find((o) => o.operationId === operationId)!,
    { ...values, session, baseUrl: simulator.url },
  );
  return fetch(request.url, {
    method: request.method,
    headers: request.headers,
    ...(request.body === undefined ? {} : { body: request.body }),
  });
}

/** Polls a job location as the SDKs do (faster), until it stops answering 202. */
async function settle(response: Response): Promise<Response> {
  expect(response.status).toBe(202);
  const { location } = await response.json();
  for (;;) {
    const polled = await fetch(location);
    if (polled.status !== 202) return polled;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function getState(uuid: string): Promise<string> {
  const response = await call('QueryVmInstanceByUuid', { path: { uuid } });
  return (await response.json()).inventories[0].state;
}

describe('the simulator’s VM lifecycle', () => {
  it('answers a query with repeated q conditions, as the request model sends them', async () => {
    const response = await call('QueryVmInstance', {
      query: { q: ['hostUuid not null', 'name~=Test-VM-%'], sort: '-name', replyWithCount: true },
    });
    const body = await response.json();
    expect(response.headers.get('content-type')).toBe('application/json;charset=UTF-8');
    expect([body.inventories.map((vm: { name: string }) => vm.name), body.total]).toEqual([
      ['Test-VM-Paused', 'Test-VM-Migrating'],
      2,
    ]);
  });

  it('refuses a limit that is not an integer with a plain-text 400', async () => {
    const response = await call('QueryVmInstance', { query: { limit: 'ten' } });
    expect([response.status, response.headers.get('content-type'), await response.text()]).toEqual([
      400,
      'text/plain;charset=UTF-8',
      "Invalid query parameter. 'limit' must be an integer",
    ]);
  });

  it('stops the example VM and starts it again, through the jobs', async () => {
    const stopped = await settle(await call('StopVmInstance', { path: { uuid: RUNNING_VM } }));
    expect([stopped.status, (await stopped.json()).inventory.state, await getState(RUNNING_VM)]).toEqual([
      200,
      'Stopped',
      'Stopped',
    ]);
    const started = await settle(await call('StartVmInstance', { path: { uuid: RUNNING_VM } }));
    expect([started.status, (await started.json()).inventory.hostUuid, await getState(RUNNING_VM)]).toEqual([
      200,
      '01dd8eacdf0b3b809f420fad019b4359',
      'Running',
    ]);
  });

  it('answers the console address of a Stopped VM with 503 and the allowed states', async () => {
    const response = await call('GetVmConsoleAddress', { path: { uuid: STOPPED_VM } });
    expect([response.status, (await response.json()).error.cause.code]).toEqual([503, 'VM.1010']);
  });

  it('destroys a Paused VM with deleteMode=Enforcing in the query string, then finds it Destroyed', async () => {
    const destroyed = await settle(
      await call('DestroyVmInstance', { path: { uuid: PAUSED_VM }, query: { deleteMode: 'Enforcing' } }),
    );
    expect([destroyed.status, await destroyed.json(), await getState(PAUSED_VM)]).toEqual([200, {}, 'Destroyed']);
    const again = await settle(await call('DestroyVmInstance', { path: { uuid: PAUSED_VM } }));
    expect([again.status, (await again.json()).error.details]).toEqual([
      503,
      "current vm instance state[Destroyed] doesn't allow to proceed message[org.zstack.header.vm.APIDestroyVmInstanceMsg], allowed states are [Running, Stopped, Unknown, Crashed, Starting, Migrating, VolumeMigrating, Stopping, Rebooting, Paused, Pausing, Resuming]",
    ]);
  });
});
