import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../../src/simulator/server';
import { LOGIN_BODY, ROOT } from '../../unit/lib/mock/mock-helpers';

let simulator: Simulator;
let session: string;
let dir: string;

beforeAll(async () => {
  // The hand-written documents (for LogInByAccount and the job API) beside a generated one.
  dir = await mkdtemp(join(tmpdir(), 'spec-generated-'));
  await cp(join(ROOT, 'openapi'), dir, { recursive: true });
  await cp(join(ROOT, 'tests/fixtures/generated/generated/things.yaml'), join(dir, 'generated/things.yaml'), {
    recursive: true,
  });
  simulator = await startSimulator({ port: 0, jobDurationMs: 20, specDir: dir });
  const login = await fetch(`${simulator.apiUrl}/accounts/login`, { method: 'PUT', body: LOGIN_BODY });
  session = ((await login.json()) as { inventory: { uuid: string } }).inventory.uuid;
}, 60_000);

afterAll(async () => {
  await simulator.close();
  await rm(dir, { recursive: true, force: true });
});

function send(method: string, path: string, body?: unknown) {
  return fetch(`${simulator.apiUrl}${path}`, {
    method,
    headers: { Authorization: `OAuth ${session}` },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function settle(response: Response): Promise<Response> {
  expect(response.status).toBe(202);
  const { location } = (await response.json()) as { location: string };
  for (let i = 0; i < 200; i++) {
    const polled = await fetch(location);
    if (polled.status !== 202) return polled;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the job never ended');
}

async function names() {
  const answer = await send('GET', '/things?q=name~=sim-%');
  return ((await answer.json()) as { inventories: Array<{ name: string }> }).inventories.map((i) => i.name);
}

describe('the simulator on a generated document', () => {
  it('keeps a created resource for the query until its DELETE', async () => {
    const created = await settle(await send('POST', '/things', { params: { name: 'sim-1' } }));
    expect(created.status).toBe(200);
    const { inventory } = (await created.json()) as { inventory: { uuid: string } };
    expect(await names()).toEqual(['sim-1']);
    expect((await settle(await send('DELETE', `/things/${inventory.uuid}?deleteMode=Enforcing`))).status).toBe(200);
    expect(await names()).toEqual([]);
  });

  it('answers a value outside the enum with SYS.1007 in the job', async () => {
    const failed = await settle(await send('DELETE', '/things/0123456789abcdef0123456789abcdef?deleteMode=Gentle'));
    expect(failed.status).toBe(503);
    expect(((await failed.json()) as { error: { code: string } }).error.code).toBe('SYS.1007');
  });
});
